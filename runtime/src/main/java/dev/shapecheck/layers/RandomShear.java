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
 * Keras {@code RandomShear}: shears images along x and y by random amounts while training (the
 * identity at inference). Input {@code (height, width, channels)}; the output shape is the input
 * shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomShear {
  /**
   * The shear along x: one value {@code f} in {@code [0, 1]}, a shear in {@code [-f, f]}; or a
   * {@code (lower, upper)} pair, each in {@code [0, 1]} (Keras's default 0.0, none).
   */
  double[] xFactor() default {0.0};

  /** The shear along y, as {@link #xFactor}. */
  double[] yFactor() default {0.0};

  /**
   * How pixels are sampled: {@code BILINEAR} (the default) or {@code NEAREST}, the two Keras runs.
   */
  Interpolation interpolation() default Interpolation.BILINEAR;

  /** How points outside the image are filled ({@code REFLECT}, Keras's default). */
  FillMode fillMode() default FillMode.REFLECT;

  /** The value points outside are filled with, for {@code FillMode.CONSTANT}. */
  double fillValue() default 0.0;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
