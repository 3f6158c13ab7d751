package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomContrast}: scales each image's contrast by a random factor while training (the
 * identity at inference). Input {@code (height, width, channels)}; the output shape is the input
 * shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomContrast {
  /**
   * The contrast change: one value {@code f} is Keras's float, a factor in {@code [1 - f, 1 + f]};
   * two are its {@code (lower, upper)}; each in {@code [0, 1]}. Empty is Keras's {@code None}.
   */
  double[] factor();

  /** The range of the input's values, {@code (low, high)} (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
