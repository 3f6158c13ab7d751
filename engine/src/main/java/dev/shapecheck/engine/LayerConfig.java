package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One layer as declared, before validation: its name, its Keras type and its arguments by attribute
 * name. This neutral form keeps the engine free of any compiler API: the processor builds it from
 * annotation mirrors, a run-time caller could build it from reflection or a file.
 *
 * <p>Argument values are {@code Integer}, {@code int[]}, {@code Double}, {@code double[]}, {@code
 * Boolean}, or {@code String} (for text and for enum constants, by constant name). An absent
 * argument is missing, not defaulted: defaults belong to the annotation declarations.
 */
public final class LayerConfig {
  private final String name;
  private final String type;
  private final Map<String, Object> arguments;
  private final LayerConfig wrapped;
  private final List<LayerConfig> allWrapped;
  private final int[] expectShape;
  private final GraphConfig nested;

  private LayerConfig(
      String name,
      String type,
      Map<String, Object> arguments,
      List<LayerConfig> allWrapped,
      int[] expectShape) {
    this(name, type, arguments, allWrapped, expectShape, null);
  }

  private LayerConfig(
      String name,
      String type,
      Map<String, Object> arguments,
      List<LayerConfig> allWrapped,
      int[] expectShape,
      GraphConfig nested) {
    this.nested = nested;
    this.name = Objects.requireNonNull(name, "name");
    // An alias (Convolution2D) is the kind Keras builds from it (Conv2D) from here on.
    this.type = LayerCatalog.canonical(Objects.requireNonNull(type, "type"));
    this.arguments = new TreeMap<>(arguments);
    this.allWrapped = List.copyOf(allWrapped);
    this.wrapped = this.allWrapped.isEmpty() ? null : this.allWrapped.get(0);
    this.expectShape = expectShape == null ? null : expectShape.clone();
  }

  public static LayerConfig of(String name, String type, Map<String, Object> arguments) {
    return new LayerConfig(name, type, arguments, List.of(), null);
  }

  /**
   * A model used as one layer, as Keras's {@code model(x)} nests it: one row of class {@code
   * Sequential} named {@code name}, whose output and weights are those of {@code model} (a {@link
   * GraphConfig#sequential} chain) called on the shape that arrives. The model's declared input, if
   * any, must be that shape; without one it takes what arrives, as Keras builds a {@code
   * Sequential} without an {@code Input} on its first call.
   */
  public static LayerConfig nested(String name, GraphConfig model) {
    if (model.kind() != GraphConfig.Kind.SEQUENTIAL) {
      throw new IllegalArgumentException("only a sequential model nests as one layer");
    }
    return new LayerConfig(name, "Sequential", Map.of(), List.of(), null, model);
  }

  /** The model this layer is ({@link #nested}), or null for a layer. */
  GraphConfig nested() {
    return nested;
  }

  /** This layer with an {@code @ExpectShape} assertion on its output (dims without batch). */
  public LayerConfig expecting(int[] shape) {
    return new LayerConfig(name, type, arguments, allWrapped, shape, nested);
  }

  /** The output dimensions asserted by {@code @ExpectShape}, or null. */
  public int[] expectShape() {
    return expectShape == null ? null : expectShape.clone();
  }

  /**
   * A wrapper layer ({@code Bidirectional}, {@code TimeDistributed}) around {@code wrapped}: the
   * two annotations of {@code @Bidirectional @LSTM(units = 64) Layer encoder();}.
   */
  public static LayerConfig wrapping(
      String name, String type, Map<String, Object> arguments, LayerConfig wrapped) {
    return new LayerConfig(
        name, type, arguments, List.of(Objects.requireNonNull(wrapped, "wrapped")), null);
  }

  /**
   * An {@code RNN} around several cells, in order: Keras's {@code RNN([LSTMCell(32),
   * GRUCell(16)])}, which stacks them ({@code StackedRNNCells}), each cell taking the previous
   * one's output; {@code @RNN @LSTMCell(units = 32) @GRUCell(units = 16) Layer rnn();}.
   */
  public static LayerConfig wrapping(
      String name, String type, Map<String, Object> arguments, List<LayerConfig> wrapped) {
    if (wrapped.isEmpty()) {
      throw new IllegalArgumentException("a wrapper wraps at least one layer");
    }
    return new LayerConfig(name, type, arguments, wrapped, null);
  }

