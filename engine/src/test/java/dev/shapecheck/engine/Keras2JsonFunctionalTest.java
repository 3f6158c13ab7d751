package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
 * get_network_config} writes (tf_keras 2.21): layers in {@code model.layers} order, each with
 * {@code name} and {@code inbound_nodes} after its config, inputs with Keras's InputLayer config
 * and no nodes, {@code input_layers} / {@code output_layers} as {@code [name, 0, 0]} lists. The
 * conformance module loads the same form with TensorFlow.js ({@code KerasJsonRoundTripTest}).
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
    JsonObject json = JsonParser.parseString(Keras2Json.of(model(), configs())).getAsJsonObject();
    assertEquals("Functional", json.get("class_name").getAsString());
    assertEquals("2.21.0", json.get("keras_version").getAsString());
    assertEquals("tensorflow", json.get("backend").getAsString());
    JsonObject config = json.getAsJsonObject("config");
    assertEquals(
        JsonParser.parseString("[['x', 0, 0]]"), config.get("input_layers"), "input_layers");
    assertEquals(
        JsonParser.parseString("[['b1/dense', 0, 0], ['b2', 0, 0]]"), config.get("output_layers"));
    JsonArray layers = config.getAsJsonArray("layers");
    assertEquals(3, layers.size());
    // tf.keras 2's InputLayer: its config, then its name and no nodes.
    assertEquals(
        JsonParser.parseString(
            "{'module': 'keras.layers', 'class_name': 'InputLayer', 'config':"
                + " {'batch_input_shape': [null, 4], 'dtype': 'float32', 'sparse': false,"
                + " 'ragged': false, 'name': 'x', 'optional': false}, 'registered_name': null,"
                + " 'name': 'x', 'inbound_nodes': []}"),
        layers.get(0));
    JsonObject b2 = layers.get(2).getAsJsonObject();
    assertEquals(
        List.of(
            "module",
            "class_name",
            "config",
            "registered_name",
            "build_config",
            "name",
            "inbound_nodes"),
        List.copyOf(b2.keySet()));
    assertEquals(JsonParser.parseString("[[['x', 0, 0, {}]]]"), b2.get("inbound_nodes"));
    assertEquals(JsonParser.parseString("{'input_shape': [null, 4]}"), b2.get("build_config"));
    assertEquals(3, b2.getAsJsonObject("config").get("units").getAsInt());
    assertTrue(b2.getAsJsonObject("config").has("kernel_initializer"), b2.toString());
  }

  @Test
  void partsAreTheOpeningOneLayerEachAndTheClosing() {
    List<String> parts = Keras2Json.parts(model(), configs());
    assertEquals(5, parts.size());
    assertEquals(Keras2Json.of(model(), configs()), String.join("", parts));
    assertTrue(
        parts.get(3).startsWith(", {\"module\": \"keras.layers\", \"class_name\": \"Dense\""),
        parts.get(3));
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
    assertTrue(
        json.contains("\"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\""),
        json);
    assertTrue(
        json.endsWith(
            "\"output_layers\": [[\"b2\", 0, 0]]}, \"keras_version\":"
                + " \"2.21.0\", \"backend\": \"tensorflow\"}"),
        json);
  }

  @Test
  void configsMustMatchTheRows() {
    List<LayerConfig> wrong =
        Arrays.asList(LayerConfig.withDefaults("x", "Dense", Map.of("units", 2)), null, null);
    assertThrows(IllegalArgumentException.class, () -> Keras2Json.of(model(), wrong));
  }
}
