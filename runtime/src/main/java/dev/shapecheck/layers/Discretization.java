package dev.shapecheck.layers;

import dev.shapecheck.OutputMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Discretization}: buckets numbers by {@code binBoundaries} into {@code
 * binBoundaries.length + 1} bins. {@code INT} keeps the shape; {@code ONE_HOT} appends the bins (or
 * replaces a last axis of 1); {@code MULTI_HOT} and {@code COUNT} drop the first axis and append
 * them. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Discretization {
  /**
   * The sorted bin boundaries; empty (the default) is Keras's {@code None}, which needs {@code
   * numBins} and {@code adapt()}, so Keras cannot run the layer without data.
   */
  double[] binBoundaries() default {};

  /** The number of bins {@code adapt()} would learn; {@code -1} (the default) is {@code None}. */
  int numBins() default -1;

  /** The error tolerance of {@code adapt()} (Keras's default 0.01). */
  double epsilon() default 0.01;

  /** {@code INT} (Keras's default), {@code ONE_HOT}, {@code MULTI_HOT} or {@code COUNT}. */
  OutputMode outputMode() default OutputMode.INT;
}
