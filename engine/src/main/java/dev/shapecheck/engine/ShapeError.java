package dev.shapecheck.engine;

/**
 * Why a layer cannot take the shape that reaches it. Thrown by a {@link LayerSpec} and turned by
 * the engine into a {@link Problem} with the model's context; it never leaves the engine.
 */
final class ShapeError extends Exception {
  private static final long serialVersionUID = 1L;

  final ErrorKind kind;
  final String annotation;
  final String attribute;
  final String needed;
  final String hint;

  ShapeError(ErrorKind kind, String attribute, String headline, String needed, String hint) {
    this(kind, null, attribute, headline, needed, hint);
  }

  private ShapeError(
      ErrorKind kind,
      String annotation,
      String attribute,
      String headline,
      String needed,
      String hint) {
    super(headline, null, false, false);
    this.kind = kind;
    this.annotation = annotation;
    this.attribute = attribute;
    this.needed = needed;
    this.hint = hint;
  }

  /**
   * This error as raised by the layer a wrapper wraps, so that it is placed on that layer's
   * annotation ({@code @Conv2D} under {@code @TimeDistributed}) and its text says so.
   */
  ShapeError fromWrapped(String wrappedType) {
    return new ShapeError(
        kind,
        annotation == null ? wrappedType : annotation,
        attribute,
        "wrapped " + wrappedType + ": " + getMessage(),
        needed,
        hint);
  }
}
