package dev.shapecheck;

import java.util.Locale;

/**
 * Keras's {@code fill_mode} of its image layers ({@code Resizing}, {@code RandomRotation}, ...):
 * how the points outside the input's boundaries are filled. No mode changes a shape.
 */
public enum FillMode {
  /** Reflects about the edge of the last pixel: {@code (d c b a | a b c d | d c b a)}. */
  REFLECT,
  /** Wraps around to the opposite edge: {@code (a b c d | a b c d | a b c d)}. */
  WRAP,
  /** Fills with {@code fillValue}: {@code (k k k k | a b c d | k k k k)}. */
  CONSTANT,
  /** Extends the nearest pixel: {@code (a a a a | a b c d | d d d d)}. */
  NEAREST,
  /**
   * Reflects about the centre of the last pixel: {@code (d c b | a b c d | c b a)}. Only Keras's
   * {@code RandomElasticTransform} takes it.
   */
  MIRROR;

  /** The name Keras uses, e.g. {@code "reflect"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
