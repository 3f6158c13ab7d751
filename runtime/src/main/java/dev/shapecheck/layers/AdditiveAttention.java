package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code AdditiveAttention}: additive (Bahdanau-style) attention of a query over a value (and
 * key). The method's parameters are Keras's inputs in its order: {@code query}, {@code value} and
 * optionally {@code key} (the value when absent), so it belongs in a {@link
 * dev.shapecheck.Functional} model. The output is the query's shape with the value's last
 * dimension; the query's and the key's features broadcast, the key and the value the same length.
 *
 * <p>Parameters: with {@code useScale}, a scale vector of the query's feature size (which must be
 * known).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AdditiveAttention {
  /** Whether the scores are scaled by a trainable vector, one weight per query feature. */
  boolean useScale() default true;

  /** The dropout rate on the attention weights (in training only; Keras does not check it). */
  double dropout() default 0.0;

  /** The dropout's random seed; {@code -1} is Keras's None. */
  int seed() default -1;
}
