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
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.SeparableConv2D;

/**
 * Xception as in Keras Applications ({@code keras.applications.Xception(include_top=True)} on
 * 299x299x3): 22,910,480 parameters, 54,528 of them non-trainable. The entry flow's blocks 3 and 4
 * and the exit flow's block 13 are one {@link Downsample} block with widths set per use; the middle
 * flow is one {@link Middle} block applied 8 times, its uses numbered from 5 so that they are
 * Keras's {@code block5} to {@code block12}; their layers are named after the use ({@code block5} +
 * {@code sepconv1_act} is Keras's {@code block5_sepconv1_act}). Block 2, which starts without an
 * activation, is written out. Keras leaves the input, the shortcut projections and the additions
 * unnamed, so they take Keras's automatic names ({@code @Name("{auto}")}: {@code conv2d} to {@code
 * conv2d_3}, {@code add} to {@code add_11}, numbered in declaration order as Keras numbers them in
 * creation order). Every layer has exactly the name Keras gives it.
 */
@Functional(name = "xception")
public interface Xception {
  @Input(shape = {299, 299, 3})
  @Name("{auto}")
  Layer image();

  @Conv2D(filters = 32, kernelSize = 3, strides = 2, useBias = false)
  Layer block1_conv1(Layer image);

  @BatchNormalization
  Layer block1_conv1_bn(Layer block1_conv1);

  @Activation(activation = Activations.RELU)
  Layer block1_conv1_act(Layer block1_conv1_bn);

  @Conv2D(filters = 64, kernelSize = 3, useBias = false)
  Layer block1_conv2(Layer block1_conv1_act);

  @BatchNormalization
  Layer block1_conv2_bn(Layer block1_conv2);

  @Activation(activation = Activations.RELU)
  Layer block1_conv2_act(Layer block1_conv2_bn);

  @Conv2D(filters = 128, kernelSize = 1, strides = 2, padding = Padding.SAME, useBias = false)
  @Name("{auto}")
  Layer block2_residual(Layer block1_conv2_act);

  @BatchNormalization
  @Name("{auto}")
  Layer block2_residual_bn(Layer block2_residual);

  @SeparableConv2D(filters = 128, kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer block2_sepconv1(Layer block1_conv2_act);

  @BatchNormalization
  Layer block2_sepconv1_bn(Layer block2_sepconv1);

  @Activation(activation = Activations.RELU)
  Layer block2_sepconv2_act(Layer block2_sepconv1_bn);

  @SeparableConv2D(filters = 128, kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer block2_sepconv2(Layer block2_sepconv2_act);

  @BatchNormalization
  Layer block2_sepconv2_bn(Layer block2_sepconv2);

  @MaxPooling2D(poolSize = 3, strides = 2, padding = Padding.SAME)
  Layer block2_pool(Layer block2_sepconv2_bn);

  @Add
  @Name("{auto}")
  Layer block2_add(Layer block2_pool, Layer block2_residual_bn);

  @Apply(
      value = Downsample.class,
      set = {"residual.filters=256", "sepconv1.filters=256", "sepconv2.filters=256"})
  Layer block3(Layer block2_add);

  @Apply(Downsample.class)
  Layer block4(Layer block3);

  @Apply(value = Middle.class, times = 8, from = 5)
  Layer block(Layer block4);

  @Apply(
      value = Downsample.class,
      set = {"residual.filters=1024", "sepconv2.filters=1024"})
  Layer block13(Layer block);

  @SeparableConv2D(filters = 1536, kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer block14_sepconv1(Layer block13);

  @BatchNormalization
  Layer block14_sepconv1_bn(Layer block14_sepconv1);

  @Activation(activation = Activations.RELU)
  Layer block14_sepconv1_act(Layer block14_sepconv1_bn);

  @SeparableConv2D(filters = 2048, kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer block14_sepconv2(Layer block14_sepconv1_act);

  @BatchNormalization
  Layer block14_sepconv2_bn(Layer block14_sepconv2);

  @Activation(activation = Activations.RELU)
  Layer block14_sepconv2_act(Layer block14_sepconv2_bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer block14_sepconv2_act);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);

  /**
   * Two ReLU-separable convolution-BN steps and a strided max pooling, added to a strided 1x1
   * projection of the input. The widths are those of block 4.
   */
  @Block
  interface Downsample {
    @Input
    Layer x();

    @Conv2D(filters = 728, kernelSize = 1, strides = 2, padding = Padding.SAME, useBias = false)
    @Name("{auto}")
    Layer residual(Layer x);

    @BatchNormalization
    @Name("{auto}")
    Layer residual_bn(Layer residual);

    @Activation(activation = Activations.RELU)
    Layer sepconv1_act(Layer x);

    @SeparableConv2D(filters = 728, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer sepconv1(Layer sepconv1_act);

    @BatchNormalization
    Layer sepconv1_bn(Layer sepconv1);

    @Activation(activation = Activations.RELU)
    Layer sepconv2_act(Layer sepconv1_bn);

    @SeparableConv2D(filters = 728, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer sepconv2(Layer sepconv2_act);

    @BatchNormalization
    Layer sepconv2_bn(Layer sepconv2);

    @MaxPooling2D(poolSize = 3, strides = 2, padding = Padding.SAME)
    Layer pool(Layer sepconv2_bn);

    @Add
    @Name("{auto}")
    Layer add(Layer pool, Layer residual_bn);
  }

  /** The middle flow's block: three ReLU-separable convolution-BN steps added to the input. */
  @Block
  interface Middle {
    @Input
    Layer x();

    @Activation(activation = Activations.RELU)
    Layer sepconv1_act(Layer x);

    @SeparableConv2D(filters = 728, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer sepconv1(Layer sepconv1_act);

    @BatchNormalization
    Layer sepconv1_bn(Layer sepconv1);

    @Activation(activation = Activations.RELU)
    Layer sepconv2_act(Layer sepconv1_bn);

    @SeparableConv2D(filters = 728, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer sepconv2(Layer sepconv2_act);

    @BatchNormalization
    Layer sepconv2_bn(Layer sepconv2);

    @Activation(activation = Activations.RELU)
    Layer sepconv3_act(Layer sepconv2_bn);

    @SeparableConv2D(filters = 728, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer sepconv3(Layer sepconv3_act);

    @BatchNormalization
    Layer sepconv3_bn(Layer sepconv3);

    @Add
    @Name("{auto}")
    Layer add(Layer sepconv3_bn, Layer x);
  }
}
