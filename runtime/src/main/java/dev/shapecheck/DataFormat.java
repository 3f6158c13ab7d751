package dev.shapecheck;

import java.util.Locale;

/** Keras's {@code data_format}: where the channel axis of a spatial input sits. */
public enum DataFormat {
  /** {@code (..., spatial dims, channels)}, Keras's default. */
  CHANNELS_LAST,
  /** {@code (channels, spatial dims...)}, the layout of PyTorch and of cuDNN's NCHW. */
  CHANNELS_FIRST;

  /** The name Keras uses, e.g. {@code "channels_last"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
