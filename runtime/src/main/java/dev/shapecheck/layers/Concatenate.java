package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Concatenate}: joins two or more inputs along {@code axis}, in the order of the
 * method's parameters. The inputs must have the same rank and the same size on every other axis (an
 * unknown size matches any); the output's size on {@code axis} is the sum of theirs, unknown if any
 * is. No parameters.
 *
 * <p>A merge layer: it belongs in a {@link dev.shapecheck.Functional} model or a {@link
 * dev.shapecheck.Block}, where the method's {@code Layer} parameters name its inputs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Concatenate {
  /**
   * The axis joined, counting the batch as axis 0 as Keras does; negative values count from the end
   * ({@code -1}, the default, is the last axis: the channels of an image). For inputs of rank
   * {@code r} it must be in {@code [-(r + 1), r]}; Keras accepts the batch axis too.
   */
  int axis() default -1;
}
