package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Block;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Padding;
import dev.shapecheck.examples.InceptionV3.ConvBn;
import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.AveragePooling2D;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Concatenate;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Custom;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.MaxPooling2D;

/**
 * Inception-ResNet v2 as in Keras Applications ({@code
 * keras.applications.InceptionResNetV2(weights=None)} on 299x299x3). Every convolution but the
 * residual projections is a use of {@link InceptionV3}'s {@link ConvBn} (Keras's {@code conv2d_bn},
 * the same here), its filters, kernel, stride and padding set per use. The 40 residual blocks are
 * chains of {@link Block35}, {@link Block17} and {@link Block8} ({@code block35_1} to {@code
 * block8_9}) and the last, {@code block8_10}, a {@link Block8Linear} without the closing ReLU. Each
 * adds its scaled branches to its input with Keras's {@code CustomScaleLayer} ({@code inputs[0] +
 * inputs[1] * scale}), a layer class of Keras's own module that ShapeCheck declares with
 * {@code @Custom}: two inputs, the first one's shape, no weights; Keras names it {@code
 * custom_scale_layer}, {@code custom_scale_layer_1}, ... ({@code @Name("{auto}")}). Every layer has
 * exactly the name Keras gives it.
 */
@Functional(name = "inception_resnet_v2")
public interface InceptionResNetV2 {
  @Input(shape = {299, 299, 3})
  @Name("{auto}")
  Layer image();

