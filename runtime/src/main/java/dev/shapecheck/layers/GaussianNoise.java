package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code GaussianNoise}: during training, adds zero-centred Gaussian noise. Any input rank;
 * the output has the input's shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GaussianNoise {
  /** The standard deviation of the noise, in {@code [0, 1]} as Keras 3 requires. */
  double stddev();

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}, a random seed. */
  int seed() default -1;
}
