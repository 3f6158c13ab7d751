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
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * EfficientNet-B0 as in Keras Applications ({@code keras.applications.EfficientNetB0(weights=None)}
 * on 224x224x3): Keras's {@code Rescaling(1/255)} and {@code Normalization(axis=3)} (its mean,
 * variance and count are 7 non-trainable weights until {@code adapt()}), a stem, 16 MBConv blocks
 * and the head. Each block is a use named as Keras names it ({@code block2a_}, so that its {@code
 * expand_conv} is {@code block2a_expand_conv}: {@code names = "{use}{layer}"}), of one of five
 * {@link Block}s: with or without the 1x1 expansion (stage 1 has none), strided (with Keras's
 * {@code correct_pad} padding, set per use), or residual (a drop-connect {@code Dropout} with
 * {@code noise_shape=(None, 1, 1, 1)} and the addition). Filters, kernel size, squeeze-excitation
 * width and drop rate are set per use, as Keras's {@code round_filters} and {@code
 * drop_connect_rate * b / blocks} give them; the blocks serve EfficientNetB1 to B7 too.
 */
@Functional(name = "efficientnetb0")
public interface EfficientNetB0 {
  @Input(shape = {224, 224, 3})
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
      value = DepthwiseConv.class,
      set = {
        "se_reshape.targetShape={1, 1, 32}",
        "se_reduce.filters=8",
        "se_expand.filters=32",
        "project_conv.filters=16"
      })
  Layer block1a_(Layer stem_activation);

  @Apply(
      value = MBConvStrided.class,
      set = {
        "expand_conv.filters=96",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 96}",
        "se_reduce.filters=4",
        "se_expand.filters=96",
        "project_conv.filters=24"
      })
  Layer block2a_(Layer block1a_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=144",
        "se_reshape.targetShape={1, 1, 144}",
        "se_reduce.filters=6",
        "se_expand.filters=144",
        "project_conv.filters=24",
        "drop.rate=0.025"
      })
  Layer block2b_(Layer block2a_);

  @Apply(
      value = MBConvStrided.class,
      set = {
        "expand_conv.filters=144",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={1, 2, 1, 2}",
        "se_reshape.targetShape={1, 1, 144}",
        "se_reduce.filters=6",
        "se_expand.filters=144",
        "project_conv.filters=40"
      })
  Layer block3a_(Layer block2b_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=240",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=40",
        "drop.rate=0.05"
      })
  Layer block3b_(Layer block3a_);

  @Apply(
      value = MBConvStrided.class,
      set = {
        "expand_conv.filters=240",
        "dwconv_pad.padding={0, 1, 0, 1}",
        "se_reshape.targetShape={1, 1, 240}",
        "se_reduce.filters=10",
        "se_expand.filters=240",
        "project_conv.filters=80"
      })
  Layer block4a_(Layer block3b_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=480",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=80",
        "drop.rate=0.07500000000000001"
      })
  Layer block4b_(Layer block4a_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=480",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=80",
        "drop.rate=0.08750000000000001"
      })
  Layer block4c_(Layer block4b_);

  @Apply(
      value = MBConv.class,
      set = {
        "expand_conv.filters=480",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 480}",
        "se_reduce.filters=20",
        "se_expand.filters=480",
        "project_conv.filters=112"
      })
  Layer block5a_(Layer block4c_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.1125"
      })
  Layer block5b_(Layer block5a_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=672",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=112",
        "drop.rate=0.125"
      })
  Layer block5c_(Layer block5b_);

  @Apply(
      value = MBConvStrided.class,
      set = {
        "expand_conv.filters=672",
        "dwconv.kernelSize=5",
        "dwconv_pad.padding={1, 2, 1, 2}",
        "se_reshape.targetShape={1, 1, 672}",
        "se_reduce.filters=28",
        "se_expand.filters=672",
        "project_conv.filters=192"
      })
  Layer block6a_(Layer block5c_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.15000000000000002"
      })
  Layer block6b_(Layer block6a_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.1625"
      })
  Layer block6c_(Layer block6b_);

  @Apply(
      value = MBConvResidual.class,
      set = {
        "expand_conv.filters=1152",
        "dwconv.kernelSize=5",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=192",
        "drop.rate=0.17500000000000002"
      })
  Layer block6d_(Layer block6c_);

  @Apply(
      value = MBConv.class,
      set = {
        "expand_conv.filters=1152",
        "se_reshape.targetShape={1, 1, 1152}",
        "se_reduce.filters=48",
        "se_expand.filters=1152",
        "project_conv.filters=320"
      })
  Layer block7a_(Layer block6d_);

  @Conv2D(filters = 1280, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer top_conv(Layer block7a_);

  @BatchNormalization
  Layer top_bn(Layer top_conv);

  @Activation(activation = Activations.SWISH)
  Layer top_activation(Layer top_bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer top_activation);

  @Dropout(rate = 0.2)
  Layer top_dropout(Layer avg_pool);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer top_dropout);

  /** Stage 1's first block: no expansion, stride 1, no skip (the width changes). */
  @Block(outputs = "project_bn", names = "{use}{layer}")
  interface DepthwiseConv {
    @Input
    Layer x();

    @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer dwconv(Layer x);

    @BatchNormalization
    Layer bn(Layer dwconv);

    @Activation(activation = Activations.SWISH)
    Layer activation(Layer bn);

    @GlobalAveragePooling2D
    Layer se_squeeze(Layer activation);

    @Reshape(targetShape = {1, 1, 96})
    Layer se_reshape(Layer se_squeeze);

    @Conv2D(filters = 4, kernelSize = 1, padding = Padding.SAME, activation = Activations.SWISH)
    Layer se_reduce(Layer se_reshape);

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, activation = Activations.SIGMOID)
    Layer se_expand(Layer se_reduce);

    @Multiply
    Layer se_excite(Layer activation, Layer se_expand);

    @Conv2D(filters = 24, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer se_excite);

    @BatchNormalization
    Layer project_bn(Layer project_conv);
  }

  /** Stage 1's further blocks (B1 to B7): no expansion, with the residual skip. */
  @Block(outputs = "add", names = "{use}{layer}")
  interface DepthwiseConvResidual {
    @Input
    Layer x();

    @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer dwconv(Layer x);

    @BatchNormalization
    Layer bn(Layer dwconv);

    @Activation(activation = Activations.SWISH)
    Layer activation(Layer bn);

    @GlobalAveragePooling2D
    Layer se_squeeze(Layer activation);

    @Reshape(targetShape = {1, 1, 96})
    Layer se_reshape(Layer se_squeeze);

    @Conv2D(filters = 4, kernelSize = 1, padding = Padding.SAME, activation = Activations.SWISH)
    Layer se_reduce(Layer se_reshape);

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, activation = Activations.SIGMOID)
    Layer se_expand(Layer se_reduce);

    @Multiply
    Layer se_excite(Layer activation, Layer se_expand);

    @Conv2D(filters = 24, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer se_excite);

    @BatchNormalization
    Layer project_bn(Layer project_conv);

    @Dropout(
        rate = 0.2,
        noiseShape = {Shape.NONE, 1, 1, 1})
    Layer drop(Layer project_bn);

    @Add
    Layer add(Layer drop, Layer x);
  }

  /** An expanded block of stride 1 whose width changes: no skip. */
  @Block(outputs = "project_bn", names = "{use}{layer}")
  interface MBConv {
    @Input
    Layer x();

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer expand_conv(Layer x);

    @BatchNormalization
    Layer expand_bn(Layer expand_conv);

    @Activation(activation = Activations.SWISH)
    Layer expand_activation(Layer expand_bn);

    @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer dwconv(Layer expand_activation);

    @BatchNormalization
    Layer bn(Layer dwconv);

    @Activation(activation = Activations.SWISH)
    Layer activation(Layer bn);

    @GlobalAveragePooling2D
    Layer se_squeeze(Layer activation);

    @Reshape(targetShape = {1, 1, 96})
    Layer se_reshape(Layer se_squeeze);

    @Conv2D(filters = 4, kernelSize = 1, padding = Padding.SAME, activation = Activations.SWISH)
    Layer se_reduce(Layer se_reshape);

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, activation = Activations.SIGMOID)
    Layer se_expand(Layer se_reduce);

    @Multiply
    Layer se_excite(Layer activation, Layer se_expand);

    @Conv2D(filters = 24, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer se_excite);

    @BatchNormalization
    Layer project_bn(Layer project_conv);
  }

  /**
   * An expanded block of stride 2: Keras pads with {@code correct_pad}, then convolves without
   * padding.
   */
  @Block(outputs = "project_bn", names = "{use}{layer}")
  interface MBConvStrided {
    @Input
    Layer x();

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer expand_conv(Layer x);

    @BatchNormalization
    Layer expand_bn(Layer expand_conv);

    @Activation(activation = Activations.SWISH)
    Layer expand_activation(Layer expand_bn);

    @ZeroPadding2D(padding = {0, 1, 0, 1})
    Layer dwconv_pad(Layer expand_activation);

    @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
    Layer dwconv(Layer dwconv_pad);

    @BatchNormalization
    Layer bn(Layer dwconv);

    @Activation(activation = Activations.SWISH)
    Layer activation(Layer bn);

    @GlobalAveragePooling2D
    Layer se_squeeze(Layer activation);

    @Reshape(targetShape = {1, 1, 96})
    Layer se_reshape(Layer se_squeeze);

    @Conv2D(filters = 4, kernelSize = 1, padding = Padding.SAME, activation = Activations.SWISH)
    Layer se_reduce(Layer se_reshape);

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, activation = Activations.SIGMOID)
    Layer se_expand(Layer se_reduce);

    @Multiply
    Layer se_excite(Layer activation, Layer se_expand);

    @Conv2D(filters = 24, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer se_excite);

    @BatchNormalization
    Layer project_bn(Layer project_conv);
  }

  /** An expanded block of stride 1 and the same width: drop-connect and the residual skip. */
  @Block(outputs = "add", names = "{use}{layer}")
  interface MBConvResidual {
    @Input
    Layer x();

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer expand_conv(Layer x);

    @BatchNormalization
    Layer expand_bn(Layer expand_conv);

    @Activation(activation = Activations.SWISH)
    Layer expand_activation(Layer expand_bn);

    @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer dwconv(Layer expand_activation);

    @BatchNormalization
    Layer bn(Layer dwconv);

    @Activation(activation = Activations.SWISH)
    Layer activation(Layer bn);

    @GlobalAveragePooling2D
    Layer se_squeeze(Layer activation);

    @Reshape(targetShape = {1, 1, 96})
    Layer se_reshape(Layer se_squeeze);

    @Conv2D(filters = 4, kernelSize = 1, padding = Padding.SAME, activation = Activations.SWISH)
    Layer se_reduce(Layer se_reshape);

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, activation = Activations.SIGMOID)
    Layer se_expand(Layer se_reduce);

    @Multiply
    Layer se_excite(Layer activation, Layer se_expand);

    @Conv2D(filters = 24, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project_conv(Layer se_excite);

    @BatchNormalization
    Layer project_bn(Layer project_conv);

    @Dropout(
        rate = 0.2,
        noiseShape = {Shape.NONE, 1, 1, 1})
    Layer drop(Layer project_bn);

    @Add
    Layer add(Layer drop, Layer x);
  }
}
