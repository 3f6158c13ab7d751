package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Softmax}: normalizes the values along {@code axis} to probabilities. Any input rank;
 * the output has the input's shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Softmax {
  /**
   * The axis normalized, counting the batch as axis 0 as Keras does; negative values count from the
   * end ({@code -1}, the default, is the last axis). For a sample of rank {@code r} it must be in
   * {@code [-(r + 1), r]}.
   */
  int axis() default -1;
}
