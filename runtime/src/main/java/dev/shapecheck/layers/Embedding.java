package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Embedding}: turns integer ids in {@code [0, inputDim)} into vectors of {@code
 * outputDim} values, e.g. a {@code (timesteps)} sequence of word ids into {@code (timesteps,
 * outputDim)} for a recurrent layer.
 *
 * <p>Input of any rank; output: the input's shape with {@code outputDim} appended. Parameters:
 * {@code inputDim * outputDim}. Keras 3 removed {@code input_length}: the input shape is given by
 * {@code @Sequential(input = ...)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Embedding {
  /** The vocabulary size: the largest id plus one. */
  int inputDim();

  /** The length of each embedding vector. */
  int outputDim();

  /**
   * Whether id 0 is padding, masked out for the layers that follow (so the vocabulary needs one
   * more id); no effect on shapes.
   */
  boolean maskZero() default false;
}
