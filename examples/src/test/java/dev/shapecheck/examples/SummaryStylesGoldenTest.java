package dev.shapecheck.examples;

import static dev.shapecheck.examples.Goldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.SummaryStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every summary style of the example models as javac compiled them: the seed, MobileNet v1 (27
 * batch normalizations, so non-trainable weights on many rows; 568.74 M MACs) and the IMDB
 * bidirectional LSTM (an unknown sequence length, so unknown MACs and memory). The goldens were
 * generated once and read by eye; the KERAS3 ones are what Keras 3 itself prints for these models
 * (conformance's {@code Keras3SummaryTest} holds every example to it), the TFJS ones were compared
 * with tfjs-layers 4.22's own {@code model.summary()} of the same stacks.
 */
class SummaryStylesGoldenTest {
  @Test
  void seed() throws IOException {
    ModelSummary summary = MnistCnnModel.SUMMARY;
    try (InputStream in = getClass().getResourceAsStream("/mnist_cnn.summary.txt")) {
      String classic = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(classic, summary.toString(SummaryStyle.KERAS_CLASSIC));
    }
    allStyles("mnist_cnn", summary, false);
  }

  @Test
  void mobileNetV1() {
    allStyles("mobilenet_v1", MobileNetV1Model.SUMMARY, true);
  }

  @Test
  void imdbBidirectionalLstm() {
    allStyles("imdb_bidirectional_lstm", ImdbBidirectionalLstmModel.SUMMARY, true);
  }

  private static void allStyles(String stem, ModelSummary summary, boolean classic) {
    if (classic) {
      assertGolden(stem + ".keras_classic.txt", summary.toString(SummaryStyle.KERAS_CLASSIC));
    }
    assertGolden(stem + ".keras3.txt", summary.toString(SummaryStyle.KERAS3));
    assertGolden(stem + ".tfjs.txt", summary.toString(SummaryStyle.TFJS));
    assertGolden(stem + ".detailed.txt", summary.toString(SummaryStyle.DETAILED));
    assertGolden(stem + ".md", summary.toMarkdown());
    assertGolden(stem + ".csv", summary.toCsv());
  }
}
