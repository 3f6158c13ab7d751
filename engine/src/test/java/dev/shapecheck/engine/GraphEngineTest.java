package dev.shapecheck.engine;

import static dev.shapecheck.engine.Graphs.add;
import static dev.shapecheck.engine.Graphs.check;
import static dev.shapecheck.engine.Graphs.input;
import static dev.shapecheck.engine.Graphs.layer;
import static dev.shapecheck.engine.Graphs.model;
import static dev.shapecheck.engine.Graphs.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Functional models without blocks: shapes, rows, and how they fail. */
class GraphEngineTest {
  /** The README's seed model, mnist_cnn, whose summary tf.keras printed: 93,322 parameters. */
  private static final List<LayerConfig> MNIST =
      List.of(
          Models.layer("conv1", "Conv2D", "filters: 32, kernelSize: [3], activation: 'RELU'"),
          Models.layer("pool1", "MaxPooling2D", "poolSize: [2]"),
          Models.layer("conv2", "Conv2D", "filters: 64, kernelSize: [3], activation: 'RELU'"),
          Models.layer("pool2", "MaxPooling2D", "poolSize: [2]"),
          Models.layer("conv3", "Conv2D", "filters: 64, kernelSize: [3], activation: 'RELU'"),
          Models.layer("flatten", "Flatten", ""),
          Models.layer("dense1", "Dense", "units: 64, activation: 'RELU'"),
          Models.layer("output", "Dense", "units: 10, activation: 'SOFTMAX'"));

  private static GraphConfig mnistAsGraph() {
    List<NodeConfig> nodes = new ArrayList<>();
    nodes.add(NodeConfig.input("image", new int[] {28, 28, 1}, Shape.NONE));
    String previous = "image";
    for (LayerConfig layer : MNIST) {
      nodes.add(NodeConfig.layer(layer, List.of(previous)));
      previous = layer.name();
    }
    return GraphConfig.model("mnist_cnn", nodes, List.of(), "FLOAT32");
  }

  @Test
  void sequentialChainAsAGraphMatchesTheSequentialEngineAndTheReadme() {
    ModelCheck graph = ShapeEngine.check(mnistAsGraph());
    ModelCheck sequential =
        ShapeEngine.check(ModelConfig.of("mnist_cnn", new int[] {28, 28, 1}, Shape.NONE, MNIST));
    assertTrue(graph.isClean(), graph.problems().toString());
    ModelSummary summary = graph.summary();
    assertTrue(summary.isFunctional());
    assertEquals(93_322, summary.totalParams()); // README: "Total params: 93,322"
    List<Layer> rows = summary.layers();
    assertEquals(9, rows.size());
    assertEquals(Layer.input("image", Shape.withBatch(Shape.NONE, 28, 28, 1)), rows.get(0));
    // README per layer: 320, 0, 18496, 0, 36928, 0, 36928, 650.
    long[] published = {320, 0, 18_496, 0, 36_928, 0, 36_928, 650};
    for (int i = 0; i < MNIST.size(); i++) {
      Layer row = rows.get(i + 1);
      Layer flat = sequential.summary().layers().get(i);
      assertEquals(published[i], row.params(), row.name());
      assertEquals(flat.outputShape(), row.outputShape(), row.name());
      assertEquals(flat.inputShape(), row.inputShape(), row.name());
      assertEquals(flat.macs(), row.macs(), row.name());
      assertEquals(List.of(rows.get(i).name()), row.inbound());
    }
    assertEquals(Shape.withBatch(Shape.NONE, 10), summary.outputShape());
    assertEquals(List.of("output"), names(summary.outputLayers()));
    assertEquals(sequential.summary().totalMacs(), summary.totalMacs());
    // configs: one per row, null for the input, the declared layers otherwise
    assertNull(graph.configs().get(0));
    assertEquals("conv3", graph.configs().get(5).name());
    assertEquals(64, graph.configs().get(5).argument("filters"));
  }

