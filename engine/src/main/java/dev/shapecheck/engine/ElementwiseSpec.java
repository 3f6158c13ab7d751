package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Shape;

/**
 * Keras's layers that map values to values without weights: {@code Activation}, {@code ReLU},
 * {@code LeakyReLU}, {@code ELU}, {@code ThresholdedReLU}, {@code Softmax}, {@code Masking} and
 * {@code Identity}. Every one keeps its input's shape, whatever its rank; each constructor's
 * argument checks are here, and {@code Softmax}'s axis must exist in the input.
 */
final class ElementwiseSpec implements LayerSpec {
  /** Softmax's axis, counting the batch as axis 0 as Keras does; null for the other layers. */
  private final Integer axis;

  /** Whether its call returns its input as it is (Identity, a linear Activation). */
  private final boolean passes;

  private ElementwiseSpec(Integer axis) {
    this(axis, false);
  }

  private ElementwiseSpec(Integer axis, boolean passes) {
    this.axis = axis;
    this.passes = passes;
  }

  /** The identity runs on anything, strings and integers included (Keras 3.15.1 runs it). */
  @Override
  public boolean runsOnStrings() {
    return passes;
  }

  /** Keras returns a list as it is only where the function is the identity. */
  @Override
  public boolean passesOutputsThrough() {
    return passes;
  }

  static ElementwiseSpec activation(Arguments args) {
    Activations function = args.enumValue("activation", Activations.class, Activations.LINEAR);
    return new ElementwiseSpec(null, function == Activations.LINEAR);
  }

  /**
   * Keras's {@code ReLU}: {@code max_value} (when not None), {@code negative_slope} and {@code
   * threshold} must each be {@code >= 0}.
   */
  static ElementwiseSpec relu(Arguments args) {
    nonNegative(args, "maxValue", args.finiteDoubleOr("maxValue", Double.POSITIVE_INFINITY));
    nonNegative(args, "negativeSlope", args.finiteDouble("negativeSlope"));
    nonNegative(args, "threshold", args.finiteDouble("threshold"));
    return new ElementwiseSpec(null);
  }

  /** Keras 3's {@code LeakyReLU}: "cannot be None or negative value". */
  static ElementwiseSpec leakyRelu(Arguments args) {
    nonNegative(args, "negativeSlope", args.finiteDouble("negativeSlope"));
    return new ElementwiseSpec(null);
  }

  /** Keras's {@code ELU} accepts any alpha, negative included. */
  static ElementwiseSpec elu(Arguments args) {
    args.finiteDouble("alpha");
    return new ElementwiseSpec(null);
  }

  /** Keras 2's {@code ThresholdedReLU}: "The theta value ... should be >=0". */
  static ElementwiseSpec thresholdedRelu(Arguments args) {
    nonNegative(args, "theta", args.finiteDouble("theta"));
    return new ElementwiseSpec(null);
  }

  static ElementwiseSpec masking(Arguments args) {
    args.finiteDouble("maskValue");
    return new ElementwiseSpec(null);
  }

  /** Keras's {@code Identity}: no arguments, the input as it is. */
  static ElementwiseSpec identity(Arguments args) {
    return new ElementwiseSpec(null, true);
  }

  static ElementwiseSpec softmax(Arguments args) {
    return new ElementwiseSpec(args.anyInt("axis"));
  }

  private static void nonNegative(Arguments args, String attribute, double value) {
    if (value < 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute + " = " + value + ", but it must be >= 0",
          "Keras rejects a negative " + attribute + "; use 0 or more");
    }
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (axis != null) {
      // Keras 3 checks the axis only when the softmax first runs; tf.keras 2 when the model is
      // built. Either way the layer cannot work, so it is reported where the fix belongs.
      int ranks = input.rank() + 1;
      if (axis < -ranks || axis >= ranks) {
        throw new ShapeError(
            ErrorKind.WRONG_RANK,
            "axis",
            "axis = "
                + axis
                + " does not exist in "
                + in
                + ", which has "
                + ranks
                + " axes counting the batch",
            "an axis in [" + -ranks + ", " + (ranks - 1) + "] (0 is the batch, -1 the last axis)",
            "use axis = -1 to normalize the last axis");
      }
    }
    return new LayerOutput(input, 0, 0);
  }
}
