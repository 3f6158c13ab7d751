package dev.shapecheck.engine;

import dev.shapecheck.layers.CategoryEncoding;
import dev.shapecheck.layers.Discretization;
import dev.shapecheck.layers.Hashing;
import java.util.Map;

/**
 * Keras's categorical preprocessing layers that take numbers ({@code
 * keras/src/layers/preprocessing/}): {@code CategoryEncoding}, {@code Hashing} and {@code
 * Discretization}. The lookup and text layers, whose vocabularies are data, and the string-input
 * layers are not here.
 */
final class CategoricalLayers {
  private CategoricalLayers() {}

  static void register() {
    LayerCatalog.layer(
            CategoryEncoding.class, CategoricalSpec::categoryEncoding, "numTokens", "outputMode")
        .keras3("name trainable dtype num_tokens output_mode");
    LayerCatalog.layer(
            Hashing.class, CategoricalSpec::hashing, "numBins", "salt", "maskValue", "outputMode")
        .keras3("name trainable dtype num_bins salt mask_value output_mode sparse")
        .keras3Stored(CategoricalLayers::hashingStored);
    // Discretization's get_config is its own: no trainable, the dtype as a bare string.
    LayerCatalog.layer(
            Discretization.class,
            CategoricalSpec::discretization,
            "binBoundaries",
            "numBins",
            "epsilon",
            "outputMode")
        .keras3("bin_boundaries num_bins epsilon output_mode sparse name dtype:variable")
        .keras3Stored(CategoricalLayers::boundaryList);
  }

  /**
   * What Keras's Hashing stores: its salt as a pair ({@code s} as {@code [s, s]}, empty as None),
   * and, for {@code INT} output, the int64 dtype its constructor gives the layer.
   */
  @SuppressWarnings("unchecked")
  private static void hashingStored(Map<String, Object> config, java.util.List<Object> shape) {
    int[] salt = (int[]) config.get("salt");
    config.put(
        "salt", salt.length == 0 ? null : salt.length == 1 ? new int[] {salt[0], salt[0]} : salt);
    if ("int".equals(config.get("output_mode"))
        && config.get("dtype") instanceof Map<?, ?> policy
        && policy.get("config") instanceof Map<?, ?>) {
      Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) policy);
      Map<String, Object> inner =
          new java.util.LinkedHashMap<>((Map<String, Object>) policy.get("config"));
      inner.put("name", "int64");
      copy.put("config", inner);
      config.put("dtype", copy);
    }
  }

  /** Keras keeps the boundaries as the list it was given: one value stays a list. */
  private static void boundaryList(Map<String, Object> config, java.util.List<Object> shape) {
    Object boundaries = config.get("bin_boundaries");
    if (boundaries instanceof Double) {
      config.put("bin_boundaries", new double[] {(Double) boundaries});
    }
  }
}
