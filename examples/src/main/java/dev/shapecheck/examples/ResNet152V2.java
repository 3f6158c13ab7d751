package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * ResNet152V2 as in Keras Applications ({@code keras.applications.ResNet152V2(weights=None)} on
 * 224x224x3): 60,380,648 parameters, 143,744 of them non-trainable. Keras's {@code resnet_v2}: the
 * stem has no batch normalization, every block pre-activates its input (Keras's {@code
 * residual_block_v2}) and the stages end in {@code post_bn}, {@code post_relu}. The blocks are
 * {@link ResNet50V2}'s, applied to deeper stages.
 */
@Functional(name = "resnet152v2")
public interface ResNet152V2 {
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

  @Apply(ResNet50V2.Projection.class)
  Layer conv2_block1(Layer pool1_pool);

  @Apply(ResNet50V2.Identity.class)
  Layer conv2_block2(Layer conv2_block1);

  @Apply(ResNet50V2.Strided.class)
  Layer conv2_block3(Layer conv2_block2);

  @Apply(
      value = ResNet50V2.Projection.class,
      set = {
        "_0_conv.filters=512",
        "_1_conv.filters=128",
        "_2_conv.filters=128",
        "_3_conv.filters=512"
      })
  Layer conv3_block1(Layer conv2_block3);

  @Apply(
      value = ResNet50V2.Identity.class,
      times = 6,
      from = 2,
      set = {"_1_conv.filters=128", "_2_conv.filters=128", "_3_conv.filters=512"})
  Layer conv3_block(Layer conv3_block1);

  @Apply(
      value = ResNet50V2.Strided.class,
      set = {"_1_conv.filters=128", "_2_conv.filters=128", "_3_conv.filters=512"})
  Layer conv3_block8(Layer conv3_block);

  @Apply(
      value = ResNet50V2.Projection.class,
      set = {
        "_0_conv.filters=1024",
        "_1_conv.filters=256",
        "_2_conv.filters=256",
        "_3_conv.filters=1024"
      })
  Layer conv4_block1(Layer conv3_block8);

  @Apply(
      value = ResNet50V2.Identity.class,
      times = 34,
      from = 2,
      set = {"_1_conv.filters=256", "_2_conv.filters=256", "_3_conv.filters=1024"})
  Layer conv4_block(Layer conv4_block1);

  @Apply(
      value = ResNet50V2.Strided.class,
      set = {"_1_conv.filters=256", "_2_conv.filters=256", "_3_conv.filters=1024"})
  Layer conv4_block36(Layer conv4_block);

  @Apply(
      value = ResNet50V2.Projection.class,
      set = {
        "_0_conv.filters=2048",
        "_1_conv.filters=512",
        "_2_conv.filters=512",
        "_3_conv.filters=2048"
      })
  Layer conv5_block1(Layer conv4_block36);

  @Apply(
      value = ResNet50V2.Identity.class,
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
}
