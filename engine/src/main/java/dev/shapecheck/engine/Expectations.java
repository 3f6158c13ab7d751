package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * What the expectation rules ({@link ShapeMismatch}, {@link OutputMismatch} and their validation,
 * {@link InvalidExpectShape}, {@link InvalidExpectOutput}) share: when an expectation can hold,
 * whether it does, the headline of a mismatch, and the hint when the layer itself tells what to
 * change.
 */
final class Expectations {
  private Expectations() {}

  /** Whether every dimension is positive or {@link Shape#NONE}. */
  static boolean allDimensions(int[] dims) {
    for (int dim : dims) {
      if (dim <= 0 && dim != Shape.NONE) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code layer} outputs exactly {@code expected} (null: nothing is expected). */
  static boolean holds(Layer layer, int[] expected) {
    return expected == null || Arrays.equals(layer.outputShape().dims(), expected);
  }

  /**
   * The row of the first {@code @ExpectShape} of a sequential model that does not hold, or -1; the
   * expectations after it are not checked, as its shapes are not the ones the user meant.
   */
  static int firstMismatch(RuleContext model) {
    List<Layer> layers = model.layers();
    for (int i = 0; i < layers.size(); i++) {
      if (!holds(layers.get(i), model.config(i).expectShape())) {
        return i;
      }
    }
    return -1;
  }

  /** The headline of a failed {@code @ExpectShape}: what came out, what was expected. */
  static String mismatch(Layer layer, int[] expected) {
    Shape output = layer.outputShape();
    if (output.rank() != expected.length) {
      return "outputs "
          + output.dimsToString()
          + ", "
          + dimensions(output.rank())
          + " after the batch, but @ExpectShape("
          + Arguments.format(expected)
          + ") lists "
          + expected.length;
    }
    return "outputs "
        + output.dimsToString()
        + ", but @ExpectShape expects "
        + Shape.of(expected).dimsToString();
  }

  private static String dimensions(int count) {
    return count + (count == 1 ? " dimension" : " dimensions");
  }

  /**
   * The hint for an expectation that does not hold when the layer itself tells what to change (an
   * unknown dimension on one side, or a units/filters argument), or null.
   */
  static String hint(Layer layer, LayerConfig config, int[] expected) {
    int[] actual = layer.outputShape().dims();
    if (actual.length != expected.length) {
      return null;
    }
    String unknown = unknownDimensionHint(actual, expected);
    return unknown != null ? unknown : lastDimensionArgument(layer, config, expected);
  }

  /** A hint when the difference is an unknown dimension on one side only, or null. */
  private static String unknownDimensionHint(int[] actual, int[] expected) {
    for (int axis = 0; axis < actual.length; axis++) {
      if (actual[axis] == expected[axis]) {
        continue;
      }
      if (actual[axis] == Shape.NONE) {
        return "dimension "
            + (axis + 1)
            + " is unknown (None), which only Shape.NONE matches;"
            + " it comes from a Shape.NONE in input = ...: give that dimension a size, or expect"
            + " Shape.NONE there";
      }
      if (expected[axis] == Shape.NONE) {
        return "Shape.NONE matches only an unknown dimension, and dimension "
            + (axis + 1)
            + " is "
            + actual[axis]
            + ": expect "
            + actual[axis]
            + " if that is what you meant";
      }
    }
    return null;
  }

  /**
   * When only the last dimension differs and the layer has a {@code units} or {@code filters}
   * argument that sets it: that argument, with the value that would give the expected shape.
   */
  private static String lastDimensionArgument(Layer layer, LayerConfig config, int[] expected) {
    int[] actual = layer.outputShape().dims();
    int n = actual.length - 1;
    if (config.wrapped() != null
        || !onlyLastDiffers(actual, expected)
        || expected[n] <= 0
        || "CHANNELS_FIRST".equals(String.valueOf(config.argument("dataFormat")))) {
      return null;
    }
    for (String attribute : List.of("units", "filters")) {
      if (Integer.valueOf(actual[n]).equals(config.argument(attribute))) {
        return RuleText.label(layer)
            + " has "
            + attribute
            + " = "
            + actual[n]
            + "; "
            + attribute
            + " = "
            + expected[n]
            + " would give "
            + Shape.of(expected).dimsToString();
      }
    }
    return null;
  }

  /** Whether the dimensions differ in the last one only (same rank). */
  static boolean onlyLastDiffers(int[] actual, int[] expected) {
    int n = actual.length - 1;
    for (int axis = 0; axis < n; axis++) {
      if (actual[axis] != expected[axis]) {
        return false;
      }
    }
    return actual[n] != expected[n];
  }
}
