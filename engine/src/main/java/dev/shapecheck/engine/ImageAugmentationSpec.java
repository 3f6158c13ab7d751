package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.FlipMode;
import dev.shapecheck.Shape;

/**
 * Keras's image augmentation layers that keep their input's shape ({@code RandomFlip}, ...): random
 * while training, the identity at inference, no weights. Keras builds them on any input and runs
 * them on images only: a tensor of rank 4 (a batch of images, a sample of rank 3) or 3 (read as one
 * image, the batch as its first axis); any other rank fails when the layer runs ("Expected image
 * tensor to have rank 3 (single image) or 4 (batch of images)").
 */
final class ImageAugmentationSpec implements LayerSpec {
  private final String type;

  private ImageAugmentationSpec(String type) {
    this.type = type;
  }

  static ImageAugmentationSpec randomFlip(Arguments args) {
    args.enumValue("mode", FlipMode.class, FlipMode.HORIZONTAL_AND_VERTICAL);
    args.anyInt("seed");
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    return new ImageAugmentationSpec("RandomFlip");
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (input.rank() == 2 || input.rank() == 3) {
      return new LayerOutput(input, 0, 0);
    }
    throw new ShapeError(
        ErrorKind.WRONG_RANK,
        null,
        type
            + " expects images, 3 dims (height, width, channels), but "
            + in
            + " has "
            + input.rank()
            + ": Keras builds it, but it fails when it runs",
        "a sample of 3 dims (Keras also runs 2, read as one image)",
        "give " + type + " one image per sample, (height, width, channels)");
  }
}
