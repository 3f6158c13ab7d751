package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.wrapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The structure of the Keras 3 form ({@link KerasJson}). What Keras 3 writes, field for field, is
 * held to Keras itself by the conformance module ({@code Keras3JsonConformanceTest} against {@code
 * keras/tojson.py}); these tests hold what the corpus cannot show: that no attribute of any layer
 * is dropped, and the rules of names and dtypes that the corpus never exercises.
 */
class KerasJsonTest {
  /**
   * The keys of Keras 3's configs that are not arguments: {@link KerasJson} writes them itself
   * ({@code function}: a {@code Lambda}'s function, named after the layer; {@code cell}: an {@code
   * RNN}'s cell).
   */
  private static final Set<String> WRITTEN =
      Set.of(
          "name",
          "trainable",
          "dtype",
          "dtype:variable",
          "layer",
          "backward_layer",
          "function",
          "cell");

  @Test
  void everyLayersKeras3KeysHoldEveryAttributeAndOnlyKnownDefaults() {
    for (String type : LayerCatalog.types()) {
      List<String> keys = LayerCatalog.keras3Keys(type);
      Set<String> attributeKeys = new TreeSet<>();
      for (String attribute : LayerCatalog.configKeys(type)) {
        attributeKeys.add(KerasValues.key(attribute));
      }
      // An attribute missing from the keys would be silently dropped from KERAS_JSON; a user's
      // own class (@Custom) writes its attributes as its class name, shape and weights instead,
      // and a keras.ops operation (@ScalarOp) as its class and its node's arguments.
      assertTrue(
          LayerCatalog.isCustomObject(type)
              || LayerCatalog.isOperation(type)
              || keys.containsAll(attributeKeys),
          type + ": " + keys + " lacks " + attributeKeys);
      assertEquals(keys.size(), new TreeSet<>(keys).size(), type + " repeats a key: " + keys);
      assertTrue(keys.contains("name"), type);
      for (String key : keys) {
        assertTrue(
            WRITTEN.contains(key) || attributeKeys.contains(key) || Keras3Defaults.has(key),
            type + ": no value for " + key);
      }
      boolean wrapper = LayerCatalog.wrapperTypes().contains(type);
      // RNN's wrapped layer is its cell, which Keras writes under "cell".
      assertEquals(
          wrapper,
          keys.contains("layer") || keys.contains("cell"),
          type + ": a wrapper writes its layer");
    }
  }

  @Test
  void aSequentialInputIsInputLayerUnlessALayerHasThatName() {
    ModelCheck plain = Models.check(dims(4), layer("input_layer_1", "Dense", "units: 2"));
    assertEquals("input_layer", inputName(plain));
    ModelCheck clash =
        Models.check(
            dims(4),
            layer("input_layer", "Dense", "units: 2"),
            layer("input_layer_1", "Dense", "units: 2"));
    assertEquals("input_layer_2", inputName(clash));
  }

  private static String inputName(ModelCheck check) {
    JsonObject json = JsonParser.parseString(check.kerasJson()).getAsJsonObject();
    JsonObject input =
        json.getAsJsonObject("config").getAsJsonArray("layers").get(0).getAsJsonObject();
    assertEquals("InputLayer", input.get("class_name").getAsString());
    return input.getAsJsonObject("config").get("name").getAsString();
  }

  /**
   * The layers and the input carry the model's dtype; the model itself keeps Keras's default
   * policy, which is all {@code Sequential.from_config} gives a rebuilt model.
   */
  @Test
  void theModelsDtypeIsEveryLayersAndTheInputsButNotTheModelsOwn() {
    LayerConfig encoder =
        wrapper("Bidirectional", "", layer("enc", "GRU", "units: 2, returnSequences: true"));
    ModelConfig config =
        ModelConfig.of(
            "half",
            dims(4, 3),
            Shape.NONE,
            List.of(encoder, layer("drop", "SpatialDropout1D", "rate: 0.5")),
            "FLOAT16");
    JsonObject json =
        JsonParser.parseString(ShapeEngine.check(config).kerasJson()).getAsJsonObject();
    JsonObject model = json.getAsJsonObject("config");
    assertEquals("float32", policy(model));
    JsonArray layers = model.getAsJsonArray("layers");
    assertEquals("float16", config(layers.get(0)).get("dtype").getAsString());
    JsonObject bidirectional = config(layers.get(1));
    assertEquals("float16", policy(bidirectional));
    assertEquals("float16", policy(config(bidirectional.get("layer"))));
    assertEquals("float16", policy(config(bidirectional.get("backward_layer"))));
    assertEquals("float16", config(layers.get(2)).get("dtype").getAsString()); // a string there
  }

  private static JsonObject config(JsonElement entry) {
    return entry.getAsJsonObject().getAsJsonObject("config");
  }

  private static String policy(JsonObject config) {
    return config.getAsJsonObject("dtype").getAsJsonObject("config").get("name").getAsString();
  }

  @Test
  void partsAreTheOpeningOneLayerEachAndTheClosing() {
    ModelCheck check =
        Models.check(
            dims(6, 6, 1),
            layer("c", "Conv2D", "filters: 2, kernelSize: [3]"),
            layer("f", "Flatten", ""));
    List<String> parts = check.kerasJsonParts();
    assertEquals(4, parts.size());
    assertEquals(check.kerasJson(), String.join("", parts));
    assertTrue(
        parts.get(1).startsWith(", {\"module\": \"keras.layers\", \"class_name\": \"Conv2D\""));
    assertTrue(
        parts.get(2).startsWith(", {\"module\": \"keras.layers\", \"class_name\": \"Flatten\""));
    JsonParser.parseString(check.kerasJson()); // well-formed
    assertTrue(check.kerasJson().chars().allMatch(c -> c >= 0x20 && c < 0x7f), "ASCII only");
  }

  @Test
  void theTwoFormsDiffer() {
    ModelCheck check = Models.check(dims(4), layer("d", "Dense", "units: 2"));
    assertNotEquals(check.keras2Json(), check.kerasJson());
    // tf.keras 2 writes no module for the model, Keras 3 writes "keras".
    assertFalse(
        JsonParser.parseString(check.keras2Json()).getAsJsonObject().has("module"),
        check.keras2Json());
    assertEquals(
        "keras",
        JsonParser.parseString(check.kerasJson()).getAsJsonObject().get("module").getAsString());
  }

  /** The JSON is a function of the model: the same model twice gives the same text. */
  @Test
  void theTextIsDeterministic() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      texts.add(
          Models.check(
                  dims(5, 4),
                  wrapper(
                      "Bidirectional", "", layer("b", "LSTM", "units: 3, returnSequences: true")),
                  wrapper("TimeDistributed", "", layer("t", "Dense", "units: 2")))
              .kerasJson());
    }
    assertEquals(texts.get(0), texts.get(1));
  }
}
