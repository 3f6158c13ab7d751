package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Functional {@code to_json()} form, checked against what tf.keras 2's {@code
 * get_network_config} writes: layers in {@code model.layers} order, each with {@code name} and
 * {@code inbound_nodes} after its config, inputs with Keras's InputLayer config and no nodes,
 * {@code input_layers} / {@code output_layers} as {@code [name, 0, 0]} lists. The conformance
 * module loads the same form with TensorFlow.js ({@code KerasJsonRoundTripTest}).
 */
class Keras2JsonFunctionalTest {
  private static final Shape S = Shape.of(4);

  private static ModelSummary model() {
    return ModelSummary.functional(
        "branches",
        List.of(
            Layer.input("x", S),
            Layer.connected("b1/dense", "Dense", List.of(S), List.of("x"), Shape.of(2), 10, 0, 8),
            Layer.connected("b2", "Dense", List.of(S), List.of("x"), Shape.of(3), 15, 0, 12)),
        List.of("b1/dense", "b2"),
        DType.FLOAT32);
  }

  private static List<LayerConfig> configs() {
    return Arrays.asList(
        null,
        LayerConfig.withDefaults("b1/dense", "Dense", Map.of("units", 2)),
        LayerConfig.withDefaults("b2", "Dense", Map.of("units", 3)));
  }

  @Test
  void writesKerasFunctionalForm() {
    assertEquals(
        "{\"class_name\": \"Functional\", \"config\": {\"name\": \"branches\", \"trainable\": true,"
            + " \"layers\": [{\"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\":"
            + " [null, 4], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\":"
            + " \"x\"}, \"name\": \"x\", \"inbound_nodes\": []}, {\"class_name\": \"Dense\","
            + " \"config\": {\"name\": \"b1/dense\", \"trainable\": true, \"dtype\": \"float32\","
            + " \"units\": 2, \"activation\": \"linear\", \"use_bias\": true}, \"name\":"
            + " \"b1/dense\", \"inbound_nodes\": [[[\"x\", 0, 0, {}]]]}, {\"class_name\":"
            + " \"Dense\", \"config\": {\"name\": \"b2\", \"trainable\": true, \"dtype\":"
            + " \"float32\", \"units\": 3, \"activation\": \"linear\", \"use_bias\": true},"
            + " \"name\": \"b2\", \"inbound_nodes\": [[[\"x\", 0, 0, {}]]]}], \"input_layers\":"
            + " [[\"x\", 0, 0]], \"output_layers\": [[\"b1/dense\", 0, 0], [\"b2\", 0, 0]]},"
            + " \"keras_version\": \"2.15.0\", \"backend\": \"tensorflow\"}",
        Keras2Json.of(model(), configs()));
  }

  @Test
  void partsAreTheOpeningOneLayerEachAndTheClosing() {
    List<String> parts = Keras2Json.parts(model(), configs());
    assertEquals(5, parts.size());
    assertEquals(Keras2Json.of(model(), configs()), String.join("", parts));
    assertEquals(", {\"class_name\": \"Dense\"", parts.get(3).substring(0, 24));
  }

  /**
   * Keras's {@code to_json()} walks {@code model.layers}, and a layer that reaches no declared
   * output is not in the model: with only b2 declared, b1/dense is not written.
   */
  @Test
  void leavesOutALayerThatReachesNoOutput() {
    ModelSummary onlyB2 =
        ModelSummary.functional("branches", model().layers(), List.of("b2"), DType.FLOAT32);
    List<String> parts = Keras2Json.parts(onlyB2, configs());
    assertEquals(4, parts.size());
    String json = String.join("", parts);
    assertFalse(json.contains("b1/dense"), json);
    assertTrue(json.contains("\"layers\": [{\"class_name\": \"InputLayer\""), json);
    assertTrue(
        json.endsWith(
            "\"output_layers\": [[\"b2\", 0, 0]]}, \"keras_version\":"
                + " \"2.15.0\", \"backend\": \"tensorflow\"}"),
        json);
  }

  @Test
  void configsMustMatchTheRows() {
    List<LayerConfig> wrong =
        Arrays.asList(LayerConfig.withDefaults("x", "Dense", Map.of("units", 2)), null, null);
    assertThrows(IllegalArgumentException.class, () -> Keras2Json.of(model(), wrong));
  }
}
