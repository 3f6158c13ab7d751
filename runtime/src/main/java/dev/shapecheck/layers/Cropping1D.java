package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Cropping1D}: removes rows from the ends of the spatial axes of {@code (steps,
 * channels)}.
 *
 * <p>Output per spatial axis: {@code n - before - after}, which must stay positive; an unknown
 * (None) axis stays unknown. Channels pass through. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Cropping1D {
  /**
   * The steps removed from the steps axis: one value for both ends, or two values {@code (left,
   * right)}. Values must not be negative.
   */
  int[] cropping() default 1;
}
