package dev.shapecheck.engine;

import dev.shapecheck.layers.Custom;
import dev.shapecheck.layers.Lambda;

/**
 * The layers whose Python code ShapeCheck cannot read, declared by their output shape and weight
 * counts ({@link CustomSpec}): Keras's {@code Lambda} and a user's own layer class ({@code Custom},
 * whose Keras class is its {@code type}).
 */
final class CustomLayers {
  private CustomLayers() {}

  static void register() {
    // Lambda.get_config: the base config, the function, output_shape, arguments (no mask given).
    LayerCatalog.layer(Lambda.class, CustomSpec::lambda, "outputShape")
        .keras3("name trainable dtype function output_shape arguments")
        .keras3Call("mask");
    // A custom class's get_config is the base config (what the guide asks the class to write).
    LayerCatalog.layer(
            Custom.class, CustomSpec::custom, "type", "outputShape", "params", "nonTrainableParams")
        .keras3("name trainable dtype")
        .kerasClassFrom("type");
  }
}
