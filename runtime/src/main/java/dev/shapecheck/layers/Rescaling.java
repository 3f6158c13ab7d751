package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Rescaling}: multiplies every value by {@code scale} and adds {@code offset} ({@code
 * scale = 1.0 / 255} maps pixels to {@code [0, 1]}). Any input rank; the output shape is the input
 * shape. No parameters.
 *
 * <p>One value is Keras's float; several are Keras's per-channel list, which Keras broadcasts
 * against the last axis when the layer runs: a list of {@code n} values runs on a last axis of
 * {@code n} (or of 1, which Keras then widens to {@code n} while its summary keeps 1). An empty
 * array is Keras's empty list.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Rescaling {
  /** The factor every value is multiplied by: one float, or one per channel (Keras's list). */
  double[] scale();

  /** What is added after scaling: one float (Keras's default 0.0), or one per channel. */
  double[] offset() default 0.0;
}
