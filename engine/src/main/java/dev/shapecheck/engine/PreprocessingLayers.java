package dev.shapecheck.engine;

import dev.shapecheck.layers.CenterCrop;
import dev.shapecheck.layers.Normalization;
import dev.shapecheck.layers.RandomFlip;
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
  }

  /** Keras's Normalization stores its axis as a tuple: an int {@code a} as {@code (a,)}. */
  private static void axisTuple(Map<String, Object> config, List<Object> inputShape) {
    Object axis = config.get("axis");
    if (axis instanceof Integer) {
      config.put("axis", new int[] {(Integer) axis});
    }
  }
}
