package dev.shapecheck.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Keras's automatic layer names for one model: a layer created without a name is named after its
 * class in snake_case, and each further one of that class gets the next number ({@code conv2d},
 * {@code conv2d_1}, {@code conv2d_2}, ...; Keras's {@code auto_name}). Keras counts per session;
 * counting per model is what a model built in a new session gets, which is how keras.applications
 * are built and documented. Layers given a name count for nothing, in Keras as here.
 */
final class AutoNames {
  private final Map<String, Integer> used = new HashMap<>();

  /** The name Keras gives the next unnamed layer of class {@code kerasClass}. */
  String next(String kerasClass) {
    String base = KerasNames.toSnakeCase(kerasClass);
    int count = used.merge(base, 1, Integer::sum) - 1;
    return count == 0 ? base : base + "_" + count;
  }
}
