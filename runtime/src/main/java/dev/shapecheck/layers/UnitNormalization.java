package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code UnitNormalization}: scales each sample to an L2 norm of 1 over the axes in {@code
 * axis}. Any input rank, unknown sizes included; the output shape is the input shape. No
 * parameters.
 *
 * <p>Axes count as Keras counts, with the batch as axis 0: {@code -1} is the last axis, {@code 1}
 * the first axis of a sample; each axis at most once, and within the input's rank.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UnitNormalization {
  /** The axes to normalize over, Keras numbering (batch = 0, negative counts from the end). */
  int[] axis() default -1;
}
