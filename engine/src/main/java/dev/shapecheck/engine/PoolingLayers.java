package dev.shapecheck.engine;

/** Keras's local pooling layers: max and average, over 1, 2 or 3 spatial axes. */
final class PoolingLayers {
  private PoolingLayers() {}

  static void register() {
    for (int rank = 1; rank <= 3; rank++) {
      int r = rank;
      LayerCatalog.layer("MaxPooling" + rank + "D", args -> PoolingSpec.parse(args, r));
      LayerCatalog.layer("AveragePooling" + rank + "D", args -> PoolingSpec.parse(args, r));
    }
  }
}
