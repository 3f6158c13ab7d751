package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Block;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Padding;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.DepthwiseConv2D;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.ReLU;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * MobileNet v2 as in Keras Applications ({@code keras.applications.MobileNetV2(alpha=1.0,
 * include_top=True)} on 224x224x3): 3,538,984 parameters, 34,112 of them non-trainable. Its
 * inverted residual blocks come in three kinds, each a {@link Block}: {@link Downsample} (stride 2,
 * padded), {@link Residual} (stride 1, added to its input) and {@link Widen} (stride 1, wider
 * output, so nothing to add). Every use carries Keras's name ({@code block_4}), and each block
 * names its layers as Keras's {@code _inverted_res_block} does, after the use ({@code block_4} +
 * {@code expand} is Keras's {@code block_4_expand}: {@code @Block}'s default names, {@code
 * "{use}_{layer}"}); the first block, which Keras names {@code expanded_conv} and builds without an
 * expansion, is written out. Each use sets its widths: {@code expand} is six times the incoming
 * channels, {@code project} the block's output channels. Every layer has exactly the name Keras
 * gives it, the input and the pooling Keras's automatic ones.
 */
@Functional(name = "mobilenetv2_1.00_224")
public interface MobileNetV2 {
  @Input(shape = {224, 224, 3})
  @Name("{auto}")
  Layer image();

  @Conv2D(filters = 32, kernelSize = 3, strides = 2, padding = Padding.SAME, useBias = false)
  Layer Conv1(Layer image);

  @BatchNormalization(momentum = 0.999)
  Layer bn_Conv1(Layer Conv1);

  @ReLU(maxValue = 6.0)
  Layer Conv1_relu(Layer bn_Conv1);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_depthwise(Layer Conv1_relu);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_depthwise_BN(Layer expanded_conv_depthwise);

  @ReLU(maxValue = 6.0)
  Layer expanded_conv_depthwise_relu(Layer expanded_conv_depthwise_BN);

  @Conv2D(filters = 16, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_project(Layer expanded_conv_depthwise_relu);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_project_BN(Layer expanded_conv_project);

  @Apply(
      value = Downsample.class,
      set = {"expand.filters=96", "project.filters=24"})
  Layer block_1(Layer expanded_conv_project_BN);

  @Apply(
      value = Residual.class,
      set = {"expand.filters=144", "project.filters=24"})
  Layer block_2(Layer block_1);

  @Apply(
      value = Downsample.class,
      set = {"expand.filters=144", "project.filters=32"})
  Layer block_3(Layer block_2);

  @Apply(
      value = Residual.class,
      set = {"expand.filters=192", "project.filters=32"})
  Layer block_4(Layer block_3);

  @Apply(
      value = Residual.class,
      set = {"expand.filters=192", "project.filters=32"})
  Layer block_5(Layer block_4);

  @Apply(
      value = Downsample.class,
      set = {"expand.filters=192", "project.filters=64"})
  Layer block_6(Layer block_5);

  @Apply(Residual.class)
  Layer block_7(Layer block_6);

  @Apply(Residual.class)
  Layer block_8(Layer block_7);

  @Apply(Residual.class)
  Layer block_9(Layer block_8);

  @Apply(
      value = Widen.class,
      set = {"expand.filters=384", "project.filters=96"})
  Layer block_10(Layer block_9);

  @Apply(
      value = Residual.class,
      set = {"expand.filters=576", "project.filters=96"})
  Layer block_11(Layer block_10);

  @Apply(
      value = Residual.class,
      set = {"expand.filters=576", "project.filters=96"})
  Layer block_12(Layer block_11);

  @Apply(
      value = Downsample.class,
      set = {"expand.filters=576", "project.filters=160"})
  Layer block_13(Layer block_12);

  @Apply(
      value = Residual.class,
      set = {"expand.filters=960", "project.filters=160"})
  Layer block_14(Layer block_13);

  @Apply(
      value = Residual.class,
      set = {"expand.filters=960", "project.filters=160"})
  Layer block_15(Layer block_14);

  @Apply(
      value = Widen.class,
      set = {"expand.filters=960", "project.filters=320"})
  Layer block_16(Layer block_15);

  @Conv2D(filters = 1280, kernelSize = 1, useBias = false)
  Layer Conv_1(Layer block_16);

  @BatchNormalization(momentum = 0.999)
  Layer Conv_1_bn(Layer Conv_1);

  @ReLU(maxValue = 6.0)
  Layer out_relu(Layer Conv_1_bn);

  @GlobalAveragePooling2D
  @Name("{auto}")
  Layer pool(Layer out_relu);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer pool);

  /**
   * An inverted residual block with stride 2: expand, pad bottom and right by one (Keras's {@code
   * correct_pad} for the even sizes met here), depthwise 3x3 without padding, project.
   */
  @Block
  interface Downsample {
    @Input
    Layer x();

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer expand(Layer x);

    @BatchNormalization(momentum = 0.999)
    Layer expand_BN(Layer expand);

    @ReLU(maxValue = 6.0)
    Layer expand_relu(Layer expand_BN);

    @ZeroPadding2D(padding = {0, 1, 0, 1})
    Layer pad(Layer expand_relu);

    @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
    Layer depthwise(Layer pad);

    @BatchNormalization(momentum = 0.999)
    Layer depthwise_BN(Layer depthwise);

    @ReLU(maxValue = 6.0)
    Layer depthwise_relu(Layer depthwise_BN);

    @Conv2D(filters = 24, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project(Layer depthwise_relu);

    @BatchNormalization(momentum = 0.999)
    Layer project_BN(Layer project);
  }

  /** An inverted residual block with stride 1 whose output is added to its input. */
  @Block
  interface Residual {
    @Input
    Layer x();

    @Conv2D(filters = 384, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer expand(Layer x);

    @BatchNormalization(momentum = 0.999)
    Layer expand_BN(Layer expand);

    @ReLU(maxValue = 6.0)
    Layer expand_relu(Layer expand_BN);

    @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer depthwise(Layer expand_relu);

    @BatchNormalization(momentum = 0.999)
    Layer depthwise_BN(Layer depthwise);

    @ReLU(maxValue = 6.0)
    Layer depthwise_relu(Layer depthwise_BN);

    @Conv2D(filters = 64, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project(Layer depthwise_relu);

    @BatchNormalization(momentum = 0.999)
    Layer project_BN(Layer project);

    @Add
    Layer add(Layer x, Layer project_BN);
  }

  /** An inverted residual block with stride 1 that widens the output: no residual addition. */
  @Block
  interface Widen {
    @Input
    Layer x();

    @Conv2D(filters = 384, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer expand(Layer x);

    @BatchNormalization(momentum = 0.999)
    Layer expand_BN(Layer expand);

    @ReLU(maxValue = 6.0)
    Layer expand_relu(Layer expand_BN);

    @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer depthwise(Layer expand_relu);

    @BatchNormalization(momentum = 0.999)
    Layer depthwise_BN(Layer depthwise);

    @ReLU(maxValue = 6.0)
    Layer depthwise_relu(Layer depthwise_BN);

    @Conv2D(filters = 96, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer project(Layer depthwise_relu);

    @BatchNormalization(momentum = 0.999)
    Layer project_BN(Layer project);
  }
}
