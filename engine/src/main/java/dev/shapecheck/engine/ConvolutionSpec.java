package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Shape;

/**
 * Keras's N-D convolution ({@code Conv1D}, {@code Conv2D}, {@code Conv3D}), following {@code
 * keras.layers.BaseConv}: its argument checks, {@code compute_conv_output_shape} (via {@link
 * ConvolutionWindow}) and its weights (a kernel of {@code window * channels / groups * filters}
 * plus one bias per filter).
 */
final class ConvolutionSpec implements LayerSpec {
  private final String type;
  private final ConvolutionWindow window;
  private final int filters;
  private final int groups;
  private final boolean useBias;

  private ConvolutionSpec(
      String type, ConvolutionWindow window, int filters, int groups, boolean useBias) {
    this.type = type;
    this.window = window;
    this.filters = filters;
    this.groups = groups;
    this.useBias = useBias;
  }

  static ConvolutionSpec parse(Arguments args, int rank) {
    int filters = args.positiveInt("filters");
    ConvolutionWindow window = ConvolutionWindow.read(args, rank);
    int groups = args.positiveInt("groups");
    args.enumValue("activation", Activations.class, Activations.LINEAR);
    boolean useBias = args.bool("useBias");

    window.checkRules(args, rank == 1, false);
    if (filters % groups != 0) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "groups",
          "filters = " + filters + " do not split into groups = " + groups,
          "make filters a multiple of groups");
    }
    return new ConvolutionSpec(args.type(), window, filters, groups, useBias);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int channels = window.knownChannels(input, in);
    if (channels % groups != 0) {
      throw new ShapeError(
          ErrorKind.CHANNELS_NOT_DIVISIBLE,
          "groups",
          channels + " input channels do not split into groups = " + groups,
          "input channels divisible by groups = " + groups,
          "choose groups dividing both " + channels + " and filters = " + filters);
    }
    int[] spatial = window.slide(input, in, filters);
    long kernelWeights =
        Checked.params(type + " kernel", window.kernelFactors(channels / groups, filters));
    long params =
        useBias ? Checked.add(type + " kernel and bias", kernelWeights, filters) : kernelWeights;
    long macs = Macs.times(Macs.positions(spatial), kernelWeights);
    return new LayerOutput(window.layout.assemble(input, spatial, filters), params, 0, macs);
  }
}
