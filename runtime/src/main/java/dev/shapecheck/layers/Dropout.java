package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Dropout}: during training, sets a fraction {@code rate} of the values to 0 and
 * scales the rest by {@code 1 / (1 - rate)}. Any input rank; the output has the input's shape. No
 * parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Dropout {
  /** The fraction of values dropped, in {@code [0, 1]} as Keras requires. */
  double rate();

  /**
   * The shape of the dropout mask, batch included, e.g. {@code {Shape.NONE, 1, Shape.NONE}} to drop
   * the same features at every step; {@code Shape.NONE} takes the input's size. Empty (the default)
   * is Keras's {@code None}: the input's shape. Other values must be positive.
   */
  int[] noiseShape() default {};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}, a random seed. */
  int seed() default -1;
}
