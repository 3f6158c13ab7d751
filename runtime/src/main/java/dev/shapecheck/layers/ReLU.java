package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code ReLU}: {@code max_value} if {@code x >= maxValue}, {@code x} if {@code threshold <=
 * x}, else {@code negativeSlope * (x - threshold)}. Any input rank; the output has the input's
 * shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReLU {
  /**
   * The largest output, {@code >= 0}. {@link Double#POSITIVE_INFINITY} (the default) stands for
   * Keras's {@code None}: unbounded, which is what an infinite maximum means.
   */
  double maxValue() default Double.POSITIVE_INFINITY;

  /** The slope below the threshold, {@code >= 0}. */
  double negativeSlope() default 0.0;

  /** The value below which the slope applies, {@code >= 0}. */
  double threshold() default 0.0;
}
