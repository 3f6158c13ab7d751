package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static dev.shapecheck.engine.Models.wrapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keras's {@code Sequential} hands the layer after one with several outputs (a recurrent layer's
 * {@code returnState}) the list of all of them: a merge merges them, a layer whose call returns its
 * input passes the list on, every other layer is rejected. The numbers are held to Keras by the
 * corpus {@code sequential-state.json}; these tests hold what the engine decides and says.
 */
class SequentialStateTest {
  private static final LayerConfig LSTM = layer("lstm", "LSTM", "units: 4, returnState: true");
  private static final LayerConfig GRU = layer("gru", "GRU", "units: 3, returnState: true");

  private static List<Shape> outputs(ModelCheck check, int row) {
    return check.summary().layers().get(row).outputShapes();
  }

  @Test
  void aMergeMergesEveryOutput() {
    ModelCheck check = check(dims(5, 4), LSTM, layer("cat", "Concatenate", ""));
    assertEquals(List.of(), check.problems());
    List<Shape> states = outputs(check, 0);
    assertEquals(3, states.size());
    int sum = states.stream().mapToInt(s -> s.dims()[0]).sum();
    assertEquals(Shape.of(sum), check.summary().layers().get(1).outputShape());
    assertEquals(check.summary().layers().get(1).outputShape(), check.summary().outputShape());
  }

  @Test
  void aMergeOfTwoTakesAGrusTwoOutputsButNotAnLstmsThree() {
    assertEquals(List.of(), check(dims(5, 4), GRU, layer("sub", "Subtract", "")).problems());
    ModelCheck three = check(dims(5, 4), LSTM, layer("sub", "Subtract", ""));
    assertEquals(List.of("WrongInputCount@1:null"), tags(three));
    Problem problem = three.problems().get(0);
    assertEquals(
        "sub (Subtract): receives all 3 outputs of lstm (LSTM), but Subtract takes exactly 2 inputs",
        problem.headline());
    assertTrue(
        problem.details().contains("input 3: (None, 4) from lstm[0][2]"),
        problem.details().toString());
  }

  @Test
  void aSingleInputLayerIsRejectedWithAHint() {
    ModelCheck check =
        check(
            dims(5, 4),
            LSTM,
            layer("dense", "Dense", "units: 2"),
            layer("out", "Dense", "units: 1"));
    assertEquals(List.of("WrongInputCount@1:null"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "dense (Dense): receives all 3 outputs of lstm (LSTM) as a list, but Dense takes one",
        problem.headline());
    String details = String.join("\n", problem.details());
    assertTrue(details.contains("input 1: (None, 4) from lstm"), details);
    assertTrue(
        details.contains("needed: one input (Keras's Dense rejects a list of tensors)"), details);
    assertTrue(
        details.contains(
            "a @Sequential layer after a returnState layer receives all 3 of its outputs; use"
                + " @Functional and @From(value = \"lstm\", output = k) to take one"),
        details);
    assertTrue(
        details.contains("the shapes of the 1 layer(s) after dense were not checked"), details);
    assertFalse(check.isClean());
  }

  @Test
  void dropoutAndIdentityPassTheListOnToTheNextLayer() {
    ModelCheck check =
        check(
            dims(5, 4),
            GRU,
            layer("drop", "Dropout", "rate: 0.5"),
            layer("same", "Identity", ""),
            layer("add", "Add", ""));
    assertEquals(List.of(), check.problems());
    assertEquals(outputs(check, 0), outputs(check, 1));
    assertEquals(outputs(check, 0), outputs(check, 2));
    assertEquals(1, outputs(check, 3).size());
  }

  @Test
  void onlyALinearActivationPassesTheListOn() {
    assertEquals(
        List.of(),
        check(dims(5, 4), LSTM, layer("a", "Activation", "activation: LINEAR")).problems());
    assertEquals(
        List.of("WrongInputCount@1:null"),
        tags(check(dims(5, 4), LSTM, layer("a", "Activation", "activation: RELU"))));
    assertEquals(
        List.of("WrongInputCount@1:null"),
        tags(check(dims(5, 4), LSTM, layer("s", "SpatialDropout1D", "rate: 0.5"))));
  }

  @Test
  void aLambdaTakesTheListAndAUsersLayerClassDoesNot() {
    ModelCheck lambda = check(dims(5, 4), LSTM, layer("f", "Lambda", "outputShape: [7]"));
    assertEquals(List.of(), lambda.problems());
    assertEquals(Shape.of(7), lambda.summary().outputShape());
    assertEquals(
        List.of("WrongInputCount@1:null"),
        tags(check(dims(5, 4), LSTM, layer("c", "Custom", "type: \"Stated\""))));
  }

  @Test
  void aBidirectionalLayersOutputsAreMergedByKerassRules() {
    LayerConfig bi =
        wrapper("Bidirectional", "", layer("bi", "LSTM", "units: 3, returnState: true"));
    // its forward-and-backward output (6) and four states (3): only Concatenate merges them
    assertEquals(List.of(), check(dims(5, 4), bi, layer("c", "Concatenate", "")).problems());
    assertEquals(
        List.of("IncompatibleInputs@1:null"), tags(check(dims(5, 4), bi, layer("a", "Add", ""))));
  }

  @Test
  void aMultiOutputLayerLastGivesTheModelEveryOutput() {
    ModelCheck check = check(dims(5, 4), layer("d", "Dense", "units: 2"), LSTM);
    assertEquals(List.of(), check.problems());
    Layer last = check.summary().layers().get(1);
    assertEquals(3, last.outputShapes().size());
    assertEquals(last.outputShapes().get(0), check.summary().outputShape());
    assertTrue(check.kerasJson().contains("\"class_name\": \"LSTM\""));
  }
}
