package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Padding;
import dev.shapecheck.Shape;
import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.DepthwiseConv2D;
import dev.shapecheck.layers.Dropout;
import dev.shapecheck.layers.Flatten;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.ReLU;
import dev.shapecheck.layers.Rescaling;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * MobileNetV3Large as in Keras Applications ({@code keras.applications.MobileNetV3Large(weights=
 * None)}, every other argument at its default): no {@code input_shape}, so the input is {@code
 * (None, None, 3)} and every spatial size is {@code None}; Keras's {@code Rescaling(1/127.5,
 * offset=-1)} in front ({@code include_preprocessing=True}), a stem, fifteen inverted residual
 * blocks ({@code expanded_conv}, {@code expanded_conv_1}, ..., {@code expanded_conv_14}) and the
 * 1x1-convolution head, in the order Keras's source creates the layers, each with the name Keras
 * gives it: explicit names as method names, automatic ones ({@code activation_3}, {@code re_lu_5},
 * {@code add_2}, ...) as {@code @Name("{auto}")}, numbered as Keras numbers them.
 *
 * <p>The inverted residual blocks are written out: they differ in expansion, kernel size, stride (a
 * stride of 2 is padded by {@code correct_pad}'s amounts for an unknown size, then a {@code VALID}
 * depthwise convolution), activation, squeeze-and-excite and residual. Their squeeze-and-excite is
 * MobileNetV3Small's {@link MobileNetV3Small.SqueezeExcite} block, applied where Keras calls {@code
 * _se_block}, its use named as Keras's prefix ({@code expanded_conv_3_}). Keras's {@code
 * hard_swish} is {@code Activation("hard_swish")} ({@link dev.shapecheck.Activations#HARD_SWISH},
 * which Keras 3 writes {@code "hard_silu"}).
 */
@Functional(name = "MobileNetV3Large")
public interface MobileNetV3Large {
  @Input(shape = {Shape.NONE, Shape.NONE, 3})
  @Name("{auto}")
  Layer image();

  @Rescaling(scale = 1.0 / 127.5, offset = -1.0)
  @Name("{auto}")
  Layer rescaling(Layer image);

  @Conv2D(filters = 16, kernelSize = 3, strides = 2, padding = Padding.SAME, useBias = false)
  Layer conv(Layer rescaling);

  @BatchNormalization(momentum = 0.999)
  Layer conv_bn(Layer conv);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer conv_activation(Layer conv_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_depthwise(Layer conv_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_depthwise_bn(Layer expanded_conv_depthwise);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_depthwise_activation(Layer expanded_conv_depthwise_bn);

  @Conv2D(filters = 16, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_project(Layer expanded_conv_depthwise_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_project_bn(Layer expanded_conv_project);

  @Add
  Layer expanded_conv_add(Layer conv_activation, Layer expanded_conv_project_bn);

  @Conv2D(filters = 64, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_1_expand(Layer expanded_conv_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_1_expand_bn(Layer expanded_conv_1_expand);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_1_expand_activation(Layer expanded_conv_1_expand_bn);

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer expanded_conv_1_depthwise_pad(Layer expanded_conv_1_expand_activation);

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer expanded_conv_1_depthwise(Layer expanded_conv_1_depthwise_pad);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_1_depthwise_bn(Layer expanded_conv_1_depthwise);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_1_depthwise_activation(Layer expanded_conv_1_depthwise_bn);

  @Conv2D(filters = 24, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_1_project(Layer expanded_conv_1_depthwise_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_1_project_bn(Layer expanded_conv_1_project);

  @Conv2D(filters = 72, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_2_expand(Layer expanded_conv_1_project_bn);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_2_expand_bn(Layer expanded_conv_2_expand);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_2_expand_activation(Layer expanded_conv_2_expand_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_2_depthwise(Layer expanded_conv_2_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_2_depthwise_bn(Layer expanded_conv_2_depthwise);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_2_depthwise_activation(Layer expanded_conv_2_depthwise_bn);

  @Conv2D(filters = 24, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_2_project(Layer expanded_conv_2_depthwise_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_2_project_bn(Layer expanded_conv_2_project);

  @Add
  Layer expanded_conv_2_add(Layer expanded_conv_1_project_bn, Layer expanded_conv_2_project_bn);

  @Conv2D(filters = 72, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_3_expand(Layer expanded_conv_2_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_3_expand_bn(Layer expanded_conv_3_expand);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_3_expand_activation(Layer expanded_conv_3_expand_bn);

  @ZeroPadding2D(padding = {1, 2, 1, 2})
  Layer expanded_conv_3_depthwise_pad(Layer expanded_conv_3_expand_activation);

  @DepthwiseConv2D(kernelSize = 5, strides = 2, useBias = false)
  Layer expanded_conv_3_depthwise(Layer expanded_conv_3_depthwise_pad);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_3_depthwise_bn(Layer expanded_conv_3_depthwise);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_3_depthwise_activation(Layer expanded_conv_3_depthwise_bn);

  @Apply(
      value = MobileNetV3Small.SqueezeExcite.class,
      set = {"squeeze_excite_conv.filters=24", "squeeze_excite_conv_1.filters=72"})
  Layer expanded_conv_3_(Layer expanded_conv_3_depthwise_activation);

  @Conv2D(filters = 40, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_3_project(Layer expanded_conv_3_);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_3_project_bn(Layer expanded_conv_3_project);

  @Conv2D(filters = 120, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_4_expand(Layer expanded_conv_3_project_bn);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_4_expand_bn(Layer expanded_conv_4_expand);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_4_expand_activation(Layer expanded_conv_4_expand_bn);

  @DepthwiseConv2D(kernelSize = 5, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_4_depthwise(Layer expanded_conv_4_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_4_depthwise_bn(Layer expanded_conv_4_depthwise);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_4_depthwise_activation(Layer expanded_conv_4_depthwise_bn);

  @Apply(
      value = MobileNetV3Small.SqueezeExcite.class,
      set = {"squeeze_excite_conv.filters=32", "squeeze_excite_conv_1.filters=120"})
  Layer expanded_conv_4_(Layer expanded_conv_4_depthwise_activation);

  @Conv2D(filters = 40, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_4_project(Layer expanded_conv_4_);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_4_project_bn(Layer expanded_conv_4_project);

  @Add
  Layer expanded_conv_4_add(Layer expanded_conv_3_project_bn, Layer expanded_conv_4_project_bn);

  @Conv2D(filters = 120, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_5_expand(Layer expanded_conv_4_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_5_expand_bn(Layer expanded_conv_5_expand);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_5_expand_activation(Layer expanded_conv_5_expand_bn);

  @DepthwiseConv2D(kernelSize = 5, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_5_depthwise(Layer expanded_conv_5_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_5_depthwise_bn(Layer expanded_conv_5_depthwise);

  @ReLU
  @Name("{auto}")
  Layer expanded_conv_5_depthwise_activation(Layer expanded_conv_5_depthwise_bn);

  @Apply(
      value = MobileNetV3Small.SqueezeExcite.class,
      set = {"squeeze_excite_conv.filters=32", "squeeze_excite_conv_1.filters=120"})
  Layer expanded_conv_5_(Layer expanded_conv_5_depthwise_activation);

  @Conv2D(filters = 40, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_5_project(Layer expanded_conv_5_);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_5_project_bn(Layer expanded_conv_5_project);

  @Add
  Layer expanded_conv_5_add(Layer expanded_conv_4_add, Layer expanded_conv_5_project_bn);

  @Conv2D(filters = 240, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_6_expand(Layer expanded_conv_5_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_6_expand_bn(Layer expanded_conv_6_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_6_expand_activation(Layer expanded_conv_6_expand_bn);

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer expanded_conv_6_depthwise_pad(Layer expanded_conv_6_expand_activation);

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer expanded_conv_6_depthwise(Layer expanded_conv_6_depthwise_pad);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_6_depthwise_bn(Layer expanded_conv_6_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_6_depthwise_activation(Layer expanded_conv_6_depthwise_bn);

  @Conv2D(filters = 80, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_6_project(Layer expanded_conv_6_depthwise_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_6_project_bn(Layer expanded_conv_6_project);

  @Conv2D(filters = 200, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_7_expand(Layer expanded_conv_6_project_bn);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_7_expand_bn(Layer expanded_conv_7_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_7_expand_activation(Layer expanded_conv_7_expand_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_7_depthwise(Layer expanded_conv_7_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_7_depthwise_bn(Layer expanded_conv_7_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_7_depthwise_activation(Layer expanded_conv_7_depthwise_bn);

  @Conv2D(filters = 80, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_7_project(Layer expanded_conv_7_depthwise_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_7_project_bn(Layer expanded_conv_7_project);

  @Add
  Layer expanded_conv_7_add(Layer expanded_conv_6_project_bn, Layer expanded_conv_7_project_bn);

  @Conv2D(filters = 184, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_8_expand(Layer expanded_conv_7_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_8_expand_bn(Layer expanded_conv_8_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_8_expand_activation(Layer expanded_conv_8_expand_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_8_depthwise(Layer expanded_conv_8_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_8_depthwise_bn(Layer expanded_conv_8_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_8_depthwise_activation(Layer expanded_conv_8_depthwise_bn);

  @Conv2D(filters = 80, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_8_project(Layer expanded_conv_8_depthwise_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_8_project_bn(Layer expanded_conv_8_project);

  @Add
  Layer expanded_conv_8_add(Layer expanded_conv_7_add, Layer expanded_conv_8_project_bn);

  @Conv2D(filters = 184, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_9_expand(Layer expanded_conv_8_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_9_expand_bn(Layer expanded_conv_9_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_9_expand_activation(Layer expanded_conv_9_expand_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_9_depthwise(Layer expanded_conv_9_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_9_depthwise_bn(Layer expanded_conv_9_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_9_depthwise_activation(Layer expanded_conv_9_depthwise_bn);

  @Conv2D(filters = 80, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_9_project(Layer expanded_conv_9_depthwise_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_9_project_bn(Layer expanded_conv_9_project);

  @Add
  Layer expanded_conv_9_add(Layer expanded_conv_8_add, Layer expanded_conv_9_project_bn);

  @Conv2D(filters = 480, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_10_expand(Layer expanded_conv_9_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_10_expand_bn(Layer expanded_conv_10_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_10_expand_activation(Layer expanded_conv_10_expand_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_10_depthwise(Layer expanded_conv_10_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_10_depthwise_bn(Layer expanded_conv_10_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_10_depthwise_activation(Layer expanded_conv_10_depthwise_bn);

  @Apply(
      value = MobileNetV3Small.SqueezeExcite.class,
      set = {"squeeze_excite_conv.filters=120", "squeeze_excite_conv_1.filters=480"})
  Layer expanded_conv_10_(Layer expanded_conv_10_depthwise_activation);

  @Conv2D(filters = 112, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_10_project(Layer expanded_conv_10_);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_10_project_bn(Layer expanded_conv_10_project);

  @Conv2D(filters = 672, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_11_expand(Layer expanded_conv_10_project_bn);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_11_expand_bn(Layer expanded_conv_11_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_11_expand_activation(Layer expanded_conv_11_expand_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_11_depthwise(Layer expanded_conv_11_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_11_depthwise_bn(Layer expanded_conv_11_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_11_depthwise_activation(Layer expanded_conv_11_depthwise_bn);

  @Apply(
      value = MobileNetV3Small.SqueezeExcite.class,
      set = {"squeeze_excite_conv.filters=168", "squeeze_excite_conv_1.filters=672"})
  Layer expanded_conv_11_(Layer expanded_conv_11_depthwise_activation);

  @Conv2D(filters = 112, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_11_project(Layer expanded_conv_11_);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_11_project_bn(Layer expanded_conv_11_project);

  @Add
  Layer expanded_conv_11_add(Layer expanded_conv_10_project_bn, Layer expanded_conv_11_project_bn);

  @Conv2D(filters = 672, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_12_expand(Layer expanded_conv_11_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_12_expand_bn(Layer expanded_conv_12_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_12_expand_activation(Layer expanded_conv_12_expand_bn);

  @ZeroPadding2D(padding = {1, 2, 1, 2})
  Layer expanded_conv_12_depthwise_pad(Layer expanded_conv_12_expand_activation);

  @DepthwiseConv2D(kernelSize = 5, strides = 2, useBias = false)
  Layer expanded_conv_12_depthwise(Layer expanded_conv_12_depthwise_pad);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_12_depthwise_bn(Layer expanded_conv_12_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_12_depthwise_activation(Layer expanded_conv_12_depthwise_bn);

  @Apply(
      value = MobileNetV3Small.SqueezeExcite.class,
      set = {"squeeze_excite_conv.filters=168", "squeeze_excite_conv_1.filters=672"})
  Layer expanded_conv_12_(Layer expanded_conv_12_depthwise_activation);

  @Conv2D(filters = 160, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_12_project(Layer expanded_conv_12_);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_12_project_bn(Layer expanded_conv_12_project);

  @Conv2D(filters = 960, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_13_expand(Layer expanded_conv_12_project_bn);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_13_expand_bn(Layer expanded_conv_13_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_13_expand_activation(Layer expanded_conv_13_expand_bn);

  @DepthwiseConv2D(kernelSize = 5, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_13_depthwise(Layer expanded_conv_13_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_13_depthwise_bn(Layer expanded_conv_13_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_13_depthwise_activation(Layer expanded_conv_13_depthwise_bn);

  @Apply(
      value = MobileNetV3Small.SqueezeExcite.class,
      set = {"squeeze_excite_conv.filters=240", "squeeze_excite_conv_1.filters=960"})
  Layer expanded_conv_13_(Layer expanded_conv_13_depthwise_activation);

  @Conv2D(filters = 160, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_13_project(Layer expanded_conv_13_);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_13_project_bn(Layer expanded_conv_13_project);

  @Add
  Layer expanded_conv_13_add(Layer expanded_conv_12_project_bn, Layer expanded_conv_13_project_bn);

  @Conv2D(filters = 960, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_14_expand(Layer expanded_conv_13_add);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_14_expand_bn(Layer expanded_conv_14_expand);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_14_expand_activation(Layer expanded_conv_14_expand_bn);

  @DepthwiseConv2D(kernelSize = 5, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_14_depthwise(Layer expanded_conv_14_expand_activation);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_14_depthwise_bn(Layer expanded_conv_14_depthwise);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer expanded_conv_14_depthwise_activation(Layer expanded_conv_14_depthwise_bn);

  @Apply(
      value = MobileNetV3Small.SqueezeExcite.class,
      set = {"squeeze_excite_conv.filters=240", "squeeze_excite_conv_1.filters=960"})
  Layer expanded_conv_14_(Layer expanded_conv_14_depthwise_activation);

  @Conv2D(filters = 160, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer expanded_conv_14_project(Layer expanded_conv_14_);

  @BatchNormalization(momentum = 0.999)
  Layer expanded_conv_14_project_bn(Layer expanded_conv_14_project);

  @Add
  Layer expanded_conv_14_add(Layer expanded_conv_13_add, Layer expanded_conv_14_project_bn);

  @Conv2D(filters = 960, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_1(Layer expanded_conv_14_add);

  @BatchNormalization(momentum = 0.999)
  Layer conv_1_bn(Layer conv_1);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer conv_1_activation(Layer conv_1_bn);

  @GlobalAveragePooling2D(keepdims = true)
  @Name("{auto}")
  Layer head_pooling(Layer conv_1_activation);

  @Conv2D(filters = 1280, kernelSize = 1, padding = Padding.SAME)
  Layer conv_2(Layer head_pooling);

  @Activation(activation = Activations.HARD_SWISH)
  @Name("{auto}")
  Layer conv_2_activation(Layer conv_2);

  @Dropout(rate = 0.2)
  @Name("{auto}")
  Layer head_dropout(Layer conv_2_activation);

  @Conv2D(filters = 1000, kernelSize = 1, padding = Padding.SAME)
  Layer logits(Layer head_dropout);

  @Flatten
  @Name("{auto}")
  Layer head_flatten(Layer logits);

  @Activation(activation = Activations.SOFTMAX)
  Layer predictions(Layer head_flatten);
}
