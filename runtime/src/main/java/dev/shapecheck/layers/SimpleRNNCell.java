package dev.shapecheck.layers;

import dev.shapecheck.Activations;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code SimpleRNNCell}: the cell of a {@code SimpleRNN}, one step of a fully connected
 * recurrence, written beside {@code @RNN}: {@code @RNN @SimpleRNNCell(units = 32) Layer rnn();} is
 * Keras's {@code RNN(SimpleRNNCell(32))}.
 *
 * <p>One state {@code (units)}. Parameters: {@code units * (features + units)}, plus {@code units}
 * biases when {@code useBias}. Not a layer by itself: without {@code @RNN} it is rejected. Several
 * cell annotations beside one {@code @RNN} are stacked in source order, as Keras stacks a list of
 * cells ({@code StackedRNNCells}); the same type may be written again ({@code @Repeatable}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(SimpleRNNCell.List.class)
public @interface SimpleRNNCell {
  /** The size of the output and of the state. */
  int units();

  /** The activation of the output. */
  Activations activation() default Activations.TANH;

  /** Whether the cell adds biases. */
  boolean useBias() default true;

  /**
   * The fraction of the inputs to drop in training. Keras clamps it to {@code [0, 1]} rather than
   * rejecting it, so any finite value is accepted.
   */
  double dropout() default 0;

  /** The fraction of the recurrent state to drop in training; clamped to {@code [0, 1]}. */
  double recurrentDropout() default 0;

  /**
   * The container javac makes of two or more {@code @SimpleRNNCell} on one method (cells stacked by
   * {@code @RNN}); never written by hand.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    /** The cells, in source order. */
    SimpleRNNCell[] value();
  }
}
