package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code GroupNormalization}: splits the {@code c} channels on {@code axis} into {@code
 * groups} groups and normalizes each group of each sample. Any input rank; the output shape is the
 * input shape.
 *
 * <p>{@code c} must be known, at least {@code groups}, and divisible by {@code groups}. Parameters:
 * {@code c} trainable for {@code gamma} when {@code scale} and {@code c} for {@code beta} when
 * {@code center}.
 *
 * <p>{@code axis} counts as Keras counts, with the batch as axis 0: {@code -1} is the last axis,
 * {@code 1} the first axis of a sample.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GroupNormalization {
  /** The number of groups; {@code -1} means one group per channel (instance normalization). */
  int groups() default 32;

  /** The channel axis, Keras numbering (batch = 0, negative counts from the end). */
  int axis() default -1;

  /** Added to the variance to avoid dividing by zero; any finite value, as Keras sets no range. */
  double epsilon() default 0.001;

  /** Whether a trainable offset {@code beta} is added. */
  boolean center() default true;

  /** Whether a trainable factor {@code gamma} is applied. */
  boolean scale() default true;
}
