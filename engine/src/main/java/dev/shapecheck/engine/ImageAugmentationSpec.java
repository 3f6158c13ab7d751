package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.FillMode;
import dev.shapecheck.FlipMode;
import dev.shapecheck.Interpolation;
import dev.shapecheck.Shape;

/**
 * Keras's image augmentation layers that keep their input's shape ({@code RandomFlip}, {@code
 * RandomRotation}, {@code RandomZoom}, {@code RandomTranslation}, {@code RandomContrast}, {@code
 * RandomBrightness}, {@code RandomColorDegeneration}, {@code RandomGaussianBlur}, {@code
 * RandomErasing}, {@code RandomShear}, {@code MixUp}, {@code CutMix}), each factory with its
 * constructor's checks of its factors: random while training, the identity at inference, no
 * weights. Keras builds them on any input and runs them on images only: a tensor of rank 4 (a batch
 * of images, a sample of rank 3) or 3 (read as one image, the batch as its first axis); any other
 * rank fails when the layer runs ("Expected image tensor to have rank 3 (single image) or 4 (batch
 * of images)").
 */
final class ImageAugmentationSpec implements LayerSpec {
  private final String type;

  /**
   * Whether the layer works on RGB images and checks so as Keras builds it ({@code
   * RandomColorDegeneration}'s {@code compute_output_shape}): a sample of rank 2 or 3 whose
   * channels, where known, are 3.
   */
  private final boolean rgb;

  private final boolean channelsFirst;

  private ImageAugmentationSpec(String type) {
    this(type, false, false);
  }

  private ImageAugmentationSpec(String type, boolean rgb, boolean channelsFirst) {
    this.type = type;
    this.rgb = rgb;
    this.channelsFirst = channelsFirst;
  }

