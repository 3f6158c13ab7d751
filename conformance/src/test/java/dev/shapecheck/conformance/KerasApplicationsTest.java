package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.examples.ConvNeXtBaseModel;
import dev.shapecheck.examples.ConvNeXtLargeModel;
import dev.shapecheck.examples.ConvNeXtSmallModel;
import dev.shapecheck.examples.ConvNeXtTinyModel;
import dev.shapecheck.examples.ConvNeXtXLargeModel;
import dev.shapecheck.examples.DenseNet121Model;
import dev.shapecheck.examples.DenseNet169Model;
import dev.shapecheck.examples.DenseNet201Model;
import dev.shapecheck.examples.EfficientNetB0Model;
import dev.shapecheck.examples.EfficientNetB1Model;
import dev.shapecheck.examples.EfficientNetB2Model;
import dev.shapecheck.examples.EfficientNetB3Model;
import dev.shapecheck.examples.EfficientNetB4Model;
import dev.shapecheck.examples.EfficientNetB5Model;
import dev.shapecheck.examples.EfficientNetB6Model;
import dev.shapecheck.examples.EfficientNetB7Model;
import dev.shapecheck.examples.EfficientNetV2B0Model;
import dev.shapecheck.examples.EfficientNetV2B1Model;
import dev.shapecheck.examples.EfficientNetV2B2Model;
import dev.shapecheck.examples.EfficientNetV2B3Model;
import dev.shapecheck.examples.EfficientNetV2LModel;
import dev.shapecheck.examples.EfficientNetV2MModel;
import dev.shapecheck.examples.EfficientNetV2SModel;
import dev.shapecheck.examples.InceptionResNetV2Model;
import dev.shapecheck.examples.InceptionV3Model;
import dev.shapecheck.examples.MobileNetV1Model;
import dev.shapecheck.examples.MobileNetV2Model;
import dev.shapecheck.examples.MobileNetV3LargeModel;
import dev.shapecheck.examples.MobileNetV3SmallModel;
import dev.shapecheck.examples.NASNetLargeModel;
import dev.shapecheck.examples.NASNetMobileModel;
import dev.shapecheck.examples.ResNet101Model;
import dev.shapecheck.examples.ResNet101V2Model;
import dev.shapecheck.examples.ResNet152Model;
import dev.shapecheck.examples.ResNet152V2Model;
import dev.shapecheck.examples.ResNet50Model;
import dev.shapecheck.examples.ResNet50V2Model;
import dev.shapecheck.examples.Vgg16Model;
import dev.shapecheck.examples.Vgg19Model;
import dev.shapecheck.examples.XceptionModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Keras Applications of the examples module, as javac computed them from their DSL
 * declarations, against Keras 3 itself: {@code expected/keras/applications.json}, written by {@code
 * keras/applications.py} from {@code keras.applications.<Model>(weights=None)} (checked in CI by
 * {@code -Poracle}). Every row must be Keras's layer of the same name — name, class, output shape,
 * parameters, trainable and non-trainable — and no row may be missing or extra; then the rows must
 * come in Keras's orders.
 *
 * <p>Order: Keras's {@code model.layers} lists a functional model's layers by depth from the
 * outputs ({@code map_graph}); so does {@link ModelSummary#kerasLayers()}. ShapeCheck's own rows
 * keep the declaration order, which for these declarations is the order in which Keras's source
 * creates the layers (and numbers the ones it names itself).
 *
 * <p>Rows: the expected file lists {@code model.operations}, what Keras's summary shows: the layers
 * and the keras.ops operations of the graph ({@code "operation": true}, such as ConvNeXt's residual
 * {@code inputs + x}, an {@code add (Add)} row without weights). ShapeCheck declares ConvNeXt's as
 * the layer of the same class and automatic name, which gives the same row, and MobileNetV3's
 * operations on a tensor and a number ({@code x + 3.0}) with {@code @ScalarOp}.
 */
class KerasApplicationsTest {
  /** The generated summaries, by Keras model name. */
  private static final Map<String, ModelSummary> MODELS =
      Map.ofEntries(
          Map.entry("resnet50", ResNet50Model.SUMMARY),
          Map.entry("mobilenetv2_1.00_224", MobileNetV2Model.SUMMARY),
          Map.entry("densenet121", DenseNet121Model.SUMMARY),
          Map.entry("inception_v3", InceptionV3Model.SUMMARY),
          Map.entry("xception", XceptionModel.SUMMARY),
          Map.entry("vgg16", Vgg16Model.SUMMARY),
          Map.entry("mobilenet_1.00_224", MobileNetV1Model.SUMMARY),
          Map.entry("vgg19", Vgg19Model.SUMMARY),
          Map.entry("resnet101", ResNet101Model.SUMMARY),
          Map.entry("resnet152", ResNet152Model.SUMMARY),
          Map.entry("resnet50v2", ResNet50V2Model.SUMMARY),
          Map.entry("resnet101v2", ResNet101V2Model.SUMMARY),
          Map.entry("resnet152v2", ResNet152V2Model.SUMMARY),
          Map.entry("densenet169", DenseNet169Model.SUMMARY),
          Map.entry("densenet201", DenseNet201Model.SUMMARY),
          Map.entry("nasnet_mobile", NASNetMobileModel.SUMMARY),
          Map.entry("nasnet_large", NASNetLargeModel.SUMMARY),
          Map.entry("inception_resnet_v2", InceptionResNetV2Model.SUMMARY),
          Map.entry("efficientnetb0", EfficientNetB0Model.SUMMARY),
          Map.entry("efficientnetb1", EfficientNetB1Model.SUMMARY),
          Map.entry("efficientnetb2", EfficientNetB2Model.SUMMARY),
          Map.entry("efficientnetb3", EfficientNetB3Model.SUMMARY),
          Map.entry("efficientnetb4", EfficientNetB4Model.SUMMARY),
          Map.entry("efficientnetb5", EfficientNetB5Model.SUMMARY),
          Map.entry("efficientnetb6", EfficientNetB6Model.SUMMARY),
          Map.entry("efficientnetb7", EfficientNetB7Model.SUMMARY),
          Map.entry("efficientnetv2-b0", EfficientNetV2B0Model.SUMMARY),
          Map.entry("efficientnetv2-b1", EfficientNetV2B1Model.SUMMARY),
          Map.entry("efficientnetv2-b2", EfficientNetV2B2Model.SUMMARY),
          Map.entry("efficientnetv2-b3", EfficientNetV2B3Model.SUMMARY),
          Map.entry("efficientnetv2-s", EfficientNetV2SModel.SUMMARY),
          Map.entry("efficientnetv2-m", EfficientNetV2MModel.SUMMARY),
          Map.entry("efficientnetv2-l", EfficientNetV2LModel.SUMMARY),
          Map.entry("convnext_tiny", ConvNeXtTinyModel.SUMMARY),
          Map.entry("convnext_small", ConvNeXtSmallModel.SUMMARY),
          Map.entry("convnext_base", ConvNeXtBaseModel.SUMMARY),
          Map.entry("convnext_large", ConvNeXtLargeModel.SUMMARY),
          Map.entry("convnext_xlarge", ConvNeXtXLargeModel.SUMMARY),
          Map.entry("MobileNetV3Small", MobileNetV3SmallModel.SUMMARY),
          Map.entry("MobileNetV3Large", MobileNetV3LargeModel.SUMMARY));

  /**
   * Layers Keras creates before the layers they are called on exist, which a declaration (each
   * method naming earlier ones) cannot follow: ConvNeXt builds its three downsampling {@code
   * Sequential}s before the stages. They have explicit names, so no automatic name depends on their
   * place; the creation-order check leaves them out and holds every other row to it.
   */
  private static final Pattern CREATED_BEFORE_INPUTS =
      Pattern.compile("convnext_\\w+_downsampling_block_\\d+");

  private static JsonArray expected() throws IOException {
    String text =
        Files.readString(
            Corpus.dir().resolve("expected").resolve("keras").resolve("applications.json"),
            StandardCharsets.UTF_8);
    return JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("models");
  }

  private static Stream<JsonObject> models() throws IOException {
    JsonArray models = expected();
    List<String> names = new ArrayList<>();
    for (JsonElement model : models) {
      names.add(model.getAsJsonObject().get("name").getAsString());
    }
    assertEquals(
        new TreeSet<>(MODELS.keySet()),
        new TreeSet<>(names),
        "the models of expected/keras/applications.json");
    return StreamSupport.stream(models.spliterator(), false).map(JsonElement::getAsJsonObject);
  }

  @TestFactory
  Stream<DynamicTest> everyRowIsTheKerasLayerOfItsName() throws IOException {
    return models()
        .map(
            keras -> {
              String name = keras.get("name").getAsString();
              return DynamicTest.dynamicTest(name, () -> compareRows(keras, MODELS.get(name)));
            });
  }

  @TestFactory
  Stream<DynamicTest> rowsComeInKerasOrder() throws IOException {
    return models()
        .map(
            keras -> {
              String name = keras.get("name").getAsString();
              return DynamicTest.dynamicTest(name, () -> compareOrder(keras, MODELS.get(name)));
            });
  }

  /**
   * Each Keras layer as a line, in {@code model.layers} order, against ShapeCheck's row of the same
   * name in that place (rows Keras lacks at the end): one difference shows as one line.
   */
  private static void compareRows(JsonObject keras, ModelSummary summary) {
    String model = keras.get("name").getAsString();
    assertEquals(model, summary.name());
    assertEquals(keras.get("totalParams").getAsLong(), summary.totalParams(), model + " total");
    assertEquals(
        keras.get("trainableParams").getAsLong(), summary.trainableParams(), model + " trainable");
    assertEquals(
        keras.get("nonTrainableParams").getAsLong(),
        summary.nonTrainableParams(),
        model + " non-trainable");
    Map<String, Layer> rows = new HashMap<>();
    for (Layer row : summary.layers()) {
      assertEquals(null, rows.put(row.name(), row), model + ": two rows named " + row.name());
    }
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (JsonElement element : keras.getAsJsonArray("layers")) {
      JsonObject layer = element.getAsJsonObject();
      String name = layer.get("name").getAsString();
      expected.add(
          line(
              name,
              layer.get("class").getAsString(),
              kerasShape(layer.getAsJsonArray("outputShape")),
              layer.get("params").getAsLong(),
              layer.get("trainable").getAsLong(),
              layer.get("nonTrainable").getAsLong()));
      Layer row = rows.remove(name);
      actual.add(row == null ? name + ": no row of this name" : line(row));
    }
    for (Layer extra : summary.layers()) {
      if (rows.containsKey(extra.name())) {
        actual.add(line(extra) + " (no Keras layer of this name)");
      }
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual), model);
    System.out.println(
        "keras-applications: "
            + model
            + ": "
            + expected.size()
            + " of "
            + expected.size()
            + " rows are Keras's (name, class, output shape, parameters)");
  }

  /**
   * Both of Keras's orders: {@link ModelSummary#kerasLayers()} (what the Keras-style tables print
   * and {@code KERAS_JSON} lists) must be {@code model.layers}; the declaration order ({@link
   * ModelSummary#layers()}), which numbers the {@code {auto}} names, must be the order in which
   * Keras's source creates the layers.
   */
  private static void compareOrder(JsonObject keras, ModelSummary summary) {
    String model = keras.get("name").getAsString();
    List<String> kerasOrder = names(keras.getAsJsonArray("layers"));
    List<String> listed = new ArrayList<>();
    summary.kerasLayers().forEach(row -> listed.add(row.name()));
    assertEquals(kerasOrder, listed, model + ": kerasLayers() in Keras's model.layers order");
    String[] created = new String[kerasOrder.size()];
    for (JsonElement element : keras.getAsJsonArray("layers")) {
      JsonObject layer = element.getAsJsonObject();
      created[layer.get("created").getAsInt()] = layer.get("name").getAsString();
    }
    List<String> creation = new ArrayList<>(List.of(created));
    creation.removeIf(name -> CREATED_BEFORE_INPUTS.matcher(name).matches());
    fedByTheNextOperation(creation, keras.getAsJsonArray("layers"), summary);
    List<String> declared = new ArrayList<>();
    summary.layers().forEach(row -> declared.add(row.name()));
    declared.removeIf(name -> CREATED_BEFORE_INPUTS.matcher(name).matches());
    assertEquals(creation, declared, model + ": declared in Keras's creation order");
  }

  /**
   * Swaps each layer that Keras creates right before the operation feeding it with that operation:
   * in {@code layers.ReLU(6.0)(x + 3.0)} (MobileNetV3's {@code hard_sigmoid}) Python evaluates the
   * callee {@code layers.ReLU(6.0)} before its argument, so Keras creates the ReLU first; a
   * declaration can only name earlier members, so it declares the operation first. Only such a pair
   * moves: the operation (marked {@code "operation"} in the expected file) must come right after
   * the layer in Keras's creation order, and be that layer's inbound in ShapeCheck's row.
   */
  private static void fedByTheNextOperation(
      List<String> creation, JsonArray layers, ModelSummary summary) {
    Map<String, Boolean> operation = new HashMap<>();
    for (JsonElement element : layers) {
      JsonObject layer = element.getAsJsonObject();
      operation.put(layer.get("name").getAsString(), layer.has("operation"));
    }
    Map<String, Layer> rows = new HashMap<>();
    summary.layers().forEach(row -> rows.put(row.name(), row));
    for (int i = 0; i + 1 < creation.size(); i++) {
      String layer = creation.get(i);
      String next = creation.get(i + 1);
      Layer row = rows.get(layer);
      if (Boolean.TRUE.equals(operation.get(next))
          && row != null
          && row.inbound().equals(List.of(next))) {
        creation.set(i, next);
        creation.set(i + 1, layer);
        i++;
      }
    }
  }

  private static List<String> names(JsonArray layers) {
    List<String> names = new ArrayList<>();
    for (JsonElement layer : layers) {
      names.add(layer.getAsJsonObject().get("name").getAsString());
    }
    return names;
  }

  private static String line(Layer row) {
    return line(
        row.name(),
        row.type(),
        row.outputShape().toString(),
        row.params(),
        row.trainableParams(),
        row.nonTrainableParams());
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

  /** [null, 7, 7, 2048] as Keras prints it, which is how {@code Shape.toString} prints. */
  private static String kerasShape(JsonArray dims) {
    List<String> parts = new ArrayList<>();
    for (JsonElement d : dims) {
      parts.add(d.isJsonNull() ? "None" : d.getAsString());
    }
    return "(" + String.join(", ", parts) + ")";
  }
}
