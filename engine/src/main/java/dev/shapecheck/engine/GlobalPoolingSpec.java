package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;
import java.util.Arrays;

/**
 * Keras's {@code GlobalMaxPooling1D/2D/3D} and {@code GlobalAveragePooling1D/2D/3D}, following
 * {@code BaseGlobalPooling.compute_output_shape}: every spatial axis is reduced, so only the
 * channels remain, or with {@code keepdims} the spatial axes remain with length 1. Nothing is sized
 * by the spatial axes, so they may be unknown; no weights.
 */
final class GlobalPoolingSpec implements LayerSpec {
  private final String type;
  private final SpatialLayout layout;
  private final boolean keepdims;

  private GlobalPoolingSpec(String type, SpatialLayout layout, boolean keepdims) {
    this.type = type;
    this.layout = layout;
    this.keepdims = keepdims;
  }

  static GlobalPoolingSpec parse(Arguments args, int rank) {
    DataFormat format = args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    boolean keepdims = args.bool("keepdims");
    return new GlobalPoolingSpec(args.type(), new SpatialLayout(rank, format), keepdims);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    layout.requireRank(input, in, type);
    int channels = layout.channels(input);
    if (!keepdims) {
      return new LayerOutput(input.withDims(channels), 0, 0);
    }
    int[] ones = new int[layout.rank];
    Arrays.fill(ones, 1);
    return new LayerOutput(layout.assemble(input, ones, channels), 0, 0);
  }
}
