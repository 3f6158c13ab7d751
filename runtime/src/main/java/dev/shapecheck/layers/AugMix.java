package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Interpolation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code AugMix}: mixes chains of random augmentations (shear, translation, rotation,
 * solarization, posterization, auto-contrast, equalization, and with {@code allOps} brightness,
 * colour degeneration, contrast and sharpness) while training (the identity at inference). Input
 * {@code (height, width, channels)}; the output shape is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AugMix {
  /** The range of the input's values, two numbers (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** How many chains are mixed (Keras's default 3). */
  int numChains() default 3;

  /** The most augmentations in a chain (Keras's default 3). */
  int chainDepth() default 3;

  /**
   * The strength of every augmentation: one value {@code f} is Keras's float, {@code (0, f)}; two
   * its {@code (lower, upper)}; each in {@code [0, 1]} (Keras's default 0.3).
   */
  double[] factor() default {0.3};

  /** The Dirichlet and Beta distributions' parameter (Keras's default 1.0). */
  double alpha() default 1.0;

  /**
   * Whether brightness, colour degeneration, contrast and sharpness are among the augmentations.
   */
  boolean allOps() default true;

  /**
   * How pixels are sampled: {@code BILINEAR} (the default) or {@code NEAREST}, the two Keras runs.
   */
  Interpolation interpolation() default Interpolation.BILINEAR;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
