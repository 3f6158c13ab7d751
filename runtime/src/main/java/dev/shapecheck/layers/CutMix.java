package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code CutMix}: pastes a random patch of another image of the batch into each image while
 * training (the identity at inference). Input {@code (height, width, channels)}; the output shape
 * is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CutMix {
  /** The patch size's Beta parameter: one value in {@code [0, 1]} or a pair (Keras's 1.0). */
  double[] factor() default {1.0};

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
