package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code MultiHeadAttention}: multi-head dot-product attention of a query over a value (and
 * key) sequence. The method's parameters are Keras's call arguments in its order: {@code query},
 * {@code value} and optionally {@code key} (the value when absent), so it belongs in a {@link
 * dev.shapecheck.Functional} model. The output is the query's shape, its last axis replaced by
 * {@code outputShape} when given.
 *
 * <p>Parameters: one projection each for the query and the key ({@code (features, numHeads,
 * keyDim)} kernels), one for the value ({@code (features, numHeads, valueDim)}), the output one
 * ({@code (numHeads, valueDim, outputShape...)}, by default back to the query's features), and the
 * gate's ({@code useGate}) like the value's on the query; each with a bias of its output's size
 * when {@code useBias}. The query, value and key have the same rank (at least 3 with the batch),
 * known last dimensions, and the value and key equal sizes but for the last.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MultiHeadAttention {
  /** The number of attention heads; positive. */
  int numHeads();

  /** The size of each head for the query and the key; positive. */
  int keyDim();

  /**
   * The size of each head for the value; positive, or {@code -1} (Keras's None): {@code keyDim}.
   */
  int valueDim() default -1;

  /** The dropout rate on the attention scores, in [0, 1]. */
  double dropout() default 0.0;

  /** Whether the projections have biases. */
  boolean useBias() default true;

  /**
   * The output's shape after the query's batch and sequence axes (its last axis replaced); empty
   * (Keras's None): the query's feature size.
   */
  int[] outputShape() default {};

  /**
   * The axes attention is applied over, counting the batch as axis 0 (negative values from the
   * end); empty (Keras's None): every axis but the batch, the heads and the features.
   */
  int[] attentionAxes() default {};

  /**
   * Restricts each query position to the keys within {@code slidingWindow - 1} of it; positive, or
   * {@code -1} (Keras's None): full attention. Changes no shape.
   */
  int slidingWindow() default -1;

  /** Whether a sigmoid gate (a projection of the query like the value's) scales the heads. */
  boolean useGate() default false;

  /** The dropout's random seed; {@code -1} is Keras's None. */
  int seed() default -1;
}
