package dev.shapecheck.engine;

/**
 * Why a layer cannot take the shape that reaches it. Thrown by a {@link LayerSpec} and turned by
 * the engine into a {@link Problem} with the model's context; it never leaves the engine.
 */
final class ShapeError extends Exception {
  private static final long serialVersionUID = 1L;

  final ErrorKind kind;
  final String attribute;
  final String needed;
  final String hint;

  ShapeError(ErrorKind kind, String attribute, String headline, String needed, String hint) {
    super(headline, null, false, false);
    this.kind = kind;
    this.attribute = attribute;
    this.needed = needed;
    this.hint = hint;
  }
}
