package dev.shapecheck.engine;

import dev.shapecheck.layers.AugMix;
import dev.shapecheck.layers.AutoContrast;
import dev.shapecheck.layers.RandAugment;
import dev.shapecheck.layers.RandomColorJitter;
import dev.shapecheck.layers.RandomElasticTransform;
import dev.shapecheck.layers.RandomGrayscale;
import dev.shapecheck.layers.RandomHue;
import dev.shapecheck.layers.RandomInvert;
import dev.shapecheck.layers.RandomPerspective;
import dev.shapecheck.layers.RandomPosterization;
import dev.shapecheck.layers.RandomSaturation;
import dev.shapecheck.layers.RandomSharpness;
import dev.shapecheck.layers.Solarization;
import java.util.Arrays;
import java.util.Map;

/**
 * Keras 3's colour and warp image augmentation layers ({@code RandomHue} ... {@code
 * RandomElasticTransform}): their own family, so that their registrations and what Keras stores of
 * their arguments sit in one place. Each keeps its input's shape ({@link ImageAugmentationSpec}).
 */
final class ColorAugmentationLayers {
  private ColorAugmentationLayers() {}

  private static final String BASE = "name trainable dtype data_format ";

  static void register() {
    LayerCatalog.layer(
            RandomHue.class,
            ImageAugmentationSpec::randomHue,
            "factor",
            "valueRange",
            "dataFormat",
            "seed")
        .keras3(BASE + "factor value_range seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> lowerUpper(config, "factor", 0));
    LayerCatalog.layer(
            RandomSaturation.class,
            ImageAugmentationSpec::randomSaturation,
            "factor",
            "valueRange",
            "dataFormat",
            "seed")
        .keras3(BASE + "factor value_range seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              lowerUpper(config, "factor", -1);
              sorted(config, "value_range");
            });
    LayerCatalog.layer(
            RandomSharpness.class,
            ImageAugmentationSpec::randomSharpness,
            "factor",
            "valueRange",
            "dataFormat",
            "seed")
        .keras3(BASE + "factor value_range seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              lowerUpper(config, "factor", 0);
              sorted(config, "value_range");
            });
    LayerCatalog.layer(
            RandomInvert.class,
            ImageAugmentationSpec::randomInvert,
            "factor",
            "valueRange",
            "seed",
            "dataFormat")
        .keras3(BASE + "factor value_range seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> lowerUpper(config, "factor", 0));
    // Keras's get_config stores the factor alone (and the base's data_format), not the seed.
    LayerCatalog.layer(
            RandomGrayscale.class,
            ImageAugmentationSpec::randomGrayscale,
            "factor",
            "dataFormat",
            "seed")
        .keras3(BASE + "factor seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> config.remove("seed"));
    LayerCatalog.layer(
            Solarization.class,
            ImageAugmentationSpec::solarization,
            "additionFactor",
            "thresholdFactor",
            "valueRange",
            "seed")
        .keras3(BASE + "value_range addition_factor threshold_factor seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              sorted(config, "value_range");
              zeroUpper(config, "addition_factor");
              zeroUpper(config, "threshold_factor");
            });
    LayerCatalog.layer(AutoContrast.class, ImageAugmentationSpec::autoContrast, "valueRange")
        .keras3(BASE + "value_range")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> sorted(config, "value_range"));
    LayerCatalog.layer(
            RandomPosterization.class,
            ImageAugmentationSpec::randomPosterization,
            "factor",
            "valueRange",
            "dataFormat",
            "seed")
        .keras3(BASE + "factor value_range seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              int[] bits = ((int[]) config.get("factor")).clone();
              Arrays.sort(bits);
              // one value b: Keras's (max(-b, 1), b)
              config.put("factor", bits.length == 1 ? new int[] {1, bits[0]} : bits);
              sorted(config, "value_range");
            });
    LayerCatalog.layer(
            RandomPerspective.class,
            ImageAugmentationSpec::randomPerspective,
            "factor",
            "scale",
            "interpolation",
            "fillValue",
            "seed",
            "dataFormat")
        .keras3(BASE + "factor scale interpolation fill_value seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> lowerUpper(config, "factor", 0));
    LayerCatalog.layer(
            RandomElasticTransform.class,
            ImageAugmentationSpec::randomElasticTransform,
            "factor",
            "scale",
            "interpolation",
            "fillMode",
            "fillValue",
            "valueRange",
            "seed",
            "dataFormat")
        .keras3(BASE + "factor scale interpolation fill_mode fill_value value_range seed")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              lowerUpper(config, "factor", 0);
              lowerUpper(config, "scale", 0);
            });
    registerComposites();
  }

  /** The layers Keras builds from the ones above (and RandomBrightness, RandomShear, ...). */
  private static void registerComposites() {
    // Keras stores the factors as given (a float, a list or None) and the value range unsorted.
    LayerCatalog.layer(
            RandomColorJitter.class,
            ImageAugmentationSpec::randomColorJitter,
            "valueRange",
            "brightnessFactor",
            "contrastFactor",
            "saturationFactor",
            "hueFactor",
            "seed",
            "dataFormat")
        .keras3(
            BASE
                + "value_range brightness_factor contrast_factor saturation_factor hue_factor"
                + " seed")
        .keras3Call("training:true");
    LayerCatalog.layer(
            AugMix.class,
            ImageAugmentationSpec::augMix,
            "valueRange",
            "numChains",
            "chainDepth",
            "factor",
            "alpha",
            "allOps",
            "interpolation",
            "seed",
            "dataFormat")
        .keras3(BASE + "value_range num_chains chain_depth factor alpha all_ops interpolation seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> lowerUpper(config, "factor", 0));
    LayerCatalog.layer(
            RandAugment.class,
            ImageAugmentationSpec::randAugment,
            "valueRange",
            "numOps",
            "factor",
            "interpolation",
            "seed",
            "dataFormat")
        .keras3(BASE + "value_range num_ops factor interpolation seed")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> lowerUpper(config, "factor", 0));
  }

  /**
   * What Keras's base {@code _set_factor} stores: {@code (lower, upper)}, one value {@code f} as
   * {@code (max(-|f|, bound), |f|)}, a pair sorted.
   */
  private static void lowerUpper(Map<String, Object> config, String key, double lowerBound) {
    double[] values = values(config.get(key));
    if (values.length == 1) {
      double f = Math.abs(values[0]);
      config.put(key, new double[] {Math.max(-f, lowerBound), f});
    } else {
      Arrays.sort(values);
      config.put(key, values);
    }
  }

  /**
   * Solarization's own {@code _set_factor}: one value {@code f} as {@code (0, f)}, a pair sorted.
   */
  private static void zeroUpper(Map<String, Object> config, String key) {
    double[] values = values(config.get(key));
    if (values.length == 1) {
      config.put(key, new double[] {0, values[0]});
    } else {
      Arrays.sort(values);
      config.put(key, values);
    }
  }

  /** Keras's {@code _set_value_range}: {@code sorted(value_range)}. */
  private static void sorted(Map<String, Object> config, String key) {
    double[] values = values(config.get(key));
    Arrays.sort(values);
    config.put(key, values);
  }

  /** A float argument as {@link KerasValues} gives it: a Double for one value, else a double[]. */
  private static double[] values(Object value) {
    return value instanceof Double ? new double[] {(Double) value} : ((double[]) value).clone();
  }
}
