package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Shape;

/**
 * Keras's depthwise and separable convolutions ({@code DepthwiseConv1D/2D}, {@code
 * SeparableConv1D/2D}), following {@code BaseDepthwiseConv} and {@code BaseSeparableConv}. Both
 * slide one {@code depthMultiplier}-deep kernel over each input channel (weights {@code window *
 * channels * depthMultiplier}); a separable convolution then mixes the {@code channels *
 * depthMultiplier} results with a 1x1 pointwise kernel into {@code filters} outputs. The bias
 * follows the output channels. The window is a plain convolution's.
 */
final class DepthwiseConvolutionSpec implements LayerSpec {
  /** Marks a depthwise convolution, which has no pointwise step. */
  private static final int NO_POINTWISE = 0;

  private final String type;
  private final ConvolutionWindow window;
  private final int depthMultiplier;
  private final int filters;
  private final boolean useBias;

  private DepthwiseConvolutionSpec(
      String type, ConvolutionWindow window, int depthMultiplier, int filters, boolean useBias) {
    this.type = type;
    this.window = window;
    this.depthMultiplier = depthMultiplier;
    this.filters = filters;
    this.useBias = useBias;
  }

  /** {@code DepthwiseConvND}: output channels are {@code channels * depthMultiplier}. */
  static DepthwiseConvolutionSpec parseDepthwise(Arguments args, int rank) {
    ConvolutionWindow window = ConvolutionWindow.read(args, rank);
    int depthMultiplier = args.positiveInt("depthMultiplier");
    args.enumValue("activation", Activations.class, Activations.LINEAR);
    boolean useBias = args.bool("useBias");
    window.checkRules(args, false, true);
    return new DepthwiseConvolutionSpec(
        args.type(), window, depthMultiplier, NO_POINTWISE, useBias);
  }

  /** {@code SeparableConvND}: output channels are {@code filters}. */
  static DepthwiseConvolutionSpec parseSeparable(Arguments args, int rank) {
    int filters = args.positiveInt("filters");
    ConvolutionWindow window = ConvolutionWindow.read(args, rank);
    int depthMultiplier = args.positiveInt("depthMultiplier");
    args.enumValue("activation", Activations.class, Activations.LINEAR);
    boolean useBias = args.bool("useBias");
    window.checkRules(args, false, true);
    return new DepthwiseConvolutionSpec(args.type(), window, depthMultiplier, filters, useBias);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int channels = window.knownChannels(input, in);
    long depthwiseChannels = (long) channels * depthMultiplier; // both below 2^31: fits a long
    int outChannels =
        filters == NO_POINTWISE ? Checked.dim(depthwiseChannels, "depthMultiplier") : filters;
    int[] spatial = window.slide(input, in, outChannels);
    long params =
        Checked.params(type + " depthwise kernel", window.kernelFactors(channels, depthMultiplier));
    if (filters != NO_POINTWISE) {
      params =
          Checked.add(
              type + " kernels",
              params,
              Checked.params(type + " pointwise kernel", depthwiseChannels, filters));
    }
    long macs = Macs.times(Macs.positions(spatial), params); // every kernel, every position
    if (useBias) {
      params = Checked.add(type + " kernel and bias", params, outChannels);
    }
    return new LayerOutput(window.layout.assemble(input, spatial, outChannels), params, 0, macs);
  }
}
