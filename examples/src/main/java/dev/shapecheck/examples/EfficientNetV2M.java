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
 * EfficientNetV2-M as in Keras Applications ({@code
 * keras.applications.EfficientNetV2M(weights=None)} on 480x480x3): Keras's {@code Rescaling(1/128,
 * offset=-1)} (no Normalization for S/M/L), then the stages of Keras's {@code efficientnetv2-m}
 * block arguments scaled by width 1.0 and depth 1.0, declared with {@link EfficientNetV2B0}'s
 * blocks. Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetv2-m")
public interface EfficientNetV2M {
  @Input(shape = {480, 480, 3})
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
      set = {"project_conv.filters=24", "drop.rate=0.0035087719298245615"})
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetV2B0.FusedProjectResidual.class,
      set = {"project_conv.filters=24", "drop.rate=0.007017543859649123"})
  Layer block1c_(Layer block1b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpand.class,
      set = {"expand_conv.filters=96", "expand_conv.strides=2", "project_conv.filters=48"})
  Layer block2a_(Layer block1c_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=192",
        "project_conv.filters=48",
        "drop.rate=0.014035087719298246"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=192",
        "project_conv.filters=48",
        "drop.rate=0.017543859649122806"
      })
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=192", "project_conv.filters=48", "drop.rate=0.02105263157894737"})
  Layer block2d_(Layer block2c_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=192",
        "project_conv.filters=48",
        "drop.rate=0.024561403508771933"
      })
  Layer block2e_(Layer block2d_);

  @Apply(
      value = EfficientNetV2B0.FusedExpand.class,
      set = {"expand_conv.filters=192", "expand_conv.strides=2", "project_conv.filters=80"})
  Layer block3a_(Layer block2e_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=320",
        "project_conv.filters=80",
        "drop.rate=0.031578947368421054"
      })
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=320", "project_conv.filters=80", "drop.rate=0.03508771929824561"})
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=320", "project_conv.filters=80", "drop.rate=0.03859649122807018"})
  Layer block3d_(Layer block3c_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=320", "project_conv.filters=80", "drop.rate=0.04210526315789474"})
  Layer block3e_(Layer block3d_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=320",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 320}",
        "se_reduce.filters=20",
        "se_expand.filters=320",
        "project_conv.filters=160"
      })
  Layer block4a_(Layer block3e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=640",
        "se_reshape.targetShape={1, 1, 640}",
        "se_reduce.filters=40",
        "se_expand.filters=640",
        "project_conv.filters=160",
        "drop.rate=0.04912280701754387"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=640",
        "se_reshape.targetShape={1, 1, 640}",
        "se_reduce.filters=40",
        "se_expand.filters=640",
        "project_conv.filters=160",
        "drop.rate=0.05263157894736842"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=640",
        "se_reshape.targetShape={1, 1, 640}",
        "se_reduce.filters=40",
        "se_expand.filters=640",
        "project_conv.filters=160",
        "drop.rate=0.056140350877192984"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=640",
        "se_reshape.targetShape={1, 1, 640}",
        "se_reduce.filters=40",
        "se_expand.filters=640",
        "project_conv.filters=160",
        "drop.rate=0.05964912280701755"
      })
  Layer block4e_(Layer block4d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=640",
        "se_reshape.targetShape={1, 1, 640}",
        "se_reduce.filters=40",
        "se_expand.filters=640",
        "project_conv.filters=160",
        "drop.rate=0.06315789473684211"
      })
  Layer block4f_(Layer block4e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=640",
        "se_reshape.targetShape={1, 1, 640}",
        "se_reduce.filters=40",
        "se_expand.filters=640",
        "project_conv.filters=160",
        "drop.rate=0.06666666666666667"
      })
  Layer block4g_(Layer block4f_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=960",
        "se_reshape.targetShape={1, 1, 960}",
        "se_reduce.filters=40",
        "se_expand.filters=960",
        "project_conv.filters=176"
      })
  Layer block5a_(Layer block4g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.0736842105263158"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.07719298245614035"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.08070175438596493"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.08421052631578949"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.08771929824561403"
      })
  Layer block5f_(Layer block5e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.0912280701754386"
      })
  Layer block5g_(Layer block5f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.09473684210526316"
      })
  Layer block5h_(Layer block5g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.09824561403508773"
      })
  Layer block5i_(Layer block5h_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.10175438596491229"
      })
  Layer block5j_(Layer block5i_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.10526315789473684"
      })
  Layer block5k_(Layer block5j_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.10877192982456141"
      })
  Layer block5l_(Layer block5k_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.11228070175438597"
      })
  Layer block5m_(Layer block5l_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1056",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=176",
        "drop.rate=0.11578947368421054"
      })
  Layer block5n_(Layer block5m_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=1056",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 1056}",
        "se_reduce.filters=44",
        "se_expand.filters=1056",
        "project_conv.filters=304"
      })
  Layer block6a_(Layer block5n_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.12280701754385964"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.12631578947368421"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.1298245614035088"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.13333333333333333"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.1368421052631579"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.14035087719298245"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.14385964912280705"
      })
  Layer block6h_(Layer block6g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.1473684210526316"
      })
  Layer block6i_(Layer block6h_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.15087719298245614"
      })
  Layer block6j_(Layer block6i_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.1543859649122807"
      })
  Layer block6k_(Layer block6j_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.15789473684210525"
      })
  Layer block6l_(Layer block6k_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.16140350877192985"
      })
  Layer block6m_(Layer block6l_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.1649122807017544"
      })
  Layer block6n_(Layer block6m_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.16842105263157897"
      })
  Layer block6o_(Layer block6n_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.17192982456140352"
      })
  Layer block6p_(Layer block6o_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.17543859649122806"
      })
  Layer block6q_(Layer block6p_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=304",
        "drop.rate=0.17894736842105266"
      })
  Layer block6r_(Layer block6q_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=1824",
        "se_reshape.targetShape={1, 1, 1824}",
        "se_reduce.filters=76",
        "se_expand.filters=1824",
        "project_conv.filters=512"
      })
  Layer block7a_(Layer block6r_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3072",
        "se_reshape.targetShape={1, 1, 3072}",
        "se_reduce.filters=128",
        "se_expand.filters=3072",
        "project_conv.filters=512",
        "drop.rate=0.18596491228070178"
      })
  Layer block7b_(Layer block7a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3072",
        "se_reshape.targetShape={1, 1, 3072}",
        "se_reduce.filters=128",
        "se_expand.filters=3072",
        "project_conv.filters=512",
        "drop.rate=0.18947368421052632"
      })
  Layer block7c_(Layer block7b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3072",
        "se_reshape.targetShape={1, 1, 3072}",
        "se_reduce.filters=128",
        "se_expand.filters=3072",
        "project_conv.filters=512",
        "drop.rate=0.19298245614035087"
      })
  Layer block7d_(Layer block7c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3072",
        "se_reshape.targetShape={1, 1, 3072}",
        "se_reduce.filters=128",
        "se_expand.filters=3072",
        "project_conv.filters=512",
        "drop.rate=0.19649122807017547"
      })
  Layer block7e_(Layer block7d_);

  @Conv2D(filters = 1280, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block7e_);

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
