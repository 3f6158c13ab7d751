package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Block;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Padding;
import dev.shapecheck.Shape;
import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.DepthwiseConv2D;
import dev.shapecheck.layers.Dropout;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.Multiply;
import dev.shapecheck.layers.Normalization;
import dev.shapecheck.layers.Rescaling;
import dev.shapecheck.layers.Reshape;

/**
 * EfficientNetV2-B0 as in Keras Applications ({@code
 * keras.applications.EfficientNetV2B0(weights=None)} on 224x224x3): Keras's {@code
 * Rescaling(1/255)} and {@code Normalization} with ImageNet's mean and variance given (so no
 * weights), a stem, fused MBConv stages (Keras's {@code FusedMBConvBlock}: a full convolution
 * instead of expansion and depthwise) and MBConv stages with squeeze-excitation. Each block is a
 * use named as Keras names it ({@code block1a_}, {@code names = "{use}{layer}"}) of one of seven
 * {@link Block}s: fused without expansion (plain, residual, or residual without drop-connect where
 * Keras's survival probability is 0, the first block of V2-S/M/L), fused with expansion (plain or
 * residual) and MBConv (plain or residual). Filters, strides and drop rates are set per use as
 * Keras's {@code round_filters} and {@code drop_connect_rate * b / blocks} give them; the blocks
 * serve every EfficientNetV2.
 */
