package dev.shapecheck.layers;

import dev.shapecheck.ScoreMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Attention}: dot-product (Luong-style) attention of a query over a value (and key).
 * The method's parameters are Keras's inputs in its order: {@code query}, {@code value} and
 * optionally {@code key} (the value when absent), so it belongs in a {@link
 * dev.shapecheck.Functional} model. The output is the query's shape with the value's last
 * dimension. The query and the key have the same features (for {@code DOT}; sizes that broadcast
 * for {@code CONCAT}), the key and the value the same length.
 *
 * <p>Parameters: one scalar for {@code useScale}, one for {@code scoreMode = CONCAT}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Attention {
  /** Whether the scores are multiplied by a trainable scalar. */
  boolean useScale() default false;

  /** How a query and a key make a score. */
  ScoreMode scoreMode() default ScoreMode.DOT;

  /** The dropout rate on the attention weights (in training only; Keras does not check it). */
  double dropout() default 0.0;

  /** The dropout's random seed; {@code -1} is Keras's None. */
  int seed() default -1;
}
