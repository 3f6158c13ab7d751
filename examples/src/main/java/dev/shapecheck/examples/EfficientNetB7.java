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
 * EfficientNet-B7 as in Keras Applications ({@code keras.applications.EfficientNetB7(weights=None)}
 * on 600x600x3): EfficientNet-B0 scaled by width 2.0 and depth 3.1 (Keras's {@code round_filters}
 * and {@code round_repeats}), with top dropout 0.5, declared with {@link EfficientNetB0}'s blocks.
 * Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetb7")
public interface EfficientNetB7 {
  @Input(shape = {600, 600, 3})
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

  @Conv2D(filters = 64, kernelSize = 3, strides = 2, useBias = false)
  Layer stem_conv(Layer stem_conv_pad);

  @BatchNormalization
  Layer stem_bn(Layer stem_conv);

  @Activation(activation = Activations.SWISH)
  Layer stem_activation(Layer stem_bn);

  @Apply(
      value = EfficientNetB0.DepthwiseConv.class,
      set = {
        "se_reshape.targetShape={1, 1, 64}",
        "se_reduce.filters=16",
        "se_expand.filters=64",
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
        "drop.rate=0.0036363636363636364"
      })
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetB0.DepthwiseConvResidual.class,
      set = {
        "se_reshape.targetShape={1, 1, 32}",
        "se_reduce.filters=8",
        "se_expand.filters=32",
        "project_conv.filters=32",
        "drop.rate=0.007272727272727273"
      })
  Layer block1c_(Layer block1b_);

  @Apply(
      value = EfficientNetB0.DepthwiseConvResidual.class,
      set = {
        "se_reshape.targetShape={1, 1, 32}",
        "se_reduce.filters=8",
        "se_expand.filters=32",
        "project_conv.filters=32",
        "drop.rate=0.01090909090909091"
      })
  Layer block1d_(Layer block1c_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=192",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=8",
        "se_expand.filters=192",
        "project_conv.filters=48"
      })
  Layer block2a_(Layer block1d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=288",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=48",
        "drop.rate=0.01818181818181818"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=288",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=48",
        "drop.rate=0.02181818181818182"
      })
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=288",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=48",
        "drop.rate=0.025454545454545455"
      })
  Layer block2d_(Layer block2c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=288",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=48",
        "drop.rate=0.02909090909090909"
      })
  Layer block2e_(Layer block2d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=288",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=48",
        "drop.rate=0.03272727272727273"
      })
  Layer block2f_(Layer block2e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=288",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=48",
        "drop.rate=0.03636363636363636"
      })
  Layer block2g_(Layer block2f_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=288",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={1, 2, 1, 2}",
        "se_reshape.targetShape={1, 1, 288}",
        "se_reduce.filters=12",
        "se_expand.filters=288",
        "project_conv.filters=80"
      })
  Layer block3a_(Layer block2g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=480",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=80",
        "drop.rate=0.04363636363636364"
      })
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=480",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=80",
        "drop.rate=0.04727272727272727"
      })
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=480",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=80",
        "drop.rate=0.05090909090909091"
      })
  Layer block3d_(Layer block3c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=480",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=80",
        "drop.rate=0.05454545454545454"
      })
  Layer block3e_(Layer block3d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=480",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=80",
        "drop.rate=0.05818181818181818"
      })
  Layer block3f_(Layer block3e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=480",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=80",
        "drop.rate=0.06181818181818183"
      })
  Layer block3g_(Layer block3f_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=480",
        "dwconv_pad.padding={1, 1, 1, 1}",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=160"
      })
  Layer block4a_(Layer block3g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.06909090909090909"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.07272727272727272"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.07636363636363637"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.08"
      })
  Layer block4e_(Layer block4d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.08363636363636365"
      })
  Layer block4f_(Layer block4e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.08727272727272728"
      })
  Layer block4g_(Layer block4f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.09090909090909091"
      })
  Layer block4h_(Layer block4g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.09454545454545454"
      })
  Layer block4i_(Layer block4h_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=160",
        "drop.rate=0.09818181818181819"
      })
  Layer block4j_(Layer block4i_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=960",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=224"
      })
  Layer block5a_(Layer block4j_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.10545454545454547"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.10909090909090909"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.11272727272727273"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.11636363636363636"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.12000000000000001"
      })
  Layer block5f_(Layer block5e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.12363636363636366"
      })
  Layer block5g_(Layer block5f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.12727272727272726"
      })
  Layer block5h_(Layer block5g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.13090909090909092"
      })
  Layer block5i_(Layer block5h_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.13454545454545455"
      })
  Layer block5j_(Layer block5i_);

  @Apply(
      value = EfficientNetB0.MBConvStrided.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={1, 2, 1, 2}",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=384"
      })
  Layer block6a_(Layer block5j_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.14181818181818184"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.14545454545454545"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.1490909090909091"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.15272727272727274"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.15636363636363634"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.16"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.16363636363636364"
      })
  Layer block6h_(Layer block6g_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.1672727272727273"
      })
  Layer block6i_(Layer block6h_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.17090909090909093"
      })
  Layer block6j_(Layer block6i_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.17454545454545456"
      })
  Layer block6k_(Layer block6j_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.1781818181818182"
      })
  Layer block6l_(Layer block6k_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.18181818181818182"
      })
  Layer block6m_(Layer block6l_);

  @Apply(
      value = EfficientNetB0.MBConv.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=640"
      })
  Layer block7a_(Layer block6m_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.1890909090909091"
      })
  Layer block7b_(Layer block7a_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.19272727272727275"
      })
  Layer block7c_(Layer block7b_);

  @Apply(
      value = EfficientNetB0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.19636363636363638"
      })
  Layer block7d_(Layer block7c_);

  @Conv2D(filters = 2560, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block7d_);

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
