package dev.shapecheck;

import java.util.Locale;

/** How Keras's {@code IntegerLookup} assigns out-of-vocabulary integers to its OOV indices. */
public enum OovMethod {
  /** {@code token % numOovIndices} (Keras's default). */
  FLOORMOD,
  /** FarmHash64 of the integer (SipHash64 with a {@code salt}). */
  FARMHASH;

  /** The name Keras uses, e.g. {@code "floormod"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
