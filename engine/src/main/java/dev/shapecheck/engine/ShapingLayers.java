package dev.shapecheck.engine;

/**
 * Keras's layers that reshape spatial inputs without weights: zero padding, cropping and
 * upsampling (Keras's {@code reshaping} package) and global pooling, over 1, 2 or 3 spatial axes.
 * Global pooling lives here rather than with the windowed pooling layers because, like the
 * others, it only changes the spatial extent, and it has no window that could fail to fit.
 */
final class ShapingLayers {
  private ShapingLayers() {}

  static void register() {
    for (int rank = 1; rank <= 3; rank++) {
      int r = rank;
      LayerCatalog.layer("ZeroPadding" + rank + "D", args -> ZeroPaddingSpec.parse(args, r));
      LayerCatalog.layer("Cropping" + rank + "D", args -> CroppingSpec.parse(args, r));
      LayerCatalog.layer("UpSampling" + rank + "D", args -> UpSamplingSpec.parse(args, r));
      LayerCatalog.layer("GlobalMaxPooling" + rank + "D", args -> GlobalPoolingSpec.parse(args, r));
      LayerCatalog.layer(
          "GlobalAveragePooling" + rank + "D", args -> GlobalPoolingSpec.parse(args, r));
    }
  }
}
