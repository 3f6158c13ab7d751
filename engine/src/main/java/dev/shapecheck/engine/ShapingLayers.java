package dev.shapecheck.engine;

import dev.shapecheck.layers.Cropping1D;
import dev.shapecheck.layers.Cropping2D;
import dev.shapecheck.layers.Cropping3D;
import dev.shapecheck.layers.GlobalAveragePooling1D;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.GlobalAveragePooling3D;
import dev.shapecheck.layers.GlobalMaxPooling1D;
import dev.shapecheck.layers.GlobalMaxPooling2D;
import dev.shapecheck.layers.GlobalMaxPooling3D;
import dev.shapecheck.layers.UpSampling1D;
import dev.shapecheck.layers.UpSampling2D;
import dev.shapecheck.layers.UpSampling3D;
import dev.shapecheck.layers.ZeroPadding1D;
import dev.shapecheck.layers.ZeroPadding2D;
import dev.shapecheck.layers.ZeroPadding3D;

/**
 * Keras's layers that reshape spatial inputs without weights: zero padding, cropping and upsampling
 * (Keras's {@code reshaping} package) and global pooling, over 1, 2 or 3 spatial axes. Global
 * pooling lives here rather than with the windowed pooling layers because, like the others, it only
 * changes the spatial extent, and it has no window that could fail to fit.
 */
final class ShapingLayers {
  private ShapingLayers() {}

  static void register() {
    LayerCatalog.layer(ZeroPadding1D.class, args -> ZeroPaddingSpec.parse(args, 1), "padding")
        .keras2()
        .keras3("name trainable dtype padding data_format"); // Keras 3 took a data_format
    LayerCatalog.layer(Cropping1D.class, args -> CroppingSpec.parse(args, 1), "cropping").keras2();
    LayerCatalog.layer(
            ZeroPadding2D.class, args -> ZeroPaddingSpec.parse(args, 2), "padding", "dataFormat")
        .keras2();
    LayerCatalog.layer(
            Cropping2D.class, args -> CroppingSpec.parse(args, 2), "cropping", "dataFormat")
        .keras2();
    LayerCatalog.layer(
            ZeroPadding3D.class, args -> ZeroPaddingSpec.parse(args, 3), "padding", "dataFormat")
        .keras2();
    LayerCatalog.layer(
            Cropping3D.class, args -> CroppingSpec.parse(args, 3), "cropping", "dataFormat")
        .keras2();
    LayerCatalog.layer(UpSampling1D.class, args -> UpSamplingSpec.parse(args, 1), "size").keras2();
    LayerCatalog.layer(
            UpSampling2D.class,
            args -> UpSamplingSpec.parse(args, 2),
            "size",
            "dataFormat",
            "interpolation")
        .keras2();
    LayerCatalog.layer(
            UpSampling3D.class, args -> UpSamplingSpec.parse(args, 3), "size", "dataFormat")
        .keras2();
    LayerCatalog.layer(
            GlobalMaxPooling1D.class,
            args -> GlobalPoolingSpec.parse(args, 1),
            "dataFormat",
            "keepdims")
        .keras2()
        .builtAtInit();
    LayerCatalog.layer(
            GlobalAveragePooling1D.class,
            args -> GlobalPoolingSpec.parse(args, 1),
            "dataFormat",
            "keepdims")
        .keras2()
        .keras3Call("mask")
        .builtAtInit();
    LayerCatalog.layer(
            GlobalMaxPooling2D.class,
            args -> GlobalPoolingSpec.parse(args, 2),
            "dataFormat",
            "keepdims")
        .keras2()
        .builtAtInit();
    LayerCatalog.layer(
            GlobalAveragePooling2D.class,
            args -> GlobalPoolingSpec.parse(args, 2),
            "dataFormat",
            "keepdims")
        .keras2()
        .builtAtInit();
    LayerCatalog.layer(
            GlobalMaxPooling3D.class,
            args -> GlobalPoolingSpec.parse(args, 3),
            "dataFormat",
            "keepdims")
        .keras2()
        .builtAtInit();
    LayerCatalog.layer(
            GlobalAveragePooling3D.class,
            args -> GlobalPoolingSpec.parse(args, 3),
            "dataFormat",
            "keepdims")
        .keras2()
        .builtAtInit();
  }
}