  @Test
  void residualBranchesMergeAndOutputsAreInferredInDeclarationOrder() {
    ModelCheck check =
        check(
            model(
                input("x", 8, 8, 4),
                layer("conv", "Conv2D", "filters: 4, kernelSize: [3], padding: 'SAME'", "x"),
                add("sum", "conv", "x"),
                layer("side", "Flatten", "", "x"),
                layer("head", "Dense", "units: 3", "sum")));
    assertTrue(check.isClean(), check.problems().toString());
    ModelSummary summary = check.summary();
    assertEquals(List.of("side", "head"), names(summary.outputLayers()));
    Layer sum = summary.layers().get(2);
    assertEquals(List.of("conv", "x"), sum.inbound());
    assertEquals(
        List.of(Shape.withBatch(Shape.NONE, 8, 8, 4), Shape.withBatch(Shape.NONE, 8, 8, 4)),
        sum.inputShapes());
    // the same layers as a sequential model
    ModelCheck chain =
        Models.check(
            Models.dims(8, 8, 4),
            Models.layer("conv", "Conv2D", "filters: 4, kernelSize: [3], padding: 'SAME'"),
            Models.layer("head", "Dense", "units: 3"));
    assertEquals(chain.summary().totalParams(), summary.totalParams());
    assertEquals(
        chain.summary().layers().get(1).outputShape(), summary.layers().get(4).outputShape());
  }

  @Test
  void declaredOutputsKeepTheirOrder() {
    ModelCheck check =
        check(
            model(
                List.of("b", "a"),
                input("x", 4),
                layer("a", "Dense", "units: 2", "x"),
                layer("b", "Dense", "units: 3", "x")));
    assertEquals(List.of("b", "a"), names(check.summary().outputLayers()));
  }

  @Test
  void noInboundListsWhatExists() {
    ModelCheck check =
        check(
            model(
                input("image", 4),
                layer("hidden", "Dense", "units: 2", "image"),
                layer("orphan", "Dense", "units: 2")));
    assertEquals(List.of("NoInbound@2:null#-1"), tags(check));
    String message = check.problems().get(0).render();
    assertTrue(
        message.startsWith("[ShapeCheck/NoInbound] orphan (Dense): names no inbound"), message);
    assertTrue(message.contains("available: inputs image; earlier layers hidden"), message);
    assertTrue(message.contains("in model test_graph, layer 3 of 3"), message);
    assertThrows(IllegalStateException.class, check::summary);
  }

  @Test
  void unknownInboundIsOnItsParameterWithDidYouMean() {
    ModelCheck check =
        check(
            model(
                input("image", 8),
                layer("hidden1", "Dense", "units: 2", "image"),
                add("sum", "hidden1", "hiden1")));
    assertEquals(List.of("UnknownInbound@2:null#1"), tags(check));
    assertTrue(
        check
            .problems()
            .get(0)
            .headline()
            .endsWith("parameter hiden1 names no input or earlier layer; did you mean hidden1?"),
        check.problems().get(0).headline());
  }

  @Test
  void unknownInboundWithoutACloseNameSuggestsNothing() {
    ModelCheck check = check(model(input("image", 8), layer("d", "Dense", "units: 2", "zebra")));
    assertFalse(check.problems().get(0).headline().contains("did you mean"));
  }

  @Test
  void forwardReferenceSaysCyclesAreImpossibleAndToMoveTheMethod() {
    ModelCheck check =
        check(
            model(
                input("x", 8),
                layer("a", "Dense", "units: 2", "x", "b"),
                layer("b", "Dense", "units: 2", "x"),
                layer("c", "Dense", "units: 2", "c")));
    assertEquals(List.of("ForwardReference@1:null#1", "ForwardReference@3:null#0"), tags(check));
    String later = check.problems().get(0).render();
    assertTrue(later.contains("parameter b names a layer declared after it"), later);
    assertTrue(later.contains("a cycle is impossible by construction"), later);
    assertTrue(later.contains("move b above it"), later);
    assertTrue(check.problems().get(1).headline().contains("names this layer itself"));
  }

  @Test
  void singleInputLayerGivenTwoInboundAsksForAMerge() {
    ModelCheck check =
        check(model(input("a", 4), input("b", 4), layer("dense", "Dense", "units: 2", "a", "b")));
    assertEquals(List.of("WrongInputCount@2:null#1"), tags(check));
    String message = check.problems().get(0).render();
    assertTrue(message.contains("receives 2 inputs, but Dense takes one"), message);
    assertTrue(message.contains("input 2: (None, 4) from b"), message);
    assertTrue(message.contains("@Add or @Concatenate"), message);
  }

