package dev.shapecheck.engine;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One layer as declared, before validation: its name, its Keras type and its arguments by
 * attribute name. This neutral form keeps the engine free of any compiler API: the processor
 * builds it from annotation mirrors, a run-time caller could build it from reflection or a file.
 *
 * <p>Argument values are {@code Integer}, {@code int[]}, {@code Double}, {@code Boolean}, or
 * {@code String} (for text and for enum constants, by constant name). An absent argument is
 * missing, not defaulted: defaults belong to the annotation declarations.
 */
public final class LayerConfig {
  private final String name;
  private final String type;
  private final Map<String, Object> arguments;

  private LayerConfig(String name, String type, Map<String, Object> arguments) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.arguments = new TreeMap<>(arguments);
  }

  public static LayerConfig of(String name, String type, Map<String, Object> arguments) {
    return new LayerConfig(name, type, arguments);
  }

  public String name() {
    return name;
  }

  /** The Keras class name, which is also the annotation's simple name. */
  public String type() {
    return type;
  }

  /** The value of one argument, or null when it is absent. */
  Object argument(String attribute) {
    return arguments.get(attribute);
  }

  /** Name and type as Keras's summary shows them: {@code conv1 (Conv2D)}. */
  String label() {
    return name + " (" + type + ")";
  }
}
