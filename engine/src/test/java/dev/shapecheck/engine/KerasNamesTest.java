package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The expected names are those of Keras's own {@code to_snake_case} on the same inputs. */
class KerasNamesTest {
  @Test
  void snakeCaseAsKerasDerivesIt() {
    assertEquals("mnist_cnn", KerasNames.toSnakeCase("MnistCnn"));
    assertEquals("vgg16", KerasNames.toSnakeCase("VGG16"));
    assertEquals("conv2d", KerasNames.toSnakeCase("Conv2D"));
    assertEquals("max_pooling2d", KerasNames.toSnakeCase("MaxPooling2D"));
    assertEquals("batch_normalization", KerasNames.toSnakeCase("BatchNormalization"));
    assertEquals("re_lu", KerasNames.toSnakeCase("ReLU"));
  }
}
