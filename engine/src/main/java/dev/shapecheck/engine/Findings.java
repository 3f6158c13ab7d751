package dev.shapecheck.engine;

import java.util.List;

/**
 * Where the {@link Rule}s (design constraints, warnings, graph checks) report what they find, with
 * the same context and format as the engine's own problems.
 */
interface Findings {
  /**
   * A problem of layer {@code index}; {@code annotation} names the annotation holding the attribute
   * (null: the layer's own).
   */
  void layer(
      int index,
      ErrorKind kind,
      String annotation,
      String attribute,
      String headline,
      List<String> details);

  /** A problem of the model as a whole, on an attribute of its annotation (or null). */
  default void model(ErrorKind kind, String attribute, String headline, String hint) {
    model(kind, attribute, headline, List.of("hint: " + hint));
  }

  /** Like {@link #model(ErrorKind, String, String, String)}, with several detail lines. */
  void model(ErrorKind kind, String attribute, String headline, List<String> details);
}
