package dev.shapecheck.engine;

/**
 * Keras's merge layers, which combine the outputs of several layers of a functional model:
 * the elementwise {@code Add}, {@code Subtract}, {@code Multiply}, {@code Average}, {@code Maximum}
 * and {@code Minimum}, and {@code Concatenate} and {@code Dot}. Each is a {@link MultiInputSpec};
 * none has weights, and only {@code Dot} has multiply-accumulates (see its spec).
 */
final class MergeLayers {
  private MergeLayers() {}

  static void register() {
    LayerCatalog.layer("Add", ElementwiseMergeSpec::add);
    LayerCatalog.layer("Subtract", ElementwiseMergeSpec::subtract);
    LayerCatalog.layer("Multiply", ElementwiseMergeSpec::multiply);
    LayerCatalog.layer("Average", ElementwiseMergeSpec::average);
    LayerCatalog.layer("Maximum", ElementwiseMergeSpec::maximum);
    LayerCatalog.layer("Minimum", ElementwiseMergeSpec::minimum);
    LayerCatalog.layer("Concatenate", ConcatenateSpec::parse);
    LayerCatalog.layer("Dot", DotSpec::parse);
  }
}
