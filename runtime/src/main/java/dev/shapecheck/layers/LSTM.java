package dev.shapecheck.layers;

import dev.shapecheck.Activations;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code LSTM}: long short-term memory, four gates over the input and the recurrent state.
 *
 * <p>Input {@code (timesteps, features)} with {@code features} known ({@code timesteps} may be
 * {@code Shape.NONE}); output {@code (timesteps, units)} with {@code returnSequences}, else {@code
 * (units)}. Parameters: {@code 4 * units * (features + units)}, plus {@code 4 * units} biases when
 * {@code useBias}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LSTM {
  /** The size of the output (and of the hidden state). */
  int units();

  /** The activation of the output (the candidate state). */
  Activations activation() default Activations.TANH;

  /** The activation of the gates. */
  Activations recurrentActivation() default Activations.SIGMOID;

  /** Whether the layer adds biases. */
  boolean useBias() default true;

  /**
   * The fraction of the inputs to drop in training. Keras clamps it to {@code [0, 1]} rather than
   * rejecting it, so any finite value is accepted.
   */
  double dropout() default 0;

  /** The fraction of the recurrent state to drop in training; clamped to {@code [0, 1]}. */
  double recurrentDropout() default 0;

  /** Whether to output every step, {@code (timesteps, units)}, or the last, {@code (units)}. */
  boolean returnSequences() default false;

  /**
   * Whether to return the final recurrent state after the output: the layer then has Keras's
   * outputs, {@code [output, state_h, state_c]} for an {@code LSTM}, {@code [output, state]} for a
   * {@code GRU} or {@code SimpleRNN}, each state {@code (units)}; a parameter takes one with
   * {@code @From(value = "encoder", output = k)}.
   */
  boolean returnState() default false;

  /** Whether to read the sequence from its end; the output shape is the same. */
  boolean goBackwards() default false;
}
