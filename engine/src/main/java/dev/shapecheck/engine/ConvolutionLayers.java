package dev.shapecheck.engine;

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

  static void register() {
    LayerCatalog.layer(
            Conv1D.class,
            args -> ConvolutionSpec.parse(args, 1),
            "filters",
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "groups",
            "activation",
            "useBias")
        .traits(LayerTrait.CONVOLUTION_WINDOW, LayerTrait.ACTIVATION_ARGUMENT, LayerTrait.PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            Conv2D.class,
            args -> ConvolutionSpec.parse(args, 2),
            "filters",
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "groups",
            "activation",
            "useBias")
        .traits(LayerTrait.CONVOLUTION_WINDOW, LayerTrait.ACTIVATION_ARGUMENT, LayerTrait.PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            Conv3D.class,
            args -> ConvolutionSpec.parse(args, 3),
            "filters",
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "groups",
            "activation",
            "useBias")
        .traits(LayerTrait.CONVOLUTION_WINDOW, LayerTrait.ACTIVATION_ARGUMENT, LayerTrait.PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            Conv1DTranspose.class,
            args -> TransposedConvolutionSpec.parse(args, 1),
            "filters",
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "activation",
            "useBias",
            "outputPadding")
        .traits(LayerTrait.TRANSPOSED, LayerTrait.ACTIVATION_ARGUMENT, LayerTrait.PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            Conv2DTranspose.class,
            args -> TransposedConvolutionSpec.parse(args, 2),
            "filters",
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "activation",
            "useBias",
            "outputPadding")
        .traits(LayerTrait.TRANSPOSED, LayerTrait.ACTIVATION_ARGUMENT, LayerTrait.PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            Conv3DTranspose.class,
            args -> TransposedConvolutionSpec.parse(args, 3),
            "filters",
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "activation",
            "useBias",
            "outputPadding")
        .traits(LayerTrait.TRANSPOSED, LayerTrait.ACTIVATION_ARGUMENT, LayerTrait.PROPORTIONAL_TO_SIZE);
    LayerCatalog.layer(
            DepthwiseConv1D.class,
            args -> DepthwiseConvolutionSpec.parseDepthwise(args, 1),
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "activation",
            "useBias",
            "depthMultiplier")
        .traits(LayerTrait.CONVOLUTION_WINDOW, LayerTrait.ACTIVATION_ARGUMENT);
    LayerCatalog.layer(
            DepthwiseConv2D.class,
            args -> DepthwiseConvolutionSpec.parseDepthwise(args, 2),
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "activation",
            "useBias",
            "depthMultiplier")
        .traits(LayerTrait.CONVOLUTION_WINDOW, LayerTrait.ACTIVATION_ARGUMENT);
    LayerCatalog.layer(
            SeparableConv1D.class,
            args -> DepthwiseConvolutionSpec.parseSeparable(args, 1),
            "filters",
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "activation",
            "useBias",
            "depthMultiplier")
        .traits(LayerTrait.CONVOLUTION_WINDOW, LayerTrait.ACTIVATION_ARGUMENT);
    LayerCatalog.layer(
            SeparableConv2D.class,
            args -> DepthwiseConvolutionSpec.parseSeparable(args, 2),
            "filters",
            "kernelSize",
            "strides",
            "padding",
            "dataFormat",
            "dilationRate",
            "activation",
            "useBias",
            "depthMultiplier")
        .traits(LayerTrait.CONVOLUTION_WINDOW, LayerTrait.ACTIVATION_ARGUMENT);
  }

}
