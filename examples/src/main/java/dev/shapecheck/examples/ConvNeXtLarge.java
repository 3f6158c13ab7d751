package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Sequential;
import dev.shapecheck.examples.ConvNeXtTiny.ConvNeXtBlock;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.LayerNormalization;
import dev.shapecheck.layers.Normalization;

/**
 * ConvNeXtLarge as in Keras Applications ({@code keras.applications.ConvNeXtLarge(weights=None)} on
 * 224x224x3): stages of 3, 3, 27, 3 {@link ConvNeXtTiny.ConvNeXtBlock} uses of widths 192, 384,
 * 768, 1536, named as Keras names them ({@code convnext_large_stage_0_block_0_depthwise_conv},
 * ...). The ImageNet normalization in front is Keras's {@code Normalization(mean, variance)}.
 *
 * <p>Keras builds the stem and the three downsampling steps as nested {@code keras.Sequential}
 * models ({@code convnext_large_stem}: a 4x4 stride-4 {@code Conv2D} and a {@code
 * LayerNormalization}; {@code convnext_large_downsampling_block_i}: a {@code LayerNormalization}
 * and a 2x2 stride-2 {@code Conv2D}), each one row of its summary, of class {@code Sequential}.
 * Each is a {@code @Sequential} interface below, nested with {@code @Apply} as Keras nests it: one
 * row named after the method, whose shape and weights ShapeCheck computes from the nested layers,
 * named as Keras names them ({@code convnext_large_stem_conv}, {@code
 * convnext_large_downsampling_layernorm_0}, ...). Keras creates the three downsampling steps before
 * the stages, so their place in the declaration (after the stage they follow) is not Keras's
 * creation order; no automatic name depends on it.
 */
@Functional(name = "convnext_large")
public interface ConvNeXtLarge {
  @Input(shape = {224, 224, 3})
  @Name("{auto}")
  Layer image();

  @Normalization(
      mean = {123.675, 116.28, 103.53},
      variance = {3409.9760250000004, 3262.6944000000003, 3291.890625})
  Layer convnext_large_prestem_normalization(Layer image);

  @Apply(Stem.class)
  Layer convnext_large_stem(Layer convnext_large_prestem_normalization);

  @Apply(
      value = ConvNeXtBlock.class,
      times = 3,
      from = 0,
      set = {
        "depthwise_conv.filters=192",
        "depthwise_conv.groups=192",
        "pointwise_conv_1.units=768",
        "pointwise_conv_2.units=192",
        "layer_scale.params=192"
      })
  Layer convnext_large_stage_0_block_(Layer convnext_large_stem);

  @Apply(Downsampling0.class)
  Layer convnext_large_downsampling_block_0(Layer convnext_large_stage_0_block_);

  @Apply(
      value = ConvNeXtBlock.class,
      times = 3,
      from = 0,
      set = {
        "depthwise_conv.filters=384",
        "depthwise_conv.groups=384",
        "pointwise_conv_1.units=1536",
        "pointwise_conv_2.units=384",
        "layer_scale.params=384"
      })
  Layer convnext_large_stage_1_block_(Layer convnext_large_downsampling_block_0);

  @Apply(Downsampling1.class)
  Layer convnext_large_downsampling_block_1(Layer convnext_large_stage_1_block_);

  @Apply(
      value = ConvNeXtBlock.class,
      times = 27,
      from = 0,
      set = {
        "depthwise_conv.filters=768",
        "depthwise_conv.groups=768",
        "pointwise_conv_1.units=3072",
        "pointwise_conv_2.units=768",
        "layer_scale.params=768"
      })
  Layer convnext_large_stage_2_block_(Layer convnext_large_downsampling_block_1);

  @Apply(Downsampling2.class)
  Layer convnext_large_downsampling_block_2(Layer convnext_large_stage_2_block_);

  @Apply(
      value = ConvNeXtBlock.class,
      times = 3,
      from = 0,
      set = {
        "depthwise_conv.filters=1536",
        "depthwise_conv.groups=1536",
        "pointwise_conv_1.units=6144",
        "pointwise_conv_2.units=1536",
        "layer_scale.params=1536"
      })
  Layer convnext_large_stage_3_block_(Layer convnext_large_downsampling_block_2);

  @GlobalAveragePooling2D
  Layer convnext_large_head_gap(Layer convnext_large_stage_3_block_);

  @LayerNormalization(epsilon = 1e-6)
  Layer convnext_large_head_layernorm(Layer convnext_large_head_gap);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer convnext_large_head_dense(Layer convnext_large_head_layernorm);

  /** Keras's stem: {@code Conv2D(192, 4, strides=4)} and {@code LayerNormalization}. */
  @Sequential
  interface Stem {
    @Conv2D(filters = 192, kernelSize = 4, strides = 4)
    Layer convnext_large_stem_conv();

    @LayerNormalization(epsilon = 1e-6)
    Layer convnext_large_stem_layernorm();
  }

  /**
   * Keras's downsampling block 0: {@code LayerNormalization}, {@code Conv2D(384, 2, strides=2)}.
   */
  @Sequential
  interface Downsampling0 {
    @LayerNormalization(epsilon = 1e-6)
    Layer convnext_large_downsampling_layernorm_0();

    @Conv2D(filters = 384, kernelSize = 2, strides = 2)
    Layer convnext_large_downsampling_conv_0();
  }

  /**
   * Keras's downsampling block 1: {@code LayerNormalization}, {@code Conv2D(768, 2, strides=2)}.
   */
  @Sequential
  interface Downsampling1 {
    @LayerNormalization(epsilon = 1e-6)
    Layer convnext_large_downsampling_layernorm_1();

    @Conv2D(filters = 768, kernelSize = 2, strides = 2)
    Layer convnext_large_downsampling_conv_1();
  }

  /**
   * Keras's downsampling block 2: {@code LayerNormalization}, {@code Conv2D(1536, 2, strides=2)}.
   */
  @Sequential
  interface Downsampling2 {
    @LayerNormalization(epsilon = 1e-6)
    Layer convnext_large_downsampling_layernorm_2();

    @Conv2D(filters = 1536, kernelSize = 2, strides = 2)
    Layer convnext_large_downsampling_conv_2();
  }
}
