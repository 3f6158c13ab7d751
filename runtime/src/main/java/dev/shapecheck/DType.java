package dev.shapecheck;

import java.util.Locale;

/**
 * The floating-point type of a model's weights and activations, Keras's {@code dtype}; it sets the
 * bytes behind every memory figure of a summary.
 */
public enum DType {
  FLOAT16(2),
  BFLOAT16(2),
  FLOAT32(4),
  FLOAT64(8);

  private final int bytes;

  DType(int bytes) {
    this.bytes = bytes;
  }

  /** Bytes per value. */
  public int bytes() {
    return bytes;
  }

  /** The name Keras uses, e.g. {@code "float32"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
