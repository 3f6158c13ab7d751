package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one layer's arguments with the checks Keras makes in the layer's constructor, collecting
 * every problem instead of stopping at the first, so that one compilation reports them all.
 *
 * <p>Each reader returns a usable stand-in when the value is invalid; the engine never computes
 * shapes for a layer whose arguments had problems, so stand-ins never reach a printed number.
 */
final class Arguments {
  /** One argument problem, located on its attribute; the engine adds the layer's context. */
  static final class Issue {
    final ErrorKind kind;
    final String attribute;
    final String headline;
    final String hint;

    Issue(ErrorKind kind, String attribute, String headline, String hint) {
      this.kind = kind;
      this.attribute = attribute;
      this.headline = headline;
      this.hint = hint;
    }
  }

  private final LayerConfig config;
  private final LayerSpec wrapped;
  private final List<LayerSpec> allWrapped;
  private final List<Issue> issues = new ArrayList<>();

  Arguments(LayerConfig config, LayerSpec wrapped) {
    this(wrapped == null ? List.of() : List.of(wrapped), config);
  }

  private Arguments(List<LayerSpec> allWrapped, LayerConfig config) {
    this.config = config;
    this.allWrapped = List.copyOf(allWrapped);
    this.wrapped = allWrapped.isEmpty() ? null : allWrapped.get(0);
  }

  /** The arguments of a wrapper of several layers (an {@code RNN}'s cells), parsed in order. */
  static Arguments wrapping(LayerConfig config, List<LayerSpec> allWrapped) {
    return new Arguments(allWrapped, config);
  }

  /** Every parsed layer a wrapper wraps, in order (an {@code RNN}'s cells); empty for none. */
  List<LayerSpec> allWrapped() {
    return allWrapped;
  }

  /**
   * The parsed layer a wrapper wraps; null for a plain layer or when the wrapped one is invalid.
   */
  LayerSpec wrapped() {
    return wrapped;
  }

  /** The type of the layer a wrapper wraps, or null when it wraps nothing. */
  String wrappedType() {
    return config.wrapped() == null ? null : config.wrapped().type();
  }

  /** An argument of the layer a wrapper wraps, or null when it wraps nothing or has no such one. */
  Object wrappedArgument(String attribute) {
    return config.wrapped() == null ? null : config.wrapped().argument(attribute);
  }

  String type() {
    return config.type();
  }

  List<Issue> issues() {
    return issues;
  }

  void report(ErrorKind kind, String attribute, String headline, String hint) {
    issues.add(new Issue(kind, attribute, headline, hint));
  }

