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
}
