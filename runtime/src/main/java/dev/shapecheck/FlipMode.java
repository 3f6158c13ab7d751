package dev.shapecheck;

import java.util.Locale;

/** Keras's {@code RandomFlip(mode)}: which flips the layer makes at random while training. */
public enum FlipMode {
  /** Left-right flips. */
  HORIZONTAL,
  /** Up-down flips. */
  VERTICAL,
  /** Both, each at random (Keras's default). */
  HORIZONTAL_AND_VERTICAL;

  /** The name Keras uses, e.g. {@code "horizontal_and_vertical"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
