package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.Arrays;

/**
 * Keras's {@code RMSNormalization}: {@code build} sorts the axes as written and creates {@code
 * scale} with the shape {@code tuple(input_shape[a] for a in sorted(axis))}, so each of those sizes
 * must be known; {@code call} divides by the root mean square over the axes (each named once) and
 * multiplies by {@code scale}, which broadcasts against the input from its last axis, so the sorted
 * sizes must match the input's last ones (or be 1). Output: the input's shape.
 */
final class RMSNormalizationSpec implements LayerSpec {
  private final int[] axes;

  private RMSNormalizationSpec(int[] axes) {
    this.axes = axes;
  }

  static RMSNormalizationSpec parse(Arguments args) {
    int[] axes = args.intArray("axis");
    args.finiteDouble("epsilon");
    return new RMSNormalizationSpec(axes);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int kerasRank = input.rank() + 1;
    int[] sorted = axes.clone();
    Arrays.sort(sorted); // Keras sorts the axes as written, negative ones unresolved
    int[] scale = new int[sorted.length];
    boolean[] seen = new boolean[kerasRank];
    long params = 1;
    for (int i = 0; i < sorted.length; i++) {
      int axis = sorted[i];
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
            "Keras counts the batch as axis 0: axis = 1 is the first dimension of a sample, axis ="
                + " -1 the last");
      }
      int resolved = axis < 0 ? axis + kerasRank : axis;
      if (seen[resolved]) {
        throw new ShapeError(
            ErrorKind.INVALID_ARGUMENT,
            "axis",
            "axis = " + Arguments.format(axes) + " names axis " + resolved + " of " + in + " twice",
            "each axis at most once (Keras's mean over the axes fails when it runs)",
            "list each axis once");
      }
      seen[resolved] = true;
      int size = resolved == 0 ? input.batchSize() : input.dim(resolved - 1);
      if (Checked.unknown(size)) {
        throw new ShapeError(
            ErrorKind.UNKNOWN_DIMENSION,
            "axis",
            resolved == 0
                ? "axis " + axis + " is the batch axis, whose size is unknown (None)"
                : "axis " + axis + " of " + in + " is unknown (None)",
            "a known size on axis " + axis + ", to size scale",
            resolved == 0
                ? "Keras counts the batch as axis 0: use axis = -1 for the last dimension of a"
                    + " sample"
                : "give that dimension a size in the input, or normalize another axis");
      }
      scale[i] = size;
      params = Checked.params("RMSNormalization scale", params, size);
    }
    // scale (sizes in sorted order) multiplies the input aligned at the last axis.
    for (int j = 1; j <= scale.length; j++) {
      int s = scale[scale.length - j];
      int axis = kerasRank - j;
      int x = axis == 0 ? input.batchSize() : input.dim(axis - 1);
      if (s != 1 && x != 1 && !Checked.unknown(x) && s != x) {
        throw new ShapeError(
            ErrorKind.INVALID_ARGUMENT,
            "axis",
            "axis = "
                + Arguments.format(axes)
                + " gives scale the shape "
                + Arguments.tuple(scale)
                + " (the axes in sorted order), which Keras multiplies into "
                + in
                + " from its last axis: "
                + s
                + " meets "
                + x
                + " on axis "
                + (axis - kerasRank),
            "the sorted axes' sizes equal to the input's last ones",
            "normalize the last axes (axis = {-1} or {-2, -1}), or reshape so they come last");
      }
    }
    return new LayerOutput(input, params, 0);
  }
}
