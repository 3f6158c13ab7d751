package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import dev.shapecheck.Shape;

/**
 * The sliding window every Keras convolution shares: {@code kernelSize}, {@code strides}, {@code
 * padding}, {@code dataFormat} and {@code dilationRate}, read and checked as {@code BaseConv},
 * {@code BaseConvTranspose}, {@code BaseDepthwiseConv} and {@code BaseSeparableConv} read them, and
 * the output lengths of Keras's {@code compute_conv_output_shape}. The plain, depthwise and
 * separable specs differ only in their channels and weights, so the geometry and its error messages
 * live here once.
 */
final class ConvolutionWindow {
  final String type;
  final SpatialLayout layout;
  final int[] kernel;
  final int[] strides;
  final int[] dilation;
  final Padding padding;

  private ConvolutionWindow(
      String type,
      SpatialLayout layout,
      int[] kernel,
      int[] strides,
      int[] dilation,
      Padding padding) {
    this.type = type;
    this.layout = layout;
    this.kernel = kernel;
    this.strides = strides;
    this.dilation = dilation;
    this.padding = padding;
  }

  /**
   * Reads the window's arguments in the order Keras's constructors take them; the rules between
   * them are checked by {@link #checkRules}, so that a spec can read its own arguments first.
   */
  static ConvolutionWindow read(Arguments args, int rank) {
    String axes = SpatialLayout.spatialAxes(rank);
    int[] kernel = args.tuple("kernelSize", rank, axes);
    int[] strides = args.tuple("strides", rank, axes);
    Padding padding = args.enumValue("padding", Padding.class, Padding.VALID);
    DataFormat format = args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    int[] dilation = args.tuple("dilationRate", rank, axes);
    return new ConvolutionWindow(
        args.type(), new SpatialLayout(rank, format), kernel, strides, dilation, padding);
  }

  /**
   * Keras's constructor rules between the window's arguments: {@code standardize_padding} takes
   * {@code "causal"} only when {@code allow_causal} (BaseConv passes {@code rank == 1}; the
   * transposed, depthwise and separable bases never do), and BaseConv and BaseConvTranspose raise
   * "strides > 1 not supported in conjunction with dilation_rate > 1". Keras 3's depthwise and
   * separable bases do not: Keras 3.15.1 builds and runs them with both above 1, so they pass
   * {@code stridedDilationAllowed}.
   */
  void checkRules(Arguments args, boolean causalAllowed, boolean stridedDilationAllowed) {
    if (padding == Padding.CAUSAL && !causalAllowed) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "padding",
          layout.rank == 1
              ? "padding = Padding.CAUSAL, but " + type + " pads only VALID or SAME"
              : "padding = Padding.CAUSAL, but only 1-D convolutions pad causally",
          layout.rank == 1
              ? "use Padding.SAME or Padding.VALID; only Conv1D pads causally"
              : "use Padding.SAME or Padding.VALID");
    }
    if (!stridedDilationAllowed && max(strides) > 1 && max(dilation) > 1) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "dilationRate",
          "strides="
              + Arguments.tuple(strides)
              + " together with dilationRate="
              + Arguments.tuple(dilation)
              + ": Keras does not support both above 1",
          "keep strides at 1 and follow with a pooling layer, or drop the dilation");
    }
  }

  /**
   * The input's channel count, after checking its rank; the kernel is sized by it, so Keras cannot
   * build the layer when it is unknown.
   */
  int knownChannels(Shape input, InputDescription in) throws ShapeError {
    layout.requireRank(input, in, type);
    int channels = layout.channels(input);
    if (Checked.unknown(channels)) {
      throw new ShapeError(
          ErrorKind.UNKNOWN_DIMENSION,
          null,
          "the channel axis of " + in + " is unknown (None)",
          "a known number of input channels, to size the kernel",
          "give the channel dimension a size in @Sequential(input = ...)");
    }
    return channels;
  }

  /**
   * The spatial output of sliding this window over {@code input}: Keras's {@code
   * compute_conv_output_shape}, which raises when a known output length is not positive.
   *
   * @param outChannels the output's channels, only for the "would be" message
   */
  int[] slide(Shape input, InputDescription in, int outChannels) throws ShapeError {
    long[] wouldBe = new long[layout.rank];
    boolean fits = true;
    for (int i = 0; i < layout.rank; i++) {
      int n = layout.spatial(input, i);
      wouldBe[i] = Checked.unknown(n) ? Shape.NONE : outputLength(i, n);
      fits &= Checked.unknown(n) || wouldBe[i] > 0;
    }
    if (!fits) {
      throw kernelTooLarge(input, in, wouldBe, outChannels);
    }
    int[] spatial = new int[layout.rank];
    for (int i = 0; i < layout.rank; i++) {
      spatial[i] = Checked.dim(wouldBe[i], "kernelSize");
    }
    return spatial;
  }

  /** The number of kernel taps, {@code kh * kw ...}, as the first factors of a weight count. */
  long[] kernelFactors(long... more) {
    long[] factors = new long[layout.rank + more.length];
    for (int i = 0; i < layout.rank; i++) {
      factors[i] = kernel[i];
    }
    System.arraycopy(more, 0, factors, layout.rank, more.length);
    return factors;
  }

  /** {@code (k - 1) * d + 1}: the input span one output sees along {@code axis}. */
  long effectiveKernel(int axis) {
    return (long) (kernel[axis] - 1) * dilation[axis] + 1;
  }

  /** Keras's {@code compute_conv_output_shape} for one axis of known length {@code n}. */
  private long outputLength(int axis, long n) {
    long s = strides[axis];
    if (padding == Padding.SAME || padding == Padding.CAUSAL) {
      return (n + s - 1) / s;
    }
    return Math.floorDiv(n - effectiveKernel(axis), s) + 1;
  }

  private ShapeError kernelTooLarge(
      Shape input, InputDescription in, long[] wouldBe, int outChannels) {
    boolean dilated = max(dilation) > 1;
    int[] span = new int[layout.rank];
    for (int i = 0; i < span.length; i++) {
      span[i] = (int) Math.min(Integer.MAX_VALUE, effectiveKernel(i));
    }
    String window =
        SpatialLayout.window(kernel)
            + " kernel"
            + (dilated
                ? " dilated by "
                    + Arguments.tuple(dilation)
                    + " (spanning "
                    + SpatialLayout.window(span)
                    + ")"
                : "");
    return new ShapeError(
        ErrorKind.KERNEL_TOO_LARGE,
        "kernelSize",
        window
            + " does not fit "
            + in
            + " — output would be "
            + layout.describeWouldBe(input, wouldBe, outChannels),
        "at least "
            + SpatialLayout.window(span)
            + " ("
            + SpatialLayout.spatialAxes(layout.rank)
            + ") with padding = Padding.VALID",
        "use padding = Padding.SAME, a smaller kernelSize, or less downsampling before this layer");
  }

  static int max(int[] values) {
    int max = Integer.MIN_VALUE;
    for (int v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
