package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code AutoContrast}: stretches each image's values over the value range, in training and
 * at inference. Input {@code (height, width, channels)}; the output shape is the input shape. No
 * parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AutoContrast {
  /** The range of the input's values, two numbers (Keras's default {@code (0, 255)}). */
  double[] valueRange() default {0, 255};
}
