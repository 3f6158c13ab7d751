package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Solarization}: inverts the pixels above a random threshold while training (the
 * identity at inference). Input {@code (height, width, channels)}; the output shape is the input
 * shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Solarization {
  /**
   * The share of the value range added before thresholding: one value {@code f} is Keras's {@code
   * (0, f)}, two its {@code (lower, upper)}; each in {@code [0, 1]} (Keras's default 0.0).
   */
  double[] additionFactor() default {0.0};

  /** The threshold above which pixels are solarized, as {@link #additionFactor}. */
  double[] thresholdFactor() default {0.0};

  /** The range of the input's values, two numbers (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
