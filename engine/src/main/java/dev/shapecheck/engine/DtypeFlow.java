package dev.shapecheck.engine;

import dev.shapecheck.layers.Flatten;
import dev.shapecheck.layers.Identity;
import dev.shapecheck.layers.Permute;
import dev.shapecheck.layers.Reshape;

/**
 * What Keras 3 does with a tensor of strings or integers, as traits of the kinds registered by the
 * families: which layers keep their input's dtype in Keras's symbolic call ({@link
 * LayerTrait#KEEPS_DTYPE}, what KERAS_JSON writes on the tensors they feed) and which run on
 * strings ({@link LayerTrait#RUNS_ON_STRINGS}). Kept in one place because it was found by one
 * experiment over the catalogue (each layer built and run in Keras 3.15.1 on string, int32 and
 * int64 inputs) and is held by one corpus, dtype-flow.json.
 */
final class DtypeFlow {
  private DtypeFlow() {}

  static void register() {
    // Their compute_output_spec returns a tensor of the input's dtype (keras/src/layers/reshaping,
    // core/identity.py); every other layer's symbolic output has its compute dtype.
    for (Class<? extends java.lang.annotation.Annotation> kind :
        java.util.List.of(Flatten.class, Reshape.class, Permute.class, Identity.class)) {
      LayerCatalog.addTraits(kind, LayerTrait.KEEPS_DTYPE, LayerTrait.RUNS_ON_STRINGS);
    }
  }
}
