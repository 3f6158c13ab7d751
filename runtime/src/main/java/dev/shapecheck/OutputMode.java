package dev.shapecheck;

import java.util.Locale;

/**
 * Keras's {@code output_mode} of its categorical preprocessing layers ({@code CategoryEncoding},
 * {@code Discretization}): indices as they are, or an encoding with one slot per token or bin. Each
 * layer takes the modes its Keras constructor takes.
 */
public enum OutputMode {
  /** The indices themselves (Discretization's default). */
  INT,
  /** One slot per token for each index. */
  ONE_HOT,
  /** One slot per token, set where the token occurs (CategoryEncoding's default). */
  MULTI_HOT,
  /** One slot per token, how often it occurs. */
  COUNT,
  /** Term frequency times inverse document frequency (the lookup layers'; not these). */
  TF_IDF;

  /** The name Keras uses, e.g. {@code "multi_hot"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
