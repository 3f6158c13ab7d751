package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * Keras's {@code SpectralNormalization} wrapper: the wrapped layer's output and weights, plus the
 * non-trainable {@code vector_u} its {@code build} adds, of shape {@code (1, kernel.shape[-1])},
 * where the kernel is the wrapped layer's {@code kernel} or else its {@code embeddings}; {@code
 * build} refuses a layer with neither.
 */
final class SpectralNormalizationSpec implements LayerSpec {
  /** Where the last axis of the wrapped layer's kernel comes from. */
  private enum KernelEnd {
    UNITS,
    FILTERS,
    INPUT_CHANNELS,
    DEPTH_MULTIPLIER,
    OUTPUT_DIM
  }

  private final LayerSpec wrapped;
  private final String wrappedType;
  private final KernelEnd end;
  private final Object size;
  private final boolean channelsFirst;

  private SpectralNormalizationSpec(
      LayerSpec wrapped, String wrappedType, KernelEnd end, Object size, boolean channelsFirst) {
    this.wrapped = wrapped;
    this.wrappedType = wrappedType;
    this.end = end;
    this.size = size;
    this.channelsFirst = channelsFirst;
  }

  static SpectralNormalizationSpec parse(Arguments args) {
    args.positiveInt("powerIterations");
    String type = args.wrappedType();
    if (type == null) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@SpectralNormalization wraps no layer",
          "put the layer's annotation beside it, e.g. @SpectralNormalization @Dense(units = 64)");
      return new SpectralNormalizationSpec(null, null, KernelEnd.UNITS, 1, false);
    }
    KernelEnd end = kernelEnd(type);
    if (end == null) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@SpectralNormalization wraps "
              + type
              + ", which has no kernel nor embeddings weight to normalize",
          "wrap a Dense, Conv, ConvTranspose, DepthwiseConv or Embedding layer, as Keras requires");
      end = KernelEnd.UNITS;
    }
    Object size =
        switch (end) {
          case UNITS -> args.wrappedArgument("units");
          case FILTERS -> args.wrappedArgument("filters");
          case DEPTH_MULTIPLIER -> args.wrappedArgument("depthMultiplier");
          case OUTPUT_DIM -> args.wrappedArgument("outputDim");
          case INPUT_CHANNELS -> null;
        };
    boolean channelsFirst =
        DataFormat.CHANNELS_FIRST.name().equals(args.wrappedArgument("dataFormat"));
    return new SpectralNormalizationSpec(args.wrapped(), type, end, size, channelsFirst);
  }

  private static KernelEnd kernelEnd(String type) {
    switch (type) {
      case "Dense":
        return KernelEnd.UNITS;
      case "Conv1D":
      case "Conv2D":
      case "Conv3D":
        return KernelEnd.FILTERS;
      case "Conv1DTranspose":
      case "Conv2DTranspose":
      case "Conv3DTranspose":
        return KernelEnd.INPUT_CHANNELS;
      case "DepthwiseConv1D":
      case "DepthwiseConv2D":
        return KernelEnd.DEPTH_MULTIPLIER;
      case "Embedding":
      case "ReversibleEmbedding":
        return KernelEnd.OUTPUT_DIM;
      default:
        return null;
    }
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    LayerOutput inner;
    try {
      inner = wrapped.apply(input, in);
    } catch (ShapeError error) {
      throw error.fromWrapped(wrappedType);
    }
    long vectorU =
        end == KernelEnd.INPUT_CHANNELS
            ? input.dim(channelsFirst ? 0 : input.rank() - 1)
            : size instanceof Integer ? (Integer) size : 1;
    return new LayerOutput(
        inner.shape,
        inner.trainableParams,
        Checked.add("SpectralNormalization's parameters", inner.nonTrainableParams, vectorU),
        inner.macs,
        inner.int64Params);
  }
}
