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
 * EfficientNet-B5 as in Keras Applications ({@code keras.applications.EfficientNetB5(weights=None)}
 * on 456x456x3): EfficientNet-B0 scaled by width 1.6 and depth 2.2 (Keras's {@code round_filters}
 * and {@code round_repeats}), with top dropout 0.4, declared with {@link EfficientNetB0}'s blocks.
 * Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetb5")
public interface EfficientNetB5 {
  @Input(shape = {456, 456, 3})
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
        "drop.rate=0.005128205128205128"
      })
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetB0.DepthwiseConvResidual.class,
      set = {
        "se_reshape.targetShape={1, 1, 24}",
        "se_reduce.filters=6",
        "se_expand.filters=24",
        "project_conv.filters=24",
        "drop.rate=0.010256410256410256"
      })
  Layer block1c_(Layer block1b_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=144",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 144}",
        "se_reduce.filters=6",
        "se_expand.filters=144",
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
        "drop.rate=0.020512820512820513"
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
        "drop.rate=0.02564102564102564"
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
        "drop.rate=0.030769230769230774"
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
        "drop.rate=0.0358974358974359"
      })
  Layer block2e_(Layer block2d_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=240",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={1, 2, 1, 2}",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=64"
      })
  Layer block3a_(Layer block2e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=16",
        "se_expand.filters=384",
        "project_conv.filters=64",
        "drop.rate=0.046153846153846156"
      })
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=16",
        "se_expand.filters=384",
        "project_conv.filters=64",
        "drop.rate=0.05128205128205128"
      })
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=16",
        "se_expand.filters=384",
        "project_conv.filters=64",
        "drop.rate=0.05641025641025642"
      })
  Layer block3d_(Layer block3c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=16",
        "se_expand.filters=384",
        "project_conv.filters=64",
        "drop.rate=0.06153846153846155"
      })
  Layer block3e_(Layer block3d_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=384",
        "dwconv_pad.padding={1, 1, 1, 1}",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=16",
        "se_expand.filters=384",
        "project_conv.filters=128"
      })
  Layer block4a_(Layer block3e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=32",
        "se_expand.filters=768",
        "project_conv.filters=128",
        "drop.rate=0.0717948717948718"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=32",
        "se_expand.filters=768",
        "project_conv.filters=128",
        "drop.rate=0.07692307692307693"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=32",
        "se_expand.filters=768",
        "project_conv.filters=128",
        "drop.rate=0.08205128205128205"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=32",
        "se_expand.filters=768",
        "project_conv.filters=128",
        "drop.rate=0.08717948717948719"
      })
  Layer block4e_(Layer block4d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=32",
        "se_expand.filters=768",
        "project_conv.filters=128",
        "drop.rate=0.09230769230769231"
      })
  Layer block4f_(Layer block4e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=32",
        "se_expand.filters=768",
        "project_conv.filters=128",
        "drop.rate=0.09743589743589744"
      })
  Layer block4g_(Layer block4f_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=768",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=32",
        "se_expand.filters=768",
        "project_conv.filters=176"
      })
  Layer block5a_(Layer block4g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.1076923076923077"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.11282051282051284"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.11794871794871796"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.1230769230769231"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.1282051282051282"
      })
  Layer block5f_(Layer block5e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.13333333333333333"
      })
  Layer block5g_(Layer block5f_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=1056",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={2, 2, 2, 2}",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=304"
      })
  Layer block6a_(Layer block5g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.1435897435897436"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.14871794871794874"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.15384615384615385"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.158974358974359"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.1641025641025641"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.16923076923076924"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.17435897435897438"
      })
  Layer block6h_(Layer block6g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.1794871794871795"
      })
  Layer block6i_(Layer block6h_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=512"
      })
  Layer block7a_(Layer block6i_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3072",
        "se_reshape.targetShape={1, 1, 3072}",
        "se_reduce.filters=128",
        "se_expand.filters=3072",
        "project_conv.filters=512",
        "drop.rate=0.18974358974358976"
      })
  Layer block7b_(Layer block7a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3072",
        "se_reshape.targetShape={1, 1, 3072}",
        "se_reduce.filters=128",
        "se_expand.filters=3072",
        "project_conv.filters=512",
        "drop.rate=0.19487179487179487"
      })
  Layer block7c_(Layer block7b_);

  @Conv2D(filters = 2048, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block7c_);

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
