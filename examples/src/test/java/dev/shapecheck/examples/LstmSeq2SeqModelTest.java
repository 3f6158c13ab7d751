package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.SummaryStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keras.io {@code lstm_seq2seq} example as Keras 3.15.1 prints its summary ({@code
 * model.summary()} of the Python example, copied here row by row; {@code keras/examples.py} and
 * {@code Keras3SummaryTest} also rebuild the generated {@code KERAS_JSON} in Keras 3 and compare
 * every row and the summary text): the encoder's three outputs, the decoder taking the encoder's
 * state_h and state_c, 718,173 parameters.
 */
class LstmSeq2SeqModelTest {
  @Test
  void matchesKerasSummary() {
    List<Layer> layers = LstmSeq2SeqModel.SUMMARY.kerasLayers();
    String[] names = {"input_layer", "input_layer_1", "lstm", "lstm_1", "dense"};
    long[] params = {0, 0, 335_872, 358_400, 23_901};
    for (int i = 0; i < layers.size(); i++) {
      assertEquals(names[i], layers.get(i).name(), "layer " + i);
      assertEquals(params[i], layers.get(i).params(), "layer " + i);
    }
    assertEquals(718_173L, LstmSeq2SeqModel.TOTAL_PARAMS);
    String keras3 = LstmSeq2SeqModel.SUMMARY.toString(SummaryStyle.KERAS3);
    // Keras's cells: the encoder's three outputs, the decoder's three inbound tensors.
    assertEquals(
        "[(None, 256), (None, 256), (None, 256)]", layers.get(2).outputShapes().toString());
    assertEquals(List.of(0, 1, 2), layers.get(3).inboundOutputs());
    assertEquals(List.of("input_layer_1", "lstm", "lstm"), layers.get(3).inbound());
    assertTrue(keras3.contains(" lstm[0][1]") && keras3.contains(" lstm[0][2]"), keras3);
  }
}
