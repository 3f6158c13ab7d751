package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * Keras's preprocessing {@code Normalization} ({@code keras/src/layers/preprocessing/
 * normalization.py}): the input's shape kept, and, when neither {@code mean} nor {@code variance}
 * is given, three non-trainable weights for {@code adapt()} to fill: {@code mean} and {@code
 * variance} shaped like the kept axes, and {@code count}, one integer (a 0-d weight, which Keras
 * counts as 1 parameter).
 *
 * <p>The constructor's checks: {@code mean} and {@code variance} given together, of one shape, and
 * of a rank at most the number of axes (one value is a 0-d float, several a 1-d list). {@code
 * build}'s: each axis in range, counting the batch as axis 0; the kept axes of known size (they
 * size the weights); a given list of values broadcast onto the last kept axis, so of its size
 * (TensorFlow's {@code BroadcastTo} fails otherwise). An axis named twice ({@code {-1, 3}} of a
 * rank-4 input) makes Keras shape the weights it adapts by both and fail to fit them to the input,
 * unless that axis has size 1; with a given mean and variance, Keras builds and runs it.
 */
final class PreprocessingNormalizationSpec implements LayerSpec {
  private final int[] axes;
  private final double[] mean;

  private PreprocessingNormalizationSpec(int[] axes, double[] mean) {
    this.axes = axes;
    this.mean = mean;
  }

  static PreprocessingNormalizationSpec parse(Arguments args) {
    int[] axes = args.intArray("axis");
    args.bool("invert");
    double[] mean = args.doubleArray("mean");
    double[] variance = args.doubleArray("variance");
    if ((mean.length == 0) != (variance.length == 0)) {
      String given = mean.length == 0 ? "variance" : "mean";
      String absent = mean.length == 0 ? "mean" : "variance";
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          given,
          given + " is given without " + absent + ", but Keras needs both or neither",
          "give " + absent + " too, or leave both empty to adapt the layer to data");
    } else if (mean.length != variance.length) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "variance",
          "mean has "
              + values(mean.length)
              + " and variance "
              + values(variance.length)
              + ", but Keras needs them of one shape",
          "give as many variance values as mean values");
    } else if (mean.length > 1 && axes.length == 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "mean",
          "mean has "
              + mean.length
              + " values, but with axis = {} (Keras's None) there is one mean for all values",
          "give one mean and one variance, or the axis they belong to (e.g. axis = -1)");
    }
    return new PreprocessingNormalizationSpec(axes, mean);
  }

  /**
   * Keras shapes the adapted mean and variance by the kept axes as written, an axis named twice
   * twice, and reshapes them to the input's rank once the layer is built: that fails unless the
   * axis named twice has size 1.
   */
  private void twice(int[] kept, Shape input, InputDescription in) throws ShapeError {
    for (int i = 1; i < kept.length; i++) {
      int n = kept[i] == 0 ? input.batchSize() : input.dim(kept[i] - 1);
      if (kept[i] == kept[i - 1] && n != 1) {
        throw new ShapeError(
            ErrorKind.INVALID_ARGUMENT,
            "axis",
            "axis = "
                + Arguments.format(axes)
                + " names axis "
                + kept[i]
                + " of "
                + in
                + " twice: Keras shapes the mean and variance it adapts by both, "
                + n
                + " x "
                + n
                + " values, and cannot fit them to the "
                + n
                + " positions of that axis",
            "each axis at most once",
            "name axis " + kept[i] + " once");
      }
    }
  }

  private static String values(int n) {
    return n == 1 ? "1 value" : n + " values";
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int kerasRank = input.rank() + 1;
    int[] kept = new int[axes.length];
    for (int i = 0; i < axes.length; i++) {
      int axis = axes[i];
      if (axis >= kerasRank || axis < -kerasRank) {
        throw new ShapeError(
            ErrorKind.WRONG_RANK,
            "axis",
            "axis "
                + axis
                + " is out of range for "
                + in
                + ": counting the batch as axis 0, its axes are "
                + -kerasRank
                + " to "
                + (kerasRank - 1),
            "an input with at least "
                + (axis >= 0 ? axis : -axis - 1)
                + " dims (batch not counted) for axis = "
                + axis,
            "Keras counts the batch as axis 0: axis = 1 is the first dimension of a sample, "
                + "axis = -1 the last");
      }
      kept[i] = axis < 0 ? axis + kerasRank : axis;
    }
    java.util.Arrays.sort(kept);
    long size = 1;
    for (int axis : kept) {
      int n = axis == 0 ? input.batchSize() : input.dim(axis - 1);
      if (Checked.unknown(n)) {
        throw new ShapeError(
            ErrorKind.UNKNOWN_DIMENSION,
            "axis",
            (axis == 0
                    ? "axis " + axis + " is the batch axis, whose size"
                    : "axis " + axis + " of " + in)
                + " is unknown (None), but Normalization keeps a mean and variance for each"
                + " position of it",
            "a known size on axis " + axis,
            axis == 0
                ? "Keras counts the batch as axis 0: use axis = -1 for the last dimension of a"
                    + " sample, or fix the batch size"
                : "give that dimension a size in the input, or keep another axis");
      }
      size = Checked.params("Normalization mean", size, n);
    }
    if (mean.length == 0) {
      twice(kept, input, in);
      long weights = Checked.add("Normalization", Checked.params("Normalization", 2, size), 1);
      return new LayerOutput(input, 0, weights, 0, 1); // count: one int64
    }
    if (mean.length > 1) {
      int last = kept[kept.length - 1];
      int n = last == 0 ? input.batchSize() : input.dim(last - 1);
      if (n != mean.length) {
        throw new ShapeError(
            ErrorKind.INVALID_ARGUMENT,
            "mean",
            "mean and variance have "
                + mean.length
                + " values, but axis "
                + last
                + " of "
                + in
                + ", the last kept axis they belong to, has "
                + n,
            "one value, or " + n + " (one per position of axis " + last + ")",
            "give " + n + " mean and variance values, or one of each for all");
      }
    }
    return new LayerOutput(input, 0, 0);
  }
}