  @Apply(
      value = ConvBn.class,
      set = {"conv.filters=32", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
  Layer conv1(Layer image);

  @Apply(
      value = ConvBn.class,
      set = {"conv.filters=32", "conv.kernelSize=3", "conv.padding=VALID"})
  Layer conv2(Layer conv1);

  @Apply(value = ConvBn.class, set = "conv.kernelSize=3")
  Layer conv3(Layer conv2);

  @MaxPooling2D(poolSize = 3, strides = 2)
  @Name("{auto}")
  Layer pool1(Layer conv3);

  @Apply(
      value = ConvBn.class,
      set = {"conv.filters=80", "conv.padding=VALID"})
  Layer conv4(Layer pool1);

  @Apply(
      value = ConvBn.class,
      set = {"conv.filters=192", "conv.kernelSize=3", "conv.padding=VALID"})
  Layer conv5(Layer conv4);

  @MaxPooling2D(poolSize = 3, strides = 2)
  @Name("{auto}")
  Layer pool2(Layer conv5);

  @Apply(Mixed5b.class)
  Layer mixed_5b(Layer pool2);

  @Apply(value = Block35.class, times = 10)
  Layer block35(Layer mixed_5b);

  @Apply(Mixed6a.class)
  Layer mixed_6a(Layer block35);

  @Apply(value = Block17.class, times = 20)
  Layer block17(Layer mixed_6a);

  @Apply(Mixed7a.class)
  Layer mixed_7a(Layer block17);

  @Apply(value = Block8.class, times = 9)
  Layer block8(Layer mixed_7a);

  @Apply(Block8Linear.class)
  Layer block8_10(Layer block8);

  @Conv2D(filters = 1536, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_7b(Layer block8_10);

  @BatchNormalization(scale = false)
  Layer conv_7b_bn(Layer conv_7b);

  @Activation(activation = Activations.RELU)
  Layer conv_7b_ac(Layer conv_7b_bn);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer conv_7b_ac);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);

  /** The stem's last step to 35x35x320: 1x1, 5x5, double 3x3 and pooled branches. */
  @Block
  interface Mixed5b {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=96")
    Layer branch_0(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=48")
    Layer branch_1a(Layer x);

    @Apply(value = ConvBn.class, set = "conv.kernelSize=5")
    Layer branch_1(Layer branch_1a);

    @Apply(ConvBn.class)
    Layer branch_2a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=96", "conv.kernelSize=3"})
    Layer branch_2b(Layer branch_2a);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=96", "conv.kernelSize=3"})
    Layer branch_2(Layer branch_2b);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    @Name("{auto}")
    Layer branch_pool_a(Layer x);

    @Apply(ConvBn.class)
    Layer branch_pool(Layer branch_pool_a);

    @Concatenate
    @Name("{use}")
    Layer mixed(Layer branch_0, Layer branch_1, Layer branch_2, Layer branch_pool);
  }

  /**
   * Keras's {@code inception_resnet_block(x, 0.17, "block35", i)} at 35x35x320: three branches,
   * concatenated, projected back to 320 channels by {@code _conv} (with a bias, no normalization),
   * scaled and added to the input by {@code CustomScaleLayer}, then ReLU.
   */
  @Block(outputs = "_ac", names = "{use}{layer}")
  interface Block35 {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=32")
    Layer branch_0(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=32")
    Layer branch_1a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=32", "conv.kernelSize=3"})
    Layer branch_1(Layer branch_1a);

    @Apply(value = ConvBn.class, set = "conv.filters=32")
    Layer branch_2a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=48", "conv.kernelSize=3"})
    Layer branch_2b(Layer branch_2a);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=64", "conv.kernelSize=3"})
    Layer branch_2(Layer branch_2b);

    @Concatenate
    Layer _mixed(Layer branch_0, Layer branch_1, Layer branch_2);

    @Conv2D(filters = 320, kernelSize = 1, padding = Padding.SAME)
    Layer _conv(Layer _mixed);

    @Custom(type = "CustomScaleLayer")
    @Name("{auto}")
    Layer scale(Layer x, Layer _conv);

    @Activation(activation = Activations.RELU)
    Layer _ac(Layer scale);
  }

  /** The reduction to 17x17x1088: a strided 3x3, a 1x1-3x3-strided 3x3, and a max pooling. */
  @Block
  interface Mixed6a {
    @Input
    Layer x();

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch_0(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=256")
    Layer branch_1a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=256", "conv.kernelSize=3"})
    Layer branch_1b(Layer branch_1a);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch_1(Layer branch_1b);

    @MaxPooling2D(poolSize = 3, strides = 2)
    @Name("{auto}")
    Layer branch_pool(Layer x);

    @Concatenate
    @Name("{use}")
    Layer mixed(Layer branch_0, Layer branch_1, Layer branch_pool);
  }

  /** Keras's {@code inception_resnet_block(x, 0.1, "block17", i)} at 17x17x1088. */
  @Block(outputs = "_ac", names = "{use}{layer}")
  interface Block17 {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch_0(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=128")
    Layer branch_1a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=160", "conv.kernelSize={1, 7}"})
    Layer branch_1b(Layer branch_1a);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=192", "conv.kernelSize={7, 1}"})
    Layer branch_1(Layer branch_1b);

    @Concatenate
    Layer _mixed(Layer branch_0, Layer branch_1);

    @Conv2D(filters = 1088, kernelSize = 1, padding = Padding.SAME)
    Layer _conv(Layer _mixed);

    @Custom(type = "CustomScaleLayer")
    @Name("{auto}")
    Layer scale(Layer x, Layer _conv);

    @Activation(activation = Activations.RELU)
    Layer _ac(Layer scale);
  }

  /** The reduction to 8x8x2080: three 1x1-then-strided branches and a max pooling. */
  @Block
  interface Mixed7a {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=256")
    Layer branch_0a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch_0(Layer branch_0a);

    @Apply(value = ConvBn.class, set = "conv.filters=256")
    Layer branch_1a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=288", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch_1(Layer branch_1a);

    @Apply(value = ConvBn.class, set = "conv.filters=256")
    Layer branch_2a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=288", "conv.kernelSize=3"})
    Layer branch_2b(Layer branch_2a);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=320", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch_2(Layer branch_2b);

    @MaxPooling2D(poolSize = 3, strides = 2)
    @Name("{auto}")
    Layer branch_pool(Layer x);

    @Concatenate
    @Name("{use}")
    Layer mixed(Layer branch_0, Layer branch_1, Layer branch_2, Layer branch_pool);
  }

  /** Keras's {@code inception_resnet_block(x, 0.2, "block8", i)} at 8x8x2080. */
  @Block(outputs = "_ac", names = "{use}{layer}")
  interface Block8 {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch_0(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch_1a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=224", "conv.kernelSize={1, 3}"})
    Layer branch_1b(Layer branch_1a);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=256", "conv.kernelSize={3, 1}"})
    Layer branch_1(Layer branch_1b);

    @Concatenate
    Layer _mixed(Layer branch_0, Layer branch_1);

    @Conv2D(filters = 2080, kernelSize = 1, padding = Padding.SAME)
    Layer _conv(Layer _mixed);

    @Custom(type = "CustomScaleLayer")
    @Name("{auto}")
    Layer scale(Layer x, Layer _conv);

    @Activation(activation = Activations.RELU)
    Layer _ac(Layer scale);
  }

  /** {@code block8_10}: {@link Block8} with scale 1.0 and no activation after the addition. */
  @Block(outputs = "scale", names = "{use}{layer}")
  interface Block8Linear {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch_0(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch_1a(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=224", "conv.kernelSize={1, 3}"})
    Layer branch_1b(Layer branch_1a);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=256", "conv.kernelSize={3, 1}"})
    Layer branch_1(Layer branch_1b);

    @Concatenate
    Layer _mixed(Layer branch_0, Layer branch_1);

    @Conv2D(filters = 2080, kernelSize = 1, padding = Padding.SAME)
    Layer _conv(Layer _mixed);

    @Custom(type = "CustomScaleLayer")
    @Name("{auto}")
    Layer scale(Layer x, Layer _conv);
  }
}
