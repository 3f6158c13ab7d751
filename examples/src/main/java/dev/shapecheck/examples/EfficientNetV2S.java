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
import dev.shapecheck.layers.Rescaling;

/**
 * EfficientNetV2-S as in Keras Applications ({@code
 * keras.applications.EfficientNetV2S(weights=None)} on 384x384x3): Keras's {@code Rescaling(1/128,
 * offset=-1)} (no Normalization for S/M/L), then the stages of Keras's {@code efficientnetv2-s}
 * block arguments scaled by width 1.0 and depth 1.0, declared with {@link EfficientNetV2B0}'s
 * blocks. Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetv2-s")
public interface EfficientNetV2S {
  @Input(shape = {384, 384, 3})
  @Name("{auto}")
  Layer image();

  @Rescaling(scale = 1.0 / 128.0, offset = -1)
  @Name("{auto}")
  Layer rescaling(Layer image);

  @Conv2D(filters = 24, kernelSize = 3, strides = 2, padding = Padding.SAME, useBias = false)
  Layer stem_conv(Layer rescaling);

  @BatchNormalization(momentum = 0.9)
  Layer stem_bn(Layer stem_conv);

  @Activation(activation = Activations.SWISH)
  Layer stem_activation(Layer stem_bn);

  @Apply(
      value = EfficientNetV2B0.FusedProjectResidualNoDrop.class,
      set = {"project_conv.filters=24"})
  Layer block1a_(Layer stem_activation);

  @Apply(
      value = EfficientNetV2B0.FusedProjectResidual.class,
      set = {"project_conv.filters=24", "drop.rate=0.005"})
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpand.class,
      set = {"expand_conv.filters=96", "expand_conv.strides=2", "project_conv.filters=48"})
  Layer block2a_(Layer block1b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=192",
        "project_conv.filters=48",
        "drop.rate=0.015000000000000003"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=192", "project_conv.filters=48", "drop.rate=0.02"})
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=192", "project_conv.filters=48", "drop.rate=0.025"})
  Layer block2d_(Layer block2c_);

  @Apply(
      value = EfficientNetV2B0.FusedExpand.class,
      set = {"expand_conv.filters=192", "expand_conv.strides=2", "project_conv.filters=64"})
  Layer block3a_(Layer block2d_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=256", "project_conv.filters=64", "drop.rate=0.035"})
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=256", "project_conv.filters=64", "drop.rate=0.04"})
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=256", "project_conv.filters=64", "drop.rate=0.045"})
  Layer block3d_(Layer block3c_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=256",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 256}",
        "se_reduce.filters=16",
        "se_expand.filters=256",
        "project_conv.filters=128"
      })
  Layer block4a_(Layer block3d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=512",
        "se_reshape.targetShape={1, 1, 512}",
        "se_reduce.filters=32",
        "se_expand.filters=512",
        "project_conv.filters=128",
        "drop.rate=0.05500000000000001"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=512",
        "se_reshape.targetShape={1, 1, 512}",
        "se_reduce.filters=32",
        "se_expand.filters=512",
        "project_conv.filters=128",
        "drop.rate=0.06000000000000001"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=512",
        "se_reshape.targetShape={1, 1, 512}",
        "se_reduce.filters=32",
        "se_expand.filters=512",
        "project_conv.filters=128",
        "drop.rate=0.065"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=512",
        "se_reshape.targetShape={1, 1, 512}",
        "se_reduce.filters=32",
        "se_expand.filters=512",
        "project_conv.filters=128",
        "drop.rate=0.07"
      })
  Layer block4e_(Layer block4d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=512",
        "se_reshape.targetShape={1, 1, 512}",
        "se_reduce.filters=32",
        "se_expand.filters=512",
        "project_conv.filters=128",
        "drop.rate=0.075"
      })
  Layer block4f_(Layer block4e_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=32",
        "se_expand.filters=768",
        "project_conv.filters=160"
      })
  Layer block5a_(Layer block4f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.085"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.09"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.095"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.1"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.10500000000000001"
      })
  Layer block5f_(Layer block5e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.11000000000000001"
      })
  Layer block5g_(Layer block5f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.11500000000000002"
      })
  Layer block5h_(Layer block5g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.12000000000000002"
      })
  Layer block5i_(Layer block5h_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=960",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=256"
      })
  Layer block6a_(Layer block5i_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.13"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.135"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.14"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.14500000000000002"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.15"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.155"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.16"
      })
  Layer block6h_(Layer block6g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.165"
      })
  Layer block6i_(Layer block6h_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.17"
      })
  Layer block6j_(Layer block6i_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.175"
      })
  Layer block6k_(Layer block6j_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.18"
      })
  Layer block6l_(Layer block6k_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.185"
      })
  Layer block6m_(Layer block6l_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.19"
      })
  Layer block6n_(Layer block6m_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1536",
        "se_reshape.targetShape={1, 1, 1536}",
        "se_reduce.filters=64",
        "se_expand.filters=1536",
        "project_conv.filters=256",
        "drop.rate=0.195"
      })
  Layer block6o_(Layer block6n_);

  @Conv2D(filters = 1280, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block6o_);

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
