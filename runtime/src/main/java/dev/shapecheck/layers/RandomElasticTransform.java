package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.FillMode;
import dev.shapecheck.Interpolation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomElasticTransform}: distorts images with a random smooth displacement field
 * while training (the identity at inference). Input {@code (height, width, channels)}; the output
 * shape is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomElasticTransform {
  /**
   * The probability of a distortion: one value {@code f} is Keras's float, two its {@code (lower,
   * upper)}; in {@code [0, 1]}. Keras's default 1.0, and no {@code None}.
   */
  double[] factor() default {1.0};

  /**
   * The displacement's size: one value {@code f} in {@code [0, 1]} or a {@code (lower, upper)} pair
   * (Keras's default 1.0).
   */
  double[] scale() default {1.0};

  /**
   * How pixels are sampled: {@code BILINEAR} (the default) or {@code NEAREST}, the two Keras runs.
   */
  Interpolation interpolation() default Interpolation.BILINEAR;

  /** How points outside the image are filled ({@code REFLECT}, Keras's default). */
  FillMode fillMode() default FillMode.REFLECT;

  /** The value points outside the image are filled with. */
  double fillValue() default 0.0;

  /**
   * The range of the input's values (Keras's default {@code (0, 255)}); Keras checks nothing of it.
   */
  double[] valueRange() default {0, 255};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
