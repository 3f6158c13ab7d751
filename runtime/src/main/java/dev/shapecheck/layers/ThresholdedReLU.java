package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras 2 {@code ThresholdedReLU}: {@code x} for {@code x > theta}, else 0. Any input rank; the
 * output has the input's shape. No parameters. (Keras 3 dropped the layer; {@code ReLU(threshold =
 * theta)} differs only at {@code x == theta}.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ThresholdedReLU {
  /** The threshold, {@code >= 0}. */
  double theta() default 1.0;
}
