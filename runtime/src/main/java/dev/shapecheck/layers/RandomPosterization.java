package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomPosterization}: keeps a random number of bits of each colour channel while
 * training (the identity at inference). Input {@code (height, width, channels)}; the output shape
 * is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomPosterization {
  /**
   * The bits kept: one value {@code b} is Keras's int, a number in {@code [1, b]}; two its {@code
   * (lower, upper)}; in {@code [1, 8]}. Ints: Keras's random draw fails on float bounds when it
   * runs. Keras has no default and no {@code None}.
   */
  int[] factor();

  /** The range of the input's values, two numbers (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
