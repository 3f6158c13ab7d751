package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Padding;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.Flatten;
import dev.shapecheck.layers.MaxPooling2D;

/**
 * VGG19 as in Keras Applications ({@code keras.applications.VGG19(weights=None)}), every layer with
 * the name Keras gives it: VGG16 with a fourth convolution in blocks 3 to 5, 143,667,240
 * parameters.
 */
@Functional(name = "vgg19")
public interface Vgg19 {
  @Input(shape = {224, 224, 3})
  @Name("{auto}")
  Layer image();

  @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block1_conv1(Layer image);

  @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block1_conv2(Layer block1_conv1);

  @MaxPooling2D(poolSize = 2, strides = 2)
  Layer block1_pool(Layer block1_conv2);

  @Conv2D(filters = 128, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block2_conv1(Layer block1_pool);

  @Conv2D(filters = 128, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block2_conv2(Layer block2_conv1);

  @MaxPooling2D(poolSize = 2, strides = 2)
  Layer block2_pool(Layer block2_conv2);

  @Conv2D(filters = 256, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block3_conv1(Layer block2_pool);

  @Conv2D(filters = 256, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block3_conv2(Layer block3_conv1);

  @Conv2D(filters = 256, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block3_conv3(Layer block3_conv2);

  @Conv2D(filters = 256, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block3_conv4(Layer block3_conv3);

  @MaxPooling2D(poolSize = 2, strides = 2)
  Layer block3_pool(Layer block3_conv4);

  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block4_conv1(Layer block3_pool);

  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block4_conv2(Layer block4_conv1);

  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block4_conv3(Layer block4_conv2);

  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block4_conv4(Layer block4_conv3);

  @MaxPooling2D(poolSize = 2, strides = 2)
  Layer block4_pool(Layer block4_conv4);

  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block5_conv1(Layer block4_pool);

  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block5_conv2(Layer block5_conv1);

  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block5_conv3(Layer block5_conv2);

  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME, activation = Activations.RELU)
  Layer block5_conv4(Layer block5_conv3);

  @MaxPooling2D(poolSize = 2, strides = 2)
  Layer block5_pool(Layer block5_conv4);

  @Flatten
  Layer flatten(Layer block5_pool);

  // 72% of VGG19's weights sit here, behind the Flatten; kept, since this is Keras's VGG19.
  @SuppressWarnings("shapecheck:ParameterExplosion")
  @Dense(units = 4096, activation = Activations.RELU)
  Layer fc1(Layer flatten);

  @Dense(units = 4096, activation = Activations.RELU)
  Layer fc2(Layer fc1);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer fc2);
}
