package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Block;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Padding;
import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * ResNet50 as in Keras Applications ({@code keras.applications.ResNet50(include_top=True)} on
 * 224x224x3): 25,636,712 parameters, 53,120 of them non-trainable. The sixteen bottleneck blocks
 * are two {@link Block}s applied with {@link Apply}: each stage opens with a {@link Projection}
 * ({@code conv3_block1}, a 1x1 convolution on the shortcut) followed by a chain of {@link Identity}
 * blocks numbered on from 2 ({@code conv3_block2} to {@code conv3_block4}), so every use has the
 * name of its Keras block, and each block names its layers as Keras's {@code residual_block_v1}
 * does, {@code name + "_1_conv"}: {@code names = "{use}{layer}"} with methods named {@code _1_conv}
 * (a Java identifier cannot start with a digit), so that {@code conv2_block1} + {@code _1_conv} is
 * Keras's {@code conv2_block1_1_conv}. A stage's width and stride are {@code set} per use; the
 * blocks' own values are those of stage conv2. Every layer has exactly the name Keras gives it.
 */
@Functional(name = "resnet50")
public interface ResNet50 {
  @Input(shape = {224, 224, 3})
  @Name("{auto}")
  Layer image();

  @ZeroPadding2D(padding = 3)
  Layer conv1_pad(Layer image);

  @Conv2D(filters = 64, kernelSize = 7, strides = 2)
  Layer conv1_conv(Layer conv1_pad);

  @BatchNormalization(epsilon = 1.001e-5)
  Layer conv1_bn(Layer conv1_conv);

  @Activation(activation = Activations.RELU)
  Layer conv1_relu(Layer conv1_bn);

  @ZeroPadding2D(padding = 1)
  Layer pool1_pad(Layer conv1_relu);

  @MaxPooling2D(poolSize = 3, strides = 2)
  Layer pool1_pool(Layer pool1_pad);

  @Apply(Projection.class)
  Layer conv2_block1(Layer pool1_pool);

  @Apply(value = Identity.class, times = 2, from = 2)
  Layer conv2_block(Layer conv2_block1);

  @Apply(
      value = Projection.class,
      set = {
        "_0_conv.filters=512",
        "_0_conv.strides=2",
        "_1_conv.filters=128",
        "_1_conv.strides=2",
        "_2_conv.filters=128",
        "_3_conv.filters=512"
      })
  Layer conv3_block1(Layer conv2_block);

  @Apply(
      value = Identity.class,
      times = 3,
      from = 2,
      set = {"_1_conv.filters=128", "_2_conv.filters=128", "_3_conv.filters=512"})
  Layer conv3_block(Layer conv3_block1);

  @Apply(
      value = Projection.class,
      set = {
        "_0_conv.filters=1024",
        "_0_conv.strides=2",
        "_1_conv.filters=256",
        "_1_conv.strides=2",
        "_2_conv.filters=256",
        "_3_conv.filters=1024"
      })
  Layer conv4_block1(Layer conv3_block);

  @Apply(
      value = Identity.class,
      times = 5,
      from = 2,
      set = {"_1_conv.filters=256", "_2_conv.filters=256", "_3_conv.filters=1024"})
  Layer conv4_block(Layer conv4_block1);

  @Apply(
      value = Projection.class,
      set = {
        "_0_conv.filters=2048",
        "_0_conv.strides=2",
        "_1_conv.filters=512",
        "_1_conv.strides=2",
        "_2_conv.filters=512",
        "_3_conv.filters=2048"
      })
  Layer conv5_block1(Layer conv4_block);

  @Apply(
      value = Identity.class,
      times = 2,
      from = 2,
      set = {"_1_conv.filters=512", "_2_conv.filters=512", "_3_conv.filters=2048"})
  Layer conv5_block(Layer conv5_block1);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer conv5_block);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);

  /**
   * Keras's {@code residual_block_v1} with {@code conv_shortcut=True}: a 1x1-3x3-1x1 bottleneck
   * added to a 1x1 projection of the input, where a stage changes the width (and the size).
   */
  @Block(outputs = "_out", names = "{use}{layer}")
  interface Projection {
    @Input
    Layer x();

    @Conv2D(filters = 256, kernelSize = 1)
    Layer _0_conv(Layer x);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _0_bn(Layer _0_conv);

    @Conv2D(filters = 64, kernelSize = 1)
    Layer _1_conv(Layer x);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _1_bn(Layer _1_conv);

    @Activation(activation = Activations.RELU)
    Layer _1_relu(Layer _1_bn);

    @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME)
    Layer _2_conv(Layer _1_relu);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _2_bn(Layer _2_conv);

    @Activation(activation = Activations.RELU)
    Layer _2_relu(Layer _2_bn);

    @Conv2D(filters = 256, kernelSize = 1)
    Layer _3_conv(Layer _2_relu);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _3_bn(Layer _3_conv);

    @Add
    Layer _add(Layer _0_bn, Layer _3_bn);

    @Activation(activation = Activations.RELU)
    Layer _out(Layer _add);
  }

  /**
   * Keras's {@code residual_block_v1} with {@code conv_shortcut=False}: the same bottleneck added
   * to the input itself, so {@code _3_conv} must give back the input's width.
   */
  @Block(outputs = "_out", names = "{use}{layer}")
  interface Identity {
    @Input
    Layer x();

    @Conv2D(filters = 64, kernelSize = 1)
    Layer _1_conv(Layer x);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _1_bn(Layer _1_conv);

    @Activation(activation = Activations.RELU)
    Layer _1_relu(Layer _1_bn);

    @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME)
    Layer _2_conv(Layer _1_relu);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _2_bn(Layer _2_conv);

    @Activation(activation = Activations.RELU)
    Layer _2_relu(Layer _2_bn);

    @Conv2D(filters = 256, kernelSize = 1)
    Layer _3_conv(Layer _2_relu);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _3_bn(Layer _3_conv);

    @Add
    Layer _add(Layer x, Layer _3_bn);

    @Activation(activation = Activations.RELU)
    Layer _out(Layer _add);
  }
}
