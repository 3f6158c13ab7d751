package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The activation a layer's output has been through, as far as the activation rules ({@link
 * SoftmaxNotLast}, {@link RedundantActivation}) tell them apart: its name, the closed range of its
 * values, and whether it is a softmax (and along which axis). Also where a standalone activation
 * layer is the identity, which decides whether it repeats the activation before it. Which layer
 * computes what comes from its {@link LayerTrait}s.
 */
final class AppliedActivation {
  private static final double INF = Double.POSITIVE_INFINITY;

  /** Where a word of a class name starts after another: before the "Re" of "LeakyReLU". */
  private static final Pattern WORD_START = Pattern.compile("(?<=[a-z])(?=[A-Z][a-z])");

  final String name;

  /** The closed range of the output values. */
  final double low;

  final double high;
  final boolean softmax;

  /** The softmax's axis, counting the batch; -1 unless {@link #softmax}. */
  final int axis;

  private AppliedActivation(String name, double low, double high, boolean softmax, int axis) {
    this.name = name;
    this.low = low;
    this.high = high;
    this.softmax = softmax;
    this.axis = axis;
  }

  /** What {@code config}'s layer ends with, or null for no activation with a known range. */
  static AppliedActivation of(LayerConfig config) {
    String type = config.type();
    if (LayerCatalog.is(type, LayerTrait.ACTIVATION_ARGUMENT)) {
      Object activation = config.argument("activation");
      if (!(activation instanceof String) || "LINEAR".equals(activation)) {
        return null;
      }
      String keras = ((String) activation).toLowerCase(Locale.ROOT);
      switch ((String) activation) {
        case "SOFTMAX":
          return new AppliedActivation(keras, 0, 1, true, -1);
        case "SIGMOID":
        case "HARD_SIGMOID":
          return new AppliedActivation(keras, 0, 1, false, -1);
        case "RELU":
        case "SOFTPLUS":
        case "EXPONENTIAL":
          return new AppliedActivation(keras, 0, INF, false, -1);
        case "RELU6":
          return new AppliedActivation(keras, 0, 6, false, -1);
        case "TANH":
        case "SOFTSIGN":
          return new AppliedActivation(keras, -1, 1, false, -1);
        default: // the others reach below zero, where no activation here is the identity
          return new AppliedActivation(keras, -INF, INF, false, -1);
      }
    }
    if (LayerCatalog.is(type, LayerTrait.RELU)) {
      return number(config, "negativeSlope", 0) == 0
          ? new AppliedActivation(describe(config), 0, number(config, "maxValue", INF), false, -1)
          : null;
    }
    if (LayerCatalog.is(type, LayerTrait.THRESHOLDED)) {
      return new AppliedActivation(describe(config), 0, INF, false, -1);
    }
    if (LayerCatalog.is(type, LayerTrait.SOFTMAX)) {
      return new AppliedActivation("softmax", 0, 1, true, integer(config, "axis", -1));
    }
    return null;
  }

  /** Whether {@code type} is a layer whose only job is its {@code activation} argument. */
  static boolean byArgument(String type) {
    return LayerCatalog.is(type, LayerTrait.ACTIVATION_LAYER)
        && LayerCatalog.is(type, LayerTrait.ACTIVATION_ARGUMENT);
  }

  /** The softmax axis of a standalone softmax layer, or null when it is not one. */
  static Integer softmaxAxis(LayerConfig config) {
    if (LayerCatalog.is(config.type(), LayerTrait.SOFTMAX)) {
      return integer(config, "axis", -1);
    }
    if (byArgument(config.type()) && "SOFTMAX".equals(config.argument("activation"))) {
      return -1;
    }
    return null;
  }

