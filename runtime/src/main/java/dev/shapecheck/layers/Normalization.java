package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Normalization}: shifts and scales its input to mean 0 and variance 1, with a mean
 * and a variance per position of the axes in {@code axis}, either given ({@code mean}, {@code
 * variance}) or learned from data by Keras's {@code adapt()}. Any input rank; the output shape is
 * the input shape.
 *
 * <p>Without {@code mean} and {@code variance}, Keras creates three non-trainable weights to hold
 * what {@code adapt()} learns: {@code mean} and {@code variance}, each shaped like the kept axes,
 * and {@code count}, one integer: {@code axis = -1} on {@code (None, 224, 224, 3)} counts 3 + 3 + 1
 * = 7 non-trainable parameters. With them, the layer has no weights. The kept axes must have known
 * sizes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Normalization {
  /**
   * The axes that keep their own mean and variance, Keras numbering (batch = 0, negative counts
   * from the end); the others are reduced. Empty is Keras's {@code None}: one mean and variance for
   * all.
   */
  int[] axis() default -1;

  /** Whether to undo the normalization instead: turn a normalized input back into its original. */
  boolean invert() default false;

  /**
   * The mean to subtract: one float, or one per position of the last kept axis. Empty (the default)
   * is Keras's {@code None}: the layer is adapted to data later. Given with {@code variance} or not
   * at all.
   */
  double[] mean() default {};

  /**
   * The variance to divide by (its square root), shaped like {@code mean}; empty: adapted later.
   */
  double[] variance() default {};
}
