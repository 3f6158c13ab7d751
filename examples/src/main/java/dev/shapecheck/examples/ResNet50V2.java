package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Block;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * ResNet50V2 as in Keras Applications ({@code keras.applications.ResNet50V2(weights=None)} on
 * 224x224x3): 25,613,800 parameters, 45,440 of them non-trainable. Keras's {@code resnet_v2}: the
 * stem has no batch normalization, every block pre-activates its input (Keras's {@code
 * residual_block_v2}) and the stages end in {@code post_bn}, {@code post_relu}. Each stage opens
 * with a {@link Projection}, goes on with a chain of {@link Identity} blocks and, but for conv5,
 * ends with a {@link Strided} block that halves the size: the three blocks here serve ResNet101V2
 * and ResNet152V2 too.
 */
@Functional(name = "resnet50v2")
public interface ResNet50V2 {
  @Input(shape = {224, 224, 3})
  @Name("{auto}")
  Layer image();

  @ZeroPadding2D(padding = 3)
  Layer conv1_pad(Layer image);

  @Conv2D(filters = 64, kernelSize = 7, strides = 2)
  Layer conv1_conv(Layer conv1_pad);

  @ZeroPadding2D(padding = 1)
  Layer pool1_pad(Layer conv1_conv);

  @MaxPooling2D(poolSize = 3, strides = 2)
  Layer pool1_pool(Layer pool1_pad);

  @Apply(Projection.class)
  Layer conv2_block1(Layer pool1_pool);

  @Apply(Identity.class)
  Layer conv2_block2(Layer conv2_block1);

  @Apply(Strided.class)
  Layer conv2_block3(Layer conv2_block2);

  @Apply(
      value = Projection.class,
      set = {
        "_0_conv.filters=512",
        "_1_conv.filters=128",
        "_2_conv.filters=128",
        "_3_conv.filters=512"
      })
  Layer conv3_block1(Layer conv2_block3);

  @Apply(
      value = Identity.class,
      times = 2,
      from = 2,
      set = {"_1_conv.filters=128", "_2_conv.filters=128", "_3_conv.filters=512"})
  Layer conv3_block(Layer conv3_block1);

  @Apply(
      value = Strided.class,
      set = {"_1_conv.filters=128", "_2_conv.filters=128", "_3_conv.filters=512"})
  Layer conv3_block4(Layer conv3_block);

  @Apply(
      value = Projection.class,
      set = {
        "_0_conv.filters=1024",
        "_1_conv.filters=256",
        "_2_conv.filters=256",
        "_3_conv.filters=1024"
      })
  Layer conv4_block1(Layer conv3_block4);

  @Apply(
      value = Identity.class,
      times = 4,
      from = 2,
      set = {"_1_conv.filters=256", "_2_conv.filters=256", "_3_conv.filters=1024"})
  Layer conv4_block(Layer conv4_block1);

  @Apply(
      value = Strided.class,
      set = {"_1_conv.filters=256", "_2_conv.filters=256", "_3_conv.filters=1024"})
  Layer conv4_block6(Layer conv4_block);

  @Apply(
      value = Projection.class,
      set = {
        "_0_conv.filters=2048",
        "_1_conv.filters=512",
        "_2_conv.filters=512",
        "_3_conv.filters=2048"
      })
  Layer conv5_block1(Layer conv4_block6);

  @Apply(
      value = Identity.class,
      times = 2,
      from = 2,
      set = {"_1_conv.filters=512", "_2_conv.filters=512", "_3_conv.filters=2048"})
  Layer conv5_block(Layer conv5_block1);

  @BatchNormalization(epsilon = 1.001e-5)
  Layer post_bn(Layer conv5_block);

