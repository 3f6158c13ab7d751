package dev.shapecheck;

import java.util.Locale;

/** The window Keras's {@code MelSpectrogram} applies to each frame before its FFT. */
public enum Window {
  /** The Hann window (Keras's default). */
  HANN,
  /** The Hamming window. */
  HAMMING,
  /** No window: Keras's {@code None}. */
  NONE;

  /** The name Keras uses, {@code "hann"} or {@code "hamming"}; {@code null} for {@link #NONE}. */
  public String kerasName() {
    return this == NONE ? null : name().toLowerCase(Locale.ROOT);
  }
}
