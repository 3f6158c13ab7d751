package dev.shapecheck.examples;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;

/** Looks up one row of a functional model's summary by its expanded name ({@code a/b/c}). */
final class SummaryRows {
  private SummaryRows() {}

  static Layer row(ModelSummary summary, String name) {
    return summary.layers().stream()
        .filter(layer -> layer.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + name + " in " + summary.name()));
  }

  /** The output shape of row {@code name}, as Keras prints it: {@code (None, 7, 7, 2048)}. */
  static String shape(ModelSummary summary, String name) {
    return row(summary, name).outputShape().toString();
  }
}
