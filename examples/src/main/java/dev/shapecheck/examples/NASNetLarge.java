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

/**
 * NASNet-A Large as in Keras Applications ({@code keras.applications.NASNetLarge(weights=None)} on
 * 331x331x3): Keras's {@code NASNet(penultimate_filters=4032, num_blocks=6, stem_block_filters=96,
 * skip_reduction=True, filter_multiplier=2)}, declared with {@link NASNetMobile}'s cell blocks.
 * With {@code skip_reduction}, the first cell after a reduction takes as {@code p} the output of
 * the cell before the reduction's input, twice its size. Every layer has exactly the name Keras
 * gives it.
 */
@Functional(name = "nasnet_large")
public interface NASNetLarge {
  @Input(shape = {331, 331, 3})
  @Name("{auto}")
  Layer image();

  @Conv2D(filters = 96, kernelSize = 3, strides = 2, useBias = false)
  Layer stem_conv1(Layer image);

  @BatchNormalization(momentum = 0.9997, epsilon = 1e-3)
  Layer stem_bn1(Layer stem_conv1);

  @Apply(
      value = NASNetMobile.ReductionCellFirst.class,
      set = {
        "reduction_conv_1.filters=42",
        "reduction_pad_1.padding={1, 1, 1, 1}",
        "reduction_left1.separable_conv_1_pad_.padding={2, 2, 2, 2}",
        "reduction_left1.separable_conv_1_.filters=42",
        "reduction_left1.separable_conv_2_.filters=42",
        "reduction_right1.separable_conv_1_pad_.padding={3, 3, 3, 3}",
        "reduction_right1.separable_conv_1_.filters=42",
        "reduction_right1.separable_conv_2_.filters=42",
        "reduction_right2.separable_conv_1_pad_.padding={3, 3, 3, 3}",
        "reduction_right2.separable_conv_1_.filters=42",
        "reduction_right2.separable_conv_2_.filters=42",
        "reduction_right3.separable_conv_1_pad_.padding={2, 2, 2, 2}",
        "reduction_right3.separable_conv_1_.filters=42",
        "reduction_right3.separable_conv_2_.filters=42",
        "reduction_left4.separable_conv_1_.filters=42",
        "reduction_left4.separable_conv_2_.filters=42"
      })
  Layer _stem_1(Layer stem_bn1);

  @Apply(
      value = NASNetMobile.ReductionCellReduced.class,
      set = {
        "adjust_conv_1.filters=42",
        "adjust_conv_2.filters=42",
        "reduction_conv_1.filters=84",
        "reduction_pad_1.padding={1, 1, 1, 1}",
        "reduction_left1.separable_conv_1_pad_.padding={2, 2, 2, 2}",
        "reduction_left1.separable_conv_1_.filters=84",
        "reduction_left1.separable_conv_2_.filters=84",
        "reduction_right1.separable_conv_1_pad_.padding={3, 3, 3, 3}",
        "reduction_right1.separable_conv_1_.filters=84",
        "reduction_right1.separable_conv_2_.filters=84",
        "reduction_right2.separable_conv_1_pad_.padding={3, 3, 3, 3}",
        "reduction_right2.separable_conv_1_.filters=84",
        "reduction_right2.separable_conv_2_.filters=84",
        "reduction_right3.separable_conv_1_pad_.padding={2, 2, 2, 2}",
        "reduction_right3.separable_conv_1_.filters=84",
        "reduction_right3.separable_conv_2_.filters=84",
        "reduction_left4.separable_conv_1_.filters=84",
        "reduction_left4.separable_conv_2_.filters=84"
      })
  Layer _stem_2(Layer _stem_1, Layer stem_bn1);

