package dev.shapecheck.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.examples.ConstrainedMnistCnnModel;
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
import dev.shapecheck.examples.ImdbBidirectionalLstmModel;
import dev.shapecheck.examples.InceptionResNetV2Model;
import dev.shapecheck.examples.InceptionV3Model;
import dev.shapecheck.examples.LstmSeq2SeqModel;
import dev.shapecheck.examples.MnistCnnModel;
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
import dev.shapecheck.examples.ResidualBlockModel;
import dev.shapecheck.examples.TransformerClassifierModel;
import dev.shapecheck.examples.Vgg16Model;
import dev.shapecheck.examples.Vgg19Model;
import dev.shapecheck.examples.VisionTransformerModel;
import dev.shapecheck.examples.XceptionModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every model of the examples module, as javac generated it, for the Keras 3 summary oracle: the
 * oracle profile runs {@link #main}, which writes each model's {@code KERAS_JSON} to {@code
 * target/keras3-summaries/examples/<Interface>.json}, then {@code keras/summaries.py}, which builds
 * each in Keras 3 and records its summary; {@link Keras3SummaryTest} holds the generated {@code
 * SUMMARY} to that text. The Keras JSON is the only form of an example's architecture Python can
 * read; Keras computes the shapes and parameters itself.
 */
final class Keras3SummaryExamples {
  /** An example's generated summary and Keras JSON. */
  record Example(ModelSummary summary, String kerasJson) {}

