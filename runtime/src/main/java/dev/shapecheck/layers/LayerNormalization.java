package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code LayerNormalization}: normalizes each sample over the axes in {@code axis}. Any input
 * rank; the output shape is the input shape.
 *
 * <p>{@code gamma} (when {@code scale}) and {@code beta} (when {@code center}) each have the shape
 * of the normalized axes, {@code (input[axis[0]], input[axis[1]], ...)}: parameters are {@code
 * (scale + center) * product of those sizes}, all trainable, and those sizes must be known unless
 * both flags are false. An empty {@code axis} is Keras's empty list: scalar weights.
 *
 * <p>Axes count as Keras counts, with the batch as axis 0: {@code -1} is the last axis, {@code 1}
 * the first axis of a sample; each axis at most once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LayerNormalization {
  /** The axes to normalize over, Keras numbering (batch = 0, negative counts from the end). */
  int[] axis() default -1;

  /** Added to the variance to avoid dividing by zero; any finite value, as Keras sets no range. */
  double epsilon() default 0.001;

  /** Whether a trainable offset {@code beta} is added. */
  boolean center() default true;

  /** Whether a trainable factor {@code gamma} is applied. */
  boolean scale() default true;
}
