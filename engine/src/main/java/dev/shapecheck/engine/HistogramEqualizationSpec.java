package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * Keras 3's {@code Equalization}, {@code ContrastLimitedAdaptiveHistogramEqualization} and {@code
 * MaxNumBoundingBoxes} on an image tensor: each keeps its input's shape and has no weights.
 *
 * <p>{@code Equalization}'s call returns its input tensor itself, so Keras never runs it inside a
 * model: where that tensor is the model's input (the first layers of a {@code Sequential}), Keras's
 * graph starts after it, and anywhere else building the model fails ("... is part of a cycle"),
 * which {@link GraphEngine} reports from the layer's {@link LayerTrait#RETURNS_ITS_INPUT} trait. So
 * its own rule takes any shape: Keras checks none. CLAHE and MaxNumBoundingBoxes run on images
 * only: a tensor of rank 4, or of rank 3 read as one image (its batch axis then the image's first
 * axis), as Keras's base image layer requires; CLAHE also pads each image symmetrically to whole
 * tiles, and TensorFlow pads a side by at most its own length.
 */
final class HistogramEqualizationSpec implements LayerSpec {
  private final String type;
  private final boolean images;

  /** CLAHE's tile grid (rows, columns), or null. */
  private final int[] tiles;

  private final boolean channelsFirst;

  private HistogramEqualizationSpec(
      String type, boolean images, int[] tiles, boolean channelsFirst) {
    this.type = type;
    this.images = images;
    this.tiles = tiles;
    this.channelsFirst = channelsFirst;
  }

  /** Keras's own {@code _set_value_range}: a list of two numbers (its error path then fails). */
  static HistogramEqualizationSpec equalization(Arguments args) {
    ImageAugmentationSpec.twoValues(args, "valueRange", "valueRange = {0, 255} (the default)");
    args.anyInt("bins"); // Keras checks nothing of it, and never runs the layer in a model
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    return new HistogramEqualizationSpec("Equalization", false, null, false);
  }

  /**
   * CLAHE's constructor checks nothing; its call unpacks {@code tile_grid_size} into two numbers
   * and divides by each, and maps the values from {@code value_range} to (0, 255) unless its first
   * two numbers are 0 and 255, unpacking it into two numbers.
   */
  static HistogramEqualizationSpec clahe(Arguments args) {
    double[] range = args.doubleArray("valueRange");
    boolean asIs = range.length >= 2 && range[0] == 0 && range[1] == 255;
    if (range.length != 2 && !asIs) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "valueRange",
          "valueRange has "
              + range.length
              + (range.length == 1 ? " value" : " values")
              + ", but Keras's ContrastLimitedAdaptiveHistogramEqualization maps the values"
              + " from a range of two numbers, (low, high): it fails when it runs",
          "give the range of the input's values, e.g. valueRange = {0, 255} (the default)");
    }
    args.finiteDouble("clipLimit"); // 0 or less: no limit
    int[] grid = args.intArray("tileGridSize");
    boolean valid = grid.length == 2 && grid[0] >= 1 && grid[1] >= 1;
    if (!valid) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "tileGridSize",
          "tileGridSize = "
              + Arguments.format(grid)
              + ", but Keras's ContrastLimitedAdaptiveHistogramEqualization takes (rows, columns),"
              + " each at least 1: it fails when it runs",
          "e.g. tileGridSize = {8, 8} (the default)");
    }
    boolean channelsFirst =
        args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST)
            == DataFormat.CHANNELS_FIRST;
    return new HistogramEqualizationSpec(
        "ContrastLimitedAdaptiveHistogramEqualization", true, valid ? grid : null, channelsFirst);
  }

  /** Keras's {@code int(max_number)}, {@code int(fill_value)}: any number. */
  static HistogramEqualizationSpec maxNumBoundingBoxes(Arguments args) {
    args.anyInt("maxNumber");
    args.anyInt("fillValue");
    return new HistogramEqualizationSpec("MaxNumBoundingBoxes", true, null, false);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (!images) {
      return new LayerOutput(input, 0, 0);
    }
    ImageAugmentationSpec.requireImages(type, input, in);
    if (tiles != null) {
      fitTiles(input, in);
    }
    return new LayerOutput(input, 0, 0);
  }

  /**
   * Each side is padded to {@code ceil(side / tiles) * tiles}; TensorFlow's symmetric padding takes
   * at most the side's length. A sample of rank 2 is one image whose first axis is the batch axis
   * (channels last; Keras's predict runs an unknown batch as one sample) or the channels (channels
   * first).
   */
  private void fitTiles(Shape input, InputDescription in) throws ShapeError {
    int rank = input.rank();
    int height;
    int width;
    if (channelsFirst) {
      height = input.dim(rank - 2);
      width = input.dim(rank - 1);
    } else if (rank == 3) {
      height = input.dim(0);
      width = input.dim(1);
    } else {
      height = input.batchSize() == Shape.NONE ? 1 : input.batchSize();
      width = input.dim(0);
    }
    String[] names = {
      channelsFirst || rank == 3 ? "height" : "height (the batch axis; Keras's predict runs one)",
      "width"
    };
    int[] sides = {height, width};
    for (int i = 0; i < 2; i++) {
      int side = sides[i];
      if (side == Shape.NONE) {
        continue;
      }
      long tile = ((long) side + tiles[i] - 1) / tiles[i];
      long padding = tile * tiles[i] - side;
      if (padding > side) {
        throw new ShapeError(
            ErrorKind.INVALID_ARGUMENT,
            "tileGridSize",
            "tileGridSize = "
                + Arguments.format(tiles)
                + " makes "
                + tiles[i]
                + " tiles of "
                + tile
                + " along the "
                + names[i]
                + " ("
                + side
                + ") of "
                + in
                + ", padded by "
                + padding
                + ", more than the "
                + side
                + " symmetric padding takes: Keras builds it, but it fails when it runs",
            "at most "
                + side
                + " rows of padding: "
                + tiles[i]
                + " tiles need a "
                + names[i]
                + " of at least "
                + (tiles[i] + 1) / 2,
            "use fewer tiles (tileGridSize = {"
                + fewer(0, sides)
                + ", "
                + fewer(1, sides)
                + "} or less), or give it larger images");
      }
    }
  }

  /** The most tiles along axis {@code i} that a side of that length takes: twice its length. */
  private int fewer(int i, int[] sides) {
    return sides[i] == Shape.NONE ? tiles[i] : (int) Math.min(tiles[i], 2L * sides[i]);
  }
}
