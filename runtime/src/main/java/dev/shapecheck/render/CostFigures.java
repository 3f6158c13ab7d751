package dev.shapecheck.render;

import dev.shapecheck.Layer;

/**
 * Arithmetic for cost figures (MACs, bytes), where {@link Layer#UNKNOWN} stands for a figure that
 * depends on an unknown dimension or does not fit in a {@code long}: it propagates instead of
 * wrapping around, so a figure is either exact or says it is unknown.
 */
public final class CostFigures {
  private CostFigures() {}

  public static long plus(long a, long b) {
    if (a == Layer.UNKNOWN || b == Layer.UNKNOWN) {
      return Layer.UNKNOWN;
    }
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException overflow) {
      return Layer.UNKNOWN;
    }
  }

  public static long times(long a, long b) {
    if (a == Layer.UNKNOWN || b == Layer.UNKNOWN) {
      return Layer.UNKNOWN;
    }
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException overflow) {
      return Layer.UNKNOWN;
    }
  }
}