@Functional(name = "efficientnetv2-b0")
public interface EfficientNetV2B0 {
  @Input(shape = {224, 224, 3})
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
      value = FusedProject.class,
      set = {"project_conv.filters=16"})
  Layer block1a_(Layer stem_activation);

  @Apply(
      value = FusedExpand.class,
      set = {"expand_conv.filters=64", "expand_conv.strides=2", "project_conv.filters=32"})
  Layer block2a_(Layer block1a_);

  @Apply(
      value = FusedExpandResidual.class,
      set = {"expand_conv.filters=128", "project_conv.filters=32", "drop.rate=0.01904761904761905"})
  Layer block2b_(Layer block2a_);

  @Apply(
      value = FusedExpand.class,
      set = {"expand_conv.filters=128", "expand_conv.strides=2", "project_conv.filters=48"})
  Layer block3a_(Layer block2b_);

  @Apply(
      value = FusedExpandResidual.class,
      set = {"expand_conv.filters=192", "project_conv.filters=48", "drop.rate=0.0380952380952381"})
  Layer block3b_(Layer block3a_);

  @Apply(
      value = MBConv.class,
      set = {
        "expand_conv.filters=192",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 192}",
        "se_reduce.filters=12",
        "se_expand.filters=192",
        "project_conv.filters=96"
      })
  Layer block4a_(Layer block3b_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=24",
        "se_expand.filters=384",
        "project_conv.filters=96",
        "drop.rate=0.05714285714285715"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=384",
        "se_reshape.targetShape={1, 1, 384}",
        "se_reduce.filters=24",
        "se_expand.filters=384",
        "project_conv.filters=96",
        "drop.rate=0.06666666666666668"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = MBConv.class,
      set = {
        "expand_conv.filters=576",
        "se_reshape.targetShape={1, 1, 576}",
        "se_reduce.filters=24",
        "se_expand.filters=576",
        "project_conv.filters=112"
      })
  Layer block5a_(Layer block4c_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.08571428571428572"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.09523809523809523"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.10476190476190476"
      })
  Layer block5d_(Layer block5c_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.1142857142857143"
      })
  Layer block5e_(Layer block5d_);

  @Apply(
      value = MBConv.class,
      set = {
        "expand_conv.filters=672",
        "dwconv2.strides=2",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=192"
      })
  Layer block6a_(Layer block5e_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.13333333333333336"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.14285714285714285"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.1523809523809524"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.1619047619047619"
      })
  Layer block6e_(Layer block6d_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.17142857142857143"
      })
  Layer block6f_(Layer block6e_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.18095238095238098"
      })
  Layer block6g_(Layer block6f_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.19047619047619047"
      })
  Layer block6h_(Layer block6g_);

  @Conv2D(filters = 1280, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block6h_);

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

  /**
   * A fused block without expansion whose width changes: the convolution, normalization,
   * activation.
   */
  @Block(outputs = "project_activation", names = "{use}{layer}")
  interface FusedProject {
    @Input
    Layer x();

    @Conv2D(filters = 16, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer x);

    @BatchNormalization(momentum = 0.9)
    Layer project_bn(Layer project_conv);

    @Activation(activation = Activations.SWISH)
    Layer project_activation(Layer project_bn);
  }

  /** A fused block without expansion, of stride 1 and the same width: drop-connect and the skip. */
  @Block(outputs = "add", names = "{use}{layer}")
  interface FusedProjectResidual {
    @Input
    Layer x();

    @Conv2D(filters = 16, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer x);

    @BatchNormalization(momentum = 0.9)
    Layer project_bn(Layer project_conv);

    @Activation(activation = Activations.SWISH)
    Layer project_activation(Layer project_bn);

    @Dropout(
        rate = 0.2,
        noiseShape = {Shape.NONE, 1, 1, 1})
    Layer drop(Layer project_activation);

    @Add
    Layer add(Layer drop, Layer x);
  }

  /**
   * The first block of V2-S/M/L: the skip without drop-connect (Keras's survival probability 0).
   */
  @Block(outputs = "add", names = "{use}{layer}")
  interface FusedProjectResidualNoDrop {
    @Input
    Layer x();

    @Conv2D(filters = 16, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer x);

    @BatchNormalization(momentum = 0.9)
    Layer project_bn(Layer project_conv);

    @Activation(activation = Activations.SWISH)
    Layer project_activation(Layer project_bn);

    @Add
    Layer add(Layer project_activation, Layer x);
  }

  /**
   * A fused block with expansion opening a stage: the strided full convolution, then a 1x1
   * projection.
   */
  @Block(outputs = "project_bn", names = "{use}{layer}")
  interface FusedExpand {
    @Input
    Layer x();

    @Conv2D(filters = 128, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer expand_conv(Layer x);

    @BatchNormalization(momentum = 0.9)
    Layer expand_bn(Layer expand_conv);

    @Activation(activation = Activations.SWISH)
    Layer expand_activation(Layer expand_bn);

    @Conv2D(filters = 32, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer expand_activation);

    @BatchNormalization(momentum = 0.9)
    Layer project_bn(Layer project_conv);
  }

  /** A fused block with expansion, of stride 1 and the same width: drop-connect and the skip. */
  @Block(outputs = "add", names = "{use}{layer}")
  interface FusedExpandResidual {
    @Input
    Layer x();

    @Conv2D(filters = 128, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer expand_conv(Layer x);

    @BatchNormalization(momentum = 0.9)
    Layer expand_bn(Layer expand_conv);

    @Activation(activation = Activations.SWISH)
    Layer expand_activation(Layer expand_bn);

    @Conv2D(filters = 32, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer expand_activation);

    @BatchNormalization(momentum = 0.9)
    Layer project_bn(Layer project_conv);

    @Dropout(
        rate = 0.2,
        noiseShape = {Shape.NONE, 1, 1, 1})
    Layer drop(Layer project_bn);

    @Add
    Layer add(Layer drop, Layer x);
  }

  /** An MBConv block opening a stage (strided, or widening): no skip. */
  @Block(outputs = "project_bn", names = "{use}{layer}")
  interface MBConv {
    @Input
    Layer x();

    @Conv2D(filters = 192, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer expand_conv(Layer x);

    @BatchNormalization(momentum = 0.9)
    Layer expand_bn(Layer expand_conv);

    @Activation(activation = Activations.SWISH)
    Layer expand_activation(Layer expand_bn);

    @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer dwconv2(Layer expand_activation);

    @BatchNormalization(momentum = 0.9)
    Layer bn(Layer dwconv2);

    @Activation(activation = Activations.SWISH)
    Layer activation(Layer bn);

    @GlobalAveragePooling2D
    Layer se_squeeze(Layer activation);

    @Reshape(targetShape = {1, 1, 192})
    Layer se_reshape(Layer se_squeeze);

    @Conv2D(filters = 12, kernelSize = 1, padding = Padding.SAME, activation = Activations.SWISH)
    Layer se_reduce(Layer se_reshape);

    @Conv2D(filters = 192, kernelSize = 1, padding = Padding.SAME, activation = Activations.SIGMOID)
    Layer se_expand(Layer se_reduce);

    @Multiply
    Layer se_excite(Layer activation, Layer se_expand);

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer se_excite);

    @BatchNormalization(momentum = 0.9)
    Layer project_bn(Layer project_conv);
  }

  /** An MBConv block of stride 1 and the same width: drop-connect and the skip. */
  @Block(outputs = "add", names = "{use}{layer}")
  interface MBConvResidual {
    @Input
    Layer x();

    @Conv2D(filters = 192, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer expand_conv(Layer x);

    @BatchNormalization(momentum = 0.9)
    Layer expand_bn(Layer expand_conv);

    @Activation(activation = Activations.SWISH)
    Layer expand_activation(Layer expand_bn);

    @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer dwconv2(Layer expand_activation);

    @BatchNormalization(momentum = 0.9)
    Layer bn(Layer dwconv2);

    @Activation(activation = Activations.SWISH)
    Layer activation(Layer bn);

    @GlobalAveragePooling2D
    Layer se_squeeze(Layer activation);

    @Reshape(targetShape = {1, 1, 192})
    Layer se_reshape(Layer se_squeeze);

    @Conv2D(filters = 12, kernelSize = 1, padding = Padding.SAME, activation = Activations.SWISH)
    Layer se_reduce(Layer se_reshape);

    @Conv2D(filters = 192, kernelSize = 1, padding = Padding.SAME, activation = Activations.SIGMOID)
    Layer se_expand(Layer se_reduce);

    @Multiply
    Layer se_excite(Layer activation, Layer se_expand);

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer se_excite);

    @BatchNormalization(momentum = 0.9)
    Layer project_bn(Layer project_conv);

    @Dropout(
        rate = 0.2,
        noiseShape = {Shape.NONE, 1, 1, 1})
    Layer drop(Layer project_bn);

    @Add
    Layer add(Layer drop, Layer x);
  }
}