  /** A strictly positive integer, like Keras's {@code filters} or {@code units}. */
  int positiveInt(String attribute) {
    Object value = config.argument(attribute);
    if (!(value instanceof Integer)) {
      return missing(attribute, "an integer", 1);
    }
    int number = (Integer) value;
    if (number <= 0) {
      report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute + " = " + number + ", but it must be a positive integer",
          "Keras rejects " + attribute + " <= 0; use 1 or more");
      return 1;
    }
    return number;
  }

  /** An integer of at least {@code min}, e.g. {@code RepeatVector(n)} with min 1. */
  int intAtLeast(String attribute, int min) {
    Object value = config.argument(attribute);
    if (!(value instanceof Integer)) {
      return missing(attribute, "an integer", min);
    }
    int number = (Integer) value;
    if (number < min) {
      report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute + " = " + number + ", but it must be at least " + min,
          "Keras rejects " + attribute + " < " + min);
      return min;
    }
    return number;
  }

  /** Any integer: an axis (negative counts from the end), a seed. */
  int anyInt(String attribute) {
    Object value = config.argument(attribute);
    if (!(value instanceof Integer)) {
      return missing(attribute, "an integer", 0);
    }
    return (Integer) value;
  }

  /** A finite floating-point value, e.g. {@code epsilon}. */
  double finiteDouble(String attribute) {
    Object value = config.argument(attribute);
    if (value instanceof Double && !Double.isFinite((Double) value)) {
      double number = (Double) value;
      report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute
              + " = "
              + (Double.isNaN(number)
                  ? "Double.NaN"
                  : number > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY")
              + ", but it must be a finite number",
          "Keras cannot use NaN or an infinite " + attribute + "; give a finite value");
      return 0;
    }
    if (!(value instanceof Double)) {
      missing(attribute, "a finite double", 0);
      return 0;
    }
    return (Double) value;
  }

  /**
   * A finite floating-point value, or exactly {@code sentinel}: the non-finite value an annotation
   * declares as its stand-in for Keras's {@code None} (e.g. {@code ReLU(maxValue)}, where {@link
   * Double#POSITIVE_INFINITY} means unbounded).
   */
  double finiteDoubleOr(String attribute, double sentinel) {
    Object value = config.argument(attribute);
    if (value instanceof Double && Double.compare((Double) value, sentinel) == 0) {
      return sentinel;
    }
    return finiteDouble(attribute);
  }

  /**
   * A floating-point value in {@code [min, max]} (or {@code [min, max)} when {@code maxExclusive}),
   * e.g. a dropout rate; the hint quotes Keras's rule.
   */
  double doubleIn(String attribute, double min, double max, boolean maxExclusive) {
    double number = finiteDouble(attribute);
    boolean tooHigh = maxExclusive ? number >= max : number > max;
    if (number < min || tooHigh) {
      report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute
              + " = "
              + number
              + ", but it must be in ["
              + min
              + ", "
              + max
              + (maxExclusive ? ")" : "]"),
          "Keras rejects " + attribute + " outside that range");
      return min;
    }
    return number;
  }

  /** An array of integers of any length, empty included, unchecked: the caller knows the rule. */
  int[] intArray(String attribute) {
    Object value = config.argument(attribute);
    if (!(value instanceof int[])) {
      missing(attribute, "an int[]", 0);
      return new int[0];
    }
    return ((int[]) value).clone();
  }

  /**
   * An array of finite floating-point values of any length, empty included: a per-channel value
   * such as {@code Rescaling(scale)}; the caller knows what its length must be.
   */
  double[] doubleArray(String attribute) {
    Object value = config.argument(attribute);
    if (value instanceof int[] && ((int[]) value).length == 0) {
      return new double[0];
    }
    if (!(value instanceof double[])) {
      missing(attribute, "a double[]", 0);
      return new double[0];
    }
    double[] values = (double[]) value;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        report(
            ErrorKind.INVALID_ARGUMENT,
            attribute,
            attribute + " holds " + v + ", but every value must be a finite number",
            "Keras cannot use NaN or an infinite " + attribute + "; give finite values");
        return new double[0];
      }
    }
    return values.clone();
  }

  /**
   * A tuple of {@code rank} strictly positive integers, given in full or as one value that applies
   * to every axis ({@code kernelSize = 3} is {@code (3, 3)} for a 2-D layer).
   *
   * @param axes the axes' names for messages, e.g. {@code "height, width"}
   */
  int[] tuple(String attribute, int rank, String axes) {
    Object value = config.argument(attribute);
    if (!(value instanceof int[])) {
      int[] standIn = new int[rank];
      Arrays.fill(standIn, 1);
      missing(attribute, "an int[]", 1);
      return standIn;
    }
    return checkTuple(attribute, (int[]) value, rank, axes);
  }

  /** Like {@link #tuple}, but an empty array means Keras's {@code None}: null is returned. */
  int[] optionalTuple(String attribute, int rank, String axes) {
    Object value = config.argument(attribute);
    if (value instanceof int[] && ((int[]) value).length == 0) {
      return null;
    }
    return tuple(attribute, rank, axes);
  }

  private int[] checkTuple(String attribute, int[] values, int rank, String axes) {
    int[] standIn = new int[rank];
    Arrays.fill(standIn, 1);
    if (values.length != 1 && values.length != rank) {
      String got = values.length == 0 ? "is empty" : "has " + values.length + " values";
      report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute
              + " "
              + got
              + ", but "
              + config.type()
              + " takes "
              + (rank == 1 ? "1" : "1 or " + rank),
          rank == 1
              ? "give one value"
              : "give one value for every axis, or " + rank + " values (" + axes + ")");
      return standIn;
    }
    for (int v : values) {
      if (v <= 0) {
        report(
            ErrorKind.INVALID_ARGUMENT,
            attribute,
            attribute + "=" + tuple(values) + ", but every value must be a positive integer",
            "Keras rejects " + attribute + " values <= 0; use 1 or more");
        return standIn;
      }
    }
    if (values.length == rank) {
      return values.clone();
    }
    int[] broadcast = new int[rank];
    Arrays.fill(broadcast, values[0]);
    return broadcast;
  }

  /** An enum constant given by name; an unknown name means the jars are out of step. */
  <E extends Enum<E>> E enumValue(String attribute, Class<E> type, E standIn) {
    Object value = config.argument(attribute);
    if (!(value instanceof String)) {
      missing(attribute, "a " + type.getSimpleName() + " constant", 0);
      return standIn;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    report(
        ErrorKind.INVALID_ARGUMENT,
        attribute,
        attribute + " = " + type.getSimpleName() + "." + value + " is unknown to this engine",
        "the runtime and processor jars differ in version; use the same ShapeCheck version for both");
    return standIn;
  }

  /** A text argument as given (the class name of {@code @Custom}), or null when absent. */
  Object text(String attribute) {
    return config.argument(attribute);
  }

  boolean bool(String attribute) {
    Object value = config.argument(attribute);
    if (!(value instanceof Boolean)) {
      missing(attribute, "a boolean", 0);
      return false;
    }
    return (Boolean) value;
  }

  private int missing(String attribute, String expected, int standIn) {
    Object value = config.argument(attribute);
    report(
        ErrorKind.INVALID_ARGUMENT,
        attribute,
        value == null
            ? "missing " + attribute
            : attribute + " should be " + expected + ", not " + value.getClass().getSimpleName(),
        "give " + attribute + " as declared by @" + config.type());
    return standIn;
  }

  /**
   * A tuple as Keras prints it in messages ({@code strides=(2, 2)}); a lone value prints bare, the
   * way it is usually written ({@code strides = 2}).
   */
  static String tuple(int[] values) {
    if (values.length == 1) {
      return Integer.toString(values[0]);
    }
    return Arrays.stream(values)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** {@code {3, 3}}, as an array appears in Java source. */
  static String format(int[] values) {
    return Arrays.stream(values)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
