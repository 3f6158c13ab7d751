package dev.shapecheck.examples;

import dev.shapecheck.ModelSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code <model name>.svg} for every example model, like Keras's {@code plot_model(model,
 * to_file=..., show_shapes=True)} but from the summaries javac computed.
 *
 * <p>{@code mvn verify} runs it after the tests with the build directory as its argument, so {@code
 * examples/target/mnist_cnn.svg} is always the current seed diagram; {@code docs/} keeps committed
 * copies of it and of {@code residual_block.svg} for the README, which {@code DiagramFilesTest}
 * holds equal to what this writes.
 */
public final class WriteDiagrams {
  static final List<ModelSummary> MODELS =
      List.of(
          MnistCnnModel.SUMMARY,
          Vgg16Model.SUMMARY,
          MobileNetV1Model.SUMMARY,
          ImdbBidirectionalLstmModel.SUMMARY,
          ResidualBlockModel.SUMMARY,
          ResNet50Model.SUMMARY,
          MobileNetV2Model.SUMMARY,
          DenseNet121Model.SUMMARY,
          InceptionV3Model.SUMMARY,
          XceptionModel.SUMMARY);

  private WriteDiagrams() {}

  /** Writes into the directory given as the only argument, {@code target} by default. */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "target");
    Files.createDirectories(directory);
    for (ModelSummary model : MODELS) {
      Path file = directory.resolve(model.name() + ".svg");
      Files.writeString(file, model.toSvg(), StandardCharsets.UTF_8);
      System.out.println("wrote " + file);
    }
  }
}
