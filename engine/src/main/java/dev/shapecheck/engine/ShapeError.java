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

  /** The input at fault, counted from 0 (its method parameter), or -1: the layer as a whole. */
  final int input;

  ShapeError(ErrorKind kind, String attribute, String headline, String needed, String hint) {
    this(kind, null, attribute, headline, needed, hint, -1);
  }

  /** A problem of one input of a layer with several, placed on that input's parameter. */
  static ShapeError atInput(
      int input, ErrorKind kind, String headline, String needed, String hint) {
    return new ShapeError(kind, null, null, headline, needed, hint, input);
  }

  private ShapeError(
      ErrorKind kind,
      String annotation,
      String attribute,
      String headline,
      String needed,
      String hint,
      int input) {
    super(headline, null, false, false);
    this.input = input;
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
        hint,
        input);
  }
}
