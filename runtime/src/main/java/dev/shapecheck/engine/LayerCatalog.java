package dev.shapecheck.engine;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every layer type the engine knows, by Keras class name (which is also the annotation's simple
 * name), with the parser that validates its arguments. Adding a layer means one line here, one
 * spec class and one annotation; nothing in the processor changes.
 */
final class LayerCatalog {
  private static final Map<String, Function<Arguments, LayerSpec>> PARSERS = new TreeMap<>();

  static {
    PARSERS.put("Conv2D", args -> ConvolutionSpec.parse(args, 2));
    PARSERS.put("MaxPooling2D", args -> PoolingSpec.parse(args, 2));
    PARSERS.put("Flatten", FlattenSpec::parse);
    PARSERS.put("Dense", DenseSpec::parse);
  }

  private LayerCatalog() {}

  static Set<String> types() {
    return PARSERS.keySet();
  }

  /** The parser for {@code type}, or null if the engine does not know it. */
  static Function<Arguments, LayerSpec> parser(String type) {
    return PARSERS.get(type);
  }
}
