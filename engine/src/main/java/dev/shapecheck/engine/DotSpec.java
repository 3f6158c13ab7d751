package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.List;

/**
 * Keras's {@code Dot}: the per-sample dot product of exactly two inputs over one axis of each. Its
 * rules are Keras's: {@code axes} is one integer or a pair (the constructor's check), negative axes
 * count from the end of each input with the batch as axis 0, the batch axis cannot be summed over
 * ({@code batch_dot}: "Cannot perform batch_dot over axis 0"), and the two summed sizes must be
 * equal as {@code Dot.build} compares them — so an unknown size matches only an unknown one, not a
 * known one. Known batch sizes must agree ({@code batch_dot}). The output is {@code
 * compute_output_shape}'s: the first input without its axis (its batch kept), then the second
 * without its axis and batch; a result with no sample axis left becomes {@code (1)}.
 *
 * <p>No weights; its multiply-accumulates are real and counted: one per summed element for every
 * output value, {@code output values × summed size} per sample (unknown if either is). The L2
 * normalization of {@code normalize = true} is not counted, like other normalizations.
 */
final class DotSpec extends MergeSpec {
  /** One axis for both inputs, or one per input; never 0. */
  private final int[] axes;

  private DotSpec(int[] axes) {
    super("Dot", 2, 2);
    this.axes = axes;
  }

  static DotSpec parse(Arguments args) {
    args.bool("normalize");
    int reported = args.issues().size();
    int[] axes = args.intArray("axes");
    if (args.issues().size() > reported) {
      return new DotSpec(new int[] {-1}); // missing or not an int[]: already said
    }
    if (axes.length != 1 && axes.length != 2) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "axes",
          "axes "
              + (axes.length == 0 ? "is empty" : "has " + axes.length + " values")
              + ", but Dot takes 1 (for both inputs) or 2 (one per input)",
          "give one axis, axes = -1, or one per input, axes = {1, 2}");
      return new DotSpec(new int[] {-1});
    }
    for (int axis : axes) {
      if (axis == 0) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "axes",
            "axes = "
                + Arguments.format(axes)
                + " names axis 0, the batch, which Keras's Dot "
                + "cannot sum over",
            "axes count the batch as axis 0: use 1 for the first axis of a sample, -1 for the "
                + "last");
        break;
      }
    }
    return new DotSpec(axes);
  }

  @Override
  LayerOutput merge(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
    Shape x = inputs.get(0);
    Shape y = inputs.get(1);
    int xAxis = resolve(axes[0], x, ins.get(0));
    int yAxis = resolve(axes[axes.length - 1], y, ins.get(1));
    commonBatch(inputs, ins, "cannot take the dot product of ");
    int xSize = x.dim(xAxis - 1);
    int ySize = y.dim(yAxis - 1);
    if (xSize != ySize) {
      boolean unknown = xSize == Shape.NONE || ySize == Shape.NONE;
      throw new ShapeError(
          ErrorKind.INCOMPATIBLE_INPUTS,
          null,
          "cannot take the dot product of "
              + ins.get(0)
              + " and "
              + ins.get(1)
              + " over axes ("
              + xAxis
              + ", "
              + yAxis
              + "): their sizes there are "
              + dim(xSize)
              + " and "
              + dim(ySize),
          "the same size on both summed axes"
              + (unknown ? " (Keras's Dot.build compares them: None matches only None)" : ""),
          unknown
              ? "make the unknown size known (a fixed @Input shape), or sum over other axes"
              : "sum over axes of equal size (axes = {"
                  + xAxis
                  + ", "
                  + yAxis
                  + "} pairs axis "
                  + xAxis
                  + " of the first input with axis "
                  + yAxis
                  + " of the second), or "
                  + "project one input first (a Dense to "
                  + dim(xSize)
                  + " units)");
    }
    int[] out = new int[x.rank() - 1 + y.rank() - 1];
    int k = 0;
    for (int i = 0; i < x.rank(); i++) {
      if (i != xAxis - 1) {
        out[k++] = x.dim(i);
      }
    }
    for (int i = 0; i < y.rank(); i++) {
      if (i != yAxis - 1) {
        out[k++] = y.dim(i);
      }
    }
    if (out.length == 0) {
      out = new int[] {1}; // compute_output_shape: a (batch,) result becomes (batch, 1)
    }
    long macs = Macs.times(Macs.positions(out), xSize == Shape.NONE ? Macs.UNKNOWN : xSize);
    return new LayerOutput(Shape.withBatch(x.batchSize(), out), 0, 0, macs);
  }

  /** {@code axis} as a non-negative Keras axis of {@code shape} (batch = 0), never the batch. */
  private int resolve(int axis, Shape shape, InputDescription in) throws ShapeError {
    int ranks = shape.rank() + 1;
    if (axis < -ranks || axis >= ranks) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          "axes",
          "axes = "
              + Arguments.format(axes)
              + ": axis "
              + axis
              + " does not exist in "
              + in
              + ", which has "
              + ranks
              + " axes counting the batch",
          "an axis in [" + -ranks + ", -1] or [1, " + (ranks - 1) + "] (0 is the batch)",
          "use -1 to sum over the last axis of " + (axes.length == 1 ? "both inputs" : "an input"));
    }
    if (axis + ranks == 0) {
      throw new ShapeError(
          ErrorKind.INVALID_ARGUMENT,
          "axes",
          "axes = "
              + Arguments.format(axes)
              + ": axis "
              + axis
              + " of "
              + in
              + " is its batch axis, which Keras's Dot cannot sum over",
          "an axis in [" + (1 - ranks) + ", -1] or [1, " + (ranks - 1) + "] (0 is the batch)",
          "use -1 to sum over the last axis");
    }
    return axis < 0 ? axis + ranks : axis;
  }

  /** A size as Keras prints it. */
  private static String dim(int size) {
    return size == Shape.NONE ? "None" : Integer.toString(size);
  }
}
