package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.examples.TransformerClassifierModel;
import dev.shapecheck.examples.VisionTransformerModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Transformer examples of the examples module (issue 18), as javac computed them from their DSL
 * declarations, against the same models written in Keras 3 as a Keras user writes them: {@code
 * expected/keras/reference-models.json}, written by {@code keras/reference_models.py} (checked by
 * {@code -Poracle}), which builds each model with Keras's layers and the custom {@code
 * PositionEmbedding} class, runs it on zeros and records {@code model.layers}. The generated {@code
 * SUMMARY}'s rows in Keras's order ({@link ModelSummary#kerasLayers()}) must be Keras's, row by row
 * — name, class, output shape, parameters, trainable and non-trainable — and so must the totals.
 */
class ReferenceModelsTest {
  /** The generated summaries, by the name of the example's interface. */
  private static final Map<String, ModelSummary> MODELS =
      Map.of(
          "TransformerClassifier", TransformerClassifierModel.SUMMARY,
          "VisionTransformer", VisionTransformerModel.SUMMARY);

  private static Stream<JsonObject> models() throws IOException {
    String text =
        Files.readString(
            Corpus.dir().resolve("expected").resolve("keras").resolve("reference-models.json"),
            StandardCharsets.UTF_8);
    JsonArray models = JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("models");
    List<String> examples = new ArrayList<>();
    for (JsonElement model : models) {
      examples.add(model.getAsJsonObject().get("example").getAsString());
    }
    assertEquals(
        new TreeSet<>(MODELS.keySet()),
        new TreeSet<>(examples),
        "the models of expected/keras/reference-models.json");
    return StreamSupport.stream(models.spliterator(), false).map(JsonElement::getAsJsonObject);
  }

  @TestFactory
  Stream<DynamicTest> everyRowIsKerasRowInKerasOrder() throws IOException {
    return models()
        .map(
            keras -> {
              String example = keras.get("example").getAsString();
              return DynamicTest.dynamicTest(example, () -> compare(keras, MODELS.get(example)));
            });
  }

  private static void compare(JsonObject keras, ModelSummary summary) {
    String model = keras.get("name").getAsString();
    assertEquals(model, summary.name());
    List<String> expected = new ArrayList<>();
    for (JsonElement element : keras.getAsJsonArray("layers")) {
      JsonObject layer = element.getAsJsonObject();
      expected.add(
          line(
              layer.get("name").getAsString(),
              layer.get("class").getAsString(),
              kerasShape(layer.getAsJsonArray("outputShape")),
              layer.get("params").getAsLong(),
              layer.get("trainable").getAsLong(),
              layer.get("nonTrainable").getAsLong()));
    }
    List<String> actual = new ArrayList<>();
    for (Layer row : summary.kerasLayers()) {
      actual.add(
          line(
              row.name(),
              row.type(),
              row.outputShape().toString(),
              row.params(),
              row.trainableParams(),
              row.nonTrainableParams()));
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual), model);
    assertEquals(keras.get("totalParams").getAsLong(), summary.totalParams(), model + " total");
    assertEquals(
        keras.get("trainableParams").getAsLong(), summary.trainableParams(), model + " trainable");
    assertEquals(
        keras.get("nonTrainableParams").getAsLong(),
        summary.nonTrainableParams(),
        model + " non-trainable");
    System.out.println(
        "reference-models: "
            + model
            + ": "
            + expected.size()
            + " of "
            + expected.size()
            + " rows are Keras's (name, class, output shape, parameters), "
            + summary.totalParams()
            + " parameters");
  }

  private static String line(
      String name, String type, String shape, long params, long trainable, long nonTrainable) {
    return name
        + " "
        + type
        + " "
        + shape
        + " params="
        + params
        + " trainable="
        + trainable
        + " non-trainable="
        + nonTrainable;
  }

  /** [null, 200, 32] as Keras prints it, which is how {@code Shape.toString} prints. */
  private static String kerasShape(JsonArray dims) {
    List<String> parts = new ArrayList<>();
    for (JsonElement d : dims) {
      parts.add(d.isJsonNull() ? "None" : d.getAsString());
    }
    return "(" + String.join(", ", parts) + ")";
  }
}
