package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomGrayscale}: turns images grey with a probability while training (the identity
 * at inference). Input {@code (height, width, channels)}; the output shape is the input shape, its
 * channels kept (Keras 3.15.1's {@code compute_output_spec}). No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomGrayscale {
  /** The probability of turning an image grey, in {@code [0, 1]} (Keras's default 0.5). */
  double factor() default 0.5;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;
}
