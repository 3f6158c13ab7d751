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
import dev.shapecheck.layers.AveragePooling2D;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Concatenate;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.MaxPooling2D;

/**
 * Inception v3 as in Keras Applications ({@code keras.applications.InceptionV3(include_top=True)}
 * on 299x299x3): 23,851,784 parameters, 34,432 of them non-trainable (its batch normalizations have
 * no scale). Every convolution is a {@link ConvBn} use (Keras's {@code conv2d_bn}), its filters,
 * kernel, stride and padding set per use; the mixed blocks {@code mixed0} to {@code mixed10} are
 * uses of five {@link Block}s, their defaults those of the most frequent use. Keras names only the
 * concatenations: {@code @Name("{use}")} makes the use {@code mixed4}'s concatenation Keras's
 * {@code mixed4}, and {@code mixed9} and {@code mixed10} are one chain, so that their inner
 * concatenations can be Keras's {@code "mixed9_" + str(i)} ({@code @Name("mixed9_{index}")}). Every
 * other layer takes Keras's automatic name ({@code ConvBn}'s {@code names = "{auto}"},
 * {@code @Name("{auto}")}): {@code conv2d} to {@code conv2d_93}, numbered in declaration order as
 * Keras numbers them in creation order, so the declaration follows the order of Keras's source.
 * Every layer has exactly the name Keras gives it.
 */
@Functional(name = "inception_v3")
public interface InceptionV3 {
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

  @Apply(value = InceptionA.class, set = "branch_pool.conv.filters=32")
  Layer mixed0(Layer pool2);

  @Apply(InceptionA.class)
  Layer mixed1(Layer mixed0);

  @Apply(InceptionA.class)
  Layer mixed2(Layer mixed1);

  @Apply(ReductionA.class)
  Layer mixed3(Layer mixed2);

  @Apply(
      value = InceptionC.class,
      set = {
        "branch7x7_1.conv.filters=128", "branch7x7_2.conv.filters=128",
        "branch7x7dbl_1.conv.filters=128", "branch7x7dbl_2.conv.filters=128",
        "branch7x7dbl_3.conv.filters=128", "branch7x7dbl_4.conv.filters=128"
      })
  Layer mixed4(Layer mixed3);

  @Apply(InceptionC.class)
  Layer mixed5(Layer mixed4);

  @Apply(InceptionC.class)
  Layer mixed6(Layer mixed5);

  @Apply(
      value = InceptionC.class,
      set = {
        "branch7x7_1.conv.filters=192", "branch7x7_2.conv.filters=192",
        "branch7x7dbl_1.conv.filters=192", "branch7x7dbl_2.conv.filters=192",
        "branch7x7dbl_3.conv.filters=192", "branch7x7dbl_4.conv.filters=192"
      })
  Layer mixed7(Layer mixed6);

  @Apply(ReductionB.class)
  Layer mixed8(Layer mixed7);

  @Apply(value = InceptionE.class, times = 2, from = 9)
  Layer mixed(Layer mixed8);

