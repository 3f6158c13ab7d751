package dev.shapecheck.engine;

import dev.shapecheck.layers.CategoryEncoding;
import dev.shapecheck.layers.Discretization;
import java.util.Map;

/**
 * Keras's categorical preprocessing layers that take numbers ({@code
 * keras/src/layers/preprocessing/}): {@code CategoryEncoding} and {@code Discretization}. The
 * lookup and text layers, whose vocabularies are data, and the string-input layers are not here.
 */
final class CategoricalLayers {
  private CategoricalLayers() {}

  static void register() {
    LayerCatalog.layer(
            CategoryEncoding.class, CategoricalSpec::categoryEncoding, "numTokens", "outputMode")
        .keras3("name trainable dtype num_tokens output_mode");
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

  /** Keras keeps the boundaries as the list it was given: one value stays a list. */
  private static void boundaryList(Map<String, Object> config, java.util.List<Object> shape) {
    Object boundaries = config.get("bin_boundaries");
    if (boundaries instanceof Double) {
      config.put("bin_boundaries", new double[] {(Double) boundaries});
    }
  }
}
