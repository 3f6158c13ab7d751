package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Masking}: marks the steps whose values all equal {@code maskValue} as skipped for
 * the layers after it (and zeroes them). Any input rank; the output has the input's shape. No
 * parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Masking {
  /** The value that marks a step as padding. */
  double maskValue() default 0.0;
}
