package dev.shapecheck.engine;

import static dev.shapecheck.engine.Graphs.input;
import static dev.shapecheck.engine.Graphs.layer;
import static dev.shapecheck.engine.Graphs.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recurrent layer's {@code returnState} outputs and {@code initial_state} inputs through the
 * engine: which outputs it has, where a problem is placed, and the JSON forms. The counts are
 * compared with the same layer without state (the state adds no weight); Keras's own numbers for
 * these models are held by {@code functional-state.json} in the conformance suites.
 */
class RecurrentStateTest {
  private static Layer row(ModelSummary summary, String name) {
    return summary.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  private static NodeConfig decoder(String arguments, List<Integer> outputs, String... inbound) {
    return layer("dec", "LSTM", arguments, inbound).withInboundOutputs(outputs);
  }

  @Test
  void aBidirectionalLstmWithStateHasItsOutputThenFourStates() {
    LayerConfig lstm = Models.layer("bi_lstm", "LSTM", "units: 4, returnState: true");
    LayerConfig plainLstm = Models.layer("bi_lstm", "LSTM", "units: 4");
    ModelCheck state =
        ShapeEngine.check(
            model(
                input("x", 5, 8),
                NodeConfig.layer(Models.wrapper("Bidirectional", "", lstm), List.of("x"))));
    ModelCheck plain =
        ShapeEngine.check(
            model(
                input("x", 5, 8),
                NodeConfig.layer(Models.wrapper("Bidirectional", "", plainLstm), List.of("x"))));
    Layer bi = state.summary().layers().get(1);
    Layer one = plain.summary().layers().get(1);
    assertEquals(5, bi.outputShapes().size());
    assertEquals(one.outputShape(), bi.outputShape());
    assertEquals("(None, 4)", bi.outputShapes().get(4).toString());
    assertEquals(one.params(), bi.params());
  }

  @Test
  void theStatesGoToKerasAsInitialStateAndToTfKeras2AsInboundTensors() {
    ModelCheck check =
        ShapeEngine.check(
            model(
                input("src", 6, 7),
                input("tgt", 4, 9),
                layer("enc", "LSTM", "units: 5, returnState: true", "src"),
                decoder("units: 5", List.of(0, 1, 2), "tgt", "enc", "enc")));
    assertTrue(check.isClean(), check.problems().toString());
    String keras3 = check.kerasJson();
    assertTrue(keras3.contains("\"keras_history\": [\"enc\", 0, 2]"), keras3);
    assertTrue(keras3.contains("\"kwargs\": {\"initial_state\": ["), keras3);
    assertTrue(
        keras3.contains(
            "\"build_config\": {\"shapes_dict\": {\"sequences_shape\": [null, 4, 9],"
                + " \"initial_state_shape\": [[null, 5], [null, 5]]}}"),
        keras3);
    assertTrue(keras3.contains("\"return_state\": true"), keras3);
    String keras2 = check.keras2Json();
    assertTrue(
        keras2.contains("[[\"tgt\", 0, 0, {}], [\"enc\", 0, 1, {}], [\"enc\", 0, 2, {}]]"), keras2);
  }

  @Test
  void aStateOfTheWrongSizeIsPlacedOnItsParameter() {
    ModelCheck check =
        ShapeEngine.check(
            model(
                input("src", 6, 7),
                input("tgt", 4, 9),
                layer("enc", "LSTM", "units: 5, returnState: true", "src"),
                layer("other", "Dense", "units: 3", "src"),
                decoder("units: 5", List.of(0, 1, 0), "tgt", "enc", "other")));
    Problem problem = check.problems().get(0);
    assertEquals(ErrorKind.INITIAL_STATE_MISMATCH, problem.kind());
    assertEquals(2, problem.parameter());
    assertTrue(problem.headline().contains("as initial state_c"), problem.headline());
  }

  @Test
  void anOutputPastTheLastIsNoSuchOutputOnTheFromOutput() {
    ModelCheck check =
        ShapeEngine.check(
            model(
                input("x", 5, 8),
                layer("enc", "GRU", "units: 5, returnState: true", "x"),
                layer("head", "Dense", "units: 2", "enc").withInboundOutputs(List.of(2))));
    Problem problem = check.problems().get(0);
    assertEquals(ErrorKind.NO_SUCH_OUTPUT, problem.kind());
    assertEquals(0, problem.parameter());
    assertEquals("output", problem.attribute());
    assertEquals(1, check.problems().size());
  }

  @Test
  void aSingleOutputLayerHasOneOutputShape() {
    ModelCheck check =
        ShapeEngine.check(model(input("x", 8), layer("d", "Dense", "units: 2", "x")));
    assertEquals(
        List.of(row(check.summary(), "d").outputShape()), row(check.summary(), "d").outputShapes());
  }
}
