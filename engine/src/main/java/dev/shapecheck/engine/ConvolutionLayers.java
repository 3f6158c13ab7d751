package dev.shapecheck.engine;

import static dev.shapecheck.engine.LayerTrait.ACTIVATION_ARGUMENT;
import static dev.shapecheck.engine.LayerTrait.CONVOLUTION_WINDOW;
import static dev.shapecheck.engine.LayerTrait.PROPORTIONAL_TO_SIZE;
import static dev.shapecheck.engine.LayerTrait.TRANSPOSED;

import dev.shapecheck.layers.Conv1D;
import dev.shapecheck.layers.Conv1DTranspose;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Conv2DTranspose;
import dev.shapecheck.layers.Conv3D;
import dev.shapecheck.layers.Conv3DTranspose;
import dev.shapecheck.layers.DepthwiseConv1D;
import dev.shapecheck.layers.DepthwiseConv2D;
import dev.shapecheck.layers.SeparableConv1D;
import dev.shapecheck.layers.SeparableConv2D;

/**
 * Keras's convolution layers: plain, transposed, depthwise and separable, over 1, 2 or 3 spatial
 * axes where Keras has them (no {@code DepthwiseConv3D} or {@code SeparableConv3D}).
 */
final class ConvolutionLayers {
  private ConvolutionLayers() {}

  /** Keras's config order of each family: {@code Conv.get_config} and its subclasses'. */
  private static final String[] CONVOLUTION_KEYS = {
    "filters",
    "kernelSize",
    "strides",
    "padding",
    "dataFormat",
    "dilationRate",
    "groups",
    "activation",
    "useBias"
  };

  /** The weights' initializers, regularizers and constraints Keras 3's convolutions write. */
  private static final String KERNEL_AND_BIAS =
      " kernel_initializer bias_initializer kernel_regularizer bias_regularizer"
          + " activity_regularizer kernel_constraint bias_constraint";

  /** Keras 3's {@code BaseConv.get_config}. */
  private static final String CONVOLUTION_KERAS3 =
      "name trainable dtype filters kernel_size strides padding data_format dilation_rate groups"
          + " activation use_bias"
          + KERNEL_AND_BIAS;

  /** Keras 3's {@code BaseConvTranspose.get_config}. */
  private static final String TRANSPOSED_KERAS3 =
      "name trainable dtype filters kernel_size strides padding output_padding data_format"
          + " dilation_rate activation use_bias"
          + KERNEL_AND_BIAS;

  /** Keras 3's {@code BaseDepthwiseConv.get_config}. */
  private static final String DEPTHWISE_KERAS3 =
      "name trainable dtype depth_multiplier kernel_size strides padding data_format"
          + " dilation_rate activation use_bias depthwise_initializer bias_initializer"
          + " depthwise_regularizer bias_regularizer activity_regularizer depthwise_constraint"
          + " bias_constraint";

  /** Keras 3's {@code BaseSeparableConv.get_config}. */
  private static final String SEPARABLE_KERAS3 =
      "name trainable dtype depth_multiplier filters kernel_size strides padding data_format"
          + " dilation_rate activation use_bias depthwise_initializer pointwise_initializer"
          + " bias_initializer depthwise_regularizer pointwise_regularizer bias_regularizer"
          + " activity_regularizer depthwise_constraint pointwise_constraint bias_constraint";

  private static final String[] TRANSPOSED_KEYS = {
    "filters",
    "kernelSize",
    "strides",
    "padding",
    "dataFormat",
    "dilationRate",
    "activation",
    "useBias",
    "outputPadding"
  };

  private static final String[] DEPTHWISE_KEYS = {
    "kernelSize",
    "strides",
    "padding",
    "dataFormat",
    "dilationRate",
    "activation",
    "useBias",
    "depthMultiplier"
  };

  private static final String[] SEPARABLE_KEYS = {
    "filters",
    "kernelSize",
    "strides",
    "padding",
    "dataFormat",
    "dilationRate",
    "activation",
    "useBias",
    "depthMultiplier"
  };

