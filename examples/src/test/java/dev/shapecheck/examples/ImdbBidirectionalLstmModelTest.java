package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.Layer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keras.io "Bidirectional LSTM on IMDB" example's published summary: embedding 2,560,000, each
 * bidirectional LSTM 98,816, the sigmoid 129; 2,757,761 in all; the sequence length stays unknown
 * (None) until the last LSTM.
 */
class ImdbBidirectionalLstmModelTest {
  @Test
  void matchesThePublishedSummary() {
    List<Layer> layers = ImdbBidirectionalLstmModel.SUMMARY.layers();
    String[] shapes = {"(None, None, 128)", "(None, None, 128)", "(None, 128)", "(None, 1)"};
    long[] params = {2_560_000, 98_816, 98_816, 129};
    String[] types = {"Embedding", "Bidirectional", "Bidirectional", "Dense"};
    for (int i = 0; i < layers.size(); i++) {
      assertEquals(shapes[i], layers.get(i).outputShape().toString(), "layer " + i);
      assertEquals(params[i], layers.get(i).params(), "layer " + i);
      assertEquals(types[i], layers.get(i).type(), "layer " + i);
    }
    assertEquals(2_757_761L, ImdbBidirectionalLstmModel.TOTAL_PARAMS);
  }
}
