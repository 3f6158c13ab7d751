package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * Exact arithmetic for dimensions and parameter counts: a result that would not fit is a {@link
 * ShapeError}, never a wrapped-around number.
 */
final class Checked {
  private Checked() {}

  /** The product of {@code factors}, or a {@link ErrorKind#PARAMETER_OVERFLOW} error. */
  static long params(String what, long... factors) throws ShapeError {
    long product = 1;
    try {
      for (long factor : factors) {
        product = Math.multiplyExact(product, factor);
      }
      return product;
    } catch (ArithmeticException overflow) {
      throw overflow(what);
    }
  }

  static long add(String what, long a, long b) throws ShapeError {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException overflow) {
      throw overflow(what);
    }
  }

  private static ShapeError overflow(String what) {
    return new ShapeError(
        ErrorKind.PARAMETER_OVERFLOW,
        null,
        "the " + what + " parameter count exceeds 2^63 - 1",
        "a parameter count that fits in a signed 64-bit integer",
        "reduce the sizes that multiply into the weights");
  }

  /** A computed dimension as an {@code int}, or an {@link ErrorKind#OUTPUT_TOO_LARGE} error. */
  static int dim(long value, String attribute) throws ShapeError {
    if (value > Integer.MAX_VALUE) {
      throw new ShapeError(
          ErrorKind.OUTPUT_TOO_LARGE,
          attribute,
          "an output dimension would be " + value + ", more than 2^31 - 1",
          "every output dimension at most " + Integer.MAX_VALUE,
          "reduce the layer's sizes or the input size");
    }
    return (int) value;
  }

  /** Whether {@code dim} is {@link Shape#NONE}. */
  static boolean unknown(int dim) {
    return dim == Shape.NONE;
  }
}
