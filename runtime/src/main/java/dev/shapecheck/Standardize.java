package dev.shapecheck;

import java.util.Locale;

/** How Keras's {@code TextVectorization} standardizes text before splitting it. */
public enum Standardize {
  /** Lowercase, then strip punctuation (Keras's default). */
  LOWER_AND_STRIP_PUNCTUATION,
  /** Lowercase only. */
  LOWER,
  /** Strip punctuation only. */
  STRIP_PUNCTUATION,
  /** No standardization: Keras's {@code None}. */
  NONE;

  /** The name Keras uses, e.g. {@code "lower"}; {@code null} for {@link #NONE}. */
  public String kerasName() {
    return this == NONE ? null : name().toLowerCase(Locale.ROOT);
  }
}
