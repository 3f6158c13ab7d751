package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code PReLU}: a leaky ReLU whose negative slopes {@code alpha} are learned. Any input
 * rank; the output has the input's shape.
 *
 * <p>Parameters: one {@code alpha} per value of the input's shape with every axis of {@code
 * sharedAxes} set to 1 — {@code product(dims with shared axes = 1)}, trainable. An axis that is not
 * shared must be known. Axes count from 1 (the first after the batch); Keras indexes the shape with
 * {@code axis - 1} as Python does, so 0 or a negative axis counts from the end.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PReLU {
  /**
   * The axes along which one {@code alpha} is shared, e.g. {@code {1, 2}} for one slope per channel
   * of a {@code (height, width, channels)} input. Empty (the default) shares nothing.
   */
  int[] sharedAxes() default {};
}
