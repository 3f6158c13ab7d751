package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomSaturation}: scales the saturation of RGB images by a random factor while
 * training (the identity at inference). Input {@code (height, width, channels)}; the output shape
 * is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomSaturation {
  /**
   * The saturation (0.5 keeps it): one value {@code f} is Keras's float, two its {@code (lower,
   * upper)}; in {@code [-1, 1]}. Keras has no default, and no {@code None}.
   */
  double[] factor();

  /** The range of the input's values, two numbers (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
