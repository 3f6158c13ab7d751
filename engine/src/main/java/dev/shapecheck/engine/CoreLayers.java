package dev.shapecheck.engine;

/**
 * Keras's core layers: {@code Dense}, {@code Flatten} and the other reshaping layers, the
 * regularization layers (dropout and noise) and the activation layers.
 */
final class CoreLayers {
  private CoreLayers() {}

  static void register() {
    LayerCatalog.layer("Dense", DenseSpec::parse);
    LayerCatalog.layer("Flatten", FlattenSpec::parse);
    LayerCatalog.layer("Reshape", ReshapeSpec::parse);
    LayerCatalog.layer("Permute", PermuteSpec::parse);
    LayerCatalog.layer("RepeatVector", RepeatVectorSpec::parse);

    LayerCatalog.layer("Dropout", NoiseSpec::dropout);
    for (int rank = 1; rank <= 3; rank++) {
      int r = rank;
      LayerCatalog.layer("SpatialDropout" + rank + "D", args -> NoiseSpec.spatialDropout(args, r));
    }
    LayerCatalog.layer("GaussianNoise", NoiseSpec::gaussianNoise);
    LayerCatalog.layer("GaussianDropout", NoiseSpec::gaussianDropout);
    LayerCatalog.layer("AlphaDropout", NoiseSpec::alphaDropout);

    LayerCatalog.layer("Activation", ElementwiseSpec::activation);
    LayerCatalog.layer("ReLU", ElementwiseSpec::relu);
    LayerCatalog.layer("LeakyReLU", ElementwiseSpec::leakyRelu);
    LayerCatalog.layer("ELU", ElementwiseSpec::elu);
    LayerCatalog.layer("ThresholdedReLU", ElementwiseSpec::thresholdedRelu);
    LayerCatalog.layer("Softmax", ElementwiseSpec::softmax);
    LayerCatalog.layer("Masking", ElementwiseSpec::masking);
    LayerCatalog.layer("PReLU", PReLUSpec::parse);
  }
}