  @Activation(activation = Activations.RELU)
  Layer post_relu(Layer post_bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer post_relu);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);

  /**
   * Keras's {@code residual_block_v2} with {@code conv_shortcut=True}: a pre-activation bottleneck
   * added to a 1x1 projection of the pre-activated input, where a stage changes the width.
   */
  @Block(outputs = "_out", names = "{use}{layer}")
  interface Projection {
    @Input
    Layer x();

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _preact_bn(Layer x);

    @Activation(activation = Activations.RELU)
    Layer _preact_relu(Layer _preact_bn);

    @Conv2D(filters = 256, kernelSize = 1)
    Layer _0_conv(Layer _preact_relu);

    @Conv2D(filters = 64, kernelSize = 1, useBias = false)
    Layer _1_conv(Layer _preact_relu);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _1_bn(Layer _1_conv);

    @Activation(activation = Activations.RELU)
    Layer _1_relu(Layer _1_bn);

    @ZeroPadding2D(padding = 1)
    Layer _2_pad(Layer _1_relu);

    @Conv2D(filters = 64, kernelSize = 3, useBias = false)
    Layer _2_conv(Layer _2_pad);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _2_bn(Layer _2_conv);

    @Activation(activation = Activations.RELU)
    Layer _2_relu(Layer _2_bn);

    @Conv2D(filters = 256, kernelSize = 1)
    Layer _3_conv(Layer _2_relu);

    @Add
    Layer _out(Layer _0_conv, Layer _3_conv);
  }

  /**
   * Keras's {@code residual_block_v2} with {@code conv_shortcut=False} and stride 1: the
   * pre-activation bottleneck added to the input itself.
   */
  @Block(outputs = "_out", names = "{use}{layer}")
  interface Identity {
    @Input
    Layer x();

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _preact_bn(Layer x);

    @Activation(activation = Activations.RELU)
    Layer _preact_relu(Layer _preact_bn);

    @Conv2D(filters = 64, kernelSize = 1, useBias = false)
    Layer _1_conv(Layer _preact_relu);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _1_bn(Layer _1_conv);

    @Activation(activation = Activations.RELU)
    Layer _1_relu(Layer _1_bn);

    @ZeroPadding2D(padding = 1)
    Layer _2_pad(Layer _1_relu);

    @Conv2D(filters = 64, kernelSize = 3, useBias = false)
    Layer _2_conv(Layer _2_pad);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _2_bn(Layer _2_conv);

    @Activation(activation = Activations.RELU)
    Layer _2_relu(Layer _2_bn);

    @Conv2D(filters = 256, kernelSize = 1)
    Layer _3_conv(Layer _2_relu);

    @Add
    Layer _out(Layer x, Layer _3_conv);
  }

  /**
   * Keras's {@code residual_block_v2} with {@code conv_shortcut=False} and stride 2, the last block
   * of stages conv2 to conv4: the shortcut is a 1x1 max pooling of stride 2, which Keras creates
   * without a name ({@code max_pooling2d}, {@code max_pooling2d_1}, ...) right after the
   * pre-activation.
   */
  @Block(outputs = "_out", names = "{use}{layer}")
  interface Strided {
    @Input
    Layer x();

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _preact_bn(Layer x);

    @Activation(activation = Activations.RELU)
    Layer _preact_relu(Layer _preact_bn);

    @MaxPooling2D(poolSize = 1, strides = 2)
    @Name("{auto}")
    Layer shortcut(Layer x);

    @Conv2D(filters = 64, kernelSize = 1, useBias = false)
    Layer _1_conv(Layer _preact_relu);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _1_bn(Layer _1_conv);

    @Activation(activation = Activations.RELU)
    Layer _1_relu(Layer _1_bn);

    @ZeroPadding2D(padding = 1)
    Layer _2_pad(Layer _1_relu);

    @Conv2D(filters = 64, kernelSize = 3, strides = 2, useBias = false)
    Layer _2_conv(Layer _2_pad);

    @BatchNormalization(epsilon = 1.001e-5)
    Layer _2_bn(Layer _2_conv);

    @Activation(activation = Activations.RELU)
    Layer _2_relu(Layer _2_bn);

    @Conv2D(filters = 256, kernelSize = 1)
    Layer _3_conv(Layer _2_relu);

    @Add
    Layer _out(Layer shortcut, Layer _3_conv);
  }
}