  @Apply(
      value = NASNetMobile.NormalCellReduced.class,
      set = {
        "adjust_conv_1.filters=84",
        "adjust_conv_2.filters=84",
        "normal_conv_1.filters=168",
        "normal_left1.separable_conv_1_.filters=168",
        "normal_left1.separable_conv_2_.filters=168",
        "normal_right1.separable_conv_1_.filters=168",
        "normal_right1.separable_conv_2_.filters=168",
        "normal_left2.separable_conv_1_.filters=168",
        "normal_left2.separable_conv_2_.filters=168",
        "normal_right2.separable_conv_1_.filters=168",
        "normal_right2.separable_conv_2_.filters=168",
        "normal_left5.separable_conv_1_.filters=168",
        "normal_left5.separable_conv_2_.filters=168"
      })
  Layer _0(Layer _stem_2, Layer _stem_1);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=168",
        "normal_conv_1.filters=168",
        "normal_left1.separable_conv_1_.filters=168",
        "normal_left1.separable_conv_2_.filters=168",
        "normal_right1.separable_conv_1_.filters=168",
        "normal_right1.separable_conv_2_.filters=168",
        "normal_left2.separable_conv_1_.filters=168",
        "normal_left2.separable_conv_2_.filters=168",
        "normal_right2.separable_conv_1_.filters=168",
        "normal_right2.separable_conv_2_.filters=168",
        "normal_left5.separable_conv_1_.filters=168",
        "normal_left5.separable_conv_2_.filters=168"
      })
  Layer _1(Layer _0, Layer _stem_2);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=168",
        "normal_conv_1.filters=168",
        "normal_left1.separable_conv_1_.filters=168",
        "normal_left1.separable_conv_2_.filters=168",
        "normal_right1.separable_conv_1_.filters=168",
        "normal_right1.separable_conv_2_.filters=168",
        "normal_left2.separable_conv_1_.filters=168",
        "normal_left2.separable_conv_2_.filters=168",
        "normal_right2.separable_conv_1_.filters=168",
        "normal_right2.separable_conv_2_.filters=168",
        "normal_left5.separable_conv_1_.filters=168",
        "normal_left5.separable_conv_2_.filters=168"
      })
  Layer _2(Layer _1, Layer _0);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=168",
        "normal_conv_1.filters=168",
        "normal_left1.separable_conv_1_.filters=168",
        "normal_left1.separable_conv_2_.filters=168",
        "normal_right1.separable_conv_1_.filters=168",
        "normal_right1.separable_conv_2_.filters=168",
        "normal_left2.separable_conv_1_.filters=168",
        "normal_left2.separable_conv_2_.filters=168",
        "normal_right2.separable_conv_1_.filters=168",
        "normal_right2.separable_conv_2_.filters=168",
        "normal_left5.separable_conv_1_.filters=168",
        "normal_left5.separable_conv_2_.filters=168"
      })
  Layer _3(Layer _2, Layer _1);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=168",
        "normal_conv_1.filters=168",
        "normal_left1.separable_conv_1_.filters=168",
        "normal_left1.separable_conv_2_.filters=168",
        "normal_right1.separable_conv_1_.filters=168",
        "normal_right1.separable_conv_2_.filters=168",
        "normal_left2.separable_conv_1_.filters=168",
        "normal_left2.separable_conv_2_.filters=168",
        "normal_right2.separable_conv_1_.filters=168",
        "normal_right2.separable_conv_2_.filters=168",
        "normal_left5.separable_conv_1_.filters=168",
        "normal_left5.separable_conv_2_.filters=168"
      })
  Layer _4(Layer _3, Layer _2);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=168",
        "normal_conv_1.filters=168",
        "normal_left1.separable_conv_1_.filters=168",
        "normal_left1.separable_conv_2_.filters=168",
        "normal_right1.separable_conv_1_.filters=168",
        "normal_right1.separable_conv_2_.filters=168",
        "normal_left2.separable_conv_1_.filters=168",
        "normal_left2.separable_conv_2_.filters=168",
        "normal_right2.separable_conv_1_.filters=168",
        "normal_right2.separable_conv_2_.filters=168",
        "normal_left5.separable_conv_1_.filters=168",
        "normal_left5.separable_conv_2_.filters=168"
      })
  Layer _5(Layer _4, Layer _3);

  @Apply(
      value = NASNetMobile.ReductionCellProjected.class,
      set = {
        "adjust_conv_projection.filters=336",
        "reduction_conv_1.filters=336",
        "reduction_pad_1.padding={0, 1, 0, 1}",
        "reduction_left1.separable_conv_1_pad_.padding={1, 2, 1, 2}",
        "reduction_left1.separable_conv_1_.filters=336",
        "reduction_left1.separable_conv_2_.filters=336",
        "reduction_right1.separable_conv_1_pad_.padding={2, 3, 2, 3}",
        "reduction_right1.separable_conv_1_.filters=336",
        "reduction_right1.separable_conv_2_.filters=336",
        "reduction_right2.separable_conv_1_pad_.padding={2, 3, 2, 3}",
        "reduction_right2.separable_conv_1_.filters=336",
        "reduction_right2.separable_conv_2_.filters=336",
        "reduction_right3.separable_conv_1_pad_.padding={1, 2, 1, 2}",
        "reduction_right3.separable_conv_1_.filters=336",
        "reduction_right3.separable_conv_2_.filters=336",
        "reduction_left4.separable_conv_1_.filters=336",
        "reduction_left4.separable_conv_2_.filters=336"
      })
  Layer _reduce_6(Layer _5, Layer _4);

  @Apply(
      value = NASNetMobile.NormalCellReduced.class,
      set = {
        "adjust_conv_1.filters=168",
        "adjust_conv_2.filters=168",
        "normal_conv_1.filters=336",
        "normal_left1.separable_conv_1_.filters=336",
        "normal_left1.separable_conv_2_.filters=336",
        "normal_right1.separable_conv_1_.filters=336",
        "normal_right1.separable_conv_2_.filters=336",
        "normal_left2.separable_conv_1_.filters=336",
        "normal_left2.separable_conv_2_.filters=336",
        "normal_right2.separable_conv_1_.filters=336",
        "normal_right2.separable_conv_2_.filters=336",
        "normal_left5.separable_conv_1_.filters=336",
        "normal_left5.separable_conv_2_.filters=336"
      })
  Layer _7(Layer _reduce_6, Layer _4);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=336",
        "normal_conv_1.filters=336",
        "normal_left1.separable_conv_1_.filters=336",
        "normal_left1.separable_conv_2_.filters=336",
        "normal_right1.separable_conv_1_.filters=336",
        "normal_right1.separable_conv_2_.filters=336",
        "normal_left2.separable_conv_1_.filters=336",
        "normal_left2.separable_conv_2_.filters=336",
        "normal_right2.separable_conv_1_.filters=336",
        "normal_right2.separable_conv_2_.filters=336",
        "normal_left5.separable_conv_1_.filters=336",
        "normal_left5.separable_conv_2_.filters=336"
      })
  Layer _8(Layer _7, Layer _reduce_6);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=336",
        "normal_conv_1.filters=336",
        "normal_left1.separable_conv_1_.filters=336",
        "normal_left1.separable_conv_2_.filters=336",
        "normal_right1.separable_conv_1_.filters=336",
        "normal_right1.separable_conv_2_.filters=336",
        "normal_left2.separable_conv_1_.filters=336",
        "normal_left2.separable_conv_2_.filters=336",
        "normal_right2.separable_conv_1_.filters=336",
        "normal_right2.separable_conv_2_.filters=336",
        "normal_left5.separable_conv_1_.filters=336",
        "normal_left5.separable_conv_2_.filters=336"
      })
  Layer _9(Layer _8, Layer _7);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=336",
        "normal_conv_1.filters=336",
        "normal_left1.separable_conv_1_.filters=336",
        "normal_left1.separable_conv_2_.filters=336",
        "normal_right1.separable_conv_1_.filters=336",
        "normal_right1.separable_conv_2_.filters=336",
        "normal_left2.separable_conv_1_.filters=336",
        "normal_left2.separable_conv_2_.filters=336",
        "normal_right2.separable_conv_1_.filters=336",
        "normal_right2.separable_conv_2_.filters=336",
        "normal_left5.separable_conv_1_.filters=336",
        "normal_left5.separable_conv_2_.filters=336"
      })
  Layer _10(Layer _9, Layer _8);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=336",
        "normal_conv_1.filters=336",
        "normal_left1.separable_conv_1_.filters=336",
        "normal_left1.separable_conv_2_.filters=336",
        "normal_right1.separable_conv_1_.filters=336",
        "normal_right1.separable_conv_2_.filters=336",
        "normal_left2.separable_conv_1_.filters=336",
        "normal_left2.separable_conv_2_.filters=336",
        "normal_right2.separable_conv_1_.filters=336",
        "normal_right2.separable_conv_2_.filters=336",
        "normal_left5.separable_conv_1_.filters=336",
        "normal_left5.separable_conv_2_.filters=336"
      })
  Layer _11(Layer _10, Layer _9);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=336",
        "normal_conv_1.filters=336",
        "normal_left1.separable_conv_1_.filters=336",
        "normal_left1.separable_conv_2_.filters=336",
        "normal_right1.separable_conv_1_.filters=336",
        "normal_right1.separable_conv_2_.filters=336",
        "normal_left2.separable_conv_1_.filters=336",
        "normal_left2.separable_conv_2_.filters=336",
        "normal_right2.separable_conv_1_.filters=336",
        "normal_right2.separable_conv_2_.filters=336",
        "normal_left5.separable_conv_1_.filters=336",
        "normal_left5.separable_conv_2_.filters=336"
      })
  Layer _12(Layer _11, Layer _10);

  @Apply(
      value = NASNetMobile.ReductionCellProjected.class,
      set = {
        "adjust_conv_projection.filters=672",
        "reduction_conv_1.filters=672",
        "reduction_pad_1.padding={1, 1, 1, 1}",
        "reduction_left1.separable_conv_1_pad_.padding={2, 2, 2, 2}",
        "reduction_left1.separable_conv_1_.filters=672",
        "reduction_left1.separable_conv_2_.filters=672",
        "reduction_right1.separable_conv_1_pad_.padding={3, 3, 3, 3}",
        "reduction_right1.separable_conv_1_.filters=672",
        "reduction_right1.separable_conv_2_.filters=672",
        "reduction_right2.separable_conv_1_pad_.padding={3, 3, 3, 3}",
        "reduction_right2.separable_conv_1_.filters=672",
        "reduction_right2.separable_conv_2_.filters=672",
        "reduction_right3.separable_conv_1_pad_.padding={2, 2, 2, 2}",
        "reduction_right3.separable_conv_1_.filters=672",
        "reduction_right3.separable_conv_2_.filters=672",
        "reduction_left4.separable_conv_1_.filters=672",
        "reduction_left4.separable_conv_2_.filters=672"
      })
  Layer _reduce_12(Layer _12, Layer _11);

  @Apply(
      value = NASNetMobile.NormalCellReduced.class,
      set = {
        "adjust_conv_1.filters=336",
        "adjust_conv_2.filters=336",
        "normal_conv_1.filters=672",
        "normal_left1.separable_conv_1_.filters=672",
        "normal_left1.separable_conv_2_.filters=672",
        "normal_right1.separable_conv_1_.filters=672",
        "normal_right1.separable_conv_2_.filters=672",
        "normal_left2.separable_conv_1_.filters=672",
        "normal_left2.separable_conv_2_.filters=672",
        "normal_right2.separable_conv_1_.filters=672",
        "normal_right2.separable_conv_2_.filters=672",
        "normal_left5.separable_conv_1_.filters=672",
        "normal_left5.separable_conv_2_.filters=672"
      })
  Layer _13(Layer _reduce_12, Layer _11);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=672",
        "normal_conv_1.filters=672",
        "normal_left1.separable_conv_1_.filters=672",
        "normal_left1.separable_conv_2_.filters=672",
        "normal_right1.separable_conv_1_.filters=672",
        "normal_right1.separable_conv_2_.filters=672",
        "normal_left2.separable_conv_1_.filters=672",
        "normal_left2.separable_conv_2_.filters=672",
        "normal_right2.separable_conv_1_.filters=672",
        "normal_right2.separable_conv_2_.filters=672",
        "normal_left5.separable_conv_1_.filters=672",
        "normal_left5.separable_conv_2_.filters=672"
      })
  Layer _14(Layer _13, Layer _reduce_12);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=672",
        "normal_conv_1.filters=672",
        "normal_left1.separable_conv_1_.filters=672",
        "normal_left1.separable_conv_2_.filters=672",
        "normal_right1.separable_conv_1_.filters=672",
        "normal_right1.separable_conv_2_.filters=672",
        "normal_left2.separable_conv_1_.filters=672",
        "normal_left2.separable_conv_2_.filters=672",
        "normal_right2.separable_conv_1_.filters=672",
        "normal_right2.separable_conv_2_.filters=672",
        "normal_left5.separable_conv_1_.filters=672",
        "normal_left5.separable_conv_2_.filters=672"
      })
  Layer _15(Layer _14, Layer _13);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=672",
        "normal_conv_1.filters=672",
        "normal_left1.separable_conv_1_.filters=672",
        "normal_left1.separable_conv_2_.filters=672",
        "normal_right1.separable_conv_1_.filters=672",
        "normal_right1.separable_conv_2_.filters=672",
        "normal_left2.separable_conv_1_.filters=672",
        "normal_left2.separable_conv_2_.filters=672",
        "normal_right2.separable_conv_1_.filters=672",
        "normal_right2.separable_conv_2_.filters=672",
        "normal_left5.separable_conv_1_.filters=672",
        "normal_left5.separable_conv_2_.filters=672"
      })
  Layer _16(Layer _15, Layer _14);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=672",
        "normal_conv_1.filters=672",
        "normal_left1.separable_conv_1_.filters=672",
        "normal_left1.separable_conv_2_.filters=672",
        "normal_right1.separable_conv_1_.filters=672",
        "normal_right1.separable_conv_2_.filters=672",
        "normal_left2.separable_conv_1_.filters=672",
        "normal_left2.separable_conv_2_.filters=672",
        "normal_right2.separable_conv_1_.filters=672",
        "normal_right2.separable_conv_2_.filters=672",
        "normal_left5.separable_conv_1_.filters=672",
        "normal_left5.separable_conv_2_.filters=672"
      })
  Layer _17(Layer _16, Layer _15);

  @Apply(
      value = NASNetMobile.NormalCellProjected.class,
      set = {
        "adjust_conv_projection.filters=672",
        "normal_conv_1.filters=672",
        "normal_left1.separable_conv_1_.filters=672",
        "normal_left1.separable_conv_2_.filters=672",
        "normal_right1.separable_conv_1_.filters=672",
        "normal_right1.separable_conv_2_.filters=672",
        "normal_left2.separable_conv_1_.filters=672",
        "normal_left2.separable_conv_2_.filters=672",
        "normal_right2.separable_conv_1_.filters=672",
        "normal_right2.separable_conv_2_.filters=672",
        "normal_left5.separable_conv_1_.filters=672",
        "normal_left5.separable_conv_2_.filters=672"
      })
  Layer _18(Layer _17, Layer _16);

  @Activation(activation = Activations.RELU)
  @Name("{auto}")
  Layer relu(Layer _18);

  @GlobalAveragePooling2D
  @Name("{auto}")
  Layer pool(Layer relu);

  @Dense(units = 1000, activation = Activations.SOFTMAX)
  Layer predictions(Layer pool);
}
