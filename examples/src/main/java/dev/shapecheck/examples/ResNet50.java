package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Block;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
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
 * name of its Keras block. A stage's width and stride are {@code set} per use; the blocks' own
 * values are those of stage conv2.
 */
@Functional(name = "resnet50")
public interface ResNet50 {
  @Input(shape = {224, 224, 3})
  Layer input_layer();

  @ZeroPadding2D(padding = 3)
  Layer conv1_pad(Layer input_layer);

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
        "conv0.filters=512",
        "conv0.strides=2",
        "conv1.filters=128",
        "conv1.strides=2",
        "conv2.filters=128",
        "conv3.filters=512"
      })
  Layer conv3_block1(Layer conv2_block);

  @Apply(
      value = Identity.class,
      times = 3,
      from = 2,
      set = {"conv1.filters=128", "conv2.filters=128", "conv3.filters=512"})
  Layer conv3_block(Layer conv3_block1);

  @Apply(
      value = Projection.class,
      set = {
        "conv0.filters=1024",
        "conv0.strides=2",
        "conv1.filters=256",
        "conv1.strides=2",
        "conv2.filters=256",
        "conv3.filters=1024"
      })
  Layer conv4_block1(Layer conv3_block);

  @Apply(
      value = Identity.class,
      times = 5,
      from = 2,
      set = {"conv1.filters=256", "conv2.filters=256", "conv3.filters=1024"})
  Layer conv4_block(Layer conv4_block1);

  @Apply(
      value = Projection.class,
      set = {
        "conv0.filters=2048",
        "conv0.strides=2",
        "conv1.filters=512",
        "conv1.strides=2",
        "conv2.filters=512",
        "conv3.filters=2048"
      })
  Layer conv5_block1(Layer conv4_block);

  @Apply(
      value = Identity.class,
      times = 2,
      from = 2,
      set = {"conv1.filters=512", "conv2.filters=512", "conv3.filters=2048"})
  Layer conv5_block(Layer conv5_block1);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer conv5_block);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);

  /**
   * Keras's {@code residual_block_v1} with {@code conv_shortcut=True}: a 1x1-3x3-1x1 bottleneck
   * added to a 1x1 projection of the input, where a stage changes the width (and the size). Layer
   * {@code convN} is Keras's {@code _N_conv}, {@code bnN} its {@code _N_bn}.
   */
  @Block
  interface Projection {
    @Input
    Layer x();

    @Conv2D(filters = 256, kernelSize = 1)
    Layer conv0(Layer x);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer bn0(Layer conv0);

    @Conv2D(filters = 64, kernelSize = 1)
    Layer conv1(Layer x);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer bn1(Layer conv1);

    @Activation(activation = Activations.RELU)
    Layer relu1(Layer bn1);

    @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME)
    Layer conv2(Layer relu1);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer bn2(Layer conv2);

    @Activation(activation = Activations.RELU)
    Layer relu2(Layer bn2);

    @Conv2D(filters = 256, kernelSize = 1)
    Layer conv3(Layer relu2);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer bn3(Layer conv3);

    @Add
    Layer add(Layer bn0, Layer bn3);

    @Activation(activation = Activations.RELU)
    Layer out(Layer add);
  }

  /**
   * Keras's {@code residual_block_v1} with {@code conv_shortcut=False}: the same bottleneck added
   * to the input itself, so {@code conv3} must give back the input's width.
   */
  @Block
  interface Identity {
    @Input
    Layer x();

    @Conv2D(filters = 64, kernelSize = 1)
    Layer conv1(Layer x);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer bn1(Layer conv1);

    @Activation(activation = Activations.RELU)
    Layer relu1(Layer bn1);

    @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME)
    Layer conv2(Layer relu1);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer bn2(Layer conv2);

    @Activation(activation = Activations.RELU)
    Layer relu2(Layer bn2);

    @Conv2D(filters = 256, kernelSize = 1)
    Layer conv3(Layer relu2);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer bn3(Layer conv3);

    @Add
    Layer add(Layer x, Layer bn3);

    @Activation(activation = Activations.RELU)
    Layer out(Layer add);
  }
}
