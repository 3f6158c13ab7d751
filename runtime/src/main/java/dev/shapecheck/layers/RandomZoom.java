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
 * Keras {@code RandomZoom}: zooms images in or out at random while training (the identity at
 * inference). Input {@code (height, width, channels)}; the output shape is the input shape. No
 * parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomZoom {
  /**
   * The vertical zoom, a fraction of the height: one value {@code f} is Keras's float, {@code [-f,
   * f]}; two are its {@code (lower, upper)}; each in {@code (-1, 1]} (negative zooms in).
   */
  double[] heightFactor();

  /**
   * The horizontal zoom, as {@code heightFactor}; empty (the default) is Keras's {@code None}: the
   * same zoom as the height, keeping the aspect ratio.
   */
  double[] widthFactor() default {};

  /** How points outside the image are filled ({@code REFLECT}, Keras's default). */
  FillMode fillMode() default FillMode.REFLECT;

  /**
   * How pixels are sampled: {@code BILINEAR} (the default) or {@code NEAREST}, the two Keras runs.
   */
  Interpolation interpolation() default Interpolation.BILINEAR;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** The value points outside are filled with, for {@code FillMode.CONSTANT}. */
  double fillValue() default 0.0;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
