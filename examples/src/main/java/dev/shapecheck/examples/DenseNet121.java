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
import dev.shapecheck.layers.AveragePooling2D;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Concatenate;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * DenseNet-121 as in Keras Applications ({@code keras.applications.DenseNet121(include_top=True)}
 * on 224x224x3): 8,062,504 parameters, 83,648 of them non-trainable. Its four dense blocks are one
 * {@link DenseLayer} applied 6, 12, 24 and 16 times, each use adding 32 channels; the uses carry
 * Keras's names ({@code conv2_block1} to {@code conv2_block6}), and the layers of each use Keras's
 * {@code name + "_1_conv"} ({@code names = "{use}{layer}"}, methods named {@code _1_conv}). Between
 * them a {@link Transition} halves the channels, set per use, and the image size. Every layer has
 * exactly the name Keras gives it, the input and the two paddings Keras's automatic ones.
 */
@Functional(name = "densenet121")
public interface DenseNet121 {
  @Input(shape = {224, 224, 3})
  @Name("{auto}")
  Layer image();

  @ZeroPadding2D(padding = 3)
  @Name("{auto}")
  Layer conv1_pad(Layer image);

  @Conv2D(filters = 64, kernelSize = 7, strides = 2, useBias = false)
  Layer conv1_conv(Layer conv1_pad);

  @BatchNormalization(epsilon = 1.001e-5)
  Layer conv1_bn(Layer conv1_conv);

  @Activation(activation = Activations.RELU)
  Layer conv1_relu(Layer conv1_bn);

  @ZeroPadding2D(padding = 1)
  @Name("{auto}")
  Layer pool1_pad(Layer conv1_relu);

  @MaxPooling2D(poolSize = 3, strides = 2)
  Layer pool1(Layer pool1_pad);

  @Apply(value = DenseLayer.class, times = 6)
  Layer conv2_block(Layer pool1);

  @Apply(value = Transition.class, set = "conv.filters=128")
  Layer pool2(Layer conv2_block);

  @Apply(value = DenseLayer.class, times = 12)
  Layer conv3_block(Layer pool2);

  @Apply(value = Transition.class, set = "conv.filters=256")
  Layer pool3(Layer conv3_block);

  @Apply(value = DenseLayer.class, times = 24)
  Layer conv4_block(Layer pool3);

  @Apply(value = Transition.class, set = "conv.filters=512")
  Layer pool4(Layer conv4_block);

  @Apply(value = DenseLayer.class, times = 16)
  Layer conv5_block(Layer pool4);

  @BatchNormalization(epsilon = 1.001e-5)
  Layer bn(Layer conv5_block);

  @Activation(activation = Activations.RELU)
  Layer relu(Layer bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer relu);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);

  /**
   * Keras's {@code conv_block}: BN-ReLU-1x1 convolution to 128 channels, BN-ReLU-3x3 convolution to
   * the growth rate of 32, concatenated to the input.
   */
  @Block(outputs = "_concat", names = "{use}{layer}")
  interface DenseLayer {
    @Input
    Layer x();

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _0_bn(Layer x);

    @Activation(activation = Activations.RELU)
    Layer _0_relu(Layer _0_bn);

    @Conv2D(filters = 128, kernelSize = 1, useBias = false)
    Layer _1_conv(Layer _0_relu);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _1_bn(Layer _1_conv);

    @Activation(activation = Activations.RELU)
    Layer _1_relu(Layer _1_bn);

    @Conv2D(filters = 32, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer _2_conv(Layer _1_relu);

    @Concatenate
    Layer _concat(Layer x, Layer _2_conv);
  }

  /**
   * Keras's {@code transition_block} with reduction 0.5: BN-ReLU-1x1 convolution to half the
   * incoming channels ({@code conv.filters}, set per use), then 2x2 average pooling.
   */
  @Block
  interface Transition {
    @Input
    Layer x();

    @BatchNormalization(epsilon = 1.001e-5)
    Layer bn(Layer x);

    @Activation(activation = Activations.RELU)
    Layer relu(Layer bn);

    @Conv2D(filters = 128, kernelSize = 1, useBias = false)
    Layer conv(Layer relu);

    @AveragePooling2D(poolSize = 2, strides = 2)
    Layer pool(Layer conv);
  }
}
