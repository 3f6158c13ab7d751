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
 * EfficientNet-B6 as in Keras Applications ({@code keras.applications.EfficientNetB6(weights=None)}
 * on 528x528x3): EfficientNet-B0 scaled by width 1.8 and depth 2.6 (Keras's {@code round_filters}
 * and {@code round_repeats}), with top dropout 0.5, declared with {@link EfficientNetB0}'s blocks.
 * Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetb6")
public interface EfficientNetB6 {
  @Input(shape = {528, 528, 3})
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

  @Conv2D(filters = 56, kernelSize = 3, strides = 2, useBias = false)
  Layer stem_conv(Layer stem_conv_pad);

  @BatchNormalization
  Layer stem_bn(Layer stem_conv);

  @Activation(activation = Activations.SWISH)
  Layer stem_activation(Layer stem_bn);

  @Apply(
      value = EfficientNetB0.DepthwiseConv.class,
      set = {
        "se_reshape.targetShape={1, 1, 56}",
        "se_reduce.filters=14",
        "se_expand.filters=56",
        "project_conv.filters=32"
      })
  Layer block1a_(Layer stem_activation);

  @Apply(
      value = EfficientNetB0.DepthwiseConvResidual.class,
      set = {
        "se_reshape.targetShape={1, 1, 32}",
        "se_reduce.filters=8",
        "se_expand.filters=32",
        "project_conv.filters=32",
        "drop.rate=0.0044444444444444444"
      })
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetB0.DepthwiseConvResidual.class,
      set = {
        "se_reshape.targetShape={1, 1, 32}",
        "se_reduce.filters=8",
        "se_expand.filters=32",
        "project_conv.filters=32",
        "drop.rate=0.008888888888888889"
      })
  Layer block1c_(Layer block1b_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=192",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=8",
        "se_expand.filters=192",
        "project_conv.filters=40"
      })
  Layer block2a_(Layer block1c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=240",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=40",
        "drop.rate=0.017777777777777778"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=240",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=40",
        "drop.rate=0.022222222222222223"
      })
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=240",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=40",
        "drop.rate=0.026666666666666672"
      })
  Layer block2d_(Layer block2c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=240",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=40",
        "drop.rate=0.031111111111111114"
      })
  Layer block2e_(Layer block2d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=240",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=40",
        "drop.rate=0.035555555555555556"
      })
  Layer block2f_(Layer block2e_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=240",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={1, 2, 1, 2}",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=72"
      })
  Layer block3a_(Layer block2f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=432",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 432}",
        "se_reduce.filters=18",
        "se_expand.filters=432",
        "project_conv.filters=72",
        "drop.rate=0.044444444444444446"
      })
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=432",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 432}",
        "se_reduce.filters=18",
        "se_expand.filters=432",
        "project_conv.filters=72",
        "drop.rate=0.04888888888888889"
      })
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=432",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 432}",
        "se_reduce.filters=18",
        "se_expand.filters=432",
        "project_conv.filters=72",
        "drop.rate=0.053333333333333344"
      })
  Layer block3d_(Layer block3c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=432",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 432}",
        "se_reduce.filters=18",
        "se_expand.filters=432",
        "project_conv.filters=72",
        "drop.rate=0.05777777777777778"
      })
  Layer block3e_(Layer block3d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=432",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 432}",
        "se_reduce.filters=18",
        "se_expand.filters=432",
        "project_conv.filters=72",
        "drop.rate=0.06222222222222223"
      })
  Layer block3f_(Layer block3e_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=432",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 432}",
        "se_reduce.filters=18",
        "se_expand.filters=432",
        "project_conv.filters=144"
      })
  Layer block4a_(Layer block3f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=864",
        "se_reshape.targetShape={1, 1, 864}",
        "se_reduce.filters=36",
        "se_expand.filters=864",
        "project_conv.filters=144",
        "drop.rate=0.07111111111111111"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=864",
        "se_reshape.targetShape={1, 1, 864}",
        "se_reduce.filters=36",
        "se_expand.filters=864",
        "project_conv.filters=144",
        "drop.rate=0.07555555555555557"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=864",
        "se_reshape.targetShape={1, 1, 864}",
        "se_reduce.filters=36",
        "se_expand.filters=864",
        "project_conv.filters=144",
        "drop.rate=0.08"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=864",
        "se_reshape.targetShape={1, 1, 864}",
        "se_reduce.filters=36",
        "se_expand.filters=864",
        "project_conv.filters=144",
        "drop.rate=0.08444444444444445"
      })
  Layer block4e_(Layer block4d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=864",
        "se_reshape.targetShape={1, 1, 864}",
        "se_reduce.filters=36",
        "se_expand.filters=864",
        "project_conv.filters=144",
        "drop.rate=0.08888888888888889"
      })
  Layer block4f_(Layer block4e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=864",
        "se_reshape.targetShape={1, 1, 864}",
        "se_reduce.filters=36",
        "se_expand.filters=864",
        "project_conv.filters=144",
        "drop.rate=0.09333333333333334"
      })
  Layer block4g_(Layer block4f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=864",
        "se_reshape.targetShape={1, 1, 864}",
        "se_reduce.filters=36",
        "se_expand.filters=864",
        "project_conv.filters=144",
        "drop.rate=0.09777777777777778"
      })
  Layer block4h_(Layer block4g_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=864",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 864}",
        "se_reduce.filters=36",
        "se_expand.filters=864",
        "project_conv.filters=200"
      })
  Layer block5a_(Layer block4h_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1200",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1200}",
        "se_reduce.filters=50",
        "se_expand.filters=1200",
        "project_conv.filters=200",
        "drop.rate=0.10666666666666669"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1200",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1200}",
        "se_reduce.filters=50",
        "se_expand.filters=1200",
        "project_conv.filters=200",
        "drop.rate=0.1111111111111111"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1200",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1200}",
        "se_reduce.filters=50",
        "se_expand.filters=1200",
        "project_conv.filters=200",
        "drop.rate=0.11555555555555556"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1200",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1200}",
        "se_reduce.filters=50",
        "se_expand.filters=1200",
        "project_conv.filters=200",
        "drop.rate=0.12000000000000001"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1200",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1200}",
        "se_reduce.filters=50",
        "se_expand.filters=1200",
        "project_conv.filters=200",
        "drop.rate=0.12444444444444445"
      })
  Layer block5f_(Layer block5e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1200",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1200}",
        "se_reduce.filters=50",
        "se_expand.filters=1200",
        "project_conv.filters=200",
        "drop.rate=0.12888888888888891"
      })
  Layer block5g_(Layer block5f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1200",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1200}",
        "se_reduce.filters=50",
        "se_expand.filters=1200",
        "project_conv.filters=200",
        "drop.rate=0.13333333333333333"
      })
  Layer block5h_(Layer block5g_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=1200",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={2, 2, 2, 2}",
        "se_reshape.targetShape={1, 1, 1200}",
        "se_reduce.filters=50",
        "se_expand.filters=1200",
        "project_conv.filters=344"
      })
  Layer block6a_(Layer block5h_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.14222222222222222"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.14666666666666667"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.15111111111111114"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.15555555555555556"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.16"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.16444444444444445"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.1688888888888889"
      })
  Layer block6h_(Layer block6g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.17333333333333334"
      })
  Layer block6i_(Layer block6h_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.17777777777777778"
      })
  Layer block6j_(Layer block6i_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2064",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=344",
        "drop.rate=0.18222222222222226"
      })
  Layer block6k_(Layer block6j_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=2064",
        "se_reshape.targetShape={1, 1, 2064}",
        "se_reduce.filters=86",
        "se_expand.filters=2064",
        "project_conv.filters=576"
      })
  Layer block7a_(Layer block6k_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3456",
        "se_reshape.targetShape={1, 1, 3456}",
        "se_reduce.filters=144",
        "se_expand.filters=3456",
        "project_conv.filters=576",
        "drop.rate=0.1911111111111111"
      })
  Layer block7b_(Layer block7a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3456",
        "se_reshape.targetShape={1, 1, 3456}",
        "se_reduce.filters=144",
        "se_expand.filters=3456",
        "project_conv.filters=576",
        "drop.rate=0.19555555555555557"
      })
  Layer block7c_(Layer block7b_);

  @Conv2D(filters = 2304, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block7c_);

  @BatchNormalization
  Layer top_bn(Layer top_conv);

  @Activation(activation = Activations.SWISH)
  Layer top_activation(Layer top_bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer top_activation);

  @Dropout(rate = 0.5)
  Layer top_dropout(Layer avg_pool);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer top_dropout);
}
