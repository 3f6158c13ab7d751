package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import dev.shapecheck.Shape;

/**
 * Keras's N-D convolution ({@code Conv1D}, {@code Conv2D}, {@code Conv3D}), following
 * {@code keras.layers.BaseConv}: its argument checks, {@code compute_conv_output_shape} and its
 * weights (a kernel of {@code window * channels / groups * filters} plus one bias per filter).
 */
final class ConvolutionSpec implements LayerSpec {
  private final String type;
  private final SpatialLayout layout;
  private final int filters;
  private final int[] kernel;
  private final int[] strides;
  private final int[] dilation;
  private final Padding padding;
  private final int groups;
  private final boolean useBias;

  private ConvolutionSpec(
      String type,
      SpatialLayout layout,
      int filters,
      int[] kernel,
      int[] strides,
      int[] dilation,
      Padding padding,
      int groups,
      boolean useBias) {
    this.type = type;
    this.layout = layout;
    this.filters = filters;
    this.kernel = kernel;
    this.strides = strides;
    this.dilation = dilation;
    this.padding = padding;
    this.groups = groups;
    this.useBias = useBias;
  }

  static ConvolutionSpec parse(Arguments args, int rank) {
    String axes = SpatialLayout.spatialAxes(rank);
    int filters = args.positiveInt("filters");
    int[] kernel = args.tuple("kernelSize", rank, axes);
    int[] strides = args.tuple("strides", rank, axes);
    Padding padding = args.enumValue("padding", Padding.class, Padding.VALID);
    DataFormat format = args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    int[] dilation = args.tuple("dilationRate", rank, axes);
    int groups = args.positiveInt("groups");
    args.enumValue("activation", Activations.class, Activations.LINEAR);
    boolean useBias = args.bool("useBias");

    if (padding == Padding.CAUSAL && rank != 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "padding",
          "padding = Padding.CAUSAL, but only 1-D convolutions pad causally",
          "use Padding.SAME or Padding.VALID");
    }
    if (max(strides) > 1 && max(dilation) > 1) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "dilationRate",
          "strides=" + Arguments.tuple(strides) + " together with dilationRate="
              + Arguments.tuple(dilation) + ": Keras does not support both above 1",
          "keep strides at 1 and follow with a pooling layer, or drop the dilation");
    }
    if (filters % groups != 0) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "groups",
          "filters = " + filters + " do not split into groups = " + groups,
          "make filters a multiple of groups");
    }
    return new ConvolutionSpec(
        args.type(),
        new SpatialLayout(rank, format),
        filters,
        kernel,
        strides,
        dilation,
        padding,
        groups,
        useBias);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
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
    if (channels % groups != 0) {
      throw new ShapeError(
          ErrorKind.CHANNELS_NOT_DIVISIBLE,
          "groups",
          channels + " input channels do not split into groups = " + groups,
          "input channels divisible by groups = " + groups,
          "choose groups dividing both " + channels + " and filters = " + filters);
    }
    long[] wouldBe = new long[layout.rank];
    boolean fits = true;
    for (int i = 0; i < layout.rank; i++) {
      int n = layout.spatial(input, i);
      wouldBe[i] = Checked.unknown(n) ? Shape.NONE : outputLength(i, n);
      fits &= Checked.unknown(n) || wouldBe[i] > 0;
    }
    if (!fits) {
      throw kernelTooLarge(in, wouldBe);
    }
    int[] spatial = new int[layout.rank];
    for (int i = 0; i < layout.rank; i++) {
      spatial[i] = Checked.dim(wouldBe[i], "kernelSize");
    }
    long[] factors = new long[layout.rank + 2];
    for (int i = 0; i < layout.rank; i++) {
      factors[i] = kernel[i];
    }
    factors[layout.rank] = channels / groups;
    factors[layout.rank + 1] = filters;
    long kernelWeights = Checked.params(type + " kernel", factors);
    long params = useBias ? Checked.add(type + " kernel and bias", kernelWeights, filters) : kernelWeights;
    return new LayerOutput(layout.assemble(input, spatial, filters), params, 0);
  }

  /** Keras's {@code compute_conv_output_shape} for one axis of known length {@code n}. */
  private long outputLength(int axis, long n) {
    long s = strides[axis];
    if (padding == Padding.SAME || padding == Padding.CAUSAL) {
      return (n + s - 1) / s;
    }
    long span = effectiveKernel(axis);
    return Math.floorDiv(n - span, s) + 1;
  }

  private long effectiveKernel(int axis) {
    return (long) (kernel[axis] - 1) * dilation[axis] + 1;
  }

  private ShapeError kernelTooLarge(InputDescription in, long[] wouldBe) {
    boolean dilated = max(dilation) > 1;
    int[] span = new int[layout.rank];
    for (int i = 0; i < span.length; i++) {
      span[i] = (int) Math.min(Integer.MAX_VALUE, effectiveKernel(i));
    }
    String window = SpatialLayout.window(kernel) + " kernel"
        + (dilated ? " dilated by " + Arguments.tuple(dilation) + " (spanning "
            + SpatialLayout.window(span) + ")" : "");
    return new ShapeError(
        ErrorKind.KERNEL_TOO_LARGE,
        "kernelSize",
        window + " does not fit " + in + " — output would be "
            + layout.describeWouldBe(wouldBe, filters),
        "at least " + SpatialLayout.window(span) + " (" + SpatialLayout.spatialAxes(layout.rank)
            + ") with padding = Padding.VALID",
        "use padding = Padding.SAME, a smaller kernelSize, or less downsampling before this layer");
  }

  private static int max(int[] values) {
    int max = Integer.MIN_VALUE;
    for (int v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
