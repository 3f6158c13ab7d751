package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * Keras's {@code RepeatVector}: a {@code (features)} vector repeated {@code n} times into {@code
 * (n, features)}; its {@code InputSpec(ndim=2)} admits only rank-1 samples.
 */
final class RepeatVectorSpec implements LayerSpec {
  private final int n;

  private RepeatVectorSpec(int n) {
    this.n = n;
  }

  /**
   * {@code n} must be at least 1: Keras 3 builds no tensor with a negative dimension, and a zero
   * {@code n} would give a zero-size axis, which ShapeCheck rejects as Keras's size checks do.
   */
  static RepeatVectorSpec parse(Arguments args) {
    return new RepeatVectorSpec(args.intAtLeast("n", 1));
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (input.rank() != 1) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects 1 dim (features), but " + in + " has " + input.rank(),
          "an input of rank 1 (features) (batch not counted)",
          "put @Flatten before this layer, or reshape the input to (features)");
    }
    return new LayerOutput(input.withDims(n, input.dim(0)), 0, 0);
  }
}
