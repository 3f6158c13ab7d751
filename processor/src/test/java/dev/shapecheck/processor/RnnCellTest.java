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
 * {@code @RNN} beside a cell annotation ({@code @SimpleRNNCell}, {@code @LSTMCell}, {@code
 * GRUCell}) through the processor: the row is of class {@code RNN} and counts what the recurrent
 * layer of the same cell counts (compared with that layer, never with a hand computation; Keras's
 * own numbers are held by {@code rnn-cells.json}), and each misuse is an error placed on the
 * annotation or attribute at fault.
 */
final class RnnCellTest {
  private static ModelSummary summary(Compilation compilation, String model) {
    return (ModelSummary)
        GeneratedClasses.field(GeneratedClasses.load(compilation, "test." + model), "SUMMARY");
  }

  private static Layer row(ModelSummary summary, String name) {
    return summary.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  private static JavaFileObject sequential(String name, String layer) {
    return source(
        name,
        "@Sequential(input = {10, 8})",
        "interface " + name + " {",
        "  " + layer + " Layer rnn();",
        "  @Dense(units = 5) Layer output();",
        "}");
  }

  /** The {@code rnn} row of a one-recurrent-layer model declared with {@code layer}. */
  private static Layer rnnRow(String layer) {
    Compilation c = compile(sequential("Tagger", layer));
    assertThat(c).succeededWithoutWarnings();
    return row(summary(c, "TaggerModel"), "rnn");
  }

  @Test
  void anRnnOfACellCountsWhatTheLayerOfThatCellCounts() {
    String[][] pairs = {
      {"@RNN @SimpleRNNCell(units = 7)", "@SimpleRNN(units = 7)"},
      {"@RNN @LSTMCell(units = 7)", "@LSTM(units = 7)"},
      {"@RNN @GRUCell(units = 7)", "@GRU(units = 7)"},
      {"@RNN @GRUCell(units = 7, resetAfter = false)", "@GRU(units = 7, resetAfter = false)"},
      {
        "@RNN(returnSequences = true) @LSTMCell(units = 7)",
        "@LSTM(units = 7, returnSequences = true)"
      }
    };
    for (String[] pair : pairs) {
      Layer rnn = rnnRow(pair[0]);
      Layer layer = rnnRow(pair[1]);
      assertThat(rnn.type()).isEqualTo("RNN");
      assertThat(rnn.params()).isEqualTo(layer.params());
      assertThat(rnn.outputShape()).isEqualTo(layer.outputShape());
    }
  }

  @Test
  void aBidirectionalRnnOfACellIsTheBidirectionalLayer() {
    Layer rnn = rnnRow("@Bidirectional @RNN @GRUCell(units = 6)");
    Layer layer = rnnRow("@Bidirectional @GRU(units = 6)");
    assertThat(rnn.type()).isEqualTo("Bidirectional");
    assertThat(rnn.params()).isEqualTo(layer.params());
    assertThat(rnn.outputShape()).isEqualTo(layer.outputShape());
  }

  @Test
  void aDecoderRnnStartsFromAnEncoderRnnsStates() {
    JavaFileObject model =
        source(
            "Seq2Seq",
            "@Functional(outputs = {\"decoder\"})",
            "interface Seq2Seq {",
            "  @Input(shape = {5, 8}) Layer source();",
            "  @Input(shape = {Shape.NONE, 6}) Layer target();",
            "  @RNN(returnState = true) @LSTMCell(units = 4) Layer encoder(Layer source);",
            "  @RNN(returnSequences = true) @LSTMCell(units = 4) Layer decoder(Layer target,",
            "      @From(value = \"encoder\", output = 1) Layer h,",
            "      @From(value = \"encoder\", output = 2) Layer c);",
            "}");
    Compilation c = compile(model);
    assertThat(c).succeededWithoutWarnings();
    Layer encoder = row(summary(c, "Seq2SeqModel"), "encoder");
    assertThat(encoder.outputShapes()).hasSize(3);
    Layer decoder = row(summary(c, "Seq2SeqModel"), "decoder");
    assertThat(decoder.inboundOutputs()).containsExactly(0, 1, 2).inOrder();
  }

  @Test
  void aCellWithoutRnnIsPlacedOnTheCell() {
    JavaFileObject model = sequential("Tagger", "@LSTMCell(units = 3)");
    assertOnlyError(
        compile(model),
        model,
        "CellWithoutRnn",
        "@LSTMCell(units = 3)",
        "rnn (LSTMCell): LSTMCell is a recurrent cell",
        "@RNN @LSTMCell(...)",
        "use the layer LSTM");
  }

  @Test
  void anRnnWithoutACellIsPlacedOnTheRnn() {
    JavaFileObject model = sequential("Tagger", "@RNN(returnSequences = true)");
    assertOnlyError(
        compile(model),
        model,
        "MissingLayerAnnotation",
        "@RNN(returnSequences = true)",
        "@RNN wraps a layer, but there is none");
  }

  @Test
  void anRnnOfALayerIsRejected() {
    JavaFileObject model = sequential("Tagger", "@RNN @Dense(units = 3)");
    assertOnlyError(
        compile(model), model, "InvalidArgument", "@RNN @Dense", "Dense is a layer, not a cell");
  }

  @Test
  void statefulWithoutABatchSizeIsPlacedOnStateful() {
    JavaFileObject model = sequential("Tagger", "@RNN(stateful = true) @GRUCell(units = 3)");
    assertOnlyError(
        compile(model),
        model,
        "UnknownDimension",
        "stateful = true",
        "rnn (RNN): is stateful, but the batch size",
        "@Sequential(batchSize = ...)");
  }

  @Test
  void aBadCellArgumentIsPlacedOnTheCellsAttribute() {
    JavaFileObject model = sequential("Tagger", "@RNN @SimpleRNNCell(units = 0)");
    Compilation c = compile(model);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("units").inFile(model).onLineContaining("units = 0");
  }

  @Test
  void anRnnOfAGruCellTakesExactlyOneInitialState() {
    JavaFileObject model =
        source(
            "Seq2Seq",
            "@Functional(outputs = {\"decoder\"})",
            "interface Seq2Seq {",
            "  @Input(shape = {5, 8}) Layer source();",
            "  @Input(shape = {5, 6}) Layer target();",
            "  @RNN(returnState = true) @GRUCell(units = 4) Layer encoder(Layer source);",
            "  @RNN @GRUCell(units = 4) Layer decoder(Layer target,",
            "      @From(value = \"encoder\", output = 1) Layer h,",
            "      @From(value = \"encoder\", output = 1) Layer again);",
            "}");
    assertOnlyError(
        compile(model),
        model,
        "InitialStateMismatch",
        "Layer again",
        "decoder (RNN): receives 2 initial states, but RNN has 1 state");
  }

  @Test
  void stackedCellsKeepTheOrderTheyAreWrittenIn() {
    // javac hands the two @LSTMCell as one container: the source says where the GRUCell goes.
    Layer interleaved =
        rnnRow("@RNN @LSTMCell(units = 5) @GRUCell(units = 3) @LSTMCell(units = 2)");
    Layer grouped = rnnRow("@RNN @LSTMCell(units = 5) @LSTMCell(units = 2) @GRUCell(units = 3)");
    assertThat(interleaved.type()).isEqualTo("RNN");
    assertThat(interleaved.outputShape().dims()).asList().containsExactly(2);
    assertThat(grouped.outputShape().dims()).asList().containsExactly(3);
    assertThat(interleaved.params()).isNotEqualTo(grouped.params());
  }

  @Test
  void aStackedRnnReturnsEveryCellsStatesInOrder() {
    JavaFileObject model =
        source(
            "Encoder",
            "@Functional(outputs = {\"h\", \"c\", \"g\"})",
            "interface Encoder {",
            "  @Input(shape = {5, 8}) Layer source();",
            "  @RNN(returnState = true) @LSTMCell(units = 6) @GRUCell(units = 4)",
            "  Layer encoder(Layer source);",
            "  @Dense(units = 2) Layer h(@From(value = \"encoder\", output = 1) Layer s);",
            "  @Dense(units = 2) Layer c(@From(value = \"encoder\", output = 2) Layer s);",
            "  @Dense(units = 2) Layer g(@From(value = \"encoder\", output = 3) Layer s);",
            "}");
    Compilation c = compile(model);
    assertThat(c).succeededWithoutWarnings();
    Layer encoder = row(summary(c, "EncoderModel"), "encoder");
    assertThat(encoder.outputShapes()).hasSize(4);
    assertThat(encoder.outputShapes().get(1).dims()).asList().containsExactly(6);
    assertThat(encoder.outputShapes().get(2).dims()).asList().containsExactly(6);
    assertThat(encoder.outputShapes().get(3)).isEqualTo(encoder.outputShape());
  }

  /**
   * javac gives a processor no source position for an annotation inside the container it makes of a
   * repeated one ({@code LSTMCell.List}): the problem falls back to the method, not the cell.
   */
  @Test
  void aBadArgumentOfARepeatedCellIsPlacedOnItsMethod() {
    JavaFileObject model =
        source(
            "Tagger",
            "@Sequential(input = {10, 8})",
            "interface Tagger {",
            "  @RNN",
            "  @LSTMCell(units = 4)",
            "  @LSTMCell(units = 0)",
            "  Layer rnn();",
            "}");
    Compilation c = compile(model);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[ShapeCheck/InvalidArgument] rnn (RNN): units = 0")
        .inFile(model)
        .onLineContaining("@LSTMCell(units = 0)");
  }

  @Test
  void aStackWithAnLstmCellTakesNoFlatInitialStates() {
    JavaFileObject model =
        source(
            "Seq2Seq",
            "@Functional(outputs = {\"decoder\"})",
            "interface Seq2Seq {",
            "  @Input(shape = {5, 8}) Layer source();",
            "  @Input(shape = {5, 6}) Layer target();",
            "  @RNN(returnState = true) @LSTMCell(units = 4) @GRUCell(units = 3)",
            "  Layer encoder(Layer source);",
            "  @RNN @LSTMCell(units = 4) @GRUCell(units = 3) Layer decoder(Layer target,",
            "      @From(value = \"encoder\", output = 1) Layer h,",
            "      @From(value = \"encoder\", output = 2) Layer c,",
            "      @From(value = \"encoder\", output = 3) Layer g);",
            "}");
    assertOnlyError(
        compile(model),
        model,
        "InitialStateMismatch",
        "Layer h",
        "stacks a cell with two states",
        "nested per cell");
  }
}
