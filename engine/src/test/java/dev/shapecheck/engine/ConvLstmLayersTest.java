package dev.shapecheck.engine;

import static dev.shapecheck.engine.Graphs.input;
import static dev.shapecheck.engine.Graphs.model;
import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the oracle cannot give for {@code ConvLSTM1D/2D/3D}: the kind, placement and wording of each
 * rule, the MAC count (ShapeCheck's own figure), and arithmetic past {@code long}. Their shapes,
 * counts, which models are invalid and at which layer are held to Keras 3 by {@code conv-lstm.json}
 * in the conformance suites.
 */
class ConvLstmLayersTest {
  private static final int MAX = Integer.MAX_VALUE;

  private static ModelCheck graph(NodeConfig... nodes) {
    return ShapeEngine.check(model(nodes));
  }

  private static NodeConfig convLstm(String arguments, String... inbound) {
    return Graphs.layer("lstm", "ConvLSTM2D", arguments, inbound);
  }

  @Test
  void oneImageInsteadOfASequenceIsWrongRankWithAHintToConv2D() {
    ModelCheck check =
        check(dims(8, 8, 3), layer("c", "ConvLSTM2D", "filters: 4, kernelSize: [3]"));
    assertEquals(List.of("WrongRank@0:null"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "c (ConvLSTM2D): expects 4 dims (timesteps, height, width, channels), but the model input"
            + " (8, 8, 3) has 3",
        problem.headline());
    assertTrue(problem.render().contains("use Conv2D, or @Reshape it"), problem.render());
  }

  @Test
  void aSequenceOfTheOtherRankNamesTheConvLstmThatFits() {
    ModelCheck check =
        check(dims(5, 8, 8, 3), layer("c", "ConvLSTM1D", "filters: 4, kernelSize: [3]"));
    assertEquals(List.of("WrongRank@0:null"), tags(check));
    assertTrue(
        check.problems().get(0).render().contains("for a sequence of 2-D steps use ConvLSTM2D"),
        check.problems().get(0).render());
  }

  /**
   * Keras's build: "ConvLSTM layers only support static input shapes for the spatial dimension".
   */
  @Test
  void anUnknownSpatialAxisIsUnknownDimensionNamingTheAxis() {
    ModelCheck check =
        check(dims(5, 8, Shape.NONE, 3), layer("c", "ConvLSTM2D", "filters: 4, kernelSize: [3]"));
    assertEquals(List.of("UnknownDimension@0:null"), tags(check));
    assertTrue(
        check.problems().get(0).headline().contains("the width axis of the model input"),
        check.problems().get(0).headline());
  }

  /** Unknown timesteps are fine, as for every recurrent layer. */
  @Test
  void unknownTimestepsPassThroughReturnSequences() {
    ModelCheck check =
        check(
            dims(Shape.NONE, 8, 8, 3),
            layer("c", "ConvLSTM2D", "filters: 4, kernelSize: [3], returnSequences: true"));
    assertTrue(check.isClean(), check.problems().toString());
    assertEquals(Shape.of(Shape.NONE, 6, 6, 4), check.summary().outputShape());
  }

  @Test
  void causalPaddingIsRejectedOnThePaddingAttribute() {
    ModelCheck check =
        check(
            dims(5, 10, 3),
            layer("c", "ConvLSTM1D", "filters: 4, kernelSize: [3], padding: 'CAUSAL'"));
    assertEquals(List.of("InvalidArgument@0:padding"), tags(check));
  }

  @Test
  void stridesWithDilationAreConflictingArgumentsOnDilationRate() {
    ModelCheck check =
        check(
            dims(5, 9, 9, 3),
            layer(
                "c", "ConvLSTM2D", "filters: 4, kernelSize: [3], strides: [2], dilationRate: [2]"));
    assertEquals(List.of("ConflictingArguments@0:dilationRate"), tags(check));
  }

  @Test
  void aKernelLargerThanTheStepIsKernelTooLargeOnKernelSize() {
    ModelCheck check =
        check(dims(5, 2, 2, 3), layer("c", "ConvLSTM2D", "filters: 4, kernelSize: [3]"));
    assertEquals(List.of("KernelTooLarge@0:kernelSize"), tags(check));
  }

  /**
   * Both convolutions run at every output position of every timestep: the MACs are timesteps ×
   * positions × the kernels' weights (biases add none), whatever {@code returnSequences} returns.
   */
  @Test
  void macsAreEveryTimestepTimesEveryPositionTimesBothKernels() {
    ModelCheck five =
        check(dims(5, 8, 8, 3), layer("c", "ConvLSTM2D", "filters: 4, kernelSize: [3]"));
    ModelCheck ten =
        check(
            dims(10, 8, 8, 3),
            layer("c", "ConvLSTM2D", "filters: 4, kernelSize: [3], returnSequences: true"));
    ModelCheck noBias =
        check(
            dims(5, 8, 8, 3),
            layer("c", "ConvLSTM2D", "filters: 4, kernelSize: [3], useBias: false"));
    Layer row = five.summary().layers().get(0);
    long weights = noBias.summary().layers().get(0).params();
    assertEquals(row.params() - 16, weights, "useBias adds 4 * filters biases");
    assertEquals(5L * 6 * 6 * weights, row.macs());
    assertEquals(2 * row.macs(), ten.summary().layers().get(0).macs());
    ModelCheck unknown =
        check(dims(Shape.NONE, 8, 8, 3), layer("c", "ConvLSTM2D", "filters: 4, kernelSize: [3]"));
    assertEquals(-1, unknown.summary().layers().get(0).macs(), "unknown timesteps: unknown MACs");
  }

  @Test
  void weightsPastALongAreParameterOverflow() {
    ModelCheck check =
        check(dims(2, 4, MAX), layer("c", "ConvLSTM1D", "filters: 2147483647, kernelSize: [3]"));
    assertEquals(List.of("ParameterOverflow@0:null"), tags(check));
  }

  @Test
  void returnStateAddsStateHAndStateCShapedAsOneStep() {
    ModelCheck check =
        graph(
            input("x", 5, 8, 8, 3),
            convLstm("filters: 4, kernelSize: [3], returnSequences: true, returnState: true", "x"));
    Layer row = check.summary().layers().get(1);
    assertEquals(
        List.of(Shape.of(5, 6, 6, 4), Shape.of(6, 6, 4), Shape.of(6, 6, 4)).toString(),
        row.outputShapes().toString());
  }

  @Test
  void oneInitialStateIsInitialStateMismatchOnThatParameter() {
    ModelCheck check =
        graph(
            input("x", 5, 8, 8, 3),
            input("h", 6, 6, 4),
            convLstm("filters: 4, kernelSize: [3]", "x", "h"));
    Problem problem = check.problems().get(0);
    assertEquals(ErrorKind.INITIAL_STATE_MISMATCH, problem.kind());
    assertEquals(1, problem.parameter());
    assertEquals(
        "lstm (ConvLSTM2D): receives 1 initial state, but ConvLSTM2D has 2 states [state_h,"
            + " state_c]",
        problem.headline());
  }

  @Test
  void aThirdInitialStateIsPlacedOnTheThirdStateParameter() {
    ModelCheck check =
        graph(
            input("x", 5, 8, 8, 3),
            input("h", 6, 6, 4),
            input("c", 6, 6, 4),
            input("d", 6, 6, 4),
            convLstm("filters: 4, kernelSize: [3]", "x", "h", "c", "d"));
    assertEquals(ErrorKind.INITIAL_STATE_MISMATCH, check.problems().get(0).kind());
    assertEquals(3, check.problems().get(0).parameter());
  }

  @Test
  void aStateOfAnotherShapeNamesTheStateItShouldBe() {
    ModelCheck check =
        graph(
            input("x", 5, 8, 8, 3),
            input("h", 6, 6, 4),
            input("c", 8, 8, 4),
            convLstm("filters: 4, kernelSize: [3]", "x", "h", "c"));
    Problem problem = check.problems().get(0);
    assertEquals(ErrorKind.INITIAL_STATE_MISMATCH, problem.kind());
    assertEquals(2, problem.parameter());
    assertEquals(
        "lstm (ConvLSTM2D): receives the (8, 8, 4) output of c as initial state_c, but its state"
            + " is (6, 6, 4)",
        problem.headline());
    assertTrue(
        problem.render().contains("(one output step: (height, width, filters = 4))"),
        problem.render());
  }

  @Test
  void statesOfTheRightShapeAreClean() {
    ModelCheck check =
        graph(
            input("x", 5, 3, 8),
            input("h", 4, 6),
            input("c", 4, 6),
            Graphs.layer(
                "lstm",
                "ConvLSTM1D",
                "filters: 4, kernelSize: [3], dataFormat: 'CHANNELS_FIRST'",
                "x",
                "h",
                "c"));
    assertTrue(check.isClean(), check.problems().toString());
  }

  /** Keras 3's Bidirectional._verify_layer_config, for a ConvLSTM as for an LSTM. */
  @Test
  void bidirectionalRejectsAConvLstmThatAlreadyGoesBackwards() {
    ModelCheck check =
        check(
            dims(5, 8, 8, 3),
            Models.wrapper(
                "Bidirectional",
                "",
                layer("b", "ConvLSTM2D", "filters: 4, kernelSize: [3], goBackwards: true")));
    assertEquals(List.of("ConflictingArguments@0:null"), tags(check));
    assertTrue(
        check.problems().get(0).render().contains("remove goBackwards = true from @ConvLSTM2D"),
        check.problems().get(0).render());
  }

  /** Two states for a Bidirectional: the forward copy gets one, and its ConvLSTM needs two. */
  @Test
  void aBidirectionalConvLstmGivenTwoStatesHasItsForwardCopyShortOfOne() {
    LayerConfig wrapped =
        Models.layer("dec", "ConvLSTM2D", "filters: 4, kernelSize: [3], padding: 'SAME'");
    ModelCheck check =
        graph(
            input("x", 5, 8, 8, 3),
            input("h", 8, 8, 4),
            input("c", 8, 8, 4),
            NodeConfig.layer(Models.wrapper("Bidirectional", "", wrapped), List.of("x", "h", "c")));
    Problem problem = check.problems().get(0);
    assertEquals(ErrorKind.INITIAL_STATE_MISMATCH, problem.kind());
    assertEquals(1, problem.parameter());
    assertTrue(
        problem.headline().contains("forward: receives 1 initial state, but ConvLSTM2D has 2"),
        problem.headline());
  }
}
