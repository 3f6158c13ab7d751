package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code UpSampling1D}: repeats each step of {@code (steps, channels)} {@code size} times.
 *
 * <p>Output: {@code (steps * size, channels)}; an unknown (None) steps axis stays unknown. No
 * parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UpSampling1D {
  /** How many times each step is repeated; must be positive. */
  int size() default 2;
}