  @GlobalAveragePooling2D
  Layer avg_pool(Layer mixed);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer avg_pool);

  /**
   * Keras's {@code conv2d_bn} as InceptionV3 calls it, without a name: a bias-free convolution,
   * batch normalization without scale, ReLU, each with Keras's automatic name.
   */
  @Block(names = "{auto}")
  interface ConvBn {
    @Input
    Layer x();

    @Conv2D(filters = 64, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer conv(Layer x);

    @BatchNormalization(scale = false)
    Layer bn(Layer conv);

    @Activation(activation = Activations.RELU)
    Layer act(Layer bn);
  }

  /** {@code mixed0} to {@code mixed2} at 35x35: 1x1, 5x5, double 3x3 and pooled branches. */
  @Block
  interface InceptionA {
    @Input
    Layer x();

    @Apply(ConvBn.class)
    Layer branch1x1(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=48")
    Layer branch5x5_1(Layer x);

    @Apply(value = ConvBn.class, set = "conv.kernelSize=5")
    Layer branch5x5(Layer branch5x5_1);

    @Apply(ConvBn.class)
    Layer branch3x3dbl_1(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=96", "conv.kernelSize=3"})
    Layer branch3x3dbl_2(Layer branch3x3dbl_1);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=96", "conv.kernelSize=3"})
    Layer branch3x3dbl(Layer branch3x3dbl_2);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    @Name("{auto}")
    Layer pool(Layer x);

    @Apply(ConvBn.class)
    Layer branch_pool(Layer pool);

    @Concatenate
    @Name("{use}")
    Layer concat(Layer branch1x1, Layer branch5x5, Layer branch3x3dbl, Layer branch_pool);
  }

  /** {@code mixed3}: from 35x35 to 17x17 by a strided 3x3, a strided double 3x3 and pooling. */
  @Block
  interface ReductionA {
    @Input
    Layer x();

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch3x3(Layer x);

    @Apply(ConvBn.class)
    Layer branch3x3dbl_1(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=96", "conv.kernelSize=3"})
    Layer branch3x3dbl_2(Layer branch3x3dbl_1);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=96", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch3x3dbl(Layer branch3x3dbl_2);

    @MaxPooling2D(poolSize = 3, strides = 2)
    @Name("{auto}")
    Layer branch_pool(Layer x);

    @Concatenate
    @Name("{use}")
    Layer concat(Layer branch3x3, Layer branch3x3dbl, Layer branch_pool);
  }

  /**
   * {@code mixed4} to {@code mixed7} at 17x17: 7x7 convolutions factorized into 1x7 and 7x1; the
   * inner width of the 7x7 branches (160 here) is set per use.
   */
  @Block
  interface InceptionC {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch1x1(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=160")
    Layer branch7x7_1(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=160", "conv.kernelSize={1, 7}"})
    Layer branch7x7_2(Layer branch7x7_1);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=192", "conv.kernelSize={7, 1}"})
    Layer branch7x7(Layer branch7x7_2);

    @Apply(value = ConvBn.class, set = "conv.filters=160")
    Layer branch7x7dbl_1(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=160", "conv.kernelSize={7, 1}"})
    Layer branch7x7dbl_2(Layer branch7x7dbl_1);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=160", "conv.kernelSize={1, 7}"})
    Layer branch7x7dbl_3(Layer branch7x7dbl_2);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=160", "conv.kernelSize={7, 1}"})
    Layer branch7x7dbl_4(Layer branch7x7dbl_3);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=192", "conv.kernelSize={1, 7}"})
    Layer branch7x7dbl(Layer branch7x7dbl_4);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    @Name("{auto}")
    Layer pool(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch_pool(Layer pool);

    @Concatenate
    @Name("{use}")
    Layer concat(Layer branch1x1, Layer branch7x7, Layer branch7x7dbl, Layer branch_pool);
  }

  /** {@code mixed8}: from 17x17 to 8x8 by a strided 3x3, a 7x7-then-strided-3x3 and pooling. */
  @Block
  interface ReductionB {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch3x3_1(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=320", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch3x3(Layer branch3x3_1);

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch7x7x3_1(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=192", "conv.kernelSize={1, 7}"})
    Layer branch7x7x3_2(Layer branch7x7x3_1);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=192", "conv.kernelSize={7, 1}"})
    Layer branch7x7x3_3(Layer branch7x7x3_2);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=192", "conv.kernelSize=3", "conv.strides=2", "conv.padding=VALID"})
    Layer branch7x7x3(Layer branch7x7x3_3);

    @MaxPooling2D(poolSize = 3, strides = 2)
    @Name("{auto}")
    Layer branch_pool(Layer x);

    @Concatenate
    @Name("{use}")
    Layer concat(Layer branch3x3, Layer branch7x7x3, Layer branch_pool);
  }

  /**
   * {@code mixed9} and {@code mixed10} at 8x8: 3x3 branches split into parallel 1x3 and 3x1. Keras
   * builds both in one loop and names the first split's concatenation {@code "mixed9_" + str(i)} in
   * each: {@code mixed9_0}, then {@code mixed9_1}.
   */
  @Block
  interface InceptionE {
    @Input
    Layer x();

    @Apply(value = ConvBn.class, set = "conv.filters=320")
    Layer branch1x1(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=384")
    Layer branch3x3_0(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize={1, 3}"})
    Layer branch3x3_1(Layer branch3x3_0);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize={3, 1}"})
    Layer branch3x3_2(Layer branch3x3_0);

    @Concatenate
    @Name("mixed9_{index}")
    Layer branch3x3(Layer branch3x3_1, Layer branch3x3_2);

    @Apply(value = ConvBn.class, set = "conv.filters=448")
    Layer branch3x3dbl_0(Layer x);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize=3"})
    Layer branch3x3dbl_1(Layer branch3x3dbl_0);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize={1, 3}"})
    Layer branch3x3dbl_2(Layer branch3x3dbl_1);

    @Apply(
        value = ConvBn.class,
        set = {"conv.filters=384", "conv.kernelSize={3, 1}"})
    Layer branch3x3dbl_3(Layer branch3x3dbl_1);

    @Concatenate
    @Name("{auto}")
    Layer branch3x3dbl(Layer branch3x3dbl_2, Layer branch3x3dbl_3);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    @Name("{auto}")
    Layer pool(Layer x);

    @Apply(value = ConvBn.class, set = "conv.filters=192")
    Layer branch_pool(Layer pool);

    @Concatenate
    @Name("{use}")
    Layer concat(Layer branch1x1, Layer branch3x3, Layer branch3x3dbl, Layer branch_pool);
  }
}