  /** Where a standalone activation layer returns its input unchanged, closed, or null. */
  static double[] identityRange(LayerConfig config) {
    String type = config.type();
    if (byArgument(type)) {
      Object activation = config.argument("activation");
      if ("RELU".equals(activation)
          || "LEAKY_RELU".equals(activation)
          || "ELU".equals(activation)) {
        return new double[] {0, INF};
      }
      return "RELU6".equals(activation) ? new double[] {0, 6} : null;
    }
    if (LayerCatalog.is(type, LayerTrait.RELU)) {
      return new double[] {number(config, "threshold", 0), number(config, "maxValue", INF)};
    }
    if (LayerCatalog.is(type, LayerTrait.IDENTITY_ON_POSITIVES)) {
      return new double[] {0, INF};
    }
    if (LayerCatalog.is(type, LayerTrait.THRESHOLDED)) {
      return number(config, "theta", 1) == 0 ? new double[] {0, INF} : null;
    }
    return null;
  }

  /**
   * Why row {@code index} repeats the activation of the row that feeds it: "softmax" (a second
   * softmax on the same axis), "identity" (it is the identity on every value it can receive), or
   * null when it does not.
   */
  static String redundancy(RuleContext model, int index) {
    int previous = model.predecessor(index);
    if (!model.isLayer(previous)) {
      return null;
    }
    AppliedActivation before = of(model.config(previous));
    if (before == null) {
      return null;
    }
    LayerConfig second = model.config(index);
    Integer axis = softmaxAxis(second);
    if (before.softmax && axis != null && sameAxis(before.axis, axis, model, index)) {
      return "softmax";
    }
    double[] identity = identityRange(second);
    if (identity != null && before.low >= identity[0] && before.high <= identity[1]) {
      return "identity";
    }
    return null;
  }

  private static boolean sameAxis(int first, int second, RuleContext model, int index) {
    int ranks = model.layer(index).inputShape().rank() + 1;
    return Math.floorMod(first, ranks) == Math.floorMod(second, ranks);
  }

  /** "relu", "relu6", or a ReLU layer's arguments when it is neither. */
  static String describe(LayerConfig config) {
    String type = config.type();
    if (byArgument(type)) {
      Object activation = config.argument("activation");
      return activation instanceof String
          ? ((String) activation).toLowerCase(Locale.ROOT)
          : "the activation";
    }
    if (LayerCatalog.is(type, LayerTrait.RELU)) {
      double max = number(config, "maxValue", INF);
      double slope = number(config, "negativeSlope", 0);
      double threshold = number(config, "threshold", 0);
      if (slope == 0 && threshold == 0 && (max == INF || max == 6)) {
        return max == INF ? "relu" : "relu6";
      }
      List<String> args = new ArrayList<>();
      if (max != INF) {
        args.add("maxValue = " + max);
      }
      if (slope != 0) {
        args.add("negativeSlope = " + slope);
      }
      if (threshold != 0) {
        args.add("threshold = " + threshold);
      }
      return type + "(" + String.join(", ", args) + ")";
    }
    if (LayerCatalog.is(type, LayerTrait.THRESHOLDED)) {
      return type + "(theta = " + number(config, "theta", 1) + ")";
    }
    if (LayerCatalog.is(type, LayerTrait.IDENTITY_ON_POSITIVES)) {
      return spoken(type);
    }
    return type;
  }

  /**
   * A class name as lowercase words, a word being a capital and the lowercase letters after it:
   * "LeakyReLU" is "leaky relu", "ELU" is "elu".
   */
  private static String spoken(String type) {
    return WORD_START.matcher(type).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** "[0, ∞)" or "[0, 6]". */
  static String range(double low, double high) {
    return "[" + plain(low) + ", " + (high == INF ? "∞)" : plain(high) + "]");
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static double number(LayerConfig config, String attribute, double fallback) {
    Object value = config.argument(attribute);
    return value instanceof Number ? ((Number) value).doubleValue() : fallback;
  }

  private static int integer(LayerConfig config, String attribute, int fallback) {
    Object value = config.argument(attribute);
    return value instanceof Integer ? (Integer) value : fallback;
  }
}
