package dev.shapecheck.engine;

import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.GroupNormalization;
import dev.shapecheck.layers.LayerNormalization;
import dev.shapecheck.layers.UnitNormalization;

/**
 * Keras's normalization layers: batch, layer, group and unit normalization. They share how {@code
 * axis} is read (Keras's numbering, batch = 0), so one spec serves them all.
 */
final class NormalizationLayers {
  private NormalizationLayers() {}

  static void register() {
    LayerCatalog.layer(
        BatchNormalization.class,
        NormalizationSpec::parseBatch,
        "axis",
        "momentum",
        "epsilon",
        "center",
        "scale");
    LayerCatalog.layer(
        LayerNormalization.class,
        NormalizationSpec::parseLayer,
        "axis",
        "epsilon",
        "center",
        "scale");
    LayerCatalog.layer(
        GroupNormalization.class,
        NormalizationSpec::parseGroup,
        "groups",
        "axis",
        "epsilon",
        "center",
        "scale");
    LayerCatalog.layer(UnitNormalization.class, NormalizationSpec::parseUnit, "axis");
  }
}
