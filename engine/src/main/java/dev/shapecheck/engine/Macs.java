package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * Multiply-accumulate counts for one sample, as ShapeCheck defines them (README, "Cost figures"): a
 * weight layer performs one MAC per kernel weight at every position it is applied to — convolutions
 * and dense layers at every output position, transposed convolutions at every input position,
 * recurrent layers at every timestep; layers without a weight matrix perform none. Biases add no
 * MACs. The counts of the layers made of matrix products and convolutions are checked against what
 * TensorFlow runs for them (conformance/keras/macs.py counts the traced graph). With these
 * definitions VGG16 has 15,470,264,320 and MobileNet v1 568,740,352, the published figures.
 */
final class Macs {
  /** The count depends on a dimension that is unknown (None), or exceeds 2^63 - 1. */
  static final long UNKNOWN = -1;

  private Macs() {}

  /** {@code a + b} MACs; {@link #UNKNOWN} if either is, or if the sum exceeds 2^63 - 1. */
  static long plus(long a, long b) {
    if (a == UNKNOWN || b == UNKNOWN) {
      return UNKNOWN;
    }
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException overflow) {
      return UNKNOWN;
    }
  }

  /** The number of positions spanned by {@code dims}, or {@link #UNKNOWN}. */
  static long positions(int... dims) {
    long positions = 1;
    for (int dim : dims) {
      positions = times(positions, dim == Shape.NONE ? UNKNOWN : dim);
    }
    return positions;
  }

  /**
   * {@code positions * weights} MACs; {@link #UNKNOWN} if either is, or if the product exceeds 2^63
   * - 1: a count is exact or says it is unknown, never wrapped around.
   */
  static long times(long positions, long weights) {
    if (positions == UNKNOWN || weights == UNKNOWN) {
      return UNKNOWN;
    }
    try {
      return Math.multiplyExact(positions, weights);
    } catch (ArithmeticException overflow) {
      return UNKNOWN;
    }
  }
}
