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
 * EfficientNetV2-L as in Keras Applications ({@code
 * keras.applications.EfficientNetV2L(weights=None)} on 480x480x3): Keras's {@code Rescaling(1/128,
 * offset=-1)} (no Normalization for S/M/L), then the stages of Keras's {@code efficientnetv2-l}
 * block arguments scaled by width 1.0 and depth 1.0, declared with {@link EfficientNetV2B0}'s
 * blocks. Every layer has exactly the name Keras gives it.
 */
@Functional(name = "efficientnetv2-l")
public interface EfficientNetV2L {
  @Input(shape = {480, 480, 3})
  @Name("{auto}")
  Layer image();

  @Rescaling(scale = 1.0 / 128.0, offset = -1)
  @Name("{auto}")
  Layer rescaling(Layer image);

  @Conv2D(filters = 32, kernelSize = 3, strides = 2, padding = Padding.SAME, useBias = false)
  Layer stem_conv(Layer rescaling);

  @BatchNormalization(momentum = 0.9)
  Layer stem_bn(Layer stem_conv);

  @Activation(activation = Activations.SWISH)
  Layer stem_activation(Layer stem_bn);

  @Apply(
      value = EfficientNetV2B0.FusedProjectResidualNoDrop.class,
      set = {"project_conv.filters=32"})
  Layer block1a_(Layer stem_activation);

  @Apply(
      value = EfficientNetV2B0.FusedProjectResidual.class,
      set = {"project_conv.filters=32", "drop.rate=0.002531645569620253"})
  Layer block1b_(Layer block1a_);

  @Apply(
      value = EfficientNetV2B0.FusedProjectResidual.class,
      set = {"project_conv.filters=32", "drop.rate=0.005063291139240506"})
  Layer block1c_(Layer block1b_);

  @Apply(
      value = EfficientNetV2B0.FusedProjectResidual.class,
      set = {"project_conv.filters=32", "drop.rate=0.007594936708860761"})
  Layer block1d_(Layer block1c_);

