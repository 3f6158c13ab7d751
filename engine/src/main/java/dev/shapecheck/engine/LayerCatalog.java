package dev.shapecheck.engine;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every layer type the engine knows, by Keras class name (which is also the annotation's simple
 * name), with the parser that validates its arguments. Each family of layers registers itself
 * from its own class; adding a layer means a spec, a line in its family and an annotation —
 * nothing in the processor changes.
 */
final class LayerCatalog {
  private static final Map<String, Function<Arguments, LayerSpec>> PARSERS = new TreeMap<>();
  private static final Set<String> WRAPPERS = new TreeSet<>();

  static {
    CoreLayers.register();
    ConvolutionLayers.register();
    PoolingLayers.register();
    NormalizationLayers.register();
    ShapingLayers.register();
    RecurrentLayers.register();
    MergeLayers.register();
  }

  private LayerCatalog() {}

  /** Registers a layer; called by the family classes. */
  static void layer(String type, Function<Arguments, LayerSpec> parser) {
    if (PARSERS.put(type, parser) != null) {
      throw new IllegalStateException("registered twice: " + type);
    }
  }

  /** Registers a wrapper, whose parser finds the wrapped layer in {@link Arguments#wrapped()}. */
  static void wrapper(String type, Function<Arguments, LayerSpec> parser) {
    layer(type, parser);
    WRAPPERS.add(type);
  }

  static Set<String> types() {
    return Collections.unmodifiableSet(PARSERS.keySet());
  }

  static Set<String> wrapperTypes() {
    return Collections.unmodifiableSet(WRAPPERS);
  }

  /** The parser for {@code type}, or null if the engine does not know it. */
  static Function<Arguments, LayerSpec> parser(String type) {
    return PARSERS.get(type);
  }
}
