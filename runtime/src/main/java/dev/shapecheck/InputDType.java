package dev.shapecheck;

import java.util.Locale;

/**
 * The dtype of a model's input, Keras's {@code keras.Input(dtype=...)}: numbers (the default) or
 * the integers and strings that Keras's lookup layers take ({@code StringLookup} needs {@link
 * #STRING}).
 */
public enum InputDType {
  /** Floating-point numbers of the model's {@link Sequential#dtype()} (float32 by default). */
  FLOAT,
  /** 32-bit integers. */
  INT32,
  /** 64-bit integers, as Keras's {@code IntegerLookup} and {@code Hashing} give them. */
  INT64,
  /** Strings (text): only a few layers take them, {@code StringLookup} and {@code Hashing}. */
  STRING;

  /** The name Keras uses, e.g. {@code "string"}; {@code null} for {@link #FLOAT}. */
  public String kerasName() {
    return this == FLOAT ? null : name().toLowerCase(Locale.ROOT);
  }
}
