package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RepeatVector}: repeats a {@code (features)} vector {@code n} times, giving {@code
 * (n, features)}. The input must have rank 1. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RepeatVector {
  /** The number of repetitions, at least 1. */
  int n();
}
