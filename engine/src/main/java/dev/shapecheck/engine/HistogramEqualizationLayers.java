package dev.shapecheck.engine;

import dev.shapecheck.layers.ContrastLimitedAdaptiveHistogramEqualization;
import dev.shapecheck.layers.Equalization;
import dev.shapecheck.layers.MaxNumBoundingBoxes;
import java.util.Arrays;

/**
 * Keras 3's histogram equalization layers and {@code MaxNumBoundingBoxes}, the last image
 * preprocessing layers of {@code keras.layers} whose output is fixed by their arguments and input
 * shape ({@link HistogramEqualizationSpec}): their own family, so that their registrations and what
 * Keras stores of their arguments sit in one place.
 */
final class HistogramEqualizationLayers {
  private HistogramEqualizationLayers() {}

  private static final String BASE = "name trainable dtype data_format ";

  static void register() {
    // Keras stores bins and the value range sorted, after the base's data_format; its call
    // returns its input tensor (the graph rule of RETURNS_ITS_INPUT).
    LayerCatalog.layer(
            Equalization.class,
            HistogramEqualizationSpec::equalization,
            "valueRange",
            "bins",
            "dataFormat")
        .keras3(BASE + "bins value_range")
        .keras3Call("training:true")
        .keras3Stored(
            (config, shape) -> {
              double[] range = ((double[]) config.get("value_range")).clone();
              Arrays.sort(range);
              config.put("value_range", range);
            })
        .traits(LayerTrait.RETURNS_ITS_INPUT);
    // Keras stores the value range and the tile grid as given.
    LayerCatalog.layer(
            ContrastLimitedAdaptiveHistogramEqualization.class,
            HistogramEqualizationSpec::clahe,
            "valueRange",
            "clipLimit",
            "tileGridSize",
            "dataFormat")
        .keras3(BASE + "value_range clip_limit tile_grid_size")
        .keras3Call("training:true");
    // Keras's get_config keeps max_number (and the base's data_format), not fill_value.
    LayerCatalog.layer(
            MaxNumBoundingBoxes.class,
            HistogramEqualizationSpec::maxNumBoundingBoxes,
            "maxNumber",
            "fillValue")
        .keras3(BASE + "max_number fill_value")
        .keras3Call("training:true")
        .keras3Stored((config, shape) -> config.remove("fill_value"));
  }
}
