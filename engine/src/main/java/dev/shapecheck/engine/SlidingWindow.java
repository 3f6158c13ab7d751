package dev.shapecheck.engine;

import java.util.Arrays;

/**
 * The window of a pooling or convolution layer read back from its configuration, once the engine
 * has accepted it: size, strides and dilation per spatial axis, each tuple broadcast to the rank.
 */
final class SlidingWindow {
  final boolean pooling;

  /** {@code poolSize} or {@code kernelSize}: the attribute that sizes the window. */
  final String sizeAttribute;

  final int[] size;
  final int[] strides;
  final int[] dilation;

  private SlidingWindow(
      boolean pooling, String sizeAttribute, int[] size, int[] strides, int[] dilation) {
    this.pooling = pooling;
    this.sizeAttribute = sizeAttribute;
    this.size = size;
    this.strides = strides;
    this.dilation = dilation;
  }

  /**
   * The window of a {@link LayerTrait#POOLING_WINDOW} or {@link LayerTrait#CONVOLUTION_WINDOW}
   * layer over {@code rank} spatial axes, or null when its arguments are not in a form the engine
   * accepts. Pooling's empty {@code strides} mean the pool size; pooling never dilates.
   */
  static SlidingWindow of(LayerConfig config, boolean pooling, int rank) {
    String sizeAttribute = pooling ? "poolSize" : "kernelSize";
    int[] size = tuple(config, sizeAttribute, rank, null);
    int[] strides = tuple(config, "strides", rank, size);
    int[] dilation = pooling ? ones(rank) : tuple(config, "dilationRate", rank, ones(rank));
    if (size == null || strides == null || dilation == null) {
      return null;
    }
    return new SlidingWindow(pooling, sizeAttribute, size, strides, dilation);
  }

  /** How many elements the window spans along {@code axis}: {@code (k - 1) * dilation + 1}. */
  long span(int axis) {
    return (long) (size[axis] - 1) * dilation[axis] + 1;
  }

  /** A tuple argument broadcast to {@code rank}; {@code empty} when it is {}, null if unusable. */
  private static int[] tuple(LayerConfig config, String attribute, int rank, int[] empty) {
    Object value = config.argument(attribute);
    if (!(value instanceof int[])) {
      return null;
    }
    int[] values = (int[]) value;
    if (values.length == 0) {
      return empty;
    }
    if (values.length == rank) {
      return values.clone();
    }
    if (values.length != 1) {
      return null;
    }
    int[] broadcast = new int[rank];
    Arrays.fill(broadcast, values[0]);
    return broadcast;
  }

  private static int[] ones(int rank) {
    int[] ones = new int[rank];
    Arrays.fill(ones, 1);
    return ones;
  }

  /** "2" when every axis has the same value, else "(2, 3)". */
  static String sameOrTuple(int[] values) {
    return Arrays.stream(values).distinct().count() == 1
        ? Integer.toString(values[0])
        : Arguments.tuple(values);
  }

  /** "3" when every axis has the same value, else "{3, 4}", as written in an annotation. */
  static String sameOrArray(int[] values) {
    return Arrays.stream(values).distinct().count() == 1
        ? Integer.toString(values[0])
        : Arguments.format(values);
  }
}
