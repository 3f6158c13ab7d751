package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.FillMode;
import dev.shapecheck.Interpolation;
import dev.shapecheck.Shape;

/**
 * Keras's {@code Resizing} and {@code CenterCrop} ({@code keras/src/layers/preprocessing/
 * image_preprocessing/}): images to {@code height x width}, the channels kept. Their {@code
 * compute_output_shape} reads a rank-4 tensor (a sample of rank 3) as a batch of images and a
 * rank-3 one (a sample of rank 2) as one image whose first axis is the batch's: of a {@code (16,
 * 16)} sample, channels last, Keras builds and runs {@code (height, width, 16)}, the batch axis
 * becoming the height. ShapeCheck gives the same shapes.
 *
 * <p>What fails: {@code Resizing} runs no other rank (its op), no size below 1 (a negative one
 * fails as Keras builds it, 0 as it runs), only {@code fillMode = CONSTANT} on TensorFlow, and not
 * both aspect-ratio modes; {@code CenterCrop} builds no other rank and no negative size. A {@code
 * CenterCrop} of height or width 0, which Keras builds and runs to an empty image, is rejected:
 * ShapeCheck's shapes have no axis of length 0.
 */
final class ImageResizeSpec implements LayerSpec {
  private final String type;
  private final int height;
  private final int width;
  private final boolean channelsFirst;

  private ImageResizeSpec(String type, int height, int width, boolean channelsFirst) {
    this.type = type;
    this.height = height;
    this.width = width;
    this.channelsFirst = channelsFirst;
  }

  static ImageResizeSpec resizing(Arguments args) {
    int height = size(args, "height", true);
    int width = size(args, "width", true);
    args.enumValue("interpolation", Interpolation.class, Interpolation.BILINEAR);
    boolean crop = args.bool("cropToAspectRatio");
    boolean pad = args.bool("padToAspectRatio");
    if (crop && pad) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "padToAspectRatio",
          "cropToAspectRatio and padToAspectRatio are both true: Keras builds this Resizing, but"
              + " it fails when it runs (only one of them can be true)",
          "keep one of cropToAspectRatio and padToAspectRatio");
    }
    FillMode fill = args.enumValue("fillMode", FillMode.class, FillMode.CONSTANT);
    if (fill != FillMode.CONSTANT) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "fillMode",
          "fillMode = FillMode."
              + fill
              + ": Keras builds this Resizing, but its TensorFlow backend runs only"
              + " FillMode.CONSTANT",
          "use fillMode = FillMode.CONSTANT (the default)");
    }
    args.finiteDouble("fillValue");
    args.bool("antialias");
    return new ImageResizeSpec("Resizing", height, width, channelsFirst(args));
  }

  /** Keras's RandomCrop: CenterCrop's shapes; a crop of 0 builds but fails when it runs. */
  static ImageResizeSpec randomCrop(Arguments args) {
    int height = size(args, "height", true);
    int width = size(args, "width", true);
    args.anyInt("seed");
    return new ImageResizeSpec("RandomCrop", height, width, channelsFirst(args));
  }

  static ImageResizeSpec centerCrop(Arguments args) {
    int height = size(args, "height", false);
    int width = size(args, "width", false);
    return new ImageResizeSpec("CenterCrop", height, width, channelsFirst(args));
  }

  private static boolean channelsFirst(Arguments args) {
    return args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST)
        == DataFormat.CHANNELS_FIRST;
  }

  /** A target size: negative sizes fail as Keras builds, 0 as Resizing runs (or empty crops). */
  private static int size(Arguments args, String attribute, boolean resizing) {
    int size = args.anyInt(attribute);
    if (size <= 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute
              + " = "
              + size
              + ", but it must be a positive integer"
              + (size < 0
                  ? " (Keras cannot build a negative dimension)"
                  : resizing
                      ? " (Keras builds this " + args.type() + ", but it fails when it runs)"
                      : " (Keras would crop to an empty image, which ShapeCheck's shapes cannot"
                          + " hold)"),
          "use 1 or more");
      return 1;
    }
    return size;
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int[] dims = input.dims();
    if (dims.length == 3) {
      int[] out = dims.clone();
      out[channelsFirst ? 1 : 0] = height;
      out[channelsFirst ? 2 : 1] = width;
      return new LayerOutput(Shape.withBatch(input.batchSize(), out), 0, 0);
    }
    if (dims.length == 2) {
      // Keras reads a rank-3 tensor as one image, the batch axis as its first axis.
      Shape out =
          channelsFirst
              ? Shape.withBatch(input.batchSize(), height, width)
              : Shape.withBatch(height, width, dims[1]);
      return new LayerOutput(out, 0, 0);
    }
    throw new ShapeError(
        ErrorKind.WRONG_RANK,
        null,
        type
            + " expects images, 3 dims ("
            + (channelsFirst ? "channels, height, width" : "height, width, channels")
            + "), but "
            + in
            + " has "
            + dims.length,
        "a sample of 3 dims (Keras also reads 2 as one image, the batch as its first axis)",
        dims.length < 2
            ? "reshape the input to an image first"
            : "give " + type + " one image per sample, (height, width, channels)");
  }
}
