package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * Keras's {@code AdaptiveAveragePooling1D/2D/3D} and {@code AdaptiveMaxPooling1D/2D/3D}, following
 * {@code BaseAdaptivePooling.compute_output_shape} for the shape (the batch, {@code output_size},
 * and the channels, {@code input[-1]} or {@code input[1]}) and the TensorFlow backend's {@code
 * adaptive_*_pool} for what runs: it pools by the input's rank, not the layer's, and along each
 * axis it pools with windows {@code ceil(n / out)} and one longer, which must fit in {@code n}.
 */
final class AdaptivePoolingSpec implements LayerSpec {
  private final String type;
  private final SpatialLayout layout;
  private final int[] outputSize;

  private AdaptivePoolingSpec(String type, SpatialLayout layout, int[] outputSize) {
    this.type = type;
    this.layout = layout;
    this.outputSize = outputSize;
  }

  static AdaptivePoolingSpec parse(Arguments args, int rank) {
    DataFormat format = args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    int[] outputSize = args.tuple("outputSize", rank, SpatialLayout.spatialAxes(rank));
    return new AdaptivePoolingSpec(args.type(), new SpatialLayout(rank, format), outputSize);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int spatialAxes = input.rank() - 1;
    if (spatialAxes != layout.rank && spatialAxes != 1) {
      // The backend pools 1, 2 or 3 spatial axes by the input's rank; it unpacks outputSize into
      // as many lengths, which only a 1-D input (it reads outputSize[0]) tolerates.
      layout.requireRank(input, in, type);
    }
    SpatialLayout pooled = new SpatialLayout(spatialAxes, layout.format);
    for (int i = 0; i < spatialAxes; i++) {
      int length = pooled.spatial(input, i);
      int out = outputSize[i];
      String axis =
          spatialAxes == 1 ? "steps" : SpatialLayout.spatialAxes(spatialAxes).split(", ")[i];
      if (out < 2) {
        throw new ShapeError(
            ErrorKind.POOL_TOO_LARGE,
            "outputSize",
            "outputSize "
                + out
                + " along "
                + axis
                + " pools the whole axis, which Keras's TensorFlow backend cannot run: it pools with"
                + " windows ceil(n / out) and one longer, and the longer does not fit",
            "an output length of at least 2 along " + axis,
            "use outputSize 2 or more, or global pooling (@GlobalAveragePooling"
                + layout.rank
                + "D / @GlobalMaxPooling"
                + layout.rank
                + "D) for one value per channel");
      }
      if (!Checked.unknown(length) && length < 2) {
        throw new ShapeError(
            ErrorKind.POOL_TOO_LARGE,
            null,
            "its input "
                + in
                + " has "
                + axis
                + " = 1, which Keras's TensorFlow backend cannot pool adaptively: its longer"
                + " window, ceil(1 / out) + 1 = 2, does not fit",
            "at least 2 along " + axis,
            "remove the layer, or pool a longer axis (less downsampling before this layer)");
      }
    }
    int channels = input.dim(layout.format == DataFormat.CHANNELS_LAST ? input.rank() - 1 : 0);
    int[] dims = new int[layout.rank + 1];
    for (int i = 0; i < layout.rank; i++) {
      dims[layout.spatialAxis(i)] = outputSize[i];
    }
    dims[layout.channelAxis()] = channels;
    return new LayerOutput(input.withDims(dims), 0, 0);
  }
}
