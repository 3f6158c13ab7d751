package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code GroupQueryAttention} (Python class {@code GroupedQueryAttention}, the name summaries
 * show): attention whose {@code numQueryHeads} query heads share {@code numKeyValueHeads} key and
 * value heads. The method's parameters are Keras's call arguments in its order: {@code query},
 * {@code value} and optionally {@code key}, each of shape {@code (batch, sequence, features)}, so
 * it belongs in a {@link dev.shapecheck.Functional} model. The output is the query's shape; the
 * query and the value have the same feature size, the value and the key the same length.
 *
 * <p>Parameters: {@code (features, heads, headDim)} kernels for the query ({@code numQueryHeads}),
 * the key and the value ({@code numKeyValueHeads}, on their own features), and the gate's ({@code
 * useGate}) like the query's; the output's {@code (numQueryHeads, headDim, features)}; each with a
 * bias of its output's size when {@code useBias}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GroupQueryAttention {
  /** The size of each head; positive. */
  int headDim();

  /** The number of query heads; positive and a multiple of {@code numKeyValueHeads}. */
  int numQueryHeads();

  /** The number of key and value heads; positive. */
  int numKeyValueHeads();

  /** The dropout rate on the attention scores, in [0, 1]. */
  double dropout() default 0.0;

  /** Whether the projections have biases. */
  boolean useBias() default true;

  /**
   * Restricts each query position to the keys within {@code slidingWindow - 1} of it; positive, or
   * {@code -1} (Keras's None): full attention. Changes no shape.
   */
  int slidingWindow() default -1;

  /** Whether a sigmoid gate (a projection of the query like the query's own) scales the heads. */
  boolean useGate() default false;

  /** The dropout's random seed; {@code -1} is Keras's None. */
  int seed() default -1;
}
