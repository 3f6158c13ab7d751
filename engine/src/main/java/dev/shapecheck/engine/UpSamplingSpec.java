package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Interpolation;
import dev.shapecheck.Shape;

/**
 * Keras's {@code UpSampling1D/2D/3D}: each known spatial axis is multiplied by its factor (a None
 * axis stays None); channels pass through, no weights. Keras requires positive factors: a positive
 * int for {@code UpSampling1D}, {@code standardize_tuple(size, rank, "size")} for the others.
 */
final class UpSamplingSpec implements LayerSpec {
  private final String type;
  private final SpatialLayout layout;
  private final int[] size;

  private UpSamplingSpec(String type, SpatialLayout layout, int[] size) {
    this.type = type;
    this.layout = layout;
    this.size = size;
  }

  static UpSamplingSpec parse(Arguments args, int rank) {
    // UpSampling1D takes one integer and no data_format: its input is (steps, features).
    int[] size =
        rank == 1
            ? new int[] {args.positiveInt("size")}
            : args.tuple("size", rank, SpatialLayout.spatialAxes(rank));
    DataFormat format =
        rank == 1
            ? DataFormat.CHANNELS_LAST
            : args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    if (rank == 2) {
      // Every interpolation yields the same shape; it is read only so an unknown one is reported.
      args.enumValue("interpolation", Interpolation.class, Interpolation.NEAREST);
    }
    return new UpSamplingSpec(args.type(), new SpatialLayout(rank, format), size);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    layout.requireRank(input, in, type);
    int[] spatial = new int[layout.rank];
    for (int i = 0; i < layout.rank; i++) {
      int n = layout.spatial(input, i);
      spatial[i] = Checked.unknown(n) ? Shape.NONE : Checked.dim((long) n * size[i], "size");
    }
    return new LayerOutput(layout.assemble(input, spatial, layout.channels(input)), 0, 0);
  }
}
