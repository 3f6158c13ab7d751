package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Interpolation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomPerspective}: moves the corners of images by random amounts while training
 * (the identity at inference). Input {@code (height, width, channels)}; the output shape is the
 * input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomPerspective {
  /**
   * The probability of a change: one value {@code f} is Keras's float, two its {@code (lower,
   * upper)}; in {@code [0, 1]}. Keras's default 1.0, and no {@code None}.
   */
  double[] factor() default {1.0};

  /** How far corners move, a share of the image in {@code [0, 1]} (Keras's default 1.0). */
  double scale() default 1.0;

  /**
   * How pixels are sampled: {@code BILINEAR} (the default) or {@code NEAREST}, the two Keras runs.
   */
  Interpolation interpolation() default Interpolation.BILINEAR;

  /** The value points outside the image are filled with. */
  double fillValue() default 0.0;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
