package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code KERAS2_JSON} (tf.keras 2's form) of the examples, as javac compiled them in
 * this build. Their {@code KERAS_JSON} (Keras 3's form) is loaded by Keras 3 itself in the oracle
 * profile ({@code conformance/keras/examples.py}).
 *
 * <p>The seed's golden file was checked by eye against a published tf.keras 2.4 {@code
 * model.to_json()} of a CNN built from the same layer types (a CIFAR-10 notebook: Conv2D 3x3 relu,
 * MaxPooling2D 2x2, Flatten, Dense, softmax): the InputLayer, Conv2D, MaxPooling2D, Flatten and
 * Dense configs have the same keys in the same order with the same value forms (strides [2, 2] for
 * a 2x2 pool, the first layer repeating batch_input_shape, the InputLayer named after the first
 * layer); only the initializer, regularizer and constraint entries ShapeCheck does not model are
 * left out.
 */
class MnistCnnKerasJsonTest {
  @Test
  void seedKeras2JsonIsTheGoldenFile() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/mnist_cnn.keras2.json")) {
      String expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      assertEquals(expected.strip(), MnistCnnModel.KERAS2_JSON);
    }
  }

  @Test
  void bidirectionalExampleNestsItsLstmsAndKeepsTheUnknownSequenceLength() {
    String json = ImdbBidirectionalLstmModel.KERAS2_JSON;
    assertTrue(
        json.contains(
            "\"batch_input_shape\": [null, null], \"dtype\": \"float32\", "
                + "\"sparse\": false, \"ragged\": false, \"name\": \"embedding_input\""),
        json);
    assertTrue(
        json.contains(
            "{\"class_name\": \"Bidirectional\", \"config\": {\"name\": "
                + "\"bidirectional_1\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": "
                + "{\"class_name\": \"LSTM\", \"config\": {\"name\": \"bidirectional_1_lstm\", "),
        json);
    assertTrue(json.contains("\"units\": 64, "), json);
    assertTrue(json.contains("\"merge_mode\": \"concat\"}}"), json);
  }
}