  @Apply(
      value = EfficientNetV2B0.FusedExpand.class,
      set = {"expand_conv.filters=128", "expand_conv.strides=2", "project_conv.filters=64"})
  Layer block2a_(Layer block1d_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=256",
        "project_conv.filters=64",
        "drop.rate=0.012658227848101266"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=256",
        "project_conv.filters=64",
        "drop.rate=0.015189873417721522"
      })
  Layer block2c_(Layer block2b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=256",
        "project_conv.filters=64",
        "drop.rate=0.017721518987341773"
      })
  Layer block2d_(Layer block2c_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=256",
        "project_conv.filters=64",
        "drop.rate=0.020253164556962026"
      })
  Layer block2e_(Layer block2d_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=256", "project_conv.filters=64", "drop.rate=0.02278481012658228"})
  Layer block2f_(Layer block2e_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=256", "project_conv.filters=64", "drop.rate=0.02531645569620253"})
  Layer block2g_(Layer block2f_);

  @Apply(
      value = EfficientNetV2B0.FusedExpand.class,
      set = {"expand_conv.filters=256", "expand_conv.strides=2", "project_conv.filters=96"})
  Layer block3a_(Layer block2g_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=384",
        "project_conv.filters=96",
        "drop.rate=0.030379746835443044"
      })
  Layer block3b_(Layer block3a_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=384", "project_conv.filters=96", "drop.rate=0.03291139240506329"})
  Layer block3c_(Layer block3b_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {
        "expand_conv.filters=384",
        "project_conv.filters=96",
        "drop.rate=0.035443037974683546"
      })
  Layer block3d_(Layer block3c_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=384", "project_conv.filters=96", "drop.rate=0.0379746835443038"})
  Layer block3e_(Layer block3d_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=384", "project_conv.filters=96", "drop.rate=0.04050632911392405"})
  Layer block3f_(Layer block3e_);

  @Apply(
      value = EfficientNetV2B0.FusedExpandResidual.class,
      set = {"expand_conv.filters=384", "project_conv.filters=96", "drop.rate=0.04303797468354431"})
  Layer block3g_(Layer block3f_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=384",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=24",
        "se_expand.filters=384",
        "project_conv.filters=192"
      })
  Layer block4a_(Layer block3g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.04810126582278482"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.05063291139240506"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.053164556962025315"
      })
  Layer block4d_(Layer block4c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.055696202531645575"
      })
  Layer block4e_(Layer block4d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.05822784810126583"
      })
  Layer block4f_(Layer block4e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.06075949367088609"
      })
  Layer block4g_(Layer block4f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.06329113924050633"
      })
  Layer block4h_(Layer block4g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.06582278481012659"
      })
  Layer block4i_(Layer block4h_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=768",
        "se_reshape.targetShape={1, 1, 768}",
        "se_reduce.filters=48",
        "se_expand.filters=768",
        "project_conv.filters=192",
        "drop.rate=0.06835443037974684"
      })
  Layer block4j_(Layer block4i_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=224"
      })
  Layer block5a_(Layer block4j_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.07341772151898734"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.0759493670886076"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.07848101265822785"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.0810126582278481"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.08354430379746836"
      })
  Layer block5f_(Layer block5e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.08607594936708862"
      })
  Layer block5g_(Layer block5f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.08860759493670886"
      })
  Layer block5h_(Layer block5g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.09113924050632911"
      })
  Layer block5i_(Layer block5h_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.09367088607594937"
      })
  Layer block5j_(Layer block5i_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.09620253164556963"
      })
  Layer block5k_(Layer block5j_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.09873417721518989"
      })
  Layer block5l_(Layer block5k_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.10126582278481013"
      })
  Layer block5m_(Layer block5l_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.10379746835443039"
      })
  Layer block5n_(Layer block5m_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.10632911392405063"
      })
  Layer block5o_(Layer block5n_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.10886075949367088"
      })
  Layer block5p_(Layer block5o_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.11139240506329115"
      })
  Layer block5q_(Layer block5p_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.11392405063291139"
      })
  Layer block5r_(Layer block5q_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=1344",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=224",
        "drop.rate=0.11645569620253166"
      })
  Layer block5s_(Layer block5r_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=1344",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 1344}",
        "se_reduce.filters=56",
        "se_expand.filters=1344",
        "project_conv.filters=384"
      })
  Layer block6a_(Layer block5s_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.12151898734177217"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.12405063291139241"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.12658227848101267"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.12911392405063293"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.13164556962025317"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.13417721518987344"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.13670886075949368"
      })
  Layer block6h_(Layer block6g_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.13924050632911392"
      })
  Layer block6i_(Layer block6h_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.14177215189873418"
      })
  Layer block6j_(Layer block6i_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.14430379746835442"
      })
  Layer block6k_(Layer block6j_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.1468354430379747"
      })
  Layer block6l_(Layer block6k_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.14936708860759496"
      })
  Layer block6m_(Layer block6l_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.1518987341772152"
      })
  Layer block6n_(Layer block6m_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.15443037974683546"
      })
  Layer block6o_(Layer block6n_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.1569620253164557"
      })
  Layer block6p_(Layer block6o_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.15949367088607597"
      })
  Layer block6q_(Layer block6p_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.1620253164556962"
      })
  Layer block6r_(Layer block6q_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.16455696202531644"
      })
  Layer block6s_(Layer block6r_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.1670886075949367"
      })
  Layer block6t_(Layer block6s_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.16962025316455698"
      })
  Layer block6u_(Layer block6t_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.17215189873417724"
      })
  Layer block6v_(Layer block6u_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.17468354430379748"
      })
  Layer block6w_(Layer block6v_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.17721518987341772"
      })
  Layer block6x_(Layer block6w_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=384",
        "drop.rate=0.179746835443038"
      })
  Layer block6y_(Layer block6x_);

  @Apply(
      value = EfficientNetV2B0.MBConv.class,
      set = {
        "expand_conv.filters=2304",
        "se_reshape.targetShape={1, 1, 2304}",
        "se_reduce.filters=96",
        "se_expand.filters=2304",
        "project_conv.filters=640"
      })
  Layer block7a_(Layer block6y_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.1848101265822785"
      })
  Layer block7b_(Layer block7a_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.18734177215189873"
      })
  Layer block7c_(Layer block7b_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.189873417721519"
      })
  Layer block7d_(Layer block7c_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.19240506329113927"
      })
  Layer block7e_(Layer block7d_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.1949367088607595"
      })
  Layer block7f_(Layer block7e_);

  @Apply(
      value = EfficientNetV2B0.MBConvResidual.class,
      set = {
        "expand_conv.filters=3840",
        "se_reshape.targetShape={1, 1, 3840}",
        "se_reduce.filters=160",
        "se_expand.filters=3840",
        "project_conv.filters=640",
        "drop.rate=0.19746835443037977"
      })
  Layer block7g_(Layer block7f_);

  @Conv2D(filters = 1280, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block7g_);

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
