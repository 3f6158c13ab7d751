package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomBrightness}: adds a random brightness to each image while training (the
 * identity at inference). Input {@code (height, width, channels)}; the output shape is the input
 * shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomBrightness {
  /**
   * The brightness change, a fraction of {@code valueRange}: one value {@code f} is Keras's float,
   * {@code [-f, f]}; two are its {@code (lower, upper)}; each in {@code [-1, 1]}. Empty is Keras's
   * {@code None}.
   */
  double[] factor();

  /** The range of the input's values, {@code (low, high)} (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
