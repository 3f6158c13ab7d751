package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * Keras's {@code ZeroPadding1D/2D/3D}: each known spatial axis grows by what is added at its two
 * ends ({@code compute_output_shape} leaves a None axis None); channels pass through, no weights.
 */
final class ZeroPaddingSpec implements LayerSpec {
  private final String type;
  private final SpatialLayout layout;
  private final int[][] padding;

  private ZeroPaddingSpec(String type, SpatialLayout layout, int[][] padding) {
    this.type = type;
    this.layout = layout;
    this.padding = padding;
  }

  static ZeroPaddingSpec parse(Arguments args, int rank) {
    int[][] padding = EdgeSizes.parse(args, "padding", rank);
    // ZeroPadding1D has no data_format: its input is always (steps, features).
    DataFormat format =
        rank == 1
            ? DataFormat.CHANNELS_LAST
            : args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    return new ZeroPaddingSpec(args.type(), new SpatialLayout(rank, format), padding);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    layout.requireRank(input, in, type);
    int[] spatial = new int[layout.rank];
    for (int i = 0; i < layout.rank; i++) {
      int n = layout.spatial(input, i);
      spatial[i] =
          Checked.unknown(n)
              ? Shape.NONE
              : Checked.dim((long) n + padding[i][0] + padding[i][1], "padding");
    }
    return new LayerOutput(layout.assemble(input, spatial, layout.channels(input)), 0, 0);
  }
}
