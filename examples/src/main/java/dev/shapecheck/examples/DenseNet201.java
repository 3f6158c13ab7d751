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
 * DenseNet-201 as in Keras Applications ({@code keras.applications.DenseNet201(weights=None)} on
 * 224x224x3): DenseNet-121 with dense blocks of 6, 12, 48 and 32 layers, built from {@link
 * DenseNet121}'s {@link DenseNet121.DenseLayer} and {@link DenseNet121.Transition} blocks, the
 * transitions halving the channels ({@code conv.filters} per use). Every layer has exactly the name
 * Keras gives it.
 */
@Functional(name = "densenet201")
public interface DenseNet201 {
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

  @Apply(value = DenseNet121.DenseLayer.class, times = 6)
  Layer conv2_block(Layer pool1);

  @Apply(value = DenseNet121.Transition.class, set = "conv.filters=128")
  Layer pool2(Layer conv2_block);

  @Apply(value = DenseNet121.DenseLayer.class, times = 12)
  Layer conv3_block(Layer pool2);

  @Apply(value = DenseNet121.Transition.class, set = "conv.filters=256")
  Layer pool3(Layer conv3_block);

  @Apply(value = DenseNet121.DenseLayer.class, times = 48)
  Layer conv4_block(Layer pool3);

  @Apply(value = DenseNet121.Transition.class, set = "conv.filters=896")
  Layer pool4(Layer conv4_block);

  @Apply(value = DenseNet121.DenseLayer.class, times = 32)
  Layer conv5_block(Layer pool4);

  @BatchNormalization(epsilon = 1.001e-5)
  Layer bn(Layer conv5_block);

  @Activation(activation = Activations.RELU)
  Layer relu(Layer bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer relu);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);
}
