package dev.shapecheck.engine;

/** Keras's convolution layers. */
final class ConvolutionLayers {
  private ConvolutionLayers() {}

  static void register() {
    LayerCatalog.layer("Conv1D", args -> ConvolutionSpec.parse(args, 1));
    LayerCatalog.layer("Conv2D", args -> ConvolutionSpec.parse(args, 2));
    LayerCatalog.layer("Conv3D", args -> ConvolutionSpec.parse(args, 3));
  }
}
