package dev.shapecheck.layers;

import dev.shapecheck.OutputMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Hashing}: hashes each value into one of {@code numBins} bins. {@code INT} keeps the
 * shape; {@code ONE_HOT}, {@code MULTI_HOT} and {@code COUNT} replace the last axis with {@code
 * numBins}, as Keras's {@code compute_output_shape} gives it. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Hashing {
  /** The number of bins, at least 1 (Keras has no default). */
  int numBins();

  /** The value hashed to bin 0 (the mask); empty (the default) is Keras's {@code None}. */
  double[] maskValue() default {};

  /**
   * The salt of a keyed (SipHash) hash: one integer, or a pair; empty (the default) is Keras's
   * {@code None}, an unkeyed hash.
   */
  int[] salt() default {};

  /** {@code INT} (Keras's default), {@code ONE_HOT}, {@code MULTI_HOT} or {@code COUNT}. */
  OutputMode outputMode() default OutputMode.INT;
}
