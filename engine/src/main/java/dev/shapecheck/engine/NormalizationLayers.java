package dev.shapecheck.engine;

/**
 * Keras's normalization layers: batch, layer, group and unit normalization. They share how
 * {@code axis} is read (Keras's numbering, batch = 0), so one spec serves them all.
 */
final class NormalizationLayers {
  private NormalizationLayers() {}

  static void register() {
    LayerCatalog.layer("BatchNormalization", NormalizationSpec::parseBatch);
    LayerCatalog.layer("LayerNormalization", NormalizationSpec::parseLayer);
    LayerCatalog.layer("GroupNormalization", NormalizationSpec::parseGroup);
    LayerCatalog.layer("UnitNormalization", NormalizationSpec::parseUnit);
  }
}
