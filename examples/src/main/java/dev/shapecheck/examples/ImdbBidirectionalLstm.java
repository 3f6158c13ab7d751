package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Layer;
import dev.shapecheck.Sequential;
import dev.shapecheck.Shape;
import dev.shapecheck.layers.Bidirectional;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.Embedding;
import dev.shapecheck.layers.LSTM;

/**
 * The keras.io text classifier "Bidirectional LSTM on IMDB": variable-length sequences of word ids
 * from a 20,000-word vocabulary, two stacked bidirectional LSTMs, and a sigmoid. The example
 * publishes 2,757,761 parameters.
 */
@Sequential(
    name = "imdb_bidirectional_lstm",
    input = {Shape.NONE})
public interface ImdbBidirectionalLstm {
  @Embedding(inputDim = 20000, outputDim = 128)
  Layer embedding();

  @Bidirectional
  @LSTM(units = 64, returnSequences = true)
  Layer bidirectional();

  @Bidirectional
  @LSTM(units = 64)
  Layer bidirectional_1();

  @Dense(units = 1, activation = Activations.SIGMOID)
  Layer dense();
}
