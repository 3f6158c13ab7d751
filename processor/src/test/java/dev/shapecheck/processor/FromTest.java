package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @From} through the processor: a parameter bound to another member than its name, to one
 * output of a layer with several (a recurrent layer's {@code returnState}), a layer taking one
 * tensor twice, and the errors placed on the {@code @From} or the parameter at fault. Counts are
 * compared with the same model written without the feature, never with a hand computation; the
 * numbers themselves are Keras's in the corpus ({@code functional-state.json}) and the example.
 */
final class FromTest {
  private static ModelSummary summary(Compilation compilation, String model) {
    return (ModelSummary)
        GeneratedClasses.field(GeneratedClasses.load(compilation, "test." + model), "SUMMARY");
  }

  private static Layer row(ModelSummary summary, String name) {
    return summary.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  private static JavaFileObject seq2seq(String decoder, String h, String c) {
    return source(
        "Seq2Seq",
        "@Functional(outputs = {\"dense\"})",
        "interface Seq2Seq {",
        "  @Input(shape = {Shape.NONE, 71}) Layer source();",
        "  @Input(shape = {Shape.NONE, 93}) Layer target();",
        "  @LSTM(units = 16, returnState = true) Layer encoder(Layer source);",
        "  " + decoder + " Layer decoder(",
        "      Layer target,",
        "      " + h + " Layer h,",
        "      " + c + " Layer c);",
        "  @Dense(units = 93) Layer dense(Layer decoder);",
        "}");
  }

  @Test
  void aDecoderTakesTheEncodersStatesByTheirOutputIndex() {
    Compilation c =
        compile(
            seq2seq(
                "@LSTM(units = 16, returnSequences = true)",
                "@From(value = \"encoder\", output = 1)",
                "@From(value = \"encoder\", output = 2)"));
    assertThat(c).succeededWithoutWarnings();
    ModelSummary summary = summary(c, "Seq2SeqModel");
    Layer encoder = row(summary, "encoder");
    assertThat(encoder.outputShapes())
        .containsExactly(
            Shape.withBatch(Shape.NONE, 16),
            Shape.withBatch(Shape.NONE, 16),
            Shape.withBatch(Shape.NONE, 16))
        .inOrder();
    assertThat(encoder.outputShape()).isEqualTo(encoder.outputShapes().get(0));
    Layer decoder = row(summary, "decoder");
    assertThat(decoder.inbound()).containsExactly("target", "encoder", "encoder").inOrder();
    assertThat(decoder.inboundOutputs()).containsExactly(0, 1, 2).inOrder();
    String keras3 = summary.toString(dev.shapecheck.SummaryStyle.KERAS3);
    assertThat(keras3).contains("│ target[0][0],  ");
    assertThat(keras3).contains("│ encoder[0][1],  ");
    assertThat(keras3).contains("│ encoder[0][2]  ");
    assertThat(keras3).contains("│ [(None, 16), (None, 16),  ");

    // The initial state adds no weight: the decoder counts what it counts without one.
    Compilation alone =
        compile(
            source(
                "Alone",
                "@Functional(outputs = {\"decoder\"})",
                "interface Alone {",
                "  @Input(shape = {Shape.NONE, 93}) Layer target();",
                "  @LSTM(units = 16, returnSequences = true) Layer decoder(Layer target);",
                "}"));
    assertThat(alone).succeededWithoutWarnings();
    Layer plain = row(summary(alone, "AloneModel"), "decoder");
    assertThat(decoder.params()).isEqualTo(plain.params());
    assertThat(decoder.outputShape()).isEqualTo(plain.outputShape());
  }

  @Test
  void aLayerTakesTheSameTensorTwice() {
    Compilation c =
        compile(
            source(
                "Twice",
                "@Functional",
                "interface Twice {",
                "  @Input(shape = {8}) Layer x();",
                "  @Multiply Layer square(Layer x, @From(\"x\") Layer again);",
                "}"));
    assertThat(c).succeededWithoutWarnings();
    Layer square = row(summary(c, "TwiceModel"), "square");
    assertThat(square.inbound()).containsExactly("x", "x");
    assertThat(square.inputShapes()).hasSize(2);
  }

  @Test
  void anOutputPastTheLayersOutputsIsNoSuchOutputOnTheFrom() {
    JavaFileObject model =
        seq2seq(
            "@LSTM(units = 16, returnSequences = true)",
            "@From(value = \"encoder\", output = 1)",
            "@From(value = \"encoder\", output = 3)");
    assertOnlyError(
        compile(model),
        model,
        "NoSuchOutput",
        "output = 3",
        "decoder (LSTM): takes output 3 of encoder, but encoder (LSTM) has 3 outputs",
        "output 2: (None, 16)",
        "needed: an output index from 0 to 2");
  }

  @Test
  void aStateOfALayerWithoutReturnStateIsNoSuchOutput() {
    JavaFileObject model =
        source(
            "NoState",
            "@Functional",
            "interface NoState {",
            "  @Input(shape = {5, 8}) Layer x();",
            "  @GRU(units = 4) Layer gru(Layer x);",
            "  @Dense(units = 2) Layer d(",
            "      @From(value = \"gru\", output = 1) Layer state);",
            "}");
    assertOnlyError(
        compile(model),
        model,
        "NoSuchOutput",
        "output = 1",
        "takes output 1 of gru, but gru (GRU) has 1 output",
        "set returnState = true on gru");
  }

  @Test
  void aFromNamingNoMemberIsUnknownInboundOnTheFrom() {
    JavaFileObject model =
        seq2seq(
            "@LSTM(units = 16, returnSequences = true)",
            "@From(value = \"encodr\", output = 1)",
            "@From(value = \"encoder\", output = 2)");
    assertOnlyError(
        compile(model),
        model,
        "UnknownInbound",
        "\"encodr\"",
        "parameter encodr names no input or earlier layer",
        "did you mean encoder?");
  }

  @Test
  void statesOfTheWrongSizeAreInitialStateMismatchOnTheParameter() {
    JavaFileObject model =
        seq2seq(
            "@LSTM(units = 8, returnSequences = true)",
            "@From(value = \"encoder\", output = 1)",
            "@From(value = \"encoder\", output = 2)");
    assertOnlyError(
        compile(model),
        model,
        "InitialStateMismatch",
        "Layer h,",
        "decoder (LSTM): receives the (16) output of encoder[0][1] as initial state_h,"
            + " but its state is (8)",
        "needed: an initial state of shape (None, 8)");
  }

  @Test
  void anLstmGivenOneStateIsInitialStateMismatch() {
    JavaFileObject model =
        source(
            "OneState",
            "@Functional(outputs = {\"decoder\"})",
            "interface OneState {",
            "  @Input(shape = {5, 8}) Layer source();",
            "  @LSTM(units = 4) Layer encoder(Layer source);",
            "  @Input(shape = {5, 8}) Layer target();",
            "  @LSTM(units = 4) Layer decoder(Layer target,",
            "      Layer encoder);",
            "}");
    assertOnlyError(
        compile(model),
        model,
        "InitialStateMismatch",
        "Layer encoder);",
        "decoder (LSTM): receives 1 initial state, but LSTM has 2 states [state_h, state_c]",
        "returnState = true");
  }

  @Test
  void statesNoLayerTakesAreNoUnusedLayer() {
    Compilation c =
        compile(
            seq2seq(
                "@LSTM(units = 16, returnSequences = true, returnState = true)",
                "@From(value = \"encoder\", output = 1)",
                "@From(value = \"encoder\", output = 2)"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(row(summary(c, "Seq2SeqModel"), "decoder").outputShapes()).hasSize(3);
  }

  @Test
  void aBlockUseTakesAStateThroughFrom() {
    JavaFileObject head =
        source(
            "Head",
            "@Block",
            "interface Head {",
            "  @Input Layer in();",
            "  @Dense(units = 3) Layer d(Layer in);",
            "}");
    Compilation c =
        compile(
            head,
            source(
                "StateHead",
                "@Functional",
                "interface StateHead {",
                "  @Input(shape = {5, 8}) Layer x();",
                "  @GRU(units = 4, returnState = true) Layer gru(Layer x);",
                "  @Apply(Head.class) Layer head(@From(value = \"gru\", output = 1) Layer state);",
                "}"));
    assertThat(c).succeededWithoutWarnings();
    Layer dense = row(summary(c, "StateHeadModel"), "head_d");
    assertThat(dense.inbound()).containsExactly("gru");
    assertThat(dense.inboundOutputs()).containsExactly(1);
  }
}
