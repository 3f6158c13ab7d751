package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code SpatialDropout1D}: dropout of whole feature maps — during training, every value of a
 * dropped channel is set to 0 together. The input must be {@code (steps, channels)} (batch not
 * counted); the output has the input's shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SpatialDropout1D {
  /** The fraction of channels dropped, in {@code [0, 1]} as Keras requires. */
  double rate();

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}, a random seed. */
  int seed() default -1;
}
