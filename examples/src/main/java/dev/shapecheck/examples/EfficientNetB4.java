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
 * EfficientNet-B4 as in Keras Applications ({@code keras.applications.EfficientNetB4(weights=None)}
 * on 380x380x3): EfficientNet-B0 scaled by width 1.4 and depth 1.8 (Keras's {@code round_filters}
 * and {@code round_repeats}), with top dropout 0.4, declared with {@link EfficientNetB0}'s blocks.
 * Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetb4")
public interface EfficientNetB4 {
  @Input(shape = {380, 380, 3})
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

  @Conv2D(filters = 48, kernelSize = 3, strides = 2, useBias = false)
  Layer stem_conv(Layer stem_conv_pad);

  @BatchNormalization
  Layer stem_bn(Layer stem_conv);

  @Activation(activation = Activations.SWISH)
  Layer stem_activation(Layer stem_bn);

  @Apply(
      value = EfficientNetB0.DepthwiseConv.class,
      set = {
        "se_reshape.targetShape={1, 1, 48}",
        "se_reduce.filters=12",
        "se_expand.filters=48",
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
        "drop.rate=0.00625"
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
        "drop.rate=0.018750000000000003"
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
        "drop.rate=0.025"
      })
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=192",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=8",
        "se_expand.filters=192",
        "project_conv.filters=32",
        "drop.rate=0.03125"
      })
  Layer block2d_(Layer block2c_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=192",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={2, 2, 2, 2}",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=8",
        "se_expand.filters=192",
        "project_conv.filters=56"
      })
  Layer block3a_(Layer block2d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=336",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 336}",
        "se_reduce.filters=14",
        "se_expand.filters=336",
        "project_conv.filters=56",
        "drop.rate=0.043750000000000004"
      })
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=336",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 336}",
        "se_reduce.filters=14",
        "se_expand.filters=336",
        "project_conv.filters=56",
        "drop.rate=0.05"
      })
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=336",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 336}",
        "se_reduce.filters=14",
        "se_expand.filters=336",
        "project_conv.filters=56",
        "drop.rate=0.05625"
      })
  Layer block3d_(Layer block3c_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=336",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 336}",
        "se_reduce.filters=14",
        "se_expand.filters=336",
        "project_conv.filters=112"
      })
  Layer block4a_(Layer block3d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.06875"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.07500000000000001"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.08125"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.08750000000000001"
      })
  Layer block4e_(Layer block4d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.09375"
      })
  Layer block4f_(Layer block4e_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=672",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=160"
      })
  Layer block5a_(Layer block4f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.10625000000000001"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.1125"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.11875000000000001"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.125"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.13125"
      })
  Layer block5f_(Layer block5e_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=960",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={1, 2, 1, 2}",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=272"
      })
  Layer block6a_(Layer block5f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1632",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1632}",
        "se_reduce.filters=68",
        "se_expand.filters=1632",
        "project_conv.filters=272",
        "drop.rate=0.14375000000000002"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1632",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1632}",
        "se_reduce.filters=68",
        "se_expand.filters=1632",
        "project_conv.filters=272",
        "drop.rate=0.15000000000000002"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1632",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1632}",
        "se_reduce.filters=68",
        "se_expand.filters=1632",
        "project_conv.filters=272",
        "drop.rate=0.15625"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1632",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1632}",
        "se_reduce.filters=68",
        "se_expand.filters=1632",
        "project_conv.filters=272",
        "drop.rate=0.1625"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1632",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1632}",
        "se_reduce.filters=68",
        "se_expand.filters=1632",
        "project_conv.filters=272",
        "drop.rate=0.16875"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1632",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1632}",
        "se_reduce.filters=68",
        "se_expand.filters=1632",
        "project_conv.filters=272",
        "drop.rate=0.17500000000000002"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1632",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1632}",
        "se_reduce.filters=68",
        "se_expand.filters=1632",
        "project_conv.filters=272",
        "drop.rate=0.18125000000000002"
      })
  Layer block6h_(Layer block6g_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=1632",
        "se_reshape.targetShape={1, 1, 1632}",
        "se_reduce.filters=68",
        "se_expand.filters=1632",
        "project_conv.filters=448"
      })
  Layer block7a_(Layer block6h_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2688",
        "se_reshape.targetShape={1, 1, 2688}",
        "se_reduce.filters=112",
        "se_expand.filters=2688",
        "project_conv.filters=448",
        "drop.rate=0.19375"
      })
  Layer block7b_(Layer block7a_);

  @Conv2D(filters = 1792, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block7b_);

  @BatchNormalization
  Layer top_bn(Layer top_conv);

  @Activation(activation = Activations.SWISH)
  Layer top_activation(Layer top_bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer top_activation);

  @Dropout(rate = 0.4)
  Layer top_dropout(Layer avg_pool);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer top_dropout);
}
