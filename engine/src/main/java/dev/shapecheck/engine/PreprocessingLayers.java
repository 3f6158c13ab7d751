package dev.shapecheck.engine;

import dev.shapecheck.layers.CenterCrop;
import dev.shapecheck.layers.CutMix;
import dev.shapecheck.layers.MixUp;
import dev.shapecheck.layers.Normalization;
import dev.shapecheck.layers.RandomBrightness;
import dev.shapecheck.layers.RandomColorDegeneration;
import dev.shapecheck.layers.RandomContrast;
import dev.shapecheck.layers.RandomCrop;
import dev.shapecheck.layers.RandomErasing;
import dev.shapecheck.layers.RandomFlip;
import dev.shapecheck.layers.RandomGaussianBlur;
import dev.shapecheck.layers.RandomRotation;
import dev.shapecheck.layers.RandomShear;
import dev.shapecheck.layers.RandomTranslation;
import dev.shapecheck.layers.RandomZoom;
import dev.shapecheck.layers.Rescaling;
import dev.shapecheck.layers.Resizing;
import java.util.List;
import java.util.Map;

/**
 * Keras's preprocessing layers that work on numbers ({@code keras/src/layers/preprocessing/}):
 * {@code Rescaling} and {@code Normalization}. They keep their input's shape; {@code Normalization}
 * holds the statistics {@code adapt()} learns as non-trainable weights.
 */
final class PreprocessingLayers {
  private PreprocessingLayers() {}

