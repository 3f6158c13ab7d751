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
 * ResNet101 as in Keras Applications ({@code keras.applications.ResNet101(weights=None)} on
 * 224x224x3): 44,707,176 parameters, 105,344 of them non-trainable. ResNet50 with deeper stages (4
 * blocks in conv3, 23 in conv4), built from the same two bottleneck blocks, {@link
 * ResNet50.Projection} and {@link ResNet50.Identity}, so every layer has the name Keras gives it.
 */
@Functional(name = "resnet101")
public interface ResNet101 {
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

  @Apply(ResNet50.Projection.class)
  Layer conv2_block1(Layer pool1_pool);

  @Apply(value = ResNet50.Identity.class, times = 2, from = 2)
  Layer conv2_block(Layer conv2_block1);

  @Apply(
      value = ResNet50.Projection.class,
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
      value = ResNet50.Identity.class,
      times = 3,
      from = 2,
      set = {"_1_conv.filters=128", "_2_conv.filters=128", "_3_conv.filters=512"})
  Layer conv3_block(Layer conv3_block1);

  @Apply(
      value = ResNet50.Projection.class,
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
      value = ResNet50.Identity.class,
      times = 22,
      from = 2,
      set = {"_1_conv.filters=256", "_2_conv.filters=256", "_3_conv.filters=1024"})
  Layer conv4_block(Layer conv4_block1);

  @Apply(
      value = ResNet50.Projection.class,
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
      value = ResNet50.Identity.class,
      times = 2,
      from = 2,
      set = {"_1_conv.filters=512", "_2_conv.filters=512", "_3_conv.filters=2048"})
  Layer conv5_block(Layer conv5_block1);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer conv5_block);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);
}
