package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code ReversibleEmbedding}: an {@link Embedding} that can also be called in reverse, to
 * project vectors back onto the vocabulary (a language model's tied output layer). Declared here in
 * its forward use: ids of any input shape to vectors, {@code (..., outputDim)}.
 *
 * <p>Parameters: {@code inputDim * outputDim}, twice that when {@code tieWeights} is false (Keras
 * then adds a separate {@code reverse_embeddings} table of {@code outputDim * inputDim}). Keras's
 * {@code reverse_dtype} and {@code logit_soft_cap}, used only by reverse calls, are written with
 * their defaults ({@code None}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReversibleEmbedding {
  /** The vocabulary size: the largest id plus one. */
  int inputDim();

  /** The length of each embedding vector. */
  int outputDim();

  /** Whether the reverse projection reuses the embedding table (else it has its own weights). */
  boolean tieWeights() default true;

  /** Whether id 0 is padding, masked out for the layers that follow; no effect on shapes. */
  boolean maskZero() default false;
}
