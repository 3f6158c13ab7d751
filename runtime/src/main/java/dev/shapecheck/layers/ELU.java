package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code ELU}: {@code x} for {@code x >= 0}, else {@code alpha * (exp(x) - 1)}. Any input
 * rank; the output has the input's shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ELU {
  /** The scale of the negative part. */
  double alpha() default 1.0;
}
