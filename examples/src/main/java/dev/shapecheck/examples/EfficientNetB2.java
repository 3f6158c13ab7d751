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
 * EfficientNet-B2 as in Keras Applications ({@code keras.applications.EfficientNetB2(weights=None)}
 * on 260x260x3): EfficientNet-B0 scaled by width 1.1 and depth 1.2 (Keras's {@code round_filters}
 * and {@code round_repeats}), with top dropout 0.3, declared with {@link EfficientNetB0}'s blocks.
 * Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetb2")
public interface EfficientNetB2 {
  @Input(shape = {260, 260, 3})
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

  @Conv2D(filters = 32, kernelSize = 3, strides = 2, useBias = false)
  Layer stem_conv(Layer stem_conv_pad);

  @BatchNormalization
  Layer stem_bn(Layer stem_conv);

  @Activation(activation = Activations.SWISH)
  Layer stem_activation(Layer stem_bn);

  @Apply(
      value = EfficientNetB0.DepthwiseConv.class,
      set = {
        "se_reshape.targetShape={1, 1, 32}",
        "se_reduce.filters=8",
        "se_expand.filters=32",
        "project_conv.filters=16"
      })
  Layer block1a_(Layer stem_activation);

  @Apply(
      value = EfficientNetB0.DepthwiseConvResidual.class,
      set = {
        "se_reshape.targetShape={1, 1, 16}",
        "se_reduce.filters=4",
        "se_expand.filters=16",
        "project_conv.filters=16",
        "drop.rate=0.008695652173913044"
      })
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=96",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 96}",
        "se_reduce.filters=4",
        "se_expand.filters=96",
        "project_conv.filters=24"
      })
  Layer block2a_(Layer block1b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=144",
        "se_reshape.targetShape={1, 1, 144}",
        "se_reduce.filters=6",
        "se_expand.filters=144",
        "project_conv.filters=24",
        "drop.rate=0.026086956521739136"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=144",
        "se_reshape.targetShape={1, 1, 144}",
        "se_reduce.filters=6",
        "se_expand.filters=144",
        "project_conv.filters=24",
        "drop.rate=0.034782608695652174"
      })
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=144",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={2, 2, 2, 2}",
        "se_reshape.targetShape={1, 1, 144}",
        "se_reduce.filters=6",
        "se_expand.filters=144",
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
        "drop.rate=0.05217391304347827"
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
        "drop.rate=0.06086956521739131"
      })
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=288",
        "dwconv_pad.padding={1, 1, 1, 1}",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=88"
      })
  Layer block4a_(Layer block3c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=528",
        "se_reshape.targetShape={1, 1, 528}",
        "se_reduce.filters=22",
        "se_expand.filters=528",
        "project_conv.filters=88",
        "drop.rate=0.0782608695652174"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=528",
        "se_reshape.targetShape={1, 1, 528}",
        "se_reduce.filters=22",
        "se_expand.filters=528",
        "project_conv.filters=88",
        "drop.rate=0.08695652173913043"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=528",
        "se_reshape.targetShape={1, 1, 528}",
        "se_reduce.filters=22",
        "se_expand.filters=528",
        "project_conv.filters=88",
        "drop.rate=0.09565217391304348"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=528",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 528}",
        "se_reduce.filters=22",
        "se_expand.filters=528",
        "project_conv.filters=120"
      })
  Layer block5a_(Layer block4d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=720",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 720}",
        "se_reduce.filters=30",
        "se_expand.filters=720",
        "project_conv.filters=120",
        "drop.rate=0.11304347826086956"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=720",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 720}",
        "se_reduce.filters=30",
        "se_expand.filters=720",
        "project_conv.filters=120",
        "drop.rate=0.12173913043478261"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=720",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 720}",
        "se_reduce.filters=30",
        "se_expand.filters=720",
        "project_conv.filters=120",
        "drop.rate=0.13043478260869565"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=720",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={2, 2, 2, 2}",
        "se_reshape.targetShape={1, 1, 720}",
        "se_reduce.filters=30",
        "se_expand.filters=720",
        "project_conv.filters=208"
      })
  Layer block6a_(Layer block5d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1248",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1248}",
        "se_reduce.filters=52",
        "se_expand.filters=1248",
        "project_conv.filters=208",
        "drop.rate=0.14782608695652175"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1248",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1248}",
        "se_reduce.filters=52",
        "se_expand.filters=1248",
        "project_conv.filters=208",
        "drop.rate=0.1565217391304348"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1248",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1248}",
        "se_reduce.filters=52",
        "se_expand.filters=1248",
        "project_conv.filters=208",
        "drop.rate=0.16521739130434784"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1248",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1248}",
        "se_reduce.filters=52",
        "se_expand.filters=1248",
        "project_conv.filters=208",
        "drop.rate=0.17391304347826086"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=1248",
        "se_reshape.targetShape={1, 1, 1248}",
        "se_reduce.filters=52",
        "se_expand.filters=1248",
        "project_conv.filters=352"
      })
  Layer block7a_(Layer block6e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2112",
        "se_reshape.targetShape={1, 1, 2112}",
        "se_reduce.filters=88",
        "se_expand.filters=2112",
        "project_conv.filters=352",
        "drop.rate=0.19130434782608696"
      })
  Layer block7b_(Layer block7a_);

  @Conv2D(filters = 1408, kernelSize = 1, padding = Padding.SAME, useBias = false)
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