  static ImageAugmentationSpec randomColorDegeneration(Arguments args) {
    baseFactor(args, "factor", -1, 1, false);
    twoValues(args, "valueRange", "valueRange = {0, 255}");
    boolean channelsFirst =
        args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST)
            == DataFormat.CHANNELS_FIRST;
    args.anyInt("seed");
    return new ImageAugmentationSpec("RandomColorDegeneration", true, channelsFirst);
  }

  static ImageAugmentationSpec randomGaussianBlur(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    int[] kernel = args.intArray("kernelSize");
    boolean odd = kernel.length == 1 || kernel.length == 2;
    for (int k : kernel) {
      odd &= Math.floorMod(k, 2) == 1;
    }
    if (!odd) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "kernelSize",
          "kernelSize = "
              + Arguments.format(kernel)
              + ", but Keras's RandomGaussianBlur takes one odd number or a pair of odd numbers",
          "e.g. kernelSize = 3 (the default) or {3, 5}");
    }
    baseFactor(args, "sigma", 0, 1, false);
    args.doubleArray("valueRange"); // Keras checks nothing of it
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    args.anyInt("seed");
    return new ImageAugmentationSpec("RandomGaussianBlur");
  }

  static ImageAugmentationSpec randomErasing(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    baseFactor(args, "scale", 0, 1, false);
    args.doubleArray("fillValue"); // None, a number or a list: Keras checks nothing of it
    args.doubleArray("valueRange");
    args.anyInt("seed");
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    return new ImageAugmentationSpec("RandomErasing");
  }

  static ImageAugmentationSpec randomShear(Arguments args) {
    eachInZeroOne(args, "xFactor");
    eachInZeroOne(args, "yFactor");
    geometry(args);
    return new ImageAugmentationSpec("RandomShear");
  }

  static ImageAugmentationSpec mixUp(Arguments args) {
    args.finiteDouble("alpha"); // Keras checks nothing of it
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    args.anyInt("seed");
    return new ImageAugmentationSpec("MixUp");
  }

  static ImageAugmentationSpec cutMix(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    args.anyInt("seed");
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    return new ImageAugmentationSpec("CutMix");
  }

  static ImageAugmentationSpec randomFlip(Arguments args) {
    args.enumValue("mode", FlipMode.class, FlipMode.HORIZONTAL_AND_VERTICAL);
    args.anyInt("seed");
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    return new ImageAugmentationSpec("RandomFlip");
  }

  static ImageAugmentationSpec randomRotation(Arguments args) {
    baseFactor(args, "factor", -1, 1, true);
    geometry(args);
    return new ImageAugmentationSpec("RandomRotation");
  }

  static ImageAugmentationSpec randomZoom(Arguments args) {
    eachInRange(args, "heightFactor", false, false);
    eachInRange(args, "widthFactor", true, false);
    geometry(args);
    return new ImageAugmentationSpec("RandomZoom");
  }

  static ImageAugmentationSpec randomTranslation(Arguments args) {
    eachInRange(args, "heightFactor", false, true);
    eachInRange(args, "widthFactor", false, true);
    geometry(args);
    return new ImageAugmentationSpec("RandomTranslation");
  }

  static ImageAugmentationSpec randomContrast(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    args.doubleArray("valueRange"); // Keras checks nothing of it
    args.anyInt("seed");
    return new ImageAugmentationSpec("RandomContrast");
  }

  static ImageAugmentationSpec randomBrightness(Arguments args) {
    baseFactor(args, "factor", -1, 1, true);
    twoValues(args, "valueRange", "valueRange = {0, 255}");
    args.anyInt("seed");
    return new ImageAugmentationSpec("RandomBrightness");
  }

  // Keras 3's colour and warp augmentation layers (keras/src/layers/preprocessing/
  // image_preprocessing/): all keep their input's shape, identities at inference.

  static ImageAugmentationSpec randomHue(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    args.doubleArray("valueRange"); // Keras keeps it as given, checking nothing
    return colour(args, "RandomHue");
  }

  static ImageAugmentationSpec randomSaturation(Arguments args) {
    baseFactor(args, "factor", -1, 1, false);
    twoValues(args, "valueRange", "valueRange = {0, 255}");
    return colour(args, "RandomSaturation");
  }

  static ImageAugmentationSpec randomSharpness(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    twoValues(args, "valueRange", "valueRange = {0, 255}");
    return colour(args, "RandomSharpness");
  }

  static ImageAugmentationSpec randomInvert(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    args.doubleArray("valueRange"); // Keras keeps it as given, checking nothing
    return colour(args, "RandomInvert");
  }

  /** Keras's own check: one number in {@code [0, 1]}, the probability of turning an image grey. */
  static ImageAugmentationSpec randomGrayscale(Arguments args) {
    double factor = args.finiteDouble("factor");
    if (factor < 0 || factor > 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "factor",
          "factor = " + factor + ", but Keras's RandomGrayscale takes a probability in [0, 1]",
          "e.g. factor = 0.5 (the default)");
    }
    return colour(args, "RandomGrayscale");
  }

  /** Solarization's own {@code _set_factor}: one value or a pair, each in {@code [0, 1]}. */
  static ImageAugmentationSpec solarization(Arguments args) {
    eachInZeroOne(args, "additionFactor");
    eachInZeroOne(args, "thresholdFactor");
    twoValues(args, "valueRange", "valueRange = {0, 255}");
    args.anyInt("seed");
    return new ImageAugmentationSpec("Solarization");
  }

  static ImageAugmentationSpec autoContrast(Arguments args) {
    twoValues(args, "valueRange", "valueRange = {0, 255}");
    return new ImageAugmentationSpec("AutoContrast");
  }

  /**
   * The base {@code _set_factor} with bounds {@code [1, 8]}, on ints: Keras's {@code randint} draws
   * the bits between the two bounds and fails on floats when it runs.
   */
  static ImageAugmentationSpec randomPosterization(Arguments args) {
    int[] bits = args.intArray("factor");
    boolean valid =
        switch (bits.length) {
          case 1 -> bits[0] >= 1 && bits[0] <= 8;
          case 2 -> !(bits[0] > 8 || bits[1] < 1);
          default -> false;
        };
    if (!valid) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "factor",
          "factor = "
              + Arguments.format(bits)
              + ", but Keras's RandomPosterization takes one number of bits or a (lower, upper)"
              + " pair in [1, 8]",
          "e.g. factor = 4, or {2, 6}");
    }
    twoValues(args, "valueRange", "valueRange = {0, 255}");
    return colour(args, "RandomPosterization");
  }

  static ImageAugmentationSpec randomPerspective(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    double scale = args.finiteDouble("scale");
    if (scale < 0 || scale > 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "scale",
          "scale = " + scale + ", but Keras's RandomPerspective takes a number in [0, 1]",
          "e.g. scale = 1.0 (the default)");
    }
    args.finiteDouble("fillValue");
    warp(args);
    return new ImageAugmentationSpec("RandomPerspective");
  }

  static ImageAugmentationSpec randomElasticTransform(Arguments args) {
    baseFactor(args, "factor", 0, 1, false);
    baseFactor(args, "scale", 0, 1, false);
    args.enumValue("fillMode", FillMode.class, FillMode.REFLECT); // Keras takes all five
    args.doubleArray("valueRange"); // Keras keeps it as given, checking nothing
    args.finiteDouble("fillValue");
    warp(args);
    return new ImageAugmentationSpec("RandomElasticTransform");
  }

  /**
   * Keras's RandomColorJitter builds RandomBrightness, RandomContrast, RandomSaturation and
   * RandomHue, each where its factor is given (empty is None: no such part), with its value range:
   * each part's constructor checks its factor, and brightness and saturation the range.
   */
  static ImageAugmentationSpec randomColorJitter(Arguments args) {
    boolean brightness = args.doubleArray("brightnessFactor").length > 0;
    boolean saturation = args.doubleArray("saturationFactor").length > 0;
    if (brightness) {
      baseFactor(args, "brightnessFactor", -1, 1, false);
    }
    if (args.doubleArray("contrastFactor").length > 0) {
      baseFactor(args, "contrastFactor", 0, 1, false);
    }
    if (saturation) {
      baseFactor(args, "saturationFactor", -1, 1, false);
    }
    if (args.doubleArray("hueFactor").length > 0) {
      baseFactor(args, "hueFactor", 0, 1, false);
    }
    if (brightness || saturation) {
      twoValues(args, "valueRange", "valueRange = {0, 255}");
    } else {
      args.doubleArray("valueRange"); // no part that checks it
    }
    return colour(args, "RandomColorJitter");
  }

  /**
   * Keras's AugMix: its factor {@code (lower, upper)} goes to RandomShear and Solarization, which
   * take each value in {@code [0, 1]} only; its value range to AutoContrast (two numbers); its
   * interpolation to the shear, translation and rotation (BILINEAR or NEAREST). The chains and
   * {@code alpha} are used only while training: Keras checks none of them.
   */
  static ImageAugmentationSpec augMix(Arguments args) {
    args.anyInt("numChains");
    args.anyInt("chainDepth");
    args.finiteDouble("alpha");
    args.bool("allOps");
    return composite(args, "AugMix");
  }

  /** Keras's RandAugment: as {@link #augMix}; {@code numOps} is used only while training. */
  static ImageAugmentationSpec randAugment(Arguments args) {
    args.anyInt("numOps");
    return composite(args, "RandAugment");
  }

  private static ImageAugmentationSpec composite(Arguments args, String type) {
    eachInZeroOne(args, "factor");
    twoValues(args, "valueRange", "valueRange = {0, 255}");
    warp(args);
    return new ImageAugmentationSpec(type);
  }

  private static ImageAugmentationSpec colour(Arguments args, String type) {
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    args.anyInt("seed");
    return new ImageAugmentationSpec(type);
  }

  /** The interpolation (two kinds Keras runs), seed and data format of the warping layers. */
  private static void warp(Arguments args) {
    Interpolation interpolation =
        args.enumValue("interpolation", Interpolation.class, Interpolation.BILINEAR);
    if (interpolation != Interpolation.BILINEAR && interpolation != Interpolation.NEAREST) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "interpolation",
          "interpolation = Interpolation."
              + interpolation
              + ", but Keras's "
              + args.type()
              + " runs only BILINEAR and NEAREST (its constructor raises NotImplementedError)",
          "use Interpolation.BILINEAR (the default) or Interpolation.NEAREST");
    }
    args.anyInt("seed");
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
  }

  /** A list of exactly two numbers, as Keras's {@code _set_value_range} takes it. */
  static void twoValues(Arguments args, String attribute, String example) {
    double[] range = args.doubleArray(attribute);
    if (range.length != 2) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute
              + " has "
              + range.length
              + (range.length == 1 ? " value" : " values")
              + ", but Keras's "
              + args.type()
              + " takes a list of two numbers, (low, high)",
          "give the range of the input's values, e.g. " + example);
    }
  }

  /**
   * RandomShear's own {@code _set_factor_with_name}: one value or a pair, each in {@code [0, 1]};
   * no {@code None}.
   */
  private static void eachInZeroOne(Arguments args, String attribute) {
    double[] factor = args.doubleArray(attribute);
    boolean valid = factor.length == 1 || factor.length == 2;
    for (double f : factor) {
      valid &= f >= 0 && f <= 1;
    }
    if (!valid) {
      reportFactor(args, attribute, factor, "[0, 1]");
    }
  }

  /** The arguments of Keras's affine transform layers: rotation, zoom, translation and shear. */
  private static void geometry(Arguments args) {
    FillMode fillMode = args.enumValue("fillMode", FillMode.class, FillMode.REFLECT);
    if (fillMode == FillMode.MIRROR) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "fillMode",
          "fillMode = FillMode.MIRROR, but Keras's "
              + args.type()
              + " takes only REFLECT, WRAP, CONSTANT and NEAREST (MIRROR is"
              + " RandomElasticTransform's)",
          "use FillMode.REFLECT (the default)");
    }
    Interpolation interpolation =
        args.enumValue("interpolation", Interpolation.class, Interpolation.BILINEAR);
    if (interpolation != Interpolation.BILINEAR && interpolation != Interpolation.NEAREST) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "interpolation",
          "interpolation = Interpolation."
              + interpolation
              + ", but Keras's "
              + args.type()
              + " runs only BILINEAR and NEAREST",
          "use Interpolation.BILINEAR (the default) or Interpolation.NEAREST");
    }
    args.anyInt("seed");
    args.finiteDouble("fillValue");
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
  }

  /**
   * Keras's {@code BaseImagePreprocessingLayer._set_factor} with its {@code _FACTOR_BOUNDS}: one
   * value within the bounds, or a pair whose first value is not above the upper bound and whose
   * second is not below the lower one (Keras checks no more of a pair). Empty is Keras's {@code
   * None}: no change, where the constructor passes {@code factor or 0.0} on ({@code noneIsZero}),
   * else an error.
   */
  private static void baseFactor(
      Arguments args, String attribute, double lower, double upper, boolean noneIsZero) {
    double[] factor = args.doubleArray(attribute);
    boolean valid =
        switch (factor.length) {
          case 0 -> noneIsZero;
          case 1 -> factor[0] >= lower && factor[0] <= upper;
          case 2 -> !(factor[0] > upper || factor[1] < lower);
          default -> false;
        };
    if (!valid) {
      reportFactor(args, attribute, factor, "[" + bound(lower) + ", " + bound(upper) + "]");
    }
  }

  /**
   * The own {@code _set_factor} of Keras's {@code RandomZoom} (each value in {@code (-1, 1]}) and
   * {@code RandomTranslation} (each in {@code [-1, 1]}): one value or a pair; empty is {@code
   * None}, which only RandomZoom's {@code width_factor} takes.
   */
  private static void eachInRange(
      Arguments args, String attribute, boolean noneAllowed, boolean minusOneIncluded) {
    double[] factor = args.doubleArray(attribute);
    boolean valid = factor.length == 0 ? noneAllowed : factor.length <= 2;
    for (double f : factor) {
      valid &= f <= 1 && (minusOneIncluded ? f >= -1 : f > -1);
    }
    if (!valid) {
      reportFactor(args, attribute, factor, minusOneIncluded ? "[-1, 1]" : "(-1, 1]");
    }
  }

  private static void reportFactor(
      Arguments args, String attribute, double[] factor, String range) {
    args.report(
        ErrorKind.INVALID_ARGUMENT,
        attribute,
        attribute
            + " = "
            + java.util.Arrays.toString(factor).replace('[', '{').replace(']', '}')
            + ", but Keras's "
            + args.type()
            + " takes one number or a (lower, upper) pair in "
            + range,
        factor.length == 0
            ? "give " + attribute + " a value, e.g. " + attribute + " = 0.1"
            : "e.g. " + attribute + " = 0.1 (" + range + " both ways) or {-0.1, 0.2}");
  }

  private static String bound(double value) {
    return value == Math.rint(value) ? Integer.toString((int) value) : Double.toString(value);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (rgb) {
      return rgbImages(input, in);
    }
    requireImages(type, input, in);
    return new LayerOutput(input, 0, 0);
  }

  /** An image per sample, as the image layers' calls need: rank 3 (Keras also runs rank 2). */
  static void requireImages(String type, Shape input, InputDescription in) throws ShapeError {
    if (input.rank() == 2 || input.rank() == 3) {
      return;
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

  /** What {@code RandomColorDegeneration.compute_output_shape} checks as Keras builds the layer. */
  private LayerOutput rgbImages(Shape input, InputDescription in) throws ShapeError {
    int rank = input.rank();
    if (rank != 2 && rank != 3) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects RGB images, 3 dims (height, width, 3), but " + in + " has " + rank,
          "a sample of 3 dims (Keras also takes 2, read as one image)",
          "give " + type + " one RGB image per sample, (height, width, 3)");
    }
    // Keras's channels axis is -1, or -3 of the whole shape with channels_first: the batch axis
    // for a sample of rank 2.
    int channels =
        !channelsFirst ? input.dim(rank - 1) : rank == 3 ? input.dim(0) : input.batchSize();
    if (channels != Shape.NONE && channels != 3) {
      throw new ShapeError(
          ErrorKind.WRONG_CHANNELS,
          null,
          "works on RGB images, 3 channels, but "
              + in
              + " has "
              + channels
              + (channels == 1 ? " channel" : " channels")
              + (channelsFirst ? " on its first axis (CHANNELS_FIRST)" : ""),
          "3 channels",
          "give " + type + " RGB images, e.g. (height, width, 3)");
    }
    return new LayerOutput(input, 0, 0);
  }
}
