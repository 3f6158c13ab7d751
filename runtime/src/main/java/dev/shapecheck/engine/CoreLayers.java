package dev.shapecheck.engine;

/** Keras's core layers: {@code keras.layers.Dense}, {@code Flatten} and friends. */
final class CoreLayers {
  private CoreLayers() {}

  static void register() {
    LayerCatalog.layer("Dense", DenseSpec::parse);
    LayerCatalog.layer("Flatten", FlattenSpec::parse);
  }
}
