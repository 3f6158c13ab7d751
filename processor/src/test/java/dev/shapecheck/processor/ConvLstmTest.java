package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @ConvLSTM1D/2D/3D} through the processor: a convolutional seq2seq whose decoder takes the
 * encoder's {@code state_h} and {@code state_c} with {@code @From}, and the errors placed on the
 * parameter or the attribute at fault. Counts are compared with the same layer without state, never
 * with a hand computation; Keras's own numbers are held by {@code conv-lstm.json}.
 */
final class ConvLstmTest {
  private static ModelSummary summary(Compilation compilation, String model) {
    return (ModelSummary)
        GeneratedClasses.field(GeneratedClasses.load(compilation, "test." + model), "SUMMARY");
  }

  private static Layer row(ModelSummary summary, String name) {
    return summary.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  private static JavaFileObject seq2seq(String encoder, String decoder) {
    return source(
        "Frames",
        "@Functional(outputs = {\"decoder\"})",
        "interface Frames {",
        "  @Input(shape = {5, 16, 16, 1}) Layer past();",
        "  @Input(shape = {Shape.NONE, 16, 16, 1}) Layer future();",
        "  " + encoder + " Layer encoder(Layer past);",
        "  " + decoder + " Layer decoder(",
        "      Layer future,",
        "      @From(value = \"encoder\", output = 1) Layer h,",
        "      @From(value = \"encoder\", output = 2) Layer c);",
        "}");
  }

  @Test
  void aDecoderStartsFromTheEncodersStates() {
    Compilation c =
        compile(
            seq2seq(
                "@ConvLSTM2D(filters = 8, kernelSize = 3, padding = Padding.SAME,"
                    + " returnState = true)",
                "@ConvLSTM2D(filters = 8, kernelSize = 3, padding = Padding.SAME,"
                    + " returnSequences = true)"));
    assertThat(c).succeededWithoutWarnings();
    ModelSummary summary = summary(c, "FramesModel");
    Layer encoder = row(summary, "encoder");
    assertThat(encoder.outputShapes()).hasSize(3);
    assertThat(encoder.outputShapes().get(1)).isEqualTo(encoder.outputShape());
    assertThat(encoder.outputShapes().get(2)).isEqualTo(encoder.outputShape());
    Layer decoder = row(summary, "decoder");
    assertThat(decoder.inboundOutputs()).containsExactly(0, 1, 2).inOrder();
    // The states add no weight: the decoder counts what the encoder (same input channels) does.
    assertThat(decoder.params()).isEqualTo(encoder.params());
    assertThat(decoder.outputShape().dims())
        .asList()
        .containsExactly(dev.shapecheck.Shape.NONE, 16, 16, 8)
        .inOrder();
  }

  @Test
  void statesOfAValidEncoderDoNotFitASameDecoder() {
    JavaFileObject model =
        seq2seq(
            "@ConvLSTM2D(filters = 8, kernelSize = 3, returnState = true)",
            "@ConvLSTM2D(filters = 8, kernelSize = 3, padding = Padding.SAME)");
    assertOnlyError(
        compile(model),
        model,
        "InitialStateMismatch",
        "Layer h,",
        "decoder (ConvLSTM2D): receives the (14, 14, 8) output of encoder[0][1] as initial"
            + " state_h, but its state is (16, 16, 8)",
        "needed: an initial state of shape (None, 16, 16, 8)");
  }

  @Test
  void causalPaddingIsPlacedOnThePaddingAttribute() {
    JavaFileObject model =
        source(
            "Causal",
            "@Sequential(input = {5, 10, 3})",
            "interface Causal {",
            "  @ConvLSTM1D(filters = 4, kernelSize = 3,",
            "      padding = Padding.CAUSAL) Layer lstm();",
            "}");
    assertOnlyError(
        compile(model),
        model,
        "InvalidArgument",
        "padding = Padding.CAUSAL",
        "lstm (ConvLSTM1D): padding = Padding.CAUSAL, but ConvLSTM1D pads only VALID or SAME");
  }
}
