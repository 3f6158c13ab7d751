package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code MixUp}: mixes the images of a batch (and their labels) while training (the identity
 * at inference). Input {@code (height, width, channels)}; the output shape is the input shape. No
 * parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MixUp {
  /** The Beta distribution's parameter the mixing weights are drawn from (Keras checks nothing). */
  double alpha() default 0.2;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