  @Test
  void multiInputLayerChecksItsInputCountAndShapes() {
    ModelCheck one = check(model(input("a", 4), add("sum", "a")));
    assertEquals(List.of("WrongInputCount@1:null#-1"), tags(one));
    assertTrue(one.problems().get(0).render().contains("needed: at least 2 inbound layers"));

    ModelCheck three = check(model(input("a", 4), input("b", 4), add("sum", "a", "b", "a")));
    assertTrue(three.isClean(), three.problems().toString());

    ModelCheck mismatch = check(model(input("a", 4), input("b", 5), add("sum", "a", "b")));
    assertEquals(List.of("IncompatibleInputs@2:null#-1"), tags(mismatch));
    String message = mismatch.problems().get(0).render();
    assertTrue(message.contains("input 1: (None, 4) from a"), message);
    assertTrue(message.contains("input 2: (None, 5) from b"), message);
  }

  @Test
  void twoBrokenBranchesGiveTwoErrorsAndTheirMergeNone() {
    ModelCheck check =
        check(
            model(
                input("image", 4, 4, 3),
                layer("left", "Conv2D", "filters: 2, kernelSize: [5]", "image"),
                layer("right", "MaxPooling2D", "poolSize: [6]", "image"),
                add("sum", "left", "right"),
                layer("head", "Flatten", "", "sum")));
    assertEquals(
        List.of("KernelTooLarge@1:kernelSize#-1", "PoolTooLarge@2:poolSize#-1"), tags(check));
    String message = check.problems().get(0).render();
    assertTrue(message.startsWith("[ShapeCheck/KernelTooLarge] left (Conv2D):"), message);
    assertTrue(message.contains("input:  (None, 4, 4, 3) from image"), message);
    assertTrue(message.contains("the layers that consume left were not checked"), message);
    // the rows computed before the failures are kept
    assertEquals(List.of("image"), names(check.layers()));
  }

  @Test
  void argumentsOfEveryLayerAreCheckedEvenBehindABrokenOne() {
    ModelCheck check =
        check(
            model(
                input("x", 4),
                layer("bad", "Dense", "units: 0", "x"),
                layer("worse", "Dense", "units: -3", "bad"),
                layer("lost", "Dense", "units: 0", "nowhere")));
    assertEquals(
        List.of(
            "InvalidArgument@1:units#-1", "InvalidArgument@2:units#-1",
            "UnknownInbound@3:null#0", "InvalidArgument@3:units#-1"),
        tags(check));
  }

  @Test
  void namesInputsAndOutputsAreValidatedTogether() {
    GraphConfig model =
        GraphConfig.model(
            "a/b",
            List.of(
                NodeConfig.input("x", new int[] {4, 0}, 0),
                layer("d", "Dense", "units: 2", "x"),
                layer("d", "Dense", "units: 3", "x")),
            List.of("dd", "d", "d"),
            "FLOAT32");
    ModelCheck check = check(model);
    assertEquals(
        List.of(
            "InvalidModelName@-1:name#-1", "InvalidOutputs@-1:outputs#-1",
            "InvalidOutputs@-1:outputs#-1", "InvalidInput@0:shape#-1",
            "InvalidBatchSize@0:batchSize#-1", "DuplicateName@2:null#-1"),
        tags(check));
    assertTrue(
        check
            .problems()
            .get(1)
            .headline()
            .contains("outputs names dd, which is no member" + " of a/b; did you mean d?"),
        check.problems().get(1).headline());
    assertTrue(check.problems().get(2).headline().endsWith("outputs names d twice"));
  }

  @Test
  void aModelWithoutInputOrLayersSaysSo() {
    assertEquals(
        List.of("InvalidInput@-1:null#-1", "NoLayers@-1:null#-1"),
        tags(check(GraphConfig.model("m", List.of(), List.of(), "FLOAT32"))));
  }