  static void register() {
    LayerCatalog.layer(Rescaling.class, RescalingSpec::parse, "scale", "offset");
    LayerCatalog.layer(
            Normalization.class,
            PreprocessingNormalizationSpec::parse,
            "axis",
            "invert",
            "mean",
            "variance")
        .keras3Stored(PreprocessingLayers::axisTuple);

    // Image layers: Keras 3's get_config puts data_format first.
    LayerCatalog.layer(
            Resizing.class,
            ImageResizeSpec::resizing,
            "height",
            "width",
            "interpolation",
            "cropToAspectRatio",
            "padToAspectRatio",
            "fillMode",
            "fillValue",
            "antialias",
            "dataFormat")
        .keras3(
            "name trainable dtype data_format height width interpolation crop_to_aspect_ratio"
                + " pad_to_aspect_ratio fill_mode fill_value antialias")
        .keras3Call("training:true");
    LayerCatalog.layer(
            CenterCrop.class, ImageResizeSpec::centerCrop, "height", "width", "dataFormat")
        .keras3("name trainable dtype data_format height width")
        .keras3Call("training:true");
    LayerCatalog.layer(
            RandomFlip.class, ImageAugmentationSpec::randomFlip, "mode", "seed", "dataFormat")
        .keras3("name trainable dtype data_format seed mode")
        .keras3Call("training:true");
    LayerCatalog.layer(
            RandomRotation.class,
            ImageAugmentationSpec::randomRotation,
            "factor",
            "fillMode",
            "fillValue",
            "interpolation",
            "seed",
            "dataFormat")
        .keras3("name trainable dtype data_format factor fill_mode fill_value interpolation seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> lowerUpper(config, "factor", -1));
    for (Class<? extends java.lang.annotation.Annotation> type :
        List.of(RandomZoom.class, RandomTranslation.class)) {
      LayerCatalog.layer(
              type,
              type == RandomZoom.class
                  ? ImageAugmentationSpec::randomZoom
                  : ImageAugmentationSpec::randomTranslation,
              "heightFactor",
              "widthFactor",
              "fillMode",
              "interpolation",
              "seed",
              "fillValue",
              "dataFormat")
          .keras3(
              "name trainable dtype data_format height_factor width_factor fill_mode"
                  + " interpolation seed fill_value")
          .keras3Call("training:true");
    }
    LayerCatalog.layer(
            RandomContrast.class,
            ImageAugmentationSpec::randomContrast,
            "factor",
            "valueRange",
            "seed")
        .keras3("name trainable dtype data_format factor value_range seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> lowerUpper(config, "factor", 0));
    LayerCatalog.layer(
            RandomBrightness.class,
            ImageAugmentationSpec::randomBrightness,
            "factor",
            "valueRange",
            "seed")
        .keras3("name trainable dtype data_format factor value_range seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              lowerUpper(config, "factor", -1);
              double[] range = ((double[]) config.get("value_range")).clone();
              java.util.Arrays.sort(range); // Keras keeps sorted(value_range)
              config.put("value_range", range);
            });
    registerMoreAugmentation();
  }

  /**
   * Keras 3's other shape-keeping image augmentation layers, and RandomCrop: each stores its
   * factors as {@code (lower, upper)} pairs, as {@link #lowerUpper} writes them.
   */
  private static void registerMoreAugmentation() {
    LayerCatalog.layer(
            RandomColorDegeneration.class,
            ImageAugmentationSpec::randomColorDegeneration,
            "factor",
            "valueRange",
            "dataFormat",
            "seed")
        .keras3("name trainable dtype data_format factor value_range seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              lowerUpper(config, "factor", -1);
              double[] range = ((double[]) config.get("value_range")).clone();
              java.util.Arrays.sort(range); // Keras keeps sorted(value_range)
              config.put("value_range", range);
            });
    LayerCatalog.layer(
            RandomGaussianBlur.class,
            ImageAugmentationSpec::randomGaussianBlur,
            "factor",
            "kernelSize",
            "sigma",
            "valueRange",
            "dataFormat",
            "seed")
        .keras3("name trainable dtype data_format factor kernel_size sigma value_range seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              lowerUpper(config, "factor", 0);
              lowerUpper(config, "sigma", 0);
            });
    LayerCatalog.layer(
            RandomErasing.class,
            ImageAugmentationSpec::randomErasing,
            "factor",
            "scale",
            "fillValue",
            "valueRange",
            "seed",
            "dataFormat")
        .keras3("name trainable dtype data_format factor scale fill_value value_range seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              lowerUpper(config, "factor", 0);
              lowerUpper(config, "scale", 0);
            });
    LayerCatalog.layer(
            RandomShear.class,
            ImageAugmentationSpec::randomShear,
            "xFactor",
            "yFactor",
            "interpolation",
            "fillMode",
            "fillValue",
            "dataFormat",
            "seed")
        .keras3(
            "name trainable dtype data_format x_factor y_factor fill_mode interpolation seed"
                + " fill_value")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              // Keras's own _set_factor_with_name: f is (-f, f), which its constructor then
              // rejects when Keras loads the JSON back (recorded as notLoadable).
              lowerUpper(config, "x_factor", -1);
              lowerUpper(config, "y_factor", -1);
            });
    LayerCatalog.layer(
            RandomCrop.class, ImageResizeSpec::randomCrop, "height", "width", "seed", "dataFormat")
        .keras3("name trainable dtype data_format height width seed")
        .keras3Call("training:true");
    LayerCatalog.layer(MixUp.class, ImageAugmentationSpec::mixUp, "alpha", "dataFormat", "seed")
        .keras3("name trainable dtype data_format alpha seed")
        .keras3Call("training:true");
    LayerCatalog.layer(CutMix.class, ImageAugmentationSpec::cutMix, "factor", "seed", "dataFormat")
        .keras3("name trainable dtype data_format factor seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> lowerUpper(config, "factor", 0));
  }

  /**
   * What Keras's {@code BaseImagePreprocessingLayer._set_factor} stores: {@code (lower, upper)},
   * one value {@code f} as {@code (max(-|f|, bound), |f|)}, a pair sorted, None as 0.0.
   */
  private static void lowerUpper(Map<String, Object> config, String key, double lowerBound) {
    Object factor = config.get(key);
    double[] pair;
    if (factor instanceof double[]) {
      pair = ((double[]) factor).clone();
      java.util.Arrays.sort(pair);
    } else {
      double f = factor == null ? 0.0 : Math.abs((Double) factor);
      pair = new double[] {Math.max(-f, lowerBound), f};
    }
    config.put(key, pair);
  }

  /** Keras's Normalization stores its axis as a tuple: an int {@code a} as {@code (a,)}. */
  private static void axisTuple(Map<String, Object> config, List<Object> inputShape) {
    Object axis = config.get("axis");
    if (axis instanceof Integer) {
      config.put("axis", new int[] {(Integer) axis});
    }
  }
}
