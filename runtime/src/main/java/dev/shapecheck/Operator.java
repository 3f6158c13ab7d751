package dev.shapecheck;

import java.util.Locale;

/**
 * The elementwise {@code keras.ops} operations Python's arithmetic operators record when one
 * operand is a Keras tensor and the other a number ({@code x + 3.0} is {@code keras.ops.add}), by
 * their {@code keras.ops} names in UPPER_SNAKE. Used by {@link dev.shapecheck.layers.ScalarOp}.
 */
public enum Operator {
  /** {@code x + c}: {@code keras.ops.add}, class {@code Add}. */
  ADD,
  /** {@code x - c}: {@code keras.ops.subtract}, class {@code Subtract}. */
  SUBTRACT,
  /** {@code x * c}: {@code keras.ops.multiply}, class {@code Multiply}. */
  MULTIPLY,
  /** {@code x / c}: {@code keras.ops.true_divide}, class {@code TrueDivide}. */
  TRUE_DIVIDE,
  /** {@code x ** c}: {@code keras.ops.power}, class {@code Power}. */
  POWER;

  /** The {@code keras.ops} function, e.g. {@code "true_divide"}: also Keras's automatic name. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The class of {@code keras.src.ops.numpy} that records it, e.g. {@code "TrueDivide"}: what
   * Keras's summary shows as the row's type.
   */
  public String kerasClass() {
    StringBuilder out = new StringBuilder();
    for (String part : kerasName().split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
