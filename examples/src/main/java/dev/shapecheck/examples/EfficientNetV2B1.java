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

/**
 * EfficientNetV2-B1 as in Keras Applications ({@code
 * keras.applications.EfficientNetV2B1(weights=None)} on 240x240x3): Keras's {@code
 * Rescaling(1/255)} and {@code Normalization} with ImageNet's statistics, then the stages of
 * Keras's {@code efficientnetv2-b1} block arguments scaled by width 1.0 and depth 1.1, declared
 * with {@link EfficientNetV2B0}'s blocks. Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetv2-b1")
public interface EfficientNetV2B1 {
  @Input(shape = {240, 240, 3})
  @Name("{auto}")
  Layer image();

  @Rescaling(scale = 1.0 / 255)
  @Name("{auto}")
  Layer rescaling(Layer image);

  @Normalization(
      axis = 3,
      mean = {0.485, 0.456, 0.406},
      variance = {0.229 * 0.229, 0.224 * 0.224, 0.225 * 0.225})
  @Name("{auto}")
  Layer normalization(Layer rescaling);

  @Conv2D(filters = 32, kernelSize = 3, strides = 2, padding = Padding.SAME, useBias = false)
  Layer stem_conv(Layer normalization);

  @BatchNormalization(momentum = 0.9)
  Layer stem_bn(Layer stem_conv);

  @Activation(activation = Activations.SWISH)
  Layer stem_activation(Layer stem_bn);

  @Apply(
      value = EfficientNetV2B0.FusedProject.class,
      set = {"project_conv.filters=16"})
  Layer block1a_(Layer stem_activation);

  @Apply(
      value = EfficientNetV2B0.FusedProjectResidual.class,
      set = {"project_conv.filters=16", "drop.rate=0.009523809523809525"})
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpand.class,
      set = {"expand_conv.filters=64", "expand_conv.strides=2", "project_conv.filters=32"})
  Layer block2a_(Layer block1b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=128",
        "project_conv.filters=32",
        "drop.rate=0.028571428571428574"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=128", "project_conv.filters=32", "drop.rate=0.0380952380952381"})
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpand.class,
      set = {"expand_conv.filters=128", "expand_conv.strides=2", "project_conv.filters=48"})
  Layer block3a_(Layer block2c_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=192", "project_conv.filters=48", "drop.rate=0.05714285714285715"})
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=192", "project_conv.filters=48", "drop.rate=0.06666666666666668"})
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=192",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=12",
        "se_expand.filters=192",
        "project_conv.filters=96"
      })
  Layer block4a_(Layer block3c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=24",
        "se_expand.filters=384",
        "project_conv.filters=96",
        "drop.rate=0.08571428571428572"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=24",
        "se_expand.filters=384",
        "project_conv.filters=96",
        "drop.rate=0.09523809523809523"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=24",
        "se_expand.filters=384",
        "project_conv.filters=96",
        "drop.rate=0.10476190476190476"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=576",
        "se_reshape.targetShape={1, 1, 576}",
        "se_reduce.filters=24",
        "se_expand.filters=576",
        "project_conv.filters=112"
      })
  Layer block5a_(Layer block4d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.12380952380952381"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.13333333333333336"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.14285714285714285"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.1523809523809524"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.1619047619047619"
      })
  Layer block5f_(Layer block5e_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=672",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=192"
      })
  Layer block6a_(Layer block5f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.18095238095238098"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.19047619047619047"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.2"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.20952380952380953"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.21904761904761907"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.2285714285714286"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.23809523809523808"
      })
  Layer block6h_(Layer block6g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.24761904761904763"
      })
  Layer block6i_(Layer block6h_);

  @Conv2D(filters = 1280, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block6i_);

  @BatchNormalization(momentum = 0.9)
  Layer top_bn(Layer top_conv);

  @Activation(activation = Activations.SWISH)
  Layer top_activation(Layer top_bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer top_activation);

  @Dropout(rate = 0.2)
  Layer top_dropout(Layer avg_pool);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer top_dropout);
}
