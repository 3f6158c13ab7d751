package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Dot}: the dot product of the samples of exactly two inputs (first and second
 * parameter of the method), summed over one axis of each. The two axes must have the same size. The
 * output is the first input's shape without its axis, followed by the second's without its axis
 * (and without the batch); a result with no sample axis left is {@code (1)}. So {@code (n)} with
 * {@code (n)} gives {@code (1)}, and {@code (5, 8)} with {@code (10, 8)}, {@code axes = 2}, gives
 * {@code (5, 10)}. No parameters.
 *
 * <p>A merge layer: it belongs in a {@link dev.shapecheck.Functional} model or a {@link
 * dev.shapecheck.Block}, where the method's {@code Layer} parameters name its inputs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Dot {
  /**
   * The axes summed over, counting the batch as axis 0 as Keras does (negative values count from
   * the end of each input): one value for both inputs ({@code axes = 1}), or one per input ({@code
   * axes = {1, 2}}). The batch axis cannot be summed over.
   */
  int[] axes();

  /**
   * Whether each input is L2-normalized along its axis first, so that the result is the cosine
   * similarity of the two samples. Changes no shape.
   */
  boolean normalize() default false;
}
