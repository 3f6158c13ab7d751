package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import java.util.Locale;

/**
 * Wording that several rules share, so that their messages write numbers and layers alike; the
 * engine writes its own numbers (a block use past the layer limit) with it too.
 */
final class RuleText {
  private RuleText() {}

  /** Keras's grouping: 102,764,544. */
  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Name and type as Keras's summary shows them: {@code conv1 (Conv2D)}. */
  static String label(Layer layer) {
    return layer.name() + " (" + layer.type() + ")";
  }

  /**
   * The hint for a batch size below 1, shared by {@code @Sequential} and {@code @Input}. A batch of
   * 0 is the edge case of the project's rule: Keras 3 builds the model, and its {@code predict}
   * fails, so ShapeCheck rejects it and says so.
   */
  static String batchSizeHint(int batch) {
    return "hint: "
        + (batch == 0 ? "Keras builds a model with a batch of 0 but cannot run it; " : "")
        + "leave batchSize out to keep the batch open, as Keras's None";
  }
}
