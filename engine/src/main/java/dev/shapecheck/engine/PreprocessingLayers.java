package dev.shapecheck.engine;

import dev.shapecheck.layers.Normalization;
import dev.shapecheck.layers.Rescaling;
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
  }

  /** Keras's Normalization stores its axis as a tuple: an int {@code a} as {@code (a,)}. */
  private static void axisTuple(Map<String, Object> config, List<Object> inputShape) {
    Object axis = config.get("axis");
    if (axis instanceof Integer) {
      config.put("axis", new int[] {(Integer) axis});
    }
  }
}
