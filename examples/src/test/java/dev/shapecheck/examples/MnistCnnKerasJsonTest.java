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
 * <p>The seed's golden file is tf.keras 2's own {@code model.to_json()} of the seed, written by
 * tf_keras 2.21 (the tf.keras 2 line TensorFlow 2.21 pairs with) for the model built as a tf.keras
 * 2 user builds it: {@code Sequential([Conv2D(32, 3, activation="relu", name="conv1",
 * input_shape=(28, 28, 1)), MaxPooling2D(2, name="pool1"), ..., Dense(10, activation="softmax",
 * name="output")], name="mnist_cnn")}. The generated text equals it byte for byte: every key,
 * initializers and regularizers included, in tf.keras 2's order.
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
            "{\"module\": \"keras.layers\", \"class_name\": \"Bidirectional\", \"config\":"
                + " {\"name\": \"bidirectional_1\", \"trainable\": true, \"dtype\": \"float32\","
                + " \"layer\": {\"module\": \"keras.layers\", \"class_name\": \"LSTM\", \"config\":"
                + " {\"name\": \"bidirectional_1_lstm\", "),
        json);
    assertTrue(json.contains("\"units\": 64, "), json);
    assertTrue(json.contains("\"merge_mode\": \"concat\"}, \"registered_name\": null"), json);
  }
}