  /**
   * A layer whose arguments are {@code explicit} over the defaults declared by the annotation
   * {@code dev.shapecheck.layers.<type>}: what javac hands the processor, for callers that build
   * models at run time or in tests. An unknown type gets no defaults (the engine reports it).
   */
  public static LayerConfig withDefaults(String name, String type, Map<String, Object> explicit) {
    return of(name, type, AnnotationDefaults.over(type, explicit));
  }

  /** Like {@link #withDefaults(String, String, Map)}, for a wrapper around {@code wrapped}. */
  public static LayerConfig withDefaults(
      String name, String type, Map<String, Object> explicit, LayerConfig wrapped) {
    return wrapping(name, type, AnnotationDefaults.over(type, explicit), wrapped);
  }

  /** Like {@link #withDefaults(String, String, Map)}, for an {@code RNN} around several cells. */
  public static LayerConfig withDefaults(
      String name, String type, Map<String, Object> explicit, List<LayerConfig> wrapped) {
    return wrapping(name, type, AnnotationDefaults.over(type, explicit), wrapped);
  }

  /** This layer under another name: a block's layer as one row of the model that applies it. */
  public LayerConfig renamed(String newName) {
    if (newName.equals(name) && (wrapped == null || wrapped.name.equals(newName))) {
      return this; // a top-level layer of a model keeps its name: no copy of its arguments
    }
    // a wrapped layer shares its wrapper's name (one method declares both)
    List<LayerConfig> inner = new ArrayList<>();
    for (LayerConfig each : allWrapped) {
      inner.add(each.renamed(newName));
    }
    return new LayerConfig(newName, type, arguments, inner, expectShape, nested);
  }

  /**
   * This layer with one argument replaced, for a per-use override ({@code @Apply(set = ...)}). When
   * this layer wraps another and does not have {@code attribute} itself, the wrapped layer's
   * argument is replaced. The value is not validated here; checking the layer does that.
   */
  public LayerConfig withArgument(String attribute, Object value) {
    if (!arguments.containsKey(attribute)
        && allWrapped.stream().anyMatch(each -> each.hasArgument(attribute))) {
      // the first wrapped layer that has it (an RNN's first cell of several)
      List<LayerConfig> inner = new ArrayList<>(allWrapped);
      for (int i = 0; i < inner.size(); i++) {
        if (inner.get(i).hasArgument(attribute)) {
          inner.set(i, inner.get(i).withArgument(attribute, value));
          break;
        }
      }
      return new LayerConfig(name, type, arguments, inner, expectShape, nested);
    }
    Map<String, Object> changed = new TreeMap<>(arguments);
    changed.put(attribute, value);
    return new LayerConfig(name, type, changed, allWrapped, expectShape, nested);
  }

  /** Whether this layer (or the one it wraps) has an argument named {@code attribute}. */
  boolean hasArgument(String attribute) {
    return arguments.containsKey(attribute)
        || allWrapped.stream().anyMatch(each -> each.hasArgument(attribute));
  }

  /** The argument names of this layer and of the layer it wraps, for did-you-mean suggestions. */
  java.util.Set<String> argumentNames() {
    java.util.Set<String> names = new java.util.TreeSet<>(arguments.keySet());
    for (LayerConfig each : allWrapped) {
      names.addAll(each.argumentNames());
    }
    return names;
  }

  public String name() {
    return name;
  }

  /** The Keras class name, which is also the annotation's simple name. */
  public String type() {
    return type;
  }

  /** The layer this one wraps (the first, for an {@code RNN} of several cells), or null. */
  public LayerConfig wrapped() {
    return wrapped;
  }

  /** Every layer this one wraps, in order: one, or an {@code RNN}'s cells; empty for none. */
  public List<LayerConfig> allWrapped() {
    return allWrapped;
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