  static void register() {
    LayerCatalog.layer(Conv1D.class, args -> ConvolutionSpec.parse(args, 1), CONVOLUTION_KEYS)
        .keras2(
            "name trainable dtype filters kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint bias_constraint")
        .keras3(CONVOLUTION_KERAS3)
        .traits(CONVOLUTION_WINDOW, ACTIVATION_ARGUMENT, PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(Conv2D.class, args -> ConvolutionSpec.parse(args, 2), CONVOLUTION_KEYS)
        .keras2(
            "name trainable dtype filters kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint bias_constraint")
        .keras3(CONVOLUTION_KERAS3)
        .traits(CONVOLUTION_WINDOW, ACTIVATION_ARGUMENT, PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(Conv3D.class, args -> ConvolutionSpec.parse(args, 3), CONVOLUTION_KEYS)
        .keras2(
            "name trainable dtype filters kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint bias_constraint")
        .keras3(CONVOLUTION_KERAS3)
        .traits(CONVOLUTION_WINDOW, ACTIVATION_ARGUMENT, PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            Conv1DTranspose.class,
            args -> TransposedConvolutionSpec.parse(args, 1),
            TRANSPOSED_KEYS)
        .keras2(
            "name trainable dtype filters kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint bias_constraint output_padding")
        .keras3(TRANSPOSED_KERAS3)
        .traits(TRANSPOSED, ACTIVATION_ARGUMENT, PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            Conv2DTranspose.class,
            args -> TransposedConvolutionSpec.parse(args, 2),
            TRANSPOSED_KEYS)
        .keras2(
            "name trainable dtype filters kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint bias_constraint output_padding")
        .keras3(TRANSPOSED_KERAS3)
        .traits(TRANSPOSED, ACTIVATION_ARGUMENT, PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            Conv3DTranspose.class,
            args -> TransposedConvolutionSpec.parse(args, 3),
            TRANSPOSED_KEYS)
        .keras2(
            "name trainable dtype filters kernel_size strides padding data_format"
                + " groups activation use_bias kernel_initializer bias_initializer"
                + " kernel_regularizer bias_regularizer activity_regularizer"
                + " kernel_constraint bias_constraint output_padding")
        .keras3(TRANSPOSED_KERAS3)
        .traits(TRANSPOSED, ACTIVATION_ARGUMENT, PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            DepthwiseConv1D.class,
            args -> DepthwiseConvolutionSpec.parseDepthwise(args, 1),
            DEPTHWISE_KEYS)
        .keras2(
            "name trainable dtype kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias bias_initializer"
                + " bias_regularizer activity_regularizer bias_constraint"
                + " depth_multiplier depthwise_initializer depthwise_regularizer"
                + " depthwise_constraint")
        .keras3(DEPTHWISE_KERAS3)
        .traits(CONVOLUTION_WINDOW, ACTIVATION_ARGUMENT);
    LayerCatalog.layer(
            DepthwiseConv2D.class,
            args -> DepthwiseConvolutionSpec.parseDepthwise(args, 2),
            DEPTHWISE_KEYS)
        .keras2(
            "name trainable dtype kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias bias_initializer"
                + " bias_regularizer activity_regularizer bias_constraint"
                + " depth_multiplier depthwise_initializer depthwise_regularizer"
                + " depthwise_constraint")
        .keras3(DEPTHWISE_KERAS3)
        .traits(CONVOLUTION_WINDOW, ACTIVATION_ARGUMENT);
    LayerCatalog.layer(
            SeparableConv1D.class,
            args -> DepthwiseConvolutionSpec.parseSeparable(args, 1),
            SEPARABLE_KEYS)
        .keras2(
            "name trainable dtype filters kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint bias_constraint"
                + " depth_multiplier depthwise_initializer pointwise_initializer"
                + " depthwise_regularizer pointwise_regularizer depthwise_constraint"
                + " pointwise_constraint")
        .keras3(SEPARABLE_KERAS3)
        .traits(CONVOLUTION_WINDOW, ACTIVATION_ARGUMENT);
    LayerCatalog.layer(
            SeparableConv2D.class,
            args -> DepthwiseConvolutionSpec.parseSeparable(args, 2),
            SEPARABLE_KEYS)
        .keras2(
            "name trainable dtype filters kernel_size strides padding data_format"
                + " dilation_rate groups activation use_bias kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint bias_constraint"
                + " depth_multiplier depthwise_initializer pointwise_initializer"
                + " depthwise_regularizer pointwise_regularizer depthwise_constraint"
                + " pointwise_constraint")
        .keras3(SEPARABLE_KERAS3)
        .traits(CONVOLUTION_WINDOW, ACTIVATION_ARGUMENT);
  }
}
