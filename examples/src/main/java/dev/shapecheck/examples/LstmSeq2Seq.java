package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.From;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.LSTM;

/**
 * The keras.io example "Character-level recurrent sequence-to-sequence model" ({@code
 * lstm_seq2seq}): an encoder LSTM reads the English characters (71 tokens, one-hot, any length) and
 * returns its final states; a decoder LSTM starts from them ({@code initial_state}) and reads the
 * French characters (93 tokens), and a softmax predicts the next one. Methods are named as Keras
 * names the layers of the Python example, so the two summaries read alike: 718,173 parameters in
 * Keras 3.15.1.
 */
@Functional(
    name = "lstm_seq2seq",
    outputs = {"dense"})
public interface LstmSeq2Seq {
  @Input(shape = {Shape.NONE, 71})
  Layer input_layer();

  @Input(shape = {Shape.NONE, 93})
  Layer input_layer_1();

  /** {@code encoder_outputs, state_h, state_c = LSTM(256, return_state=True)(encoder_inputs)}. */
  @LSTM(units = 256, returnState = true)
  Layer lstm(Layer input_layer);

  /** {@code LSTM(256, return_sequences=True, return_state=True)(..., initial_state=[h, c])}. */
  @LSTM(units = 256, returnSequences = true, returnState = true)
  Layer lstm_1(
      Layer input_layer_1,
      @From(value = "lstm", output = 1) Layer stateH,
      @From(value = "lstm", output = 2) Layer stateC);

  @Dense(units = 93, activation = Activations.SOFTMAX)
  Layer dense(Layer lstm_1);
}
