package dev.shapecheck.conformance;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.examples.ConstrainedMnistCnnModel;
import dev.shapecheck.examples.DenseNet121Model;
import dev.shapecheck.examples.ImdbBidirectionalLstmModel;
import dev.shapecheck.examples.InceptionV3Model;
import dev.shapecheck.examples.MnistCnnModel;
import dev.shapecheck.examples.MobileNetV1Model;
import dev.shapecheck.examples.MobileNetV2Model;
import dev.shapecheck.examples.ResNet50Model;
import dev.shapecheck.examples.ResidualBlockModel;
import dev.shapecheck.examples.Vgg16Model;
import dev.shapecheck.examples.XceptionModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
                  "MobileNetV1",
                  new Example(MobileNetV1Model.SUMMARY, MobileNetV1Model.KERAS_JSON)),
              Map.entry(
                  "MobileNetV2",
                  new Example(MobileNetV2Model.SUMMARY, MobileNetV2Model.KERAS_JSON)),
              Map.entry("ResNet50", new Example(ResNet50Model.SUMMARY, ResNet50Model.KERAS_JSON)),
              Map.entry(
                  "ResidualBlock",
                  new Example(ResidualBlockModel.SUMMARY, ResidualBlockModel.KERAS_JSON)),
              Map.entry("Vgg16", new Example(Vgg16Model.SUMMARY, Vgg16Model.KERAS_JSON)),
              Map.entry("Xception", new Example(XceptionModel.SUMMARY, XceptionModel.KERAS_JSON))));

  private Keras3SummaryExamples() {}

  /** Writes {@code target/keras3-summaries/examples/<Interface>.json}, run from conformance/. */
  public static void main(String[] args) throws IOException {
    Path dir = Corpus.dir().resolve("target").resolve("keras3-summaries").resolve("examples");
    Files.createDirectories(dir);
    for (Map.Entry<String, Example> example : EXAMPLES.entrySet()) {
      Files.writeString(
          dir.resolve(example.getKey() + ".json"),
          example.getValue().kerasJson(),
          StandardCharsets.UTF_8);
    }
    System.out.println("keras3-summaries: " + EXAMPLES.size() + " examples' Keras JSON -> " + dir);
  }
}
