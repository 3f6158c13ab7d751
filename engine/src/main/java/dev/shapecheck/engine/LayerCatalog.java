package dev.shapecheck.engine;

import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every layer kind the engine knows, registered once, keyed by its annotation class: the parser
 * that validates its arguments and gives its spec, the annotation attributes Keras's {@code
 * get_config} writes in its order ({@link KerasJson}), and the {@link LayerTrait}s rules ask. Each
 * family of layers registers itself from its own class; adding a layer means its annotation, its
 * spec and one registration line — nothing in the processor or in the rules changes.
 */
final class LayerCatalog {
  /** One kind of layer: what its registration line declares. */
  static final class Kind {
    final String type;
    final Function<Arguments, LayerSpec> parser;
    final List<String> configKeys;
    final Set<LayerTrait> traits = EnumSet.noneOf(LayerTrait.class);
    final boolean wrapper;

    private Kind(
        String type,
        Function<Arguments, LayerSpec> parser,
        List<String> configKeys,
        boolean wrapper) {
      this.type = type;
      this.parser = parser;
      this.configKeys = List.copyOf(configKeys);
      this.wrapper = wrapper;
    }

    /** Declares what rules may ask of this kind. */
    Kind traits(LayerTrait... traits) {
      this.traits.addAll(List.of(traits));
      return this;
    }
  }

  private static final Map<String, Kind> KINDS = new TreeMap<>();

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

  /**
   * Registers a layer; called by the family classes.
   *
   * @param annotation the annotation users write; its simple name is the Keras class name
   * @param configKeys the attributes Keras's {@code get_config} writes, in its order
   */
  static Kind layer(
      Class<? extends Annotation> annotation,
      Function<Arguments, LayerSpec> parser,
      String... configKeys) {
    return add(new Kind(annotation.getSimpleName(), parser, List.of(configKeys), false));
  }

  /** Registers a wrapper, whose parser finds the wrapped layer in {@link Arguments#wrapped()}. */
  static Kind wrapper(
      Class<? extends Annotation> annotation,
      Function<Arguments, LayerSpec> parser,
      String... configKeys) {
    return add(new Kind(annotation.getSimpleName(), parser, List.of(configKeys), true));
  }

  private static Kind add(Kind kind) {
    if (KINDS.put(kind.type, kind) != null) {
      throw new IllegalStateException("registered twice: " + kind.type);
    }
    return kind;
  }

  static Set<String> types() {
    return Collections.unmodifiableSet(KINDS.keySet());
  }

  static Set<String> wrapperTypes() {
    Set<String> wrappers = new TreeSet<>();
    for (Kind kind : KINDS.values()) {
      if (kind.wrapper) {
        wrappers.add(kind.type);
      }
    }
    return Collections.unmodifiableSet(wrappers);
  }

  /** The parser for {@code type}, or null if the engine does not know it. */
  static Function<Arguments, LayerSpec> parser(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : kind.parser;
  }

  /** The attributes Keras's config of {@code type} holds, in order; null if unknown. */
  static List<String> configKeys(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : kind.configKeys;
  }

  /** Whether layers of {@code type} have {@code trait}; false for an unknown type. */
  static boolean is(String type, LayerTrait trait) {
    Kind kind = KINDS.get(type);
    return kind != null && kind.traits.contains(trait);
  }
}
