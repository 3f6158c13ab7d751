package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.List;

/**
 * A recurrent layer {@code Bidirectional} can wrap: one that reads its sequence either way ({@code
 * go_backwards}) and checks the {@code initial_state} it is given, as {@code SimpleRNN}, {@code
 * LSTM}, {@code GRU} ({@link RecurrentSpec}) and the ConvLSTMs ({@link ConvLstmSpec}) do.
 */
interface RecurrentLayerSpec extends MultiInputSpec {
  /** Whether the layer reads its sequence backwards, which {@code Bidirectional} must know. */
  boolean goBackwards();

  /** How many states the layer has: two for the LSTMs ({@code h} and {@code c}), else one. */
  int states();

  /** The type, for messages of a wrapper. */
  String type();

  /**
   * Checks the initial states given after the sequence, as Keras uses them when the model runs;
   * {@code first} is the input index of the first state, {@code which} says which copy of a {@code
   * Bidirectional} takes them ("" for the layer itself).
   */
  void checkInitialState(
      List<Shape> given, List<InputDescription> ins, int first, Shape sequence, String which)
      throws ShapeError;
}