  @Test
  void expectShapeIsCheckedPerBranch() {
    NodeConfig good =
        NodeConfig.layer(
            Models.layer("good", "Dense", "units: 3").expecting(new int[] {3}), List.of("x"));
    NodeConfig wrong =
        NodeConfig.layer(
            Models.layer("wrong", "Dense", "units: 3").expecting(new int[] {5}), List.of("x"));
    NodeConfig alsoWrong =
        NodeConfig.layer(
            Models.layer("also", "Dense", "units: 2").expecting(new int[] {7}), List.of("x"));
    NodeConfig after =
        NodeConfig.layer(
            Models.layer("after", "Dense", "units: 2").expecting(new int[] {9}), List.of("wrong"));
    ModelCheck check = check(model(input("x", 4), good, wrong, alsoWrong, after));
    // the independent branch is checked too; the layer after a mismatch is not
    assertEquals(List.of("ShapeMismatch@2:value#-1", "ShapeMismatch@3:value#-1"), tags(check));
    String message = check.problems().get(0).render();
    assertTrue(
        message.contains("wrong (Dense): outputs (3), but @ExpectShape expects (5)"), message);
    assertTrue(message.contains("wrong (Dense) has units = 3; units = 5 would give (5)"), message);
  }

  @Test
  void budgetsHoldForGraphs() {
    GraphConfig model =
        model(
                input("x", 100),
                layer("big", "Dense", "units: 100", "x"),
                layer("small", "Dense", "units: 2", "big"))
            .withConstraints(
                DesignConstraints.of(null, 10_000, DesignConstraints.NONE, DesignConstraints.NONE));
    ModelCheck check = check(model);
    assertEquals(List.of("BudgetExceeded@-1:maxParams#-1"), tags(check));
    String message = check.problems().get(0).render();
    // the same chain, sequential and budgeted the same way, gives the same message
    ModelCheck sequential =
        ShapeEngine.check(
            ModelConfig.of(
                    "test_graph",
                    new int[] {100},
                    Shape.NONE,
                    List.of(
                        Models.layer("big", "Dense", "units: 100"),
                        Models.layer("small", "Dense", "units: 2")))
                .withConstraints(
                    DesignConstraints.of(
                        null, 10_000, DesignConstraints.NONE, DesignConstraints.NONE)));
    assertEquals(sequential.problems().get(0).render(), message);
    assertTrue(message.contains("exceed maxParams = 10,000"), message);
    assertTrue(message.contains("units = 50 instead of 100"), message);
  }

  @Test
  void negativeBudgetIsInvalidEvenWhenShapesFail() {
    GraphConfig model =
        model(input("x", 4), layer("d", "Dense", "units: 0", "x"))
            .withConstraints(
                DesignConstraints.of(null, -5, DesignConstraints.NONE, DesignConstraints.NONE));
    assertEquals(
        List.of("InvalidConstraint@-1:maxParams#-1", "InvalidArgument@1:units#-1"),
        tags(check(model)));
  }

  @Test
  void theModelTotalIsCheckedForOverflowAcrossBranches() {
    int big = Integer.MAX_VALUE;
    String units = "units: " + big;
    // each Dense alone fits in a long (about 2^62 weights); three together do not
    ModelCheck check =
        check(
            model(
                input("x", big),
                layer("a", "Dense", units, "x"),
                layer("b", "Dense", units, "x"),
                layer("c", "Dense", units, "x")));
    assertEquals(List.of("ParameterOverflow@3:null#-1"), tags(check));
    assertTrue(
        check.problems().get(0).headline().contains("model's total parameter count exceeds 2^63"),
        check.problems().get(0).headline());
    ModelCheck two =
        check(
            model(
                input("x", big), layer("a", "Dense", units, "x"), layer("b", "Dense", units, "x")));
    assertTrue(two.isClean(), two.problems().toString());
  }

  @Test
  void dtypeAndNameAreCheckedAsForSequentialModels() {
    ModelCheck check =
        check(
            GraphConfig.model(
                "",
                List.of(input("x", 2), layer("d", "Dense", "units: 1", "x")),
                List.of(),
                "FLOAT8"));
    ModelCheck sequential =
        ShapeEngine.check(
            ModelConfig.of(
                "",
                new int[] {2},
                Shape.NONE,
                List.of(Models.layer("d", "Dense", "units: 1")),
                "FLOAT8"));
    assertEquals(
        List.of("InvalidModelName@-1:name#-1", "InvalidArgument@-1:dtype#-1"), tags(check));
    assertEquals(rendered(sequential), rendered(check));
  }

  private static List<String> rendered(ModelCheck check) {
    List<String> rendered = new ArrayList<>();
    check.problems().forEach(problem -> rendered.add(problem.render()));
    return rendered;
  }

  static List<String> names(List<Layer> layers) {
    List<String> names = new ArrayList<>();
    layers.forEach(layer -> names.add(layer.name()));
    return names;
  }
}
