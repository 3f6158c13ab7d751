package dev.shapecheck.engine;

import dev.shapecheck.Operator;
import dev.shapecheck.layers.ScalarOp;

/**
 * The {@code keras.ops} operations a functional model can record between layers, declared as rows
 * because Keras's summary shows them as rows: {@link ScalarOp}, a tensor and a Python number
 * ({@code x + 3.0}). They are not layers: Keras 3 serializes one as {@code {"module":
 * "keras.src.ops.numpy", "class_name": "Add", "config": {"name": "add"}, "registered_name": "Add"}}
 * with no {@code build_config}, the number among its node's {@code args} ({@link KerasJson}), and
 * {@code model.layers} leaves it out; its summary class is its operator's ({@link
 * Operator#kerasClass}).
 */
final class OperationLayers {
  private OperationLayers() {}

  static void register() {
    // An operation's get_config is {"name": ...}; its arguments are the node's, not the config's.
    LayerCatalog.layer(ScalarOp.class, ScalarOpSpec::parse, "op", "value", "scalarFirst")
        .keras3("name")
        .operation(OperationLayers::operatorClass);
  }

  /** The class of the operation {@code layer}'s {@code op} names; the kind's type if none. */
  static String operatorClass(LayerConfig layer) {
    Object op = layer.argument("op");
    if (op instanceof String) {
      for (Operator operator : Operator.values()) {
        if (operator.name().equals(op)) {
          return operator.kerasClass();
        }
      }
    }
    return layer.type();
  }
}
