package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RMSNormalization}: divides by the root mean square over the axes in {@code axis} and
 * multiplies by a trainable {@code scale}. Any input rank; the output shape is the input shape.
 *
 * <p>{@code scale} has the shape of the normalized axes taken in sorted order, {@code (input[a1],
 * input[a2], ...)}, so those sizes must be known: parameters are their product (1 for an empty
 * {@code axis}). Keras multiplies the normalized input by {@code scale} aligned at the last axes,
 * so the sorted axes' sizes must broadcast against the input's last axes (the default {@code -1},
 * or {@code {-2, -1}}, always do).
 *
 * <p>Axes count as Keras counts, with the batch as axis 0 (which cannot be normalized: its size is
 * unknown): {@code -1} is the last axis; each axis at most once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RMSNormalization {
  /** The axes to normalize over, Keras numbering (batch = 0, negative counts from the end). */
  int[] axis() default -1;

  /**
   * Added to the mean square to avoid dividing by zero; any finite value, as Keras sets no range.
   */
  double epsilon() default 1e-6;
}
