package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.examples.DenseNet121Model;
import dev.shapecheck.examples.InceptionV3Model;
import dev.shapecheck.examples.MobileNetV2Model;
import dev.shapecheck.examples.ResNet50Model;
import dev.shapecheck.examples.XceptionModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The five Keras Applications of the examples module, as javac computed them from their DSL
 * declarations, against what TensorFlow.js gives for the same models built as {@code
 * keras/src/applications/*.py} builds them ({@code expected/applications.json}, written by {@code
 * applications/index.js}): the totals, then every layer in creation order — its name, class, output
 * shape, trainable and non-trainable parameters. The oracle names layers as Keras does, automatic
 * names included ({@code conv2d_12}), and so do the declarations: every name is compared. Keras 3
 * itself holds the same declarations to its own models in {@link KerasApplicationsTest}.
 */
class ApplicationsConformanceTest {
  /** The generated summaries, by Keras model name. */
  private static final Map<String, ModelSummary> MODELS =
      Map.of(
          "resnet50", ResNet50Model.SUMMARY,
          "mobilenetv2_1.00_224", MobileNetV2Model.SUMMARY,
          "densenet121", DenseNet121Model.SUMMARY,
          "inception_v3", InceptionV3Model.SUMMARY,
          "xception", XceptionModel.SUMMARY);

  @TestFactory
  Stream<DynamicTest> applicationsMatchTensorFlowJs() throws IOException {
    JsonArray models =
        JsonParser.parseString(
                Files.readString(
                    Corpus.dir().resolve("expected").resolve("applications.json"),
                    StandardCharsets.UTF_8))
            .getAsJsonArray();
    assertEquals(MODELS.keySet(), names(models), "the models of expected/applications.json");
    return StreamSupport.stream(models.spliterator(), false)
        .map(JsonElement::getAsJsonObject)
        .map(
            expected -> {
              String name = expected.get("name").getAsString();
              return DynamicTest.dynamicTest(name, () -> compare(expected, MODELS.get(name)));
            });
  }

  private static void compare(JsonObject expected, ModelSummary summary) {
    String model = expected.get("name").getAsString();
    assertEquals(model, summary.name());
    assertEquals(expected.get("totalParams").getAsLong(), summary.totalParams(), model + " total");
    assertEquals(
        expected.get("trainableParams").getAsLong(),
        summary.trainableParams(),
        model + " trainable");
    assertEquals(
        expected.get("nonTrainableParams").getAsLong(),
        summary.nonTrainableParams(),
        model + " non-trainable");
    JsonArray layers = expected.getAsJsonArray("layers");
    List<Layer> rows = summary.layers();
    assertEquals(layers.size(), rows.size(), model + ": layers, in Keras and in ShapeCheck");
    for (int i = 0; i < rows.size(); i++) {
      JsonObject keras = layers.get(i).getAsJsonObject();
      Layer row = rows.get(i);
      String where =
          model + " layer " + i + " (" + keras.get("name").getAsString() + " / " + row.name() + ")";
      assertEquals(keras.get("name").getAsString(), row.name(), where);
      assertEquals(keras.get("type").getAsString(), row.type(), where);
      assertEquals(
          kerasShape(keras.getAsJsonArray("outputShape")), row.outputShape().toString(), where);
      assertEquals(keras.get("trainable").getAsLong(), row.trainableParams(), where);
      assertEquals(keras.get("nonTrainable").getAsLong(), row.nonTrainableParams(), where);
    }
  }

  /** [null, 7, 7, 2048] as Keras prints it, which is how {@code Shape.toString} prints. */
  private static String kerasShape(JsonArray dims) {
    List<String> parts = new ArrayList<>();
    for (JsonElement d : dims) {
      parts.add(d.isJsonNull() ? "None" : d.getAsString());
    }
    return "(" + String.join(", ", parts) + ")";
  }

  private static Set<String> names(JsonArray models) {
    return StreamSupport.stream(models.spliterator(), false)
        .map(m -> m.getAsJsonObject().get("name").getAsString())
        .collect(Collectors.toSet());
  }
}
