package dev.shapecheck;

import java.util.Locale;

/**
 * Keras's built-in activation functions, by their Keras string names in UPPER_SNAKE.
 *
 * <p>An activation never changes a shape or adds weights; ShapeCheck records it so the summary,
 * warnings and exported configurations can say what the layer computes.
 */
public enum Activations {
  LINEAR,
  RELU,
  RELU6,
  LEAKY_RELU,
  ELU,
  SELU,
  GELU,
  SILU,
  SWISH,
  MISH,
  SIGMOID,
  HARD_SIGMOID,
  TANH,
  SOFTMAX,
  LOG_SOFTMAX,
  SOFTPLUS,
  SOFTSIGN,
  EXPONENTIAL,
  /** {@code x * relu6(x + 3) / 6}; Keras 3 writes it {@code "hard_silu"}. */
  HARD_SILU,
  /** Keras's alias of {@link #HARD_SILU}, written {@code "hard_silu"} as Keras 3 writes it. */
  HARD_SWISH;

  /** The name Keras uses, e.g. {@code "relu"}. */
  public String kerasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
