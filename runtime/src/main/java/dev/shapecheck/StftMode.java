package dev.shapecheck;

import java.util.Locale;

/** What Keras's {@code STFTSpectrogram} outputs of each frame's short-time Fourier transform. */
public enum StftMode {
  /** The log of the magnitude (Keras's default). */
  LOG,
  /** The magnitude. */
  MAGNITUDE,
  /** The power spectral density. */
  PSD,
  /** The real part only (one kernel). */
  REAL,
  /** The imaginary part only (one kernel). */
  IMAG,
  /** The phase angle. */
  ANGLE,
  /** The real and imaginary parts side by side: twice the frequency bins. */
  STFT;

  /** The name Keras uses, e.g. {@code "log"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
