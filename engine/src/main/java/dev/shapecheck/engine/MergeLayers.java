package dev.shapecheck.engine;

import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.Average;
import dev.shapecheck.layers.Concatenate;
import dev.shapecheck.layers.Dot;
import dev.shapecheck.layers.Maximum;
import dev.shapecheck.layers.Minimum;
import dev.shapecheck.layers.Multiply;
import dev.shapecheck.layers.Subtract;

/**
 * Keras's merge layers, which combine the outputs of several layers of a functional model: the
 * elementwise {@code Add}, {@code Subtract}, {@code Multiply}, {@code Average}, {@code Maximum} and
 * {@code Minimum}, and {@code Concatenate} and {@code Dot}. Each is a {@link MultiInputSpec}; none
 * has weights, and only {@code Dot} has multiply-accumulates (see its spec).
 */
final class MergeLayers {
  private MergeLayers() {}

  static void register() {
    // tf.keras 2's get_config adds axis (Concatenate) and axes, normalize (Dot) to the base
    // name, trainable, dtype; the elementwise merges add nothing.
    LayerCatalog.layer(Add.class, ElementwiseMergeSpec::add).keras2();
    LayerCatalog.layer(Subtract.class, ElementwiseMergeSpec::subtract).keras2();
    LayerCatalog.layer(Multiply.class, ElementwiseMergeSpec::multiply).keras2();
    LayerCatalog.layer(Average.class, ElementwiseMergeSpec::average).keras2();
    LayerCatalog.layer(Maximum.class, ElementwiseMergeSpec::maximum).keras2();
    LayerCatalog.layer(Minimum.class, ElementwiseMergeSpec::minimum).keras2();
    LayerCatalog.layer(Concatenate.class, ConcatenateSpec::parse, "axis").keras2();
    LayerCatalog.layer(Dot.class, DotSpec::parse, "axes", "normalize").keras2();
  }
}
