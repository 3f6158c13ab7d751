package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code AlphaDropout}: dropout that keeps the mean and variance of its input, for SELU
 * networks. Any input rank; the output has the input's shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AlphaDropout {
  /** The fraction of values dropped, in {@code [0, 1]} as Keras requires. */
  double rate();

  /**
   * The shape of the dropout mask, batch included; {@code Shape.NONE} takes the input's size. Empty
   * (the default) is Keras's {@code None}: the input's shape. Keras does not check it.
   */
  int[] noiseShape() default {};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}, a random seed. */
  int seed() default -1;
}
