package dev.shapecheck.engine;

import java.util.List;

/**
 * Where checks that run after the shapes are known (design constraints, warnings) report what
 * they find, with the same context and format as the engine's own problems.
 */
interface Findings {
  /** A problem of layer {@code index}; {@code annotation} names the annotation holding the attribute (null: the layer's own). */
  void layer(
      int index,
      ErrorKind kind,
      String annotation,
      String attribute,
      String headline,
      List<String> details);

  /** A problem of the model as a whole, on an attribute of its annotation (or null). */
  void model(ErrorKind kind, String attribute, String headline, String hint);

  /** Like {@link #model(ErrorKind, String, String, String)}, with several detail lines. */
  void model(ErrorKind kind, String attribute, String headline, List<String> details);
}
