package dev.shapecheck.engine;

import static dev.shapecheck.engine.Graphs.add;
import static dev.shapecheck.engine.Graphs.check;
import static dev.shapecheck.engine.Graphs.input;
import static dev.shapecheck.engine.Graphs.layer;
import static dev.shapecheck.engine.Graphs.model;
import static dev.shapecheck.engine.Graphs.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings of functional models: the wiring ones, and the sequential ones that apply per layer. */
class GraphWarningsTest {
  @Test
  void unusedInputWarnsAndTheModelStaysValid() {
    ModelCheck check =
        check(model(input("image", 4), input("mask", 4), layer("d", "Dense", "units: 2", "image")));
    assertEquals(List.of("UnusedInput@1:null#-1"), tags(check));
    assertTrue(check.isClean());
    assertEquals(List.of("image", "mask"), GraphEngineTest.names(check.summary().inputLayers()));
    String message = check.problems().get(0).render();
    assertTrue(
        message.startsWith("[ShapeCheck/UnusedInput] mask (InputLayer): is consumed by no"),
        message);
  }

  @Test
  void unusedLayerOnlyWithDeclaredOutputs() {
    NodeConfig[] nodes = {
      input("x", 4),
      layer("a", "Dense", "units: 2", "x"),
      layer("dead", "Dense", "units: 2", "x"),
      layer("deadToo", "Dense", "units: 2", "dead"),
      layer("out", "Dense", "units: 2", "a")
    };
    ModelCheck declared = check(model(List.of("out"), nodes));
    assertEquals(List.of("UnusedLayer@2:null#-1", "UnusedLayer@3:null#-1"), tags(declared));
    assertTrue(declared.problems().get(0).headline().contains("reaches no output of test_graph"));
    // inferred outputs: deadToo and out are both outputs, nothing is unused
    ModelCheck inferred = check(model(nodes));
    assertEquals(List.of(), tags(inferred));
    assertEquals(
        List.of("deadToo", "out"), GraphEngineTest.names(inferred.summary().outputLayers()));
  }

  @Test
  void droppedInputNamesTheInboundLayer() {
    ModelCheck check =
        check(
            model(
                input("x", 7, 7, 1),
                layer("conv", "Conv2D", "filters: 2, kernelSize: [1]", "x"),
                layer("pool", "MaxPooling2D", "poolSize: [2]", "conv")));
    assertEquals(List.of("DroppedInput@2:padding#-1"), tags(check));
    assertTrue(
        check.problems().get(0).render().contains("input:   (None, 7, 7, 2) from conv"),
        check.problems().get(0).render());
  }

  @Test
  void redundantActivationFollowsTheSingleInbound() {
    ModelCheck check =
        check(
            model(
                input("x", 4),
                layer("dense", "Dense", "units: 3, activation: 'RELU'", "x"),
                layer("other", "Dense", "units: 3", "x"),
                layer("relu", "ReLU", "", "dense")));
    assertEquals(List.of("RedundantActivation@3:null#-1"), tags(check));
    assertTrue(check.problems().get(0).headline().contains("after the relu of dense"));
  }

  @Test
  void dropoutAsAnOutputWarnsAndSoftmaxInsideTheGraphDoesNot() {
    ModelCheck check =
        check(
            model(
                input("x", 4),
                layer("scores", "Dense", "units: 4, activation: 'SOFTMAX'", "x"),
                add("weighted", "scores", "x"),
                layer("drop", "Dropout", "rate: 0.5", "weighted")));
    assertEquals(List.of("DropoutLast@3:null#-1"), tags(check));
    assertTrue(check.problems().get(0).render().contains("input:  (None, 4) from weighted"));
    // the same chain sequentially: a softmax with a layer computing after it warns there
    ModelCheck sequential =
        Models.check(
            Models.dims(4),
            Models.layer("scores", "Dense", "units: 4, activation: 'SOFTMAX'"),
            Models.layer("next", "Dense", "units: 4"));
    assertEquals(List.of("SoftmaxNotLast@0:activation"), Models.tags(sequential));
  }
}
