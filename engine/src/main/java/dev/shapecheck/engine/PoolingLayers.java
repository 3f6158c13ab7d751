package dev.shapecheck.engine;

import dev.shapecheck.layers.AveragePooling1D;
import dev.shapecheck.layers.AveragePooling2D;
import dev.shapecheck.layers.AveragePooling3D;
import dev.shapecheck.layers.MaxPooling1D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.MaxPooling3D;

/** Keras's local pooling layers: max and average, over 1, 2 or 3 spatial axes. */
final class PoolingLayers {
  private PoolingLayers() {}

  /** Keras's {@code Pooling.get_config} order. */
  private static final String[] POOLING_KEYS = {"poolSize", "padding", "strides", "dataFormat"};

  static void register() {
    LayerCatalog.layer(MaxPooling1D.class, args -> PoolingSpec.parse(args, 1), POOLING_KEYS)
        .keras2("name trainable dtype strides pool_size padding data_format")
        .builtAtInit()
        .traits(LayerTrait.POOLING_WINDOW);
    LayerCatalog.layer(AveragePooling1D.class, args -> PoolingSpec.parse(args, 1), POOLING_KEYS)
        .keras2("name trainable dtype strides pool_size padding data_format")
        .builtAtInit()
        .traits(LayerTrait.POOLING_WINDOW);
    LayerCatalog.layer(MaxPooling2D.class, args -> PoolingSpec.parse(args, 2), POOLING_KEYS)
        .keras2("name trainable dtype pool_size padding strides data_format")
        .builtAtInit()
        .traits(LayerTrait.POOLING_WINDOW);
    LayerCatalog.layer(AveragePooling2D.class, args -> PoolingSpec.parse(args, 2), POOLING_KEYS)
        .keras2("name trainable dtype pool_size padding strides data_format")
        .builtAtInit()
        .traits(LayerTrait.POOLING_WINDOW);
    LayerCatalog.layer(MaxPooling3D.class, args -> PoolingSpec.parse(args, 3), POOLING_KEYS)
        .keras2("name trainable dtype pool_size padding strides data_format")
        .builtAtInit()
        .traits(LayerTrait.POOLING_WINDOW);
    LayerCatalog.layer(AveragePooling3D.class, args -> PoolingSpec.parse(args, 3), POOLING_KEYS)
        .keras2("name trainable dtype pool_size padding strides data_format")
        .builtAtInit()
        .traits(LayerTrait.POOLING_WINDOW);
  }
}
