package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Layer;
import dev.shapecheck.Sequential;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.Flatten;
import dev.shapecheck.layers.MaxPooling2D;

/** The seed model: TensorFlow's CNN tutorial on 28x28x1 MNIST images. */
@Sequential(
    name = "mnist_cnn",
    input = {28, 28, 1})
public interface MnistCnn {
  @Conv2D(filters = 32, kernelSize = 3, activation = Activations.RELU)
  Layer conv1();

  @MaxPooling2D(poolSize = 2)
  Layer pool1();

  @Conv2D(filters = 64, kernelSize = 3, activation = Activations.RELU)
  Layer conv2();

  // As in the tutorial, pool2 leaves conv2's 11th row and column unread: kept, for Keras's numbers.
  @SuppressWarnings("shapecheck:DroppedInput")
  @MaxPooling2D(poolSize = 2)
  Layer pool2();

  @Conv2D(filters = 64, kernelSize = 3, activation = Activations.RELU)
  Layer conv3();

  @Flatten
  Layer flatten();

  @Dense(units = 64, activation = Activations.RELU)
  Layer dense1();

  @Dense(units = 10, activation = Activations.SOFTMAX)
  Layer output();
}
