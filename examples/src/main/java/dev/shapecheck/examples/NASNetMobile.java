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
import dev.shapecheck.layers.AveragePooling2D;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Concatenate;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Cropping2D;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.SeparableConv2D;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * NASNet-A Mobile as in Keras Applications ({@code keras.applications.NASNetMobile(weights=None)}
 * on 224x224x3): Keras's {@code NASNet(penultimate_filters=1056, num_blocks=4,
 * stem_block_filters=32, skip_reduction=False, filter_multiplier=2)}. Each cell is a use of one of
 * five cell {@link Block}s, chosen as Keras's {@code _adjust_block} chooses how to bring the
 * previous cell's output {@code p} to the current input {@code ip}: halved where it is twice the
 * size ({@code NormalCellReduced}, {@code ReductionCellReduced}), projected where only its channels
 * differ ({@code NormalCellProjected}, {@code ReductionCellProjected}), or {@code ip} itself in the
 * first stem cell ({@code ReductionCellFirst}). A cell takes {@code ip} and {@code p} as its two
 * inputs, so each use names the cell's two predecessors. Keras names the layers of a cell after its
 * {@code block_id} ({@code normal_conv_1_0}, {@code separable_conv_1_normal_left1_0}): the uses are
 * named {@code _0}, {@code _stem_1}, {@code _reduce_4} and the blocks {@code names =
 * "{layer}{use}"}, so that {@code normal_conv_1} in use {@code _0} is {@code normal_conv_1_0}. The
 * filters of each cell, and the paddings of its strided separable convolutions (which depend on
 * whether the size is even), are set per use. Every layer has exactly the name Keras gives it; the
 * blocks serve {@link NASNetLarge} too.
 */
@Functional(name = "nasnet_mobile")
public interface NASNetMobile {
  @Input(shape = {224, 224, 3})
  @Name("{auto}")
  Layer image();

  @Conv2D(filters = 32, kernelSize = 3, strides = 2, useBias = false)
  Layer stem_conv1(Layer image);

  @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
  Layer stem_bn1(Layer stem_conv1);

  @Apply(
      value = ReductionCellFirst.class,
      set = {
        "reduction_conv_1.filters=11",
        "reduction_pad_1.padding={1, 1, 1, 1}",
        "reduction_left1.separable_conv_1_pad_.padding={2, 2, 2, 2}",
        "reduction_left1.separable_conv_1_.filters=11",
        "reduction_left1.separable_conv_2_.filters=11",
        "reduction_right1.separable_conv_1_pad_.padding={3, 3, 3, 3}",
        "reduction_right1.separable_conv_1_.filters=11",
        "reduction_right1.separable_conv_2_.filters=11",
        "reduction_right2.separable_conv_1_pad_.padding={3, 3, 3, 3}",
        "reduction_right2.separable_conv_1_.filters=11",
        "reduction_right2.separable_conv_2_.filters=11",
        "reduction_right3.separable_conv_1_pad_.padding={2, 2, 2, 2}",
        "reduction_right3.separable_conv_1_.filters=11",
        "reduction_right3.separable_conv_2_.filters=11",
        "reduction_left4.separable_conv_1_.filters=11",
        "reduction_left4.separable_conv_2_.filters=11"
      })
  Layer _stem_1(Layer stem_bn1);

  @Apply(
      value = ReductionCellReduced.class,
      set = {
        "adjust_conv_1.filters=11",
        "adjust_conv_2.filters=11",
        "reduction_conv_1.filters=22",
        "reduction_pad_1.padding={0, 1, 0, 1}",
        "reduction_left1.separable_conv_1_pad_.padding={1, 2, 1, 2}",
        "reduction_left1.separable_conv_1_.filters=22",
        "reduction_left1.separable_conv_2_.filters=22",
        "reduction_right1.separable_conv_1_pad_.padding={2, 3, 2, 3}",
        "reduction_right1.separable_conv_1_.filters=22",
        "reduction_right1.separable_conv_2_.filters=22",
        "reduction_right2.separable_conv_1_pad_.padding={2, 3, 2, 3}",
        "reduction_right2.separable_conv_1_.filters=22",
        "reduction_right2.separable_conv_2_.filters=22",
        "reduction_right3.separable_conv_1_pad_.padding={1, 2, 1, 2}",
        "reduction_right3.separable_conv_1_.filters=22",
        "reduction_right3.separable_conv_2_.filters=22",
        "reduction_left4.separable_conv_1_.filters=22",
        "reduction_left4.separable_conv_2_.filters=22"
      })
  Layer _stem_2(Layer _stem_1, Layer stem_bn1);