  /** By the name of the annotated interface. */
  static final Map<String, Example> EXAMPLES =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry(
                  "ConstrainedMnistCnn",
                  new Example(
                      ConstrainedMnistCnnModel.SUMMARY, ConstrainedMnistCnnModel.KERAS_JSON)),
              Map.entry(
                  "DenseNet121",
                  new Example(DenseNet121Model.SUMMARY, DenseNet121Model.KERAS_JSON)),
              Map.entry(
                  "ImdbBidirectionalLstm",
                  new Example(
                      ImdbBidirectionalLstmModel.SUMMARY, ImdbBidirectionalLstmModel.KERAS_JSON)),
              Map.entry(
                  "InceptionV3",
                  new Example(InceptionV3Model.SUMMARY, InceptionV3Model.KERAS_JSON)),
              Map.entry("MnistCnn", new Example(MnistCnnModel.SUMMARY, MnistCnnModel.KERAS_JSON)),
              Map.entry(
                  "LstmSeq2Seq",
                  new Example(LstmSeq2SeqModel.SUMMARY, LstmSeq2SeqModel.KERAS_JSON)),
              Map.entry(
                  "MobileNetV1",
                  new Example(MobileNetV1Model.SUMMARY, MobileNetV1Model.KERAS_JSON)),
              Map.entry(
                  "MobileNetV2",
                  new Example(MobileNetV2Model.SUMMARY, MobileNetV2Model.KERAS_JSON)),
              Map.entry(
                  "MobileNetV3Large",
                  new Example(MobileNetV3LargeModel.SUMMARY, MobileNetV3LargeModel.KERAS_JSON)),
              Map.entry(
                  "MobileNetV3Small",
                  new Example(MobileNetV3SmallModel.SUMMARY, MobileNetV3SmallModel.KERAS_JSON)),
              Map.entry("ResNet50", new Example(ResNet50Model.SUMMARY, ResNet50Model.KERAS_JSON)),
              Map.entry(
                  "ResidualBlock",
                  new Example(ResidualBlockModel.SUMMARY, ResidualBlockModel.KERAS_JSON)),
              Map.entry("Vgg16", new Example(Vgg16Model.SUMMARY, Vgg16Model.KERAS_JSON)),
              Map.entry("Xception", new Example(XceptionModel.SUMMARY, XceptionModel.KERAS_JSON)),
              Map.entry("Vgg19", new Example(Vgg19Model.SUMMARY, Vgg19Model.KERAS_JSON)),
              Map.entry(
                  "ResNet101", new Example(ResNet101Model.SUMMARY, ResNet101Model.KERAS_JSON)),
              Map.entry(
                  "ResNet152", new Example(ResNet152Model.SUMMARY, ResNet152Model.KERAS_JSON)),
              Map.entry(
                  "ResNet50V2", new Example(ResNet50V2Model.SUMMARY, ResNet50V2Model.KERAS_JSON)),
              Map.entry(
                  "ResNet101V2",
                  new Example(ResNet101V2Model.SUMMARY, ResNet101V2Model.KERAS_JSON)),
              Map.entry(
                  "ResNet152V2",
                  new Example(ResNet152V2Model.SUMMARY, ResNet152V2Model.KERAS_JSON)),
              Map.entry(
                  "DenseNet169",
                  new Example(DenseNet169Model.SUMMARY, DenseNet169Model.KERAS_JSON)),
              Map.entry(
                  "DenseNet201",
                  new Example(DenseNet201Model.SUMMARY, DenseNet201Model.KERAS_JSON)),
              Map.entry(
                  "NASNetMobile",
                  new Example(NASNetMobileModel.SUMMARY, NASNetMobileModel.KERAS_JSON)),
              Map.entry(
                  "NASNetLarge",
                  new Example(NASNetLargeModel.SUMMARY, NASNetLargeModel.KERAS_JSON)),
              Map.entry(
                  "InceptionResNetV2",
                  new Example(InceptionResNetV2Model.SUMMARY, InceptionResNetV2Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetB0",
                  new Example(EfficientNetB0Model.SUMMARY, EfficientNetB0Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetB1",
                  new Example(EfficientNetB1Model.SUMMARY, EfficientNetB1Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetB2",
                  new Example(EfficientNetB2Model.SUMMARY, EfficientNetB2Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetB3",
                  new Example(EfficientNetB3Model.SUMMARY, EfficientNetB3Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetB4",
                  new Example(EfficientNetB4Model.SUMMARY, EfficientNetB4Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetB5",
                  new Example(EfficientNetB5Model.SUMMARY, EfficientNetB5Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetB6",
                  new Example(EfficientNetB6Model.SUMMARY, EfficientNetB6Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetB7",
                  new Example(EfficientNetB7Model.SUMMARY, EfficientNetB7Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetV2B0",
                  new Example(EfficientNetV2B0Model.SUMMARY, EfficientNetV2B0Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetV2B1",
                  new Example(EfficientNetV2B1Model.SUMMARY, EfficientNetV2B1Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetV2B2",
                  new Example(EfficientNetV2B2Model.SUMMARY, EfficientNetV2B2Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetV2B3",
                  new Example(EfficientNetV2B3Model.SUMMARY, EfficientNetV2B3Model.KERAS_JSON)),
              Map.entry(
                  "EfficientNetV2S",
                  new Example(EfficientNetV2SModel.SUMMARY, EfficientNetV2SModel.KERAS_JSON)),
              Map.entry(
                  "EfficientNetV2M",
                  new Example(EfficientNetV2MModel.SUMMARY, EfficientNetV2MModel.KERAS_JSON)),
              Map.entry(
                  "EfficientNetV2L",
                  new Example(EfficientNetV2LModel.SUMMARY, EfficientNetV2LModel.KERAS_JSON)),
              Map.entry(
                  "ConvNeXtTiny",
                  new Example(ConvNeXtTinyModel.SUMMARY, ConvNeXtTinyModel.KERAS_JSON)),
              Map.entry(
                  "ConvNeXtSmall",
                  new Example(ConvNeXtSmallModel.SUMMARY, ConvNeXtSmallModel.KERAS_JSON)),
              Map.entry(
                  "ConvNeXtBase",
                  new Example(ConvNeXtBaseModel.SUMMARY, ConvNeXtBaseModel.KERAS_JSON)),
              Map.entry(
                  "ConvNeXtLarge",
                  new Example(ConvNeXtLargeModel.SUMMARY, ConvNeXtLargeModel.KERAS_JSON)),
              Map.entry(
                  "ConvNeXtXLarge",
                  new Example(ConvNeXtXLargeModel.SUMMARY, ConvNeXtXLargeModel.KERAS_JSON)),
              Map.entry(
                  "TransformerClassifier",
                  new Example(
                      TransformerClassifierModel.SUMMARY, TransformerClassifierModel.KERAS_JSON)),
              Map.entry(
                  "VisionTransformer",
                  new Example(VisionTransformerModel.SUMMARY, VisionTransformerModel.KERAS_JSON))));

  private Keras3SummaryExamples() {}

  /** The rows of the layers {@code KERAS_JSON} writes as registered custom objects. */
  static JsonObject customLayers(Example example) {
    Set<String> custom = new HashSet<>();
    JsonArray layers =
        JsonParser.parseString(example.kerasJson())
            .getAsJsonObject()
            .getAsJsonObject("config")
            .getAsJsonArray("layers");
    for (JsonElement layer : layers) {
      JsonElement registered = layer.getAsJsonObject().get("registered_name");
      if (registered != null
          && registered.isJsonPrimitive()
          && registered.getAsString().startsWith("Custom>")) {
        custom.add(layer.getAsJsonObject().getAsJsonObject("config").get("name").getAsString());
      }
    }
    JsonObject specs = new JsonObject();
    for (Layer row : example.summary().layers()) {
      if (custom.contains(row.name())) {
        JsonArray spec = new JsonArray();
        JsonArray shape = new JsonArray();
        for (int dim : row.outputShape().dims()) {
          shape.add(dim);
        }
        spec.add(shape);
        spec.add(row.trainableParams());
        spec.add(row.nonTrainableParams());
        specs.add(row.name(), spec);
      }
    }
    return specs;
  }

  /**
   * Writes {@code target/keras3-summaries/examples/<Interface>.json}, run from conformance/, and
   * for an example with custom layers ({@code @Custom}: their Python class is the user's) {@code
   * custom/<Interface>.json}, what Keras's stand-in for each must build: per layer name, its output
   * shape without the batch and its trainable and non-trainable counts.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Corpus.dir().resolve("target").resolve("keras3-summaries").resolve("examples");
    Files.createDirectories(dir.resolve("custom"));
    for (Map.Entry<String, Example> example : EXAMPLES.entrySet()) {
      Files.writeString(
          dir.resolve(example.getKey() + ".json"),
          example.getValue().kerasJson(),
          StandardCharsets.UTF_8);
      JsonObject custom = customLayers(example.getValue());
      Path sidecar = dir.resolve("custom").resolve(example.getKey() + ".json");
      if (custom.size() > 0) {
        Files.writeString(sidecar, custom.toString(), StandardCharsets.UTF_8);
      } else {
        Files.deleteIfExists(sidecar);
      }
    }
    System.out.println("keras3-summaries: " + EXAMPLES.size() + " examples' Keras JSON -> " + dir);
  }
}
