package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code LeakyReLU}: {@code x} for {@code x >= 0}, else {@code negativeSlope * x}. Any input
 * rank; the output has the input's shape. No parameters. (Keras 2 called the slope {@code alpha}.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LeakyReLU {
  /** The slope for negative inputs, {@code >= 0}; Keras's default 0.3. */
  double negativeSlope() default 0.3;
}
