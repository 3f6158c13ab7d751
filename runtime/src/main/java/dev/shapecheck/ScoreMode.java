package dev.shapecheck;

import java.util.Locale;

/** Keras's {@code score_mode} of {@code Attention}: how a query and a key make one score. */
public enum ScoreMode {
  /** The dot product of the query and the key, Keras's default. */
  DOT,
  /**
   * The sum over the features of {@code tanh(query + key)}, times a trainable scalar ({@code
   * concat_score_weight}, one parameter).
   */
  CONCAT;

  /** The name Keras uses, e.g. {@code "concat"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
