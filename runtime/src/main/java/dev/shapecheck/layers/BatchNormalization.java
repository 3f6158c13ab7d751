package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code BatchNormalization}: normalizes each feature on {@code axis} with the batch's
 * statistics while training and with moving averages afterwards. Any input rank; the output shape
 * is the input shape.
 *
 * <p>Parameters, with {@code n} the size of {@code axis} (which must be known): {@code n} trainable
 * for {@code gamma} when {@code scale}, {@code n} trainable for {@code beta} when {@code center},
 * and always {@code 2 * n} non-trainable for the moving mean and moving variance.
 *
 * <p>{@code axis} counts as Keras counts, with the batch as axis 0: {@code -1} is the last axis,
 * {@code 1} the first axis of a sample (so after a {@code CHANNELS_FIRST} convolution use {@code
 * axis = 1}). Axis 0 needs a fixed {@code batchSize}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BatchNormalization {
  /** The feature axis, Keras numbering (batch = 0, negative counts from the end). */
  int axis() default -1;

  /** The momentum of the moving averages; any finite value, as Keras sets no range. */
  double momentum() default 0.99;

  /** Added to the variance to avoid dividing by zero; any finite value, as Keras sets no range. */
  double epsilon() default 0.001;

  /** Whether a trainable offset {@code beta} is added. */
  boolean center() default true;

  /** Whether a trainable factor {@code gamma} is applied. */
  boolean scale() default true;
}
