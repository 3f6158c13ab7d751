package dev.shapecheck;

import java.util.Locale;

/**
 * Keras's {@code interpolation} argument of {@code UpSampling2D} and {@code Resizing}: how the
 * resized image is filled in. Every method gives the same output shape; Keras checks the name only
 * when the layer runs.
 */
public enum Interpolation {
  /** Repeats each row and column, Keras's default. */
  NEAREST,
  /** Linear interpolation along both axes. */
  BILINEAR,
  /** Cubic interpolation along both axes. */
  BICUBIC,
  /** Lanczos resampling with a window of 3. */
  LANCZOS3,
  /** Lanczos resampling with a window of 5. */
  LANCZOS5,
  /** Area interpolation: each output value averages the input area it covers. */
  AREA;

  /** The name Keras uses, e.g. {@code "bilinear"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
