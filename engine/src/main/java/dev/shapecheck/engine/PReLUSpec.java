package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * Keras's {@code PReLU}: a leaky ReLU with one learned slope per value, except along the shared
 * axes. Its only weight, {@code alpha}, has the input's shape with every shared axis set to 1
 * ({@code PReLU.build}). Keras sets {@code param_shape[axis - 1] = 1} on a Python list, so axis 0
 * or a negative axis silently counts from the end and an axis beyond the rank fails; both are
 * followed here, since the law is what Keras counts.
 */
final class PReLUSpec implements LayerSpec {
  private final int[] sharedAxes;

  private PReLUSpec(int[] sharedAxes) {
    this.sharedAxes = sharedAxes;
  }

  /** Keras's constructor does not check {@code shared_axes}; build does, against the input. */
  static PReLUSpec parse(Arguments args) {
    return new PReLUSpec(args.intArray("sharedAxes"));
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int rank = input.rank();
    int[] alpha = input.dims();
    for (int axis : sharedAxes) {
      int index = axis - 1;
      if (index >= rank || index < -rank) {
        throw new ShapeError(
            ErrorKind.WRONG_RANK,
            "sharedAxes",
            "sharedAxes names axis "
                + axis
                + ", but "
                + in
                + " has only "
                + rank
                + (rank == 1 ? " axis" : " axes"),
            "shared axes in 1.." + rank + " (1 is the first axis after the batch)",
            "share only axes the input has, e.g. sharedAxes = {1"
                + (rank > 2 ? ", " + (rank - 1) : "")
                + "} for one slope per channel");
      }
      alpha[index < 0 ? index + rank : index] = 1;
    }
    for (int i = 0; i < rank; i++) {
      if (Checked.unknown(alpha[i])) {
        // Keras creates alpha from this shape; a variable's shape must be fully defined.
        throw new ShapeError(
            ErrorKind.UNKNOWN_DIMENSION,
            "sharedAxes",
            "axis " + (i + 1) + " of " + in + " is unknown (None) and not shared",
            "a known size on every axis that is not in sharedAxes, to size alpha",
            "add " + (i + 1) + " to sharedAxes, or give that dimension a size");
      }
    }
    long[] factors = new long[rank];
    for (int i = 0; i < rank; i++) {
      factors[i] = alpha[i];
    }
    return new LayerOutput(input, Checked.params("PReLU alpha", factors), 0);
  }
}
