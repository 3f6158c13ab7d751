package dev.shapecheck;

import java.util.Locale;

/** How Keras's {@code STFTSpectrogram} scales its window. */
public enum Scaling {
  /** Power spectral density scaling (Keras's default). */
  DENSITY,
  /** Spectrum scaling. */
  SPECTRUM,
  /** No scaling: Keras's {@code None}. */
  NONE;

  /** The name Keras uses, e.g. {@code "density"}; {@code null} for {@link #NONE}. */
  public String kerasName() {
    return this == NONE ? null : name().toLowerCase(Locale.ROOT);
  }
}
