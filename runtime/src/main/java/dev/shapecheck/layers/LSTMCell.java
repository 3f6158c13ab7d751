package dev.shapecheck.layers;

import dev.shapecheck.Activations;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code LSTMCell}: the cell of an {@code LSTM}, four gates over the input and the state,
 * written beside {@code @RNN}: {@code @RNN @LSTMCell(units = 32) Layer rnn();} is Keras's {@code
 * RNN(LSTMCell(32))}, which computes what {@code LSTM(32)} computes.
 *
 * <p>Two states {@code [h, c]}, each {@code (units)}. Parameters: {@code 4 * units * (features +
 * units)}, plus {@code 4 * units} biases when {@code useBias}. Not a layer by itself: without
 * {@code @RNN} it is rejected. Several cell annotations beside one {@code @RNN} are stacked in
 * source order, as Keras stacks a list of cells ({@code StackedRNNCells}); the same type may be
 * written again ({@code @Repeatable}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(LSTMCell.List.class)
public @interface LSTMCell {
  /** The size of the output and of each state. */
  int units();

  /** The activation of the output (the candidate state). */
  Activations activation() default Activations.TANH;

  /** The activation of the gates. */
  Activations recurrentActivation() default Activations.SIGMOID;

  /** Whether the cell adds biases. */
  boolean useBias() default true;

  /** Whether the forget gate's biases start at 1 (only their initial values; no shape effect). */
  boolean unitForgetBias() default true;

  /**
   * The fraction of the inputs to drop in training. Keras clamps it to {@code [0, 1]} rather than
   * rejecting it, so any finite value is accepted.
   */
  double dropout() default 0;

  /** The fraction of the recurrent state to drop in training; clamped to {@code [0, 1]}. */
  double recurrentDropout() default 0;

  /**
   * The container javac makes of two or more {@code @LSTMCell} on one method (cells stacked by
   * {@code @RNN}); never written by hand.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    /** The cells, in source order. */
    LSTMCell[] value();
  }
}
