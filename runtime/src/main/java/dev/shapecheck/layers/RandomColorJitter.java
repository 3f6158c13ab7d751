package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomColorJitter}: RandomBrightness, RandomContrast, RandomSaturation and RandomHue
 * in turn, each where its factor is given, while training (the identity at inference). Input {@code
 * (height, width, channels)}; the output shape is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomColorJitter {
  /** The range of the input's values, passed to each part (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};

  /** RandomBrightness's factor; empty (the default) is Keras's {@code None}: no such part. */
  double[] brightnessFactor() default {};

  /** RandomContrast's factor; empty (the default) is Keras's {@code None}: no such part. */
  double[] contrastFactor() default {};

  /** RandomSaturation's factor; empty (the default) is Keras's {@code None}: no such part. */
  double[] saturationFactor() default {};

  /** RandomHue's factor; empty (the default) is Keras's {@code None}: no such part. */
  double[] hueFactor() default {};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
