package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomInvert}: inverts the colours of images with a random probability while
 * training (the identity at inference). Input {@code (height, width, channels)}; the output shape
 * is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomInvert {
  /**
   * The probability of inverting: one value {@code f} is Keras's float, two its {@code (lower,
   * upper)}; in {@code [0, 1]}. Keras's default 1.0, and no {@code None}.
   */
  double[] factor() default {1.0};

  /**
   * The range of the input's values (Keras's default {@code (0, 255)}); Keras checks nothing of it.
   */
  double[] valueRange() default {0, 255};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
