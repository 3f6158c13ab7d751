package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code GaussianDropout}: during training, multiplies by one-centred Gaussian noise of
 * standard deviation {@code sqrt(rate / (1 - rate))}. Any input rank; the output has the input's
 * shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GaussianDropout {
  /** The drop probability, in {@code [0, 1]} as Keras requires. */
  double rate();

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}, a random seed. */
  int seed() default -1;
}
