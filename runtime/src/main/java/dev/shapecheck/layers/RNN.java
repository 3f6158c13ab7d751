package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RNN}: runs the recurrent cell written beside it ({@code @SimpleRNNCell},
 * {@code @LSTMCell}, {@code @GRUCell}) over the time axis: {@code @RNN @LSTMCell(units = 32) Layer
 * rnn();} is Keras's {@code RNN(LSTMCell(32))}, a row of class {@code RNN} with {@code LSTM(32)}'s
 * shapes and parameters.
 *
 * <p>Input {@code (timesteps, features)} with {@code features} known; output {@code (timesteps,
 * units)} with {@code returnSequences}, else {@code (units)}. Without a cell it is rejected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RNN {
  /** Whether to output every step, {@code (timesteps, units)}, or the last, {@code (units)}. */
  boolean returnSequences() default false;

  /**
   * Whether to return the final states after the output: {@code [output, h, c]} for an {@code
   * LSTMCell}, {@code [output, state]} for the others; a parameter takes one with
   * {@code @From(value = "rnn", output = k)}.
   */
  boolean returnState() default false;

  /** Whether to read the sequence from its end; the output shape is the same. */
  boolean goBackwards() default false;

  /**
   * Whether the last states of a batch are the first of the next; Keras then needs a fixed batch
   * size ({@code @Sequential(batchSize = ...)}) and rejects the model without one.
   */
  boolean stateful() default false;

  /** Whether to unroll the loop over the time steps; no effect on shapes. */
  boolean unroll() default false;

  /** Whether masked steps output zeros rather than the previous output; no effect on shapes. */
  boolean zeroOutputForMask() default false;
}
