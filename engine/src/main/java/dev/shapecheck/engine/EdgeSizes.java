package dev.shapecheck.engine;

import java.util.Arrays;

/**
 * The {@code padding} of {@code ZeroPadding1D/2D/3D} and the {@code cropping} of {@code
 * Cropping1D/2D/3D}: how much is added or removed at each end of each spatial axis.
 *
 * <p>Keras takes an int, a tuple of one symmetric value per axis, or a tuple of {@code (before,
 * after)} pairs, and checks each pair with {@code standardize_tuple(..., allow_zero=True)}: no
 * value may be negative (a negative int is refused by Cropping2D/3D's constructor and, for
 * ZeroPadding2D/3D, by {@code ops.pad} when the layer runs). An annotation cannot nest arrays, so
 * the pairs come flattened in Keras's order; the length of the array tells the three forms apart
 * (1, rank or 2 × rank values; for 1-D layers, 2 values are Keras's {@code (left, right)}).
 */
final class EdgeSizes {
  private EdgeSizes() {}

  /**
   * The {@code (before, after)} sizes of each of the {@code rank} spatial axes, or zeros after
   * reporting the problem.
   */
  static int[][] parse(Arguments args, String attribute, int rank) {
    int[][] standIn = new int[rank][2];
    int[] values = args.intArray(attribute);
    if (values.length != 1 && values.length != rank && values.length != 2 * rank) {
      String got = values.length == 0 ? "is empty" : "has " + values.length + " values";
      String takes = rank == 1 ? "1 or 2" : "1, " + rank + " or " + 2 * rank;
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute + " " + got + ", but " + args.type() + " takes " + takes,
          rank == 1
              ? "give one value for both ends, or 2 values (left, right)"
              : "give one value for every side, "
                  + rank
                  + " values ("
                  + SpatialLayout.spatialAxes(rank)
                  + ") for both ends of each axis, or "
                  + 2 * rank
                  + " values (before, after) axis by axis");
      return standIn;
    }
    if (Arrays.stream(values).anyMatch(v -> v < 0)) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute + " = " + Arguments.format(values) + ", but no value may be negative",
          "Keras rejects negative " + attribute + "; use 0 or more");
      return standIn;
    }
    int[][] edges = new int[rank][2];
    for (int axis = 0; axis < rank; axis++) {
      if (values.length == 2 * rank) {
        edges[axis][0] = values[2 * axis];
        edges[axis][1] = values[2 * axis + 1];
      } else {
        int v = values.length == 1 ? values[0] : values[axis];
        edges[axis][0] = v;
        edges[axis][1] = v;
      }
    }
    return edges;
  }

  /** The sizes as Keras prints them after standardizing: {@code ((1, 1), (2, 0))}. */
  static String describe(int[][] edges) {
    if (edges.length == 1) {
      return Arguments.tuple(edges[0]);
    }
    StringBuilder out = new StringBuilder("(");
    for (int axis = 0; axis < edges.length; axis++) {
      out.append(axis > 0 ? ", " : "").append(Arguments.tuple(edges[axis]));
    }
    return out.append(')').toString();
  }
}
