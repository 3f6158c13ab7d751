package dev.shapecheck;

import java.util.Locale;

/** Keras's {@code padding} argument of convolution and pooling layers. */
public enum Padding {
  /** No padding: windows only where they fit entirely, so outputs shrink. */
  VALID,
  /** Zero padding so that the output length is {@code ceil(input / strides)}. */
  SAME,
  /** Left padding only, so no output sees later steps; one-dimensional convolutions only. */
  CAUSAL;

  /** The name Keras uses, e.g. {@code "same"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