  @Apply(
      value = NormalCellReduced.class,
      set = {
        "adjust_conv_1.filters=22",
        "adjust_conv_2.filters=22",
        "normal_conv_1.filters=44",
        "normal_left1.separable_conv_1_.filters=44",
        "normal_left1.separable_conv_2_.filters=44",
        "normal_right1.separable_conv_1_.filters=44",
        "normal_right1.separable_conv_2_.filters=44",
        "normal_left2.separable_conv_1_.filters=44",
        "normal_left2.separable_conv_2_.filters=44",
        "normal_right2.separable_conv_1_.filters=44",
        "normal_right2.separable_conv_2_.filters=44",
        "normal_left5.separable_conv_1_.filters=44",
        "normal_left5.separable_conv_2_.filters=44"
      })
  Layer _0(Layer _stem_2, Layer _stem_1);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=44",
        "normal_conv_1.filters=44",
        "normal_left1.separable_conv_1_.filters=44",
        "normal_left1.separable_conv_2_.filters=44",
        "normal_right1.separable_conv_1_.filters=44",
        "normal_right1.separable_conv_2_.filters=44",
        "normal_left2.separable_conv_1_.filters=44",
        "normal_left2.separable_conv_2_.filters=44",
        "normal_right2.separable_conv_1_.filters=44",
        "normal_right2.separable_conv_2_.filters=44",
        "normal_left5.separable_conv_1_.filters=44",
        "normal_left5.separable_conv_2_.filters=44"
      })
  Layer _1(Layer _0, Layer _stem_2);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=44",
        "normal_conv_1.filters=44",
        "normal_left1.separable_conv_1_.filters=44",
        "normal_left1.separable_conv_2_.filters=44",
        "normal_right1.separable_conv_1_.filters=44",
        "normal_right1.separable_conv_2_.filters=44",
        "normal_left2.separable_conv_1_.filters=44",
        "normal_left2.separable_conv_2_.filters=44",
        "normal_right2.separable_conv_1_.filters=44",
        "normal_right2.separable_conv_2_.filters=44",
        "normal_left5.separable_conv_1_.filters=44",
        "normal_left5.separable_conv_2_.filters=44"
      })
  Layer _2(Layer _1, Layer _0);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=44",
        "normal_conv_1.filters=44",
        "normal_left1.separable_conv_1_.filters=44",
        "normal_left1.separable_conv_2_.filters=44",
        "normal_right1.separable_conv_1_.filters=44",
        "normal_right1.separable_conv_2_.filters=44",
        "normal_left2.separable_conv_1_.filters=44",
        "normal_left2.separable_conv_2_.filters=44",
        "normal_right2.separable_conv_1_.filters=44",
        "normal_right2.separable_conv_2_.filters=44",
        "normal_left5.separable_conv_1_.filters=44",
        "normal_left5.separable_conv_2_.filters=44"
      })
  Layer _3(Layer _2, Layer _1);

  @Apply(
      value = ReductionCellProjected.class,
      set = {
        "adjust_conv_projection.filters=88",
        "reduction_conv_1.filters=88",
        "reduction_pad_1.padding={0, 1, 0, 1}",
        "reduction_left1.separable_conv_1_pad_.padding={1, 2, 1, 2}",
        "reduction_left1.separable_conv_1_.filters=88",
        "reduction_left1.separable_conv_2_.filters=88",
        "reduction_right1.separable_conv_1_pad_.padding={2, 3, 2, 3}",
        "reduction_right1.separable_conv_1_.filters=88",
        "reduction_right1.separable_conv_2_.filters=88",
        "reduction_right2.separable_conv_1_pad_.padding={2, 3, 2, 3}",
        "reduction_right2.separable_conv_1_.filters=88",
        "reduction_right2.separable_conv_2_.filters=88",
        "reduction_right3.separable_conv_1_pad_.padding={1, 2, 1, 2}",
        "reduction_right3.separable_conv_1_.filters=88",
        "reduction_right3.separable_conv_2_.filters=88",
        "reduction_left4.separable_conv_1_.filters=88",
        "reduction_left4.separable_conv_2_.filters=88"
      })
  Layer _reduce_4(Layer _3, Layer _2);

  @Apply(
      value = NormalCellReduced.class,
      set = {
        "adjust_conv_1.filters=44",
        "adjust_conv_2.filters=44",
        "normal_conv_1.filters=88",
        "normal_left1.separable_conv_1_.filters=88",
        "normal_left1.separable_conv_2_.filters=88",
        "normal_right1.separable_conv_1_.filters=88",
        "normal_right1.separable_conv_2_.filters=88",
        "normal_left2.separable_conv_1_.filters=88",
        "normal_left2.separable_conv_2_.filters=88",
        "normal_right2.separable_conv_1_.filters=88",
        "normal_right2.separable_conv_2_.filters=88",
        "normal_left5.separable_conv_1_.filters=88",
        "normal_left5.separable_conv_2_.filters=88"
      })
  Layer _5(Layer _reduce_4, Layer _3);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=88",
        "normal_conv_1.filters=88",
        "normal_left1.separable_conv_1_.filters=88",
        "normal_left1.separable_conv_2_.filters=88",
        "normal_right1.separable_conv_1_.filters=88",
        "normal_right1.separable_conv_2_.filters=88",
        "normal_left2.separable_conv_1_.filters=88",
        "normal_left2.separable_conv_2_.filters=88",
        "normal_right2.separable_conv_1_.filters=88",
        "normal_right2.separable_conv_2_.filters=88",
        "normal_left5.separable_conv_1_.filters=88",
        "normal_left5.separable_conv_2_.filters=88"
      })
  Layer _6(Layer _5, Layer _reduce_4);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=88",
        "normal_conv_1.filters=88",
        "normal_left1.separable_conv_1_.filters=88",
        "normal_left1.separable_conv_2_.filters=88",
        "normal_right1.separable_conv_1_.filters=88",
        "normal_right1.separable_conv_2_.filters=88",
        "normal_left2.separable_conv_1_.filters=88",
        "normal_left2.separable_conv_2_.filters=88",
        "normal_right2.separable_conv_1_.filters=88",
        "normal_right2.separable_conv_2_.filters=88",
        "normal_left5.separable_conv_1_.filters=88",
        "normal_left5.separable_conv_2_.filters=88"
      })
  Layer _7(Layer _6, Layer _5);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=88",
        "normal_conv_1.filters=88",
        "normal_left1.separable_conv_1_.filters=88",
        "normal_left1.separable_conv_2_.filters=88",
        "normal_right1.separable_conv_1_.filters=88",
        "normal_right1.separable_conv_2_.filters=88",
        "normal_left2.separable_conv_1_.filters=88",
        "normal_left2.separable_conv_2_.filters=88",
        "normal_right2.separable_conv_1_.filters=88",
        "normal_right2.separable_conv_2_.filters=88",
        "normal_left5.separable_conv_1_.filters=88",
        "normal_left5.separable_conv_2_.filters=88"
      })
  Layer _8(Layer _7, Layer _6);

  @Apply(
      value = ReductionCellProjected.class,
      set = {
        "adjust_conv_projection.filters=176",
        "reduction_conv_1.filters=176",
        "reduction_pad_1.padding={0, 1, 0, 1}",
        "reduction_left1.separable_conv_1_pad_.padding={1, 2, 1, 2}",
        "reduction_left1.separable_conv_1_.filters=176",
        "reduction_left1.separable_conv_2_.filters=176",
        "reduction_right1.separable_conv_1_pad_.padding={2, 3, 2, 3}",
        "reduction_right1.separable_conv_1_.filters=176",
        "reduction_right1.separable_conv_2_.filters=176",
        "reduction_right2.separable_conv_1_pad_.padding={2, 3, 2, 3}",
        "reduction_right2.separable_conv_1_.filters=176",
        "reduction_right2.separable_conv_2_.filters=176",
        "reduction_right3.separable_conv_1_pad_.padding={1, 2, 1, 2}",
        "reduction_right3.separable_conv_1_.filters=176",
        "reduction_right3.separable_conv_2_.filters=176",
        "reduction_left4.separable_conv_1_.filters=176",
        "reduction_left4.separable_conv_2_.filters=176"
      })
  Layer _reduce_8(Layer _8, Layer _7);

  @Apply(
      value = NormalCellReduced.class,
      set = {
        "adjust_conv_1.filters=88",
        "adjust_conv_2.filters=88",
        "normal_conv_1.filters=176",
        "normal_left1.separable_conv_1_.filters=176",
        "normal_left1.separable_conv_2_.filters=176",
        "normal_right1.separable_conv_1_.filters=176",
        "normal_right1.separable_conv_2_.filters=176",
        "normal_left2.separable_conv_1_.filters=176",
        "normal_left2.separable_conv_2_.filters=176",
        "normal_right2.separable_conv_1_.filters=176",
        "normal_right2.separable_conv_2_.filters=176",
        "normal_left5.separable_conv_1_.filters=176",
        "normal_left5.separable_conv_2_.filters=176"
      })
  Layer _9(Layer _reduce_8, Layer _8);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=176",
        "normal_conv_1.filters=176",
        "normal_left1.separable_conv_1_.filters=176",
        "normal_left1.separable_conv_2_.filters=176",
        "normal_right1.separable_conv_1_.filters=176",
        "normal_right1.separable_conv_2_.filters=176",
        "normal_left2.separable_conv_1_.filters=176",
        "normal_left2.separable_conv_2_.filters=176",
        "normal_right2.separable_conv_1_.filters=176",
        "normal_right2.separable_conv_2_.filters=176",
        "normal_left5.separable_conv_1_.filters=176",
        "normal_left5.separable_conv_2_.filters=176"
      })
  Layer _10(Layer _9, Layer _reduce_8);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=176",
        "normal_conv_1.filters=176",
        "normal_left1.separable_conv_1_.filters=176",
        "normal_left1.separable_conv_2_.filters=176",
        "normal_right1.separable_conv_1_.filters=176",
        "normal_right1.separable_conv_2_.filters=176",
        "normal_left2.separable_conv_1_.filters=176",
        "normal_left2.separable_conv_2_.filters=176",
        "normal_right2.separable_conv_1_.filters=176",
        "normal_right2.separable_conv_2_.filters=176",
        "normal_left5.separable_conv_1_.filters=176",
        "normal_left5.separable_conv_2_.filters=176"
      })
  Layer _11(Layer _10, Layer _9);

  @Apply(
      value = NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=176",
        "normal_conv_1.filters=176",
        "normal_left1.separable_conv_1_.filters=176",
        "normal_left1.separable_conv_2_.filters=176",
        "normal_right1.separable_conv_1_.filters=176",
        "normal_right1.separable_conv_2_.filters=176",
        "normal_left2.separable_conv_1_.filters=176",
        "normal_left2.separable_conv_2_.filters=176",
        "normal_right2.separable_conv_1_.filters=176",
        "normal_right2.separable_conv_2_.filters=176",
        "normal_left5.separable_conv_1_.filters=176",
        "normal_left5.separable_conv_2_.filters=176"
      })
  Layer _12(Layer _11, Layer _10);

  @Activation(activation = Activations.RELU)
  @Name("{auto}")
  Layer relu(Layer _12);

  @GlobalAveragePooling2D
  @Name("{auto}")
  Layer pool(Layer relu);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer pool);

  /**
   * Keras's {@code _separable_conv_block} with stride 1: ReLU, a separable convolution, batch
   * normalization, twice; its layers are named {@code separable_conv_1_<block_id>} and so on, the
   * use's name being Keras's {@code block_id}, and its activations automatically.
   */
  @Block(outputs = "separable_conv_2_bn_", names = "{layer}{use}")
  interface Sep {
    @Input
    Layer x();

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu_1(Layer x);

    @SeparableConv2D(filters = 44, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer separable_conv_1_(Layer relu_1);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer separable_conv_1_bn_(Layer separable_conv_1_);

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu_2(Layer separable_conv_1_bn_);

    @SeparableConv2D(filters = 44, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer separable_conv_2_(Layer relu_2);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer separable_conv_2_bn_(Layer separable_conv_2_);
  }

  /**
   * Keras's {@code _separable_conv_block} with stride 2: the first convolution pads the input
   * ({@code imagenet_utils.correct_pad}: one less before than after on an even size, {@code
   * separable_conv_1_pad_.padding} set per use) and strides without padding.
   */
  @Block(outputs = "separable_conv_2_bn_", names = "{layer}{use}")
  interface SepStrided {
    @Input
    Layer x();

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu_1(Layer x);

    @ZeroPadding2D(padding = 1)
    Layer separable_conv_1_pad_(Layer relu_1);

    @SeparableConv2D(filters = 44, kernelSize = 3, strides = 2, useBias = false)
    Layer separable_conv_1_(Layer separable_conv_1_pad_);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer separable_conv_1_bn_(Layer separable_conv_1_);

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu_2(Layer separable_conv_1_bn_);

    @SeparableConv2D(filters = 44, kernelSize = 3, padding = Padding.SAME, useBias = false)
    Layer separable_conv_2_(Layer relu_2);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer separable_conv_2_bn_(Layer separable_conv_2_);
  }

  /**
   * Keras's {@code _normal_a_cell} where {@code p} is twice the size of {@code ip} (the first cell
   * after a reduction): {@code _adjust_block} halves it along two offset paths of half the filters
   * each, concatenated.
   */
  @Block(outputs = "normal_concat", names = "{layer}{use}")
  interface NormalCellReduced {
    @Input
    Layer ip();

    @Input
    Layer p();

    @Activation(activation = Activations.RELU)
    Layer adjust_relu_1(Layer p);

    @AveragePooling2D(poolSize = 1, strides = 2)
    Layer adjust_avg_pool_1(Layer adjust_relu_1);

    @Conv2D(filters = 22, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer adjust_conv_1(Layer adjust_avg_pool_1);

    @ZeroPadding2D(padding = {0, 1, 0, 1})
    @Name("{auto}")
    Layer adjust_pad(Layer adjust_relu_1);

    @Cropping2D(cropping = {1, 0, 1, 0})
    @Name("{auto}")
    Layer adjust_crop(Layer adjust_pad);

    @AveragePooling2D(poolSize = 1, strides = 2)
    Layer adjust_avg_pool_2(Layer adjust_crop);

    @Conv2D(filters = 22, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer adjust_conv_2(Layer adjust_avg_pool_2);

    @Concatenate
    @Name("{auto}")
    Layer adjust_concat(Layer adjust_conv_1, Layer adjust_conv_2);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer adjust_bn(Layer adjust_concat);

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu(Layer ip);

    @Conv2D(filters = 44, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer normal_conv_1(Layer relu);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer normal_bn_1(Layer normal_conv_1);

    @Apply(
        value = Sep.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer normal_left1(Layer normal_bn_1);

    @Apply(Sep.class)
    Layer normal_right1(Layer adjust_bn);

    @Add
    Layer normal_add_1(Layer normal_left1, Layer normal_right1);

    @Apply(
        value = Sep.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer normal_left2(Layer adjust_bn);

    @Apply(Sep.class)
    Layer normal_right2(Layer adjust_bn);

    @Add
    Layer normal_add_2(Layer normal_left2, Layer normal_right2);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    Layer normal_left3(Layer normal_bn_1);

    @Add
    Layer normal_add_3(Layer normal_left3, Layer adjust_bn);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    Layer normal_left4(Layer adjust_bn);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    Layer normal_right4(Layer adjust_bn);

    @Add
    Layer normal_add_4(Layer normal_left4, Layer normal_right4);

    @Apply(Sep.class)
    Layer normal_left5(Layer normal_bn_1);

    @Add
    Layer normal_add_5(Layer normal_left5, Layer normal_bn_1);

    @Concatenate
    Layer normal_concat(
        Layer adjust_bn,
        Layer normal_add_1,
        Layer normal_add_2,
        Layer normal_add_3,
        Layer normal_add_4,
        Layer normal_add_5);
  }

  /**
   * Keras's {@code _normal_a_cell} where {@code p} has the size of {@code ip} but other channels:
   * {@code _adjust_block} projects it with a 1x1 convolution.
   */
  @Block(outputs = "normal_concat", names = "{layer}{use}")
  interface NormalCellProjected {
    @Input
    Layer ip();

    @Input
    Layer p();

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer adjust_relu(Layer p);

    @Conv2D(filters = 44, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer adjust_conv_projection(Layer adjust_relu);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer adjust_bn(Layer adjust_conv_projection);

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu(Layer ip);

    @Conv2D(filters = 44, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer normal_conv_1(Layer relu);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer normal_bn_1(Layer normal_conv_1);

    @Apply(
        value = Sep.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer normal_left1(Layer normal_bn_1);

    @Apply(Sep.class)
    Layer normal_right1(Layer adjust_bn);

    @Add
    Layer normal_add_1(Layer normal_left1, Layer normal_right1);

    @Apply(
        value = Sep.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer normal_left2(Layer adjust_bn);

    @Apply(Sep.class)
    Layer normal_right2(Layer adjust_bn);

    @Add
    Layer normal_add_2(Layer normal_left2, Layer normal_right2);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    Layer normal_left3(Layer normal_bn_1);

    @Add
    Layer normal_add_3(Layer normal_left3, Layer adjust_bn);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    Layer normal_left4(Layer adjust_bn);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    Layer normal_right4(Layer adjust_bn);

    @Add
    Layer normal_add_4(Layer normal_left4, Layer normal_right4);

    @Apply(Sep.class)
    Layer normal_left5(Layer normal_bn_1);

    @Add
    Layer normal_add_5(Layer normal_left5, Layer normal_bn_1);

    @Concatenate
    Layer normal_concat(
        Layer adjust_bn,
        Layer normal_add_1,
        Layer normal_add_2,
        Layer normal_add_3,
        Layer normal_add_4,
        Layer normal_add_5);
  }

  /**
   * Keras's {@code _reduction_a_cell} of the first stem cell, called with {@code p = None}: {@code
   * p} is {@code ip}, with no adjustment.
   */
  @Block(outputs = "reduction_concat", names = "{layer}{use}")
  interface ReductionCellFirst {
    @Input
    Layer ip();

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu(Layer ip);

    @Conv2D(filters = 44, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer reduction_conv_1(Layer relu);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer reduction_bn_1(Layer reduction_conv_1);

    @ZeroPadding2D(padding = 1)
    Layer reduction_pad_1(Layer reduction_bn_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer reduction_left1(Layer reduction_bn_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=7", "separable_conv_2_.kernelSize=7"})
    Layer reduction_right1(Layer ip);

    @Add
    Layer reduction_add_1(Layer reduction_left1, Layer reduction_right1);

    @MaxPooling2D(poolSize = 3, strides = 2)
    Layer reduction_left2(Layer reduction_pad_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=7", "separable_conv_2_.kernelSize=7"})
    Layer reduction_right2(Layer ip);

    @Add
    Layer reduction_add_2(Layer reduction_left2, Layer reduction_right2);

    @AveragePooling2D(poolSize = 3, strides = 2)
    Layer reduction_left3(Layer reduction_pad_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer reduction_right3(Layer ip);

    @Add
    Layer reduction_add3(Layer reduction_left3, Layer reduction_right3);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    @Name("reduction_left4{use}")
    Layer left4_pool(Layer reduction_add_1);

    @Add
    @Name("{auto}")
    Layer add(Layer reduction_add_2, Layer left4_pool);

    @Apply(Sep.class)
    Layer reduction_left4(Layer reduction_add_1);

    @MaxPooling2D(poolSize = 3, strides = 2)
    Layer reduction_right5(Layer reduction_pad_1);

    @Add
    Layer reduction_add4(Layer reduction_left4, Layer reduction_right5);

    @Concatenate
    Layer reduction_concat(
        Layer reduction_add_2, Layer reduction_add3, Layer add, Layer reduction_add4);
  }

  /** Keras's {@code _reduction_a_cell} where {@code p} is twice the size of {@code ip}. */
  @Block(outputs = "reduction_concat", names = "{layer}{use}")
  interface ReductionCellReduced {
    @Input
    Layer ip();

    @Input
    Layer p();

    @Activation(activation = Activations.RELU)
    Layer adjust_relu_1(Layer p);

    @AveragePooling2D(poolSize = 1, strides = 2)
    Layer adjust_avg_pool_1(Layer adjust_relu_1);

    @Conv2D(filters = 22, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer adjust_conv_1(Layer adjust_avg_pool_1);

    @ZeroPadding2D(padding = {0, 1, 0, 1})
    @Name("{auto}")
    Layer adjust_pad(Layer adjust_relu_1);

    @Cropping2D(cropping = {1, 0, 1, 0})
    @Name("{auto}")
    Layer adjust_crop(Layer adjust_pad);

    @AveragePooling2D(poolSize = 1, strides = 2)
    Layer adjust_avg_pool_2(Layer adjust_crop);

    @Conv2D(filters = 22, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer adjust_conv_2(Layer adjust_avg_pool_2);

    @Concatenate
    @Name("{auto}")
    Layer adjust_concat(Layer adjust_conv_1, Layer adjust_conv_2);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer adjust_bn(Layer adjust_concat);

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu(Layer ip);

    @Conv2D(filters = 44, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer reduction_conv_1(Layer relu);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer reduction_bn_1(Layer reduction_conv_1);

    @ZeroPadding2D(padding = 1)
    Layer reduction_pad_1(Layer reduction_bn_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer reduction_left1(Layer reduction_bn_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=7", "separable_conv_2_.kernelSize=7"})
    Layer reduction_right1(Layer adjust_bn);

    @Add
    Layer reduction_add_1(Layer reduction_left1, Layer reduction_right1);

    @MaxPooling2D(poolSize = 3, strides = 2)
    Layer reduction_left2(Layer reduction_pad_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=7", "separable_conv_2_.kernelSize=7"})
    Layer reduction_right2(Layer adjust_bn);

    @Add
    Layer reduction_add_2(Layer reduction_left2, Layer reduction_right2);

    @AveragePooling2D(poolSize = 3, strides = 2)
    Layer reduction_left3(Layer reduction_pad_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer reduction_right3(Layer adjust_bn);

    @Add
    Layer reduction_add3(Layer reduction_left3, Layer reduction_right3);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    @Name("reduction_left4{use}")
    Layer left4_pool(Layer reduction_add_1);

    @Add
    @Name("{auto}")
    Layer add(Layer reduction_add_2, Layer left4_pool);

    @Apply(Sep.class)
    Layer reduction_left4(Layer reduction_add_1);

    @MaxPooling2D(poolSize = 3, strides = 2)
    Layer reduction_right5(Layer reduction_pad_1);

    @Add
    Layer reduction_add4(Layer reduction_left4, Layer reduction_right5);

    @Concatenate
    Layer reduction_concat(
        Layer reduction_add_2, Layer reduction_add3, Layer add, Layer reduction_add4);
  }

  /**
   * Keras's {@code _reduction_a_cell} where {@code p} has the size of {@code ip} but other
   * channels.
   */
  @Block(outputs = "reduction_concat", names = "{layer}{use}")
  interface ReductionCellProjected {
    @Input
    Layer ip();

    @Input
    Layer p();

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer adjust_relu(Layer p);

    @Conv2D(filters = 44, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer adjust_conv_projection(Layer adjust_relu);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer adjust_bn(Layer adjust_conv_projection);

    @Activation(activation = Activations.RELU)
    @Name("{auto}")
    Layer relu(Layer ip);

    @Conv2D(filters = 44, kernelSize = 1, padding = Padding.SAME, useBias = false)
    Layer reduction_conv_1(Layer relu);

    @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
    Layer reduction_bn_1(Layer reduction_conv_1);

    @ZeroPadding2D(padding = 1)
    Layer reduction_pad_1(Layer reduction_bn_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer reduction_left1(Layer reduction_bn_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=7", "separable_conv_2_.kernelSize=7"})
    Layer reduction_right1(Layer adjust_bn);

    @Add
    Layer reduction_add_1(Layer reduction_left1, Layer reduction_right1);

    @MaxPooling2D(poolSize = 3, strides = 2)
    Layer reduction_left2(Layer reduction_pad_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=7", "separable_conv_2_.kernelSize=7"})
    Layer reduction_right2(Layer adjust_bn);

    @Add
    Layer reduction_add_2(Layer reduction_left2, Layer reduction_right2);

    @AveragePooling2D(poolSize = 3, strides = 2)
    Layer reduction_left3(Layer reduction_pad_1);

    @Apply(
        value = SepStrided.class,
        set = {"separable_conv_1_.kernelSize=5", "separable_conv_2_.kernelSize=5"})
    Layer reduction_right3(Layer adjust_bn);

    @Add
    Layer reduction_add3(Layer reduction_left3, Layer reduction_right3);

    @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME)
    @Name("reduction_left4{use}")
    Layer left4_pool(Layer reduction_add_1);

    @Add
    @Name("{auto}")
    Layer add(Layer reduction_add_2, Layer left4_pool);

    @Apply(Sep.class)
    Layer reduction_left4(Layer reduction_add_1);

    @MaxPooling2D(poolSize = 3, strides = 2)
    Layer reduction_right5(Layer reduction_pad_1);

    @Add
    Layer reduction_add4(Layer reduction_left4, Layer reduction_right5);

    @Concatenate
    Layer reduction_concat(
        Layer reduction_add_2, Layer reduction_add3, Layer add, Layer reduction_add4);
  }
}
