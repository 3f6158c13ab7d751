package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * Where a layer's input comes from, in words for error messages: "the (2, 2, 64) output of pool2"
 * or "the model input (28, 28, 1)".
 */
final class InputDescription {
  private final Shape shape;
  private final String source;
  private final boolean strings;
  private final boolean integers;

  private InputDescription(Shape shape, String source, boolean strings) {
    this(shape, source, strings, false);
  }

  private InputDescription(Shape shape, String source, boolean strings, boolean integers) {
    this.shape = shape;
    this.source = source;
    this.strings = strings;
    this.integers = integers;
  }

  /** This input, holding integers at run time when {@code integers}. */
  InputDescription ofIntegers(boolean integers) {
    return new InputDescription(shape, source, strings, integers);
  }

  /**
   * Whether the input holds integers when the model runs (a typed input, a lookup's or Hashing's
   * indices, what a Flatten or a max pooling of them keeps).
   */
  boolean integers() {
    return integers;
  }

  static InputDescription modelInput(Shape shape) {
    return new InputDescription(shape, null, false);
  }

  static InputDescription outputOf(String layerName, Shape shape) {
    return new InputDescription(shape, layerName, false);
  }

  /** This input, holding strings ({@code InputDType.STRING}) when {@code strings}. */
  InputDescription ofStrings(boolean strings) {
    return new InputDescription(shape, source, strings, integers);
  }

  /** Whether the input holds strings rather than numbers. */
  boolean strings() {
    return strings;
  }

  /** "the (2, 2, 64) output of pool2" */
  @Override
  public String toString() {
    return source == null
        ? "the model input " + shape.dimsToString()
        : "the " + shape.dimsToString() + " output of " + source;
  }

  /** "(None, 2, 2, 64) from pool2" */
  String detail() {
    return shape + (source == null ? " (the model input)" : " from " + source);
  }
}
