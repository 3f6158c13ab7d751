package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.math.BigInteger;

/**
 * Keras's {@code Reshape}, following {@code compute_reshape_output_shape}: the batch stays, the
 * sample takes {@code targetShape}, in which one {@code -1} is inferred from the input's size. When
 * an input dimension is unknown a {@code -1} stays unknown, and a fixed target must be a multiple
 * of the known dimensions' product (else Keras builds it but cannot run it); when all are known the
 * target must hold exactly as many values. Sizes are multiplied exactly (as Python's integers do),
 * so no product can wrap around.
 */
final class ReshapeSpec implements LayerSpec {
  private final int[] target;

  /** The index of the {@code -1} entry, or -1 when there is none. */
  private final int inferred;

  private ReshapeSpec(int[] target, int inferred) {
    this.target = target;
    this.inferred = inferred;
  }

  static ReshapeSpec parse(Arguments args) {
    int[] target = args.intArray("targetShape");
    int inferred = -1;
    int unknowns = 0;
    boolean nonPositive = false;
    for (int i = 0; i < target.length; i++) {
      if (target[i] == -1) {
        inferred = i;
        unknowns++;
      } else if (target[i] <= 0) {
        nonPositive = true;
      }
    }
    String given = "targetShape = " + Arguments.format(target);
    if (unknowns > 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "targetShape",
          given + " has " + unknowns + " entries -1, but Keras infers at most one",
          "give every size but one; a single -1 is inferred from the input's size");
    }
    if (nonPositive) {
      // Keras's validate_reshape_shape rejects sizes below -1; a 0 would make a zero-size axis.
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "targetShape",
          given + ", but every size must be positive, or -1 to infer it",
          "use positive sizes and at most one -1");
    }
    return new ReshapeSpec(target, inferred);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int[] out = target.clone();
    if (!input.isFullyDefined()) {
      if (inferred < 0) {
        checkRunnable(input, in);
      } else {
        out[inferred] = Shape.NONE;
      }
      return new LayerOutput(input.withDims(out), 0, 0);
    }
    BigInteger size = BigInteger.ONE;
    for (int dim : input.dims()) {
      size = size.multiply(BigInteger.valueOf(dim));
    }
    BigInteger known = BigInteger.ONE;
    for (int i = 0; i < target.length; i++) {
      if (i != inferred) {
        known = known.multiply(BigInteger.valueOf(target[i]));
      }
    }
    String given = "targetShape = " + Arguments.format(target);
    if (inferred < 0) {
      if (!size.equals(known)) {
        throw new ShapeError(
            ErrorKind.INVALID_ARGUMENT,
            "targetShape",
            given
                + " holds "
                + known
                + (known.equals(BigInteger.ONE) ? " value" : " values")
                + ", but "
                + in
                + " holds "
                + size,
            "a target whose sizes multiply to " + size,
            "change targetShape, or put -1 in place of one size to infer it");
      }
      return new LayerOutput(input.withDims(out), 0, 0);
    }
    if (!size.mod(known).equals(BigInteger.ZERO)) {
      throw new ShapeError(
          ErrorKind.INVALID_ARGUMENT,
          "targetShape",
          given
              + ": the "
              + size
              + " values of "
              + in
              + " do not divide by "
              + known
              + ", the product of the given sizes",
          "given sizes whose product divides " + size,
          "choose sizes that divide the input's " + size + " values");
    }
    BigInteger quotient = size.divide(known);
    long dim = quotient.bitLength() < Long.SIZE ? quotient.longValueExact() : Long.MAX_VALUE;
    out[inferred] = Checked.dim(dim, "targetShape");
    return new LayerOutput(input.withDims(out), 0, 0);
  }

  /**
   * A fixed target from an input with an unknown dimension: Keras 3.15.1 builds the layer without a
   * check, but when it runs, the input's size must equal the target's, which no length of the
   * unknown dimension gives unless the known dimensions' product divides the target's.
   */
  private void checkRunnable(Shape input, InputDescription in) throws ShapeError {
    BigInteger knownInput = BigInteger.ONE;
    for (int dim : input.dims()) {
      if (!Checked.unknown(dim)) {
        knownInput = knownInput.multiply(BigInteger.valueOf(dim));
      }
    }
    BigInteger size = BigInteger.ONE;
    for (int dim : target) {
      size = size.multiply(BigInteger.valueOf(dim));
    }
    if (!size.mod(knownInput).equals(BigInteger.ZERO)) {
      throw new ShapeError(
          ErrorKind.INVALID_ARGUMENT,
          "targetShape",
          "targetShape = "
              + Arguments.format(target)
              + " holds "
              + size
              + " values, but the known dimensions of "
              + in
              + " multiply to "
              + knownInput
              + ", which does not divide "
              + size
              + ": Keras builds this Reshape, but it fails when it runs, whatever the unknown"
              + " size",
          "a target whose size is a multiple of " + knownInput,
          "change targetShape, or put -1 in place of one size to infer it");
    }
  }
}
