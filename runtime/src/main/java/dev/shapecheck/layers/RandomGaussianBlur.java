package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomGaussianBlur}: blurs images with a Gaussian kernel of a random strength while
 * training (the identity at inference). Input {@code (height, width, channels)}; the output shape
 * is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomGaussianBlur {
  /**
   * The probability of blurring: one value {@code f} in {@code [0, 1]} or a {@code (lower, upper)}
   * pair (Keras's default 1.0).
   */
  double[] factor() default {1.0};

  /** The kernel's size: one odd number, or a pair of odd numbers (Keras's default 3). */
  int[] kernelSize() default {3};

  /** The Gaussian's standard deviation: one value in {@code [0, 1]} or a pair (Keras's 1.0). */
  double[] sigma() default {1.0};

  /** The range of the input's values (Keras's default {@code (0, 255)}; Keras checks nothing). */
  double[] valueRange() default {0, 255};

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
