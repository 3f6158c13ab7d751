package dev.shapecheck.engine;

import dev.shapecheck.layers.CenterCrop;
import dev.shapecheck.layers.Normalization;
import dev.shapecheck.layers.RandomBrightness;
import dev.shapecheck.layers.RandomContrast;
import dev.shapecheck.layers.RandomFlip;
import dev.shapecheck.layers.RandomRotation;
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
