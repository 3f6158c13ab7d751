package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.List;

/**
 * Keras's {@code Concatenate}: joins two or more inputs along one axis. As in Keras's {@code
 * Concatenate.build}, the inputs must have the same rank and, on every other axis (the batch
 * included), no two different known sizes; an unknown size matches any. As in its {@code
 * compute_output_shape}, the output is the first input's shape with the joined axis summed, or None
 * when any input's size there is None. No weights and no multiply-accumulates.
 *
 * <p>The axis counts the batch as axis 0. Keras accepts the batch axis itself (the batches are
 * stacked, the batch sizes add up), so ShapeCheck does too.
 */
final class ConcatenateSpec extends MergeSpec {
  private final int axis;

  private ConcatenateSpec(int axis) {
    super("Concatenate", 2, Integer.MAX_VALUE);
    this.axis = axis;
  }

  static ConcatenateSpec parse(Arguments args) {
    return new ConcatenateSpec(args.anyInt("axis"));
  }

  @Override
  LayerOutput merge(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
    Shape first = inputs.get(0);
    for (int i = 1; i < inputs.size(); i++) {
      if (inputs.get(i).rank() != first.rank()) {
        throw new ShapeError(
            ErrorKind.INCOMPATIBLE_INPUTS,
            null,
            "cannot concatenate "
                + ins.get(0)
                + " and "
                + ins.get(i)
                + ": they have "
                + first.rank()
                + " and "
                + inputs.get(i).rank()
                + " dims",
            "inputs of one rank, equal on every axis but axis " + axis,
            "Reshape one input so that both have the same number of axes, e.g. (64) to "
                + "(1, 1, 64) before joining it to an image");
      }
    }
    int ranks = first.rank() + 1; // Keras's, with the batch
    if (axis < -ranks || axis >= ranks) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          "axis",
          "axis = "
              + axis
              + " does not exist in "
              + ins.get(0)
              + ", which has "
              + ranks
              + " axes counting the batch",
          "an axis in [" + -ranks + ", " + (ranks - 1) + "] (0 is the batch, -1 the last axis)",
          "use axis = -1 to join the last axis (the channels of an image)");
    }
    int joined = axis < 0 ? axis + ranks : axis;
    int[][] all = new int[inputs.size()][];
    for (int i = 0; i < all.length; i++) {
      all[i] = withBatch(inputs.get(i));
    }
    for (int position = 0; position < ranks; position++) {
      if (position != joined) {
        checkSameSize(all, ins, position, joined);
      }
    }
    int[] out = all[0].clone();
    long sum = 0;
    for (int[] shape : all) {
      if (shape[joined] == Shape.NONE) {
        sum = Shape.NONE;
        break;
      }
      sum += shape[joined]; // at most inputs × (2^31 - 1): no long overflow
    }
    out[joined] = sum == Shape.NONE ? Shape.NONE : Checked.dim(sum, null);
    int[] dims = new int[out.length - 1];
    System.arraycopy(out, 1, dims, 0, dims.length);
    return new LayerOutput(Shape.withBatch(out[0], dims), 0, 0, 0);
  }

  /** On a position that is not joined, the first known size and any other known one differ. */
  private static void checkSameSize(
      int[][] all, List<InputDescription> ins, int position, int joined) throws ShapeError {
    int known = -1;
    for (int i = 0; i < all.length; i++) {
      int size = all[i][position];
      if (size == Shape.NONE) {
        continue;
      }
      if (known < 0) {
        known = i;
      } else if (size != all[known][position]) {
        String where =
            position == 0 ? "their batch sizes are" : "on axis " + position + " their sizes are";
        throw new ShapeError(
            ErrorKind.INCOMPATIBLE_INPUTS,
            null,
            "cannot concatenate "
                + ins.get(known)
                + " and "
                + ins.get(i)
                + " on axis "
                + joined
                + ": "
                + where
                + " "
                + all[known][position]
                + " and "
                + size,
            "the same size on every axis but the joined axis "
                + joined
                + " (an unknown size matches any)",
            position == 0
                ? "merged tensors come from one batch; give every @Input the same batchSize"
                : "only the joined axis may differ: resize the inputs first (pooling, strides, "
                    + "UpSampling, Cropping), or join along the axis where they differ");
      }
    }
  }

  /** The shape in Keras's form, the batch first. */
  private static int[] withBatch(Shape shape) {
    int[] dims = new int[shape.rank() + 1];
    dims[0] = shape.batchSize();
    for (int i = 0; i < shape.rank(); i++) {
      dims[i + 1] = shape.dim(i);
    }
    return dims;
  }
}
