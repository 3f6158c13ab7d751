package dev.shapecheck;

import java.util.Locale;

/**
 * Keras's {@code merge_mode} of {@code Bidirectional}: how the forward and the backward layer's
 * outputs become one.
 *
 * <p>Keras also accepts {@code None}, which returns the two outputs as a list; a {@code Sequential}
 * stack passes exactly one tensor from layer to layer, so that mode has no constant here.
 */
public enum MergeMode {
  /** Element-wise sum: the output has the wrapped layer's shape. */
  SUM,
  /** Element-wise product: the output has the wrapped layer's shape. */
  MUL,
  /** Concatenation on the last axis, Keras's default: the last dimension doubles. */
  CONCAT,
  /** Element-wise average: the output has the wrapped layer's shape. */
  AVE;

  /** The name Keras uses, e.g. {@code "concat"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
