package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * Keras's {@code Cropping1D/2D/3D}: each known spatial axis shrinks by what is removed at its two
 * ends, and Keras's {@code compute_output_shape} raises "Values in `cropping` argument should be
 * smaller than the corresponding spatial dimension of the input" when nothing would be left. A None
 * axis stays None (Keras skips the check for it). Channels pass through, no weights.
 */
final class CroppingSpec implements LayerSpec {
  private final String type;
  private final SpatialLayout layout;
  private final int[][] cropping;

  private CroppingSpec(String type, SpatialLayout layout, int[][] cropping) {
    this.type = type;
    this.layout = layout;
    this.cropping = cropping;
  }

  static CroppingSpec parse(Arguments args, int rank) {
    int[][] cropping = EdgeSizes.parse(args, "cropping", rank);
    // Cropping1D has no data_format: its input is always (steps, features).
    DataFormat format =
        rank == 1
            ? DataFormat.CHANNELS_LAST
            : args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    return new CroppingSpec(args.type(), new SpatialLayout(rank, format), cropping);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    layout.requireRank(input, in, type);
    String[] axes = SpatialLayout.spatialAxes(layout.rank).split(", ");
    long[] wouldBe = new long[layout.rank];
    StringBuilder needed = new StringBuilder();
    for (int i = 0; i < layout.rank; i++) {
      int n = layout.spatial(input, i);
      wouldBe[i] = Checked.unknown(n) ? Shape.NONE : (long) n - cropping[i][0] - cropping[i][1];
      if (!Checked.unknown(n) && wouldBe[i] <= 0) {
        needed
            .append(needed.length() > 0 ? "; " : "")
            .append("at most ")
            .append(n - 1)
            .append(" removed in total from ")
            .append(axes[i])
            .append(" (of ")
            .append(n)
            .append(")");
      }
    }
    int channels = layout.channels(input);
    if (needed.length() > 0) {
      // Keras reports this as a ValueError about the cropping argument: the argument is what
      // does not suit this input, so the error sits on it.
      throw new ShapeError(
          ErrorKind.INVALID_ARGUMENT,
          "cropping",
          "cropping "
              + EdgeSizes.describe(cropping)
              + " leaves nothing of "
              + in
              + " — output would be "
              + layout.describeWouldBe(input, wouldBe, channels),
          needed.toString(),
          "crop less, or crop before the layers that shrink the input");
    }
    int[] spatial = new int[layout.rank];
    for (int i = 0; i < layout.rank; i++) {
      spatial[i] = (int) wouldBe[i]; // never larger than the input
    }
    return new LayerOutput(layout.assemble(input, spatial, channels), 0, 0);
  }
}
