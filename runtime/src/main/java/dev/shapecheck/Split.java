package dev.shapecheck;

import java.util.Locale;

/** How Keras's {@code TextVectorization} splits text into tokens. */
public enum Split {
  /** On whitespace (Keras's default): one string becomes a sequence of words. */
  WHITESPACE,
  /** Into characters. */
  CHARACTER,
  /** No split: Keras's {@code None}, each string is one token. */
  NONE;

  /** The name Keras uses, e.g. {@code "whitespace"}; {@code null} for {@link #NONE}. */
  public String kerasName() {
    return this == NONE ? null : name().toLowerCase(Locale.ROOT);
  }
}
