package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import dev.shapecheck.Shape;

/**
 * Keras's N-D max and average pooling, following {@code keras.layers.BasePooling} and {@code
 * compute_pooling_output_shape}: strides default to the pool size, channels pass through, and there
 * are no weights.
 */
final class PoolingSpec implements LayerSpec {
  private final String type;
  private final SpatialLayout layout;
  private final int[] pool;
  private final int[] strides;
  private final Padding padding;

  private PoolingSpec(
      String type, SpatialLayout layout, int[] pool, int[] strides, Padding padding) {
    this.type = type;
    this.layout = layout;
    this.pool = pool;
    this.strides = strides;
    this.padding = padding;
  }

  static PoolingSpec parse(Arguments args, int rank) {
    String axes = SpatialLayout.spatialAxes(rank);
    int[] pool = args.tuple("poolSize", rank, axes);
    int[] strides = args.optionalTuple("strides", rank, axes);
    Padding padding = args.enumValue("padding", Padding.class, Padding.VALID);
    DataFormat format = args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    if (padding == Padding.CAUSAL) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "padding",
          "padding = Padding.CAUSAL, but pooling pads only VALID or SAME",
          "use Padding.VALID or Padding.SAME");
    }
    return new PoolingSpec(
        args.type(),
        new SpatialLayout(rank, format),
        pool,
        strides == null ? pool : strides,
        padding);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    layout.requireRank(input, in, type);
    long[] wouldBe = new long[layout.rank];
    boolean fits = true;
    for (int i = 0; i < layout.rank; i++) {
      int n = layout.spatial(input, i);
      if (Checked.unknown(n)) {
        wouldBe[i] = Shape.NONE;
      } else if (padding == Padding.SAME) {
        wouldBe[i] = ((long) n + strides[i] - 1) / strides[i];
      } else {
        wouldBe[i] = Math.floorDiv((long) n - pool[i], strides[i]) + 1;
        fits &= wouldBe[i] > 0;
      }
    }
    int channels = layout.channels(input);
    if (!fits) {
      throw new ShapeError(
          ErrorKind.POOL_TOO_LARGE,
          "poolSize",
          SpatialLayout.window(pool)
              + " pool does not fit "
              + in
              + " — output would be "
              + layout.describeWouldBe(input, wouldBe, channels),
          "at least "
              + SpatialLayout.window(pool)
              + " ("
              + SpatialLayout.spatialAxes(layout.rank)
              + ") with padding = Padding.VALID",
          "use padding = Padding.SAME, a smaller poolSize, or less downsampling before this layer");
    }
    int[] spatial = new int[layout.rank];
    for (int i = 0; i < layout.rank; i++) {
      spatial[i] = (int) wouldBe[i]; // never larger than the input
    }
    return new LayerOutput(layout.assemble(input, spatial, channels), 0, 0);
  }
}
