package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.Arrays;

/**
 * Keras's {@code Permute}: output axis {@code i} is input axis {@code dims[i]} (1-based, the batch
 * staying first). The constructor requires a permutation of {@code 1..len(dims)}, and the {@code
 * InputSpec(ndim=len(dims) + 1)} an input of exactly that rank.
 */
final class PermuteSpec implements LayerSpec {
  private final int[] dims;

  private PermuteSpec(int[] dims) {
    this.dims = dims;
  }

  static PermuteSpec parse(Arguments args) {
    int[] dims = args.intArray("dims");
    int[] sorted = dims.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] != i + 1) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "dims",
            "dims = " + Arguments.format(dims) + " is not a permutation of 1.." + dims.length,
            "list every axis from 1 to "
                + dims.length
                + " exactly once (axes count from 1, the"
                + " batch is not permuted), e.g. {2, 1} to swap two axes");
        break;
      }
    }
    return new PermuteSpec(dims);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (input.rank() != dims.length) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          "dims",
          "dims = "
              + Arguments.format(dims)
              + " permutes "
              + dims.length
              + " axes, but "
              + in
              + " has "
              + input.rank(),
          "an input of rank " + dims.length + " (batch not counted)",
          "give one entry per axis of the input: a permutation of 1.." + input.rank());
    }
    int[] out = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      out[i] = input.dim(dims[i] - 1);
    }
    return new LayerOutput(input.withDims(out), 0, 0);
  }
}
