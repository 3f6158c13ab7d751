package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.List;

/**
 * Keras's elementwise merges, {@code Add}, {@code Subtract}, {@code Multiply}, {@code Average},
 * {@code Maximum} and {@code Minimum}: one output value per position, shapes broadcast as Keras's
 * {@code Merge._compute_elemwise_op_output_shape} does. The shapes are folded from the first input
 * on, aligned at their last axis: on each axis an unknown size makes the result unknown (even
 * against a known one), a 1 takes the other size, and two different sizes are an error; the leading
 * axes of the longer shape are kept. Known batch sizes must all be equal; the output has that batch
 * size, or None.
 *
 * <p>No weights, and no multiply-accumulates: an elementwise sum or product is one operation per
 * output value with no accumulation, which the README's cost figures count as 0 like activations.
 */
final class ElementwiseMergeSpec extends MergeSpec {
  /** What the layer does to its inputs, for messages: "cannot add ...". */
  private final String verb;

  private ElementwiseMergeSpec(String type, int maxInputs, String verb) {
    super(type, 2, maxInputs);
    this.verb = verb;
  }

  static ElementwiseMergeSpec add(Arguments args) {
    return new ElementwiseMergeSpec("Add", Integer.MAX_VALUE, "add");
  }

  /** Keras's {@code Subtract}: "should be called on exactly 2 inputs". */
  static ElementwiseMergeSpec subtract(Arguments args) {
    return new ElementwiseMergeSpec("Subtract", 2, "subtract");
  }

  static ElementwiseMergeSpec multiply(Arguments args) {
    return new ElementwiseMergeSpec("Multiply", Integer.MAX_VALUE, "multiply");
  }

  static ElementwiseMergeSpec average(Arguments args) {
    return new ElementwiseMergeSpec("Average", Integer.MAX_VALUE, "average");
  }

  static ElementwiseMergeSpec maximum(Arguments args) {
    return new ElementwiseMergeSpec("Maximum", Integer.MAX_VALUE, "take the maximum of");
  }

  static ElementwiseMergeSpec minimum(Arguments args) {
    return new ElementwiseMergeSpec("Minimum", Integer.MAX_VALUE, "take the minimum of");
  }

  @Override
  LayerOutput merge(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
    int batch = commonBatch(inputs, ins, "cannot " + verb + " ");
    int[] merged = inputs.get(0).dims();
    for (int i = 1; i < inputs.size(); i++) {
      merged = broadcast(merged, inputs, ins, i);
    }
    return new LayerOutput(Shape.withBatch(batch, merged), 0, 0, 0);
  }

  /** Keras's pairwise rule for the shape merged so far and input {@code i}. */
  private int[] broadcast(int[] merged, List<Shape> inputs, List<InputDescription> ins, int i)
      throws ShapeError {
    int[] next = inputs.get(i).dims();
    int[] longer = merged.length >= next.length ? merged : next;
    int[] out = longer.clone();
    int common = Math.min(merged.length, next.length);
    for (int fromEnd = 1; fromEnd <= common; fromEnd++) {
      int a = merged[merged.length - fromEnd];
      int b = next[next.length - fromEnd];
      int size;
      if (a == Shape.NONE || b == Shape.NONE) {
        size = Shape.NONE;
      } else if (a == 1) {
        size = b;
      } else if (b == 1 || a == b) {
        size = a;
      } else {
        throw mismatch(inputs, ins, i, fromEnd, a, b);
      }
      out[out.length - fromEnd] = size;
    }
    return out;
  }

  /**
   * The error for sizes {@code a} (merged so far) and {@code b} (input {@code i}) on the axis
   * {@code fromEnd} from the end. A known merged size other than 1 comes from an earlier input with
   * that size there (an unknown or a conflict would have stopped it), and that input is named.
   */
  private ShapeError mismatch(
      List<Shape> inputs, List<InputDescription> ins, int i, int fromEnd, int a, int b) {
    int earlier = 0;
    for (int j = 0; j < i; j++) {
      Shape shape = inputs.get(j);
      if (shape.rank() >= fromEnd && shape.dim(shape.rank() - fromEnd) == a) {
        earlier = j;
        break;
      }
    }
    Shape first = inputs.get(earlier);
    Shape second = inputs.get(i);
    String axis =
        first.rank() == second.rank()
            ? "on axis " + (first.rank() + 1 - fromEnd)
            : "on axis -" + fromEnd + " (counted from the end, where Keras aligns them)";
    return new ShapeError(
        ErrorKind.INCOMPATIBLE_INPUTS,
        null,
        "cannot "
            + verb
            + " "
            + ins.get(earlier)
            + " and "
            + ins.get(i)
            + ": "
            + axis
            + " their sizes are "
            + a
            + " and "
            + b,
        "on every axis, aligned from the last, equal sizes or a size of 1 (which broadcasts)",
        first.rank() == second.rank()
            ? "make the sizes equal first (a Dense or 1x1 Conv2D to match channels, pooling or "
                + "strides to match spatial sizes), or make one of them 1 to broadcast it"
            : "shapes of different rank are aligned at their last axis; Reshape the shorter one "
                + "(e.g. (64) to (1, 1, 64)) so that its axes line up with the ones intended");
  }
}
