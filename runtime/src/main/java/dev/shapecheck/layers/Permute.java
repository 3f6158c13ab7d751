package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Permute}: reorders the input's axes. {@code dims} is a permutation of {@code
 * 1..rank} (axis 1 is the first after the batch); output axis {@code i} is input axis {@code
 * dims[i]}. The input's rank must be {@code dims.length}. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Permute {
  /** The permutation, 1-based: {@code {2, 1}} swaps the two axes of a {@code (steps, features)}. */
  int[] dims();
}
