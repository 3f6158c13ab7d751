package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Interpolation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandAugment}: applies {@code numOps} augmentations drawn from shear, translation,
 * rotation, brightness, colour degeneration, contrast, sharpness, solarization, posterization,
 * auto-contrast and equalization while training (the identity at inference). Input {@code (height,
 * width, channels)}; the output shape is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandAugment {
  /** The range of the input's values, two numbers (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** How many augmentations are applied (Keras's default 2). */
  int numOps() default 2;

  /**
   * The strength of every augmentation: one value {@code f} is Keras's float, {@code (0, f)}; two
   * its {@code (lower, upper)}; each in {@code [0, 1]} (Keras's default 0.5).
   */
  double[] factor() default {0.5};

  /**
   * How pixels are sampled: {@code BILINEAR} (the default) or {@code NEAREST}, the two Keras runs.
   */
  Interpolation interpolation() default Interpolation.BILINEAR;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
