package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Padding;
import dev.shapecheck.Shape;

/**
 * Keras's N-D transposed convolution ({@code Conv1DTranspose}, {@code Conv2DTranspose}, {@code
 * Conv3DTranspose}), following {@code keras.layers.BaseConvTranspose}: its argument checks, {@code
 * compute_conv_transpose_output_shape} (TensorFlow's {@code deconv_output_length}) and its weights,
 * a kernel of shape {@code kernel_size + (filters, in_channels)} plus one bias per filter. It grows
 * its input where a convolution shrinks it, so it has its own output lengths.
 */
final class TransposedConvolutionSpec implements LayerSpec {
  private final String type;
  private final ConvolutionWindow window;
  private final int filters;

  /** Keras's {@code output_padding}, or null for its {@code None}. */
  private final int[] outputPadding;

  private final boolean useBias;

  private TransposedConvolutionSpec(
      String type, ConvolutionWindow window, int filters, int[] outputPadding, boolean useBias) {
    this.type = type;
    this.window = window;
    this.filters = filters;
    this.outputPadding = outputPadding;
    this.useBias = useBias;
  }

  static TransposedConvolutionSpec parse(Arguments args, int rank) {
    int filters = args.positiveInt("filters");
    ConvolutionWindow window = ConvolutionWindow.read(args, rank);
    int[] outputPadding = readOutputPadding(args, rank);
    args.enumValue("activation", Activations.class, Activations.LINEAR);
    boolean useBias = args.bool("useBias");

    window.checkRules(args, false, false);
    if (outputPadding != null) {
      // BaseConvTranspose: "`output_padding` must be < `strides`", axis by axis.
      for (int i = 0; i < rank; i++) {
        if (outputPadding[i] >= window.strides[i]) {
          args.report(
              ErrorKind.CONFLICTING_ARGUMENTS,
              "outputPadding",
              "outputPadding="
                  + Arguments.tuple(outputPadding)
                  + " with strides="
                  + Arguments.tuple(window.strides)
                  + ": Keras needs every output padding below its stride",
              "use outputPadding values from 0 to stride - 1, or {} to let Keras choose");
          break;
        }
      }
    }
    return new TransposedConvolutionSpec(args.type(), window, filters, outputPadding, useBias);
  }

  /**
   * Keras's {@code standardize_tuple(output_padding, rank, allow_zero=True)}: one value for every
   * axis or one per axis, each at least 0; empty is Keras's {@code None}.
   */
  private static int[] readOutputPadding(Arguments args, int rank) {
    int[] values = args.intArray("outputPadding");
    if (values.length == 0) {
      return null;
    }
    if (values.length != 1 && values.length != rank) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "outputPadding",
          "outputPadding has "
              + values.length
              + " values, but "
              + args.type()
              + (rank == 1 ? " takes 1" : " takes 1 or " + rank)
              + " (or none)",
          rank == 1
              ? "give one value, or {} to let Keras choose"
              : "give one value for every axis, or "
                  + rank
                  + " values ("
                  + SpatialLayout.spatialAxes(rank)
                  + ")");
      return null;
    }
    for (int v : values) {
      if (v < 0) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "outputPadding",
            "outputPadding=" + Arguments.tuple(values) + ", but every value must be at least 0",
            "Keras rejects output padding values < 0");
        return null;
      }
    }
    int[] padding = new int[rank];
    for (int i = 0; i < rank; i++) {
      padding[i] = values.length == 1 ? values[0] : values[i];
    }
    return padding;
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int channels = window.knownChannels(input, in);
    SpatialLayout layout = window.layout;
    int[] spatial = new int[layout.rank];
    for (int i = 0; i < layout.rank; i++) {
      int n = layout.spatial(input, i);
      if (Checked.unknown(n)) {
        spatial[i] = Shape.NONE;
        continue;
      }
      long length = outputLength(i, n);
      if (length <= 0) {
        throw emptyOutput(in, i, n);
      }
      spatial[i] = Checked.dim(length, "strides");
    }
    long kernelWeights = Checked.params(type + " kernel", window.kernelFactors(filters, channels));
    long params =
        useBias ? Checked.add(type + " kernel and bias", kernelWeights, filters) : kernelWeights;
    int[] inputSpatial = new int[layout.rank];
    for (int i = 0; i < layout.rank; i++) {
      inputSpatial[i] = layout.spatial(input, i);
    }
    // Each input position scatters its channels through the whole kernel.
    long macs = Macs.times(Macs.positions(inputSpatial), kernelWeights);
    return new LayerOutput(layout.assemble(input, spatial, filters), params, 0, macs);
  }

  /**
   * Keras's {@code compute_conv_transpose_output_shape} for one axis of known length {@code n}:
   * with {@code VALID}, {@code (n - 1) * s + k'} plus the output padding, which defaults to {@code
   * max(k', s) - k'}; with {@code SAME}, {@code n * s}, or {@code (n - 1) * s + k' % 2} plus an
   * explicit output padding; {@code k'} is the dilated kernel.
   */
  private long outputLength(int axis, long n) {
    long s = window.strides[axis];
    long span = window.effectiveKernel(axis);
    if (window.padding == Padding.SAME) {
      return outputPadding == null ? n * s : (n - 1) * s + span % 2 + outputPadding[axis];
    }
    long extra = outputPadding == null ? Math.max(span, s) - span : outputPadding[axis];
    return (n - 1) * s + span + extra;
  }

  /**
   * Only a 1-long axis with {@code SAME}, an even dilated kernel and an explicit output padding of
   * 0 comes out empty; Keras's shape is then 0 long, which no layer can use.
   */
  private ShapeError emptyOutput(InputDescription in, int axis, int n) {
    String axisName = SpatialLayout.spatialAxes(window.layout.rank).split(", ")[axis];
    return new ShapeError(
        ErrorKind.INVALID_ARGUMENT,
        "outputPadding",
        "outputPadding="
            + Arguments.tuple(outputPadding)
            + " with padding = Padding.SAME and a "
            + window.effectiveKernel(axis)
            + "-wide kernel turns the "
            + n
            + "-long "
            + axisName
            + " axis of "
            + in
            + " into 0",
        "an output length of at least 1",
        "use outputPadding = {} (Keras's default), an output padding of 1 with strides above 1,"
            + " or an odd kernelSize");
  }
}
