package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomErasing}: erases a random rectangle of each image while training (the identity
 * at inference). Input {@code (height, width, channels)}; the output shape is the input shape. No
 * parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomErasing {
  /** The probability of erasing: one value in {@code [0, 1]} or a pair (Keras's default 1.0). */
  double[] factor() default {1.0};

  /**
   * The erased area's fraction of the image: one value in {@code [0, 1]} or a {@code (lower,
   * upper)} pair (Keras's default {@code (0.02, 0.33)}).
   */
  double[] scale() default {0.02, 0.33};

  /**
   * The value the rectangle is filled with: empty (the default) is Keras's {@code None}, random
   * values; one value is Keras's float, several its list.
   */
  double[] fillValue() default {};

  /** The range of the input's values (Keras's default {@code (0, 255)}; Keras checks nothing). */
  double[] valueRange() default {0, 255};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
