package dev.shapecheck.layers;

import dev.shapecheck.Activations;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code GRUCell}: the cell of a {@code GRU}, three gates over the input and the state,
 * written beside {@code @RNN}: {@code @RNN @GRUCell(units = 32) Layer rnn();} is Keras's {@code
 * RNN(GRUCell(32))}.
 *
 * <p>One state {@code (units)}. Parameters: {@code 3 * units * (features + units)}, plus, when
 * {@code useBias}, {@code 6 * units} biases with {@code resetAfter} or {@code 3 * units} without.
 * Not a layer by itself: without {@code @RNN} it is rejected. Several cell annotations beside one
 * {@code @RNN} are stacked in source order, as Keras stacks a list of cells ({@code
 * StackedRNNCells}); the same type may be written again ({@code @Repeatable}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(GRUCell.List.class)
public @interface GRUCell {
  /** The size of the output and of the state. */
  int units();

  /** The activation of the output (the candidate state). */
  Activations activation() default Activations.TANH;

  /** The activation of the gates. */
  Activations recurrentActivation() default Activations.SIGMOID;

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
   * Whether the reset gate applies after the recurrent matrix product (Keras 3's default, with
   * separate recurrent biases) or before it.
   */
  boolean resetAfter() default true;

  /**
   * The container javac makes of two or more {@code @GRUCell} on one method (cells stacked by
   * {@code @RNN}); never written by hand.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    /** The cells, in source order. */
    GRUCell[] value();
  }
}
