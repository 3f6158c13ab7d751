package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomColorDegeneration}: blends RGB images with their grayscale version by a random
 * factor while training (the identity at inference). Input {@code (height, width, 3)}: Keras
 * rejects any other known number of channels when it builds the layer. The output shape is the
 * input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomColorDegeneration {
  /**
   * The degeneration: one value {@code f} is Keras's float, {@code (max(-|f|, -1), |f|)}; two are
   * its {@code (lower, upper)}; in {@code [-1, 1]}. Keras has no default and no {@code None} here.
   */
  double[] factor();

  /** The range of the input's values, two numbers (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
