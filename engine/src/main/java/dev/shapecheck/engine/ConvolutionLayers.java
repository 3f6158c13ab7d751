package dev.shapecheck.engine;

/**
 * Keras's convolution layers: plain, transposed, depthwise and separable, over 1, 2 or 3 spatial
 * axes where Keras has them (no {@code DepthwiseConv3D} or {@code SeparableConv3D}).
 */
final class ConvolutionLayers {
  private ConvolutionLayers() {}

  static void register() {
    for (int rank = 1; rank <= 3; rank++) {
      int r = rank;
      LayerCatalog.layer("Conv" + rank + "D", args -> ConvolutionSpec.parse(args, r));
      LayerCatalog.layer(
          "Conv" + rank + "DTranspose", args -> TransposedConvolutionSpec.parse(args, r));
    }
    for (int rank = 1; rank <= 2; rank++) {
      int r = rank;
      LayerCatalog.layer(
          "DepthwiseConv" + rank + "D", args -> DepthwiseConvolutionSpec.parseDepthwise(args, r));
      LayerCatalog.layer(
          "SeparableConv" + rank + "D", args -> DepthwiseConvolutionSpec.parseSeparable(args, r));
    }
  }
}
