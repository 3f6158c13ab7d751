package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.ExpectShape;
import dev.shapecheck.Layer;
import dev.shapecheck.Sequential;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.Flatten;
import dev.shapecheck.layers.MaxPooling2D;

/**
 * The seed model with design constraints: ten classes out, at most 100,000 parameters, and the
 * first pooling layer asserted to halve the 26x26 feature maps. Any edit that breaks one of them (a
 * Dense of 64 last, filters doubled, a pool of 3) fails this build.
 */
@Sequential(
    name = "constrained_mnist_cnn",
    input = {28, 28, 1},
    expectOutput = {10},
    maxParams = 100_000)
public interface ConstrainedMnistCnn {
  @Conv2D(filters = 32, kernelSize = 3, activation = Activations.RELU)
  Layer conv1();

  @ExpectShape({13, 13, 32})
  @MaxPooling2D(poolSize = 2)
  Layer pool1();

  @Conv2D(filters = 64, kernelSize = 3, activation = Activations.RELU)
  Layer conv2();

  @SuppressWarnings("shapecheck:DroppedInput") // the seed's pool2, as in MnistCnn
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
