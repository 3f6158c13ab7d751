package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Reshape}: the same values in the shape {@code targetShape} (batch not included).
 *
 * <p>One entry may be {@code -1}: it is inferred as {@code size / product(other entries)}. When
 * every input dimension is known, the target must hold exactly the input's {@code product(dims)}
 * values; when one is unknown ({@code Shape.NONE}) nothing is checked and a {@code -1} entry stays
 * unknown, as in Keras. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Reshape {
  /** The output shape without the batch: positive sizes and at most one {@code -1}. */
  int[] targetShape();
}
