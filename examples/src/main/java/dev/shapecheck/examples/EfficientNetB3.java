package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Padding;
import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.Dropout;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.Normalization;
import dev.shapecheck.layers.Rescaling;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * EfficientNet-B3 as in Keras Applications ({@code keras.applications.EfficientNetB3(weights=None)}
 * on 300x300x3): EfficientNet-B0 scaled by width 1.2 and depth 1.4 (Keras's {@code round_filters}
 * and {@code round_repeats}), with top dropout 0.3, declared with {@link EfficientNetB0}'s blocks.
 * Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetb3")
public interface EfficientNetB3 {
  @Input(shape = {300, 300, 3})
  @Name("{auto}")
  Layer image();

  @Rescaling(scale = 1.0 / 255.0)
  @Name("{auto}")
  Layer rescaling(Layer image);

  @Normalization(axis = 3)
  @Name("{auto}")
  Layer normalization(Layer rescaling);

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer stem_conv_pad(Layer normalization);

  @Conv2D(filters = 40, kernelSize = 3, strides = 2, useBias = false)
  Layer stem_conv(Layer stem_conv_pad);

  @BatchNormalization
  Layer stem_bn(Layer stem_conv);

  @Activation(activation = Activations.SWISH)
  Layer stem_activation(Layer stem_bn);

  @Apply(
      value = EfficientNetB0.DepthwiseConv.class,
      set = {
        "se_reshape.targetShape={1, 1, 40}",
        "se_reduce.filters=10",
        "se_expand.filters=40",
        "project_conv.filters=24"
      })
  Layer block1a_(Layer stem_activation);

  @Apply(
      value = EfficientNetB0.DepthwiseConvResidual.class,
      set = {
        "se_reshape.targetShape={1, 1, 24}",
        "se_reduce.filters=6",
        "se_expand.filters=24",
        "project_conv.filters=24",
        "drop.rate=0.007692307692307693"
      })
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=144",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 144}",
        "se_reduce.filters=6",
        "se_expand.filters=144",
        "project_conv.filters=32"
      })
  Layer block2a_(Layer block1b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=192",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=8",
        "se_expand.filters=192",
        "project_conv.filters=32",
        "drop.rate=0.02307692307692308"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=192",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=8",
        "se_expand.filters=192",
        "project_conv.filters=32",
        "drop.rate=0.03076923076923077"
      })
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=192",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={2, 2, 2, 2}",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=8",
        "se_expand.filters=192",
        "project_conv.filters=48"
      })
  Layer block3a_(Layer block2c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=288",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=48",
        "drop.rate=0.04615384615384616"
      })
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=288",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=48",
        "drop.rate=0.05384615384615385"
      })
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=288",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=96"
      })
  Layer block4a_(Layer block3c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=576",
        "se_reshape.targetShape={1, 1, 576}",
        "se_reduce.filters=24",
        "se_expand.filters=576",
        "project_conv.filters=96",
        "drop.rate=0.06923076923076923"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=576",
        "se_reshape.targetShape={1, 1, 576}",
        "se_reduce.filters=24",
        "se_expand.filters=576",
        "project_conv.filters=96",
        "drop.rate=0.07692307692307693"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=576",
        "se_reshape.targetShape={1, 1, 576}",
        "se_reduce.filters=24",
        "se_expand.filters=576",
        "project_conv.filters=96",
        "drop.rate=0.08461538461538462"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=576",
        "se_reshape.targetShape={1, 1, 576}",
        "se_reduce.filters=24",
        "se_expand.filters=576",
        "project_conv.filters=96",
        "drop.rate=0.09230769230769233"
      })
  Layer block4e_(Layer block4d_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=576",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 576}",
        "se_reduce.filters=24",
        "se_expand.filters=576",
        "project_conv.filters=136"
      })
  Layer block5a_(Layer block4e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=816",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 816}",
        "se_reduce.filters=34",
        "se_expand.filters=816",
        "project_conv.filters=136",
        "drop.rate=0.1076923076923077"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=816",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 816}",
        "se_reduce.filters=34",
        "se_expand.filters=816",
        "project_conv.filters=136",
        "drop.rate=0.11538461538461539"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=816",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 816}",
        "se_reduce.filters=34",
        "se_expand.filters=816",
        "project_conv.filters=136",
        "drop.rate=0.12307692307692308"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=816",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 816}",
        "se_reduce.filters=34",
        "se_expand.filters=816",
        "project_conv.filters=136",
        "drop.rate=0.13076923076923078"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=816",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={2, 2, 2, 2}",
        "se_reshape.targetShape={1, 1, 816}",
        "se_reduce.filters=34",
        "se_expand.filters=816",
        "project_conv.filters=232"
      })
  Layer block6a_(Layer block5e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1392",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1392}",
        "se_reduce.filters=58",
        "se_expand.filters=1392",
        "project_conv.filters=232",
        "drop.rate=0.14615384615384616"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1392",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1392}",
        "se_reduce.filters=58",
        "se_expand.filters=1392",
        "project_conv.filters=232",
        "drop.rate=0.15384615384615385"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1392",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1392}",
        "se_reduce.filters=58",
        "se_expand.filters=1392",
        "project_conv.filters=232",
        "drop.rate=0.16153846153846155"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1392",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1392}",
        "se_reduce.filters=58",
        "se_expand.filters=1392",
        "project_conv.filters=232",
        "drop.rate=0.16923076923076924"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1392",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1392}",
        "se_reduce.filters=58",
        "se_expand.filters=1392",
        "project_conv.filters=232",
        "drop.rate=0.17692307692307693"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=1392",
        "se_reshape.targetShape={1, 1, 1392}",
        "se_reduce.filters=58",
        "se_expand.filters=1392",
        "project_conv.filters=384"
      })
  Layer block7a_(Layer block6f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.19230769230769232"
      })
  Layer block7b_(Layer block7a_);

  @Conv2D(filters = 1536, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block7b_);

  @BatchNormalization
  Layer top_bn(Layer top_conv);

  @Activation(activation = Activations.SWISH)
  Layer top_activation(Layer top_bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer top_activation);

  @Dropout(rate = 0.3)
  Layer top_dropout(Layer avg_pool);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer top_dropout);
}
