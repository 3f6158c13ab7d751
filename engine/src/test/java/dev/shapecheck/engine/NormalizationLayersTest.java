package dev.shapecheck.engine;

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
 * What the oracle cannot give: {@code GroupNormalization} and {@code UnitNormalization}, which
 * TensorFlow.js 4.22 lacks (checked against Keras's {@code build()} and tf.keras 2's {@code
 * validate_axis}, the rules cited on each test), and the kinds, placement and wording of the
 * family's errors. Batch and layer normalization counts are checked against TensorFlow.js by the
 * conformance corpus ({@code conformance/corpus/normalization.json}).
 */
class NormalizationLayersTest {
  private static final int NONE = Shape.NONE;

  /** The one layer of a single-layer model that must be valid. */
  private static Layer only(int[] input, LayerConfig layer) {
    ModelCheck check = check(input, layer);
    assertTrue(check.isClean(), () -> check.problems().toString());
    return check.layers().get(0);
  }

  private static Layer onlyWithBatch(int batch, int[] input, LayerConfig layer) {
    ModelCheck check =
        ShapeEngine.check(ModelConfig.of("test_model", input, batch, List.of(layer)));
    assertTrue(check.isClean(), () -> check.problems().toString());
    return check.layers().get(0);
  }

  // GroupNormalization: Keras 3 build() makes gamma and beta of shape (dim,), dim = input[axis],
  // each only when scale / center; nothing non-trainable.

  @Test
  void groupNormalizationDefaultSplits64ChannelsInto32Groups() {
    Layer layer = only(dims(8, 8, 64), layer("g", "GroupNormalization", ""));
    assertEquals(Shape.of(8, 8, 64), layer.outputShape());
    assertEquals(2 * 64, layer.trainableParams());
    assertEquals(0, layer.nonTrainableParams());
  }

  @Test
  void groupNormalizationWeightsDependOnChannelsNotOnGroups() {
    for (String groups : List.of("1", "4", "12", "-1")) {
      Layer layer = only(dims(10, 12), layer("g", "GroupNormalization", "groups: " + groups));
      assertEquals(2 * 12, layer.trainableParams(), "groups = " + groups);
      assertEquals(Shape.of(10, 12), layer.outputShape());
    }
  }

  @Test
  void groupNormalizationCenterAndScaleEachAddOneVector() {
    assertEquals(
        64,
        only(dims(8, 8, 64), layer("g", "GroupNormalization", "center: false")).trainableParams());
    assertEquals(
        64,
        only(dims(8, 8, 64), layer("g", "GroupNormalization", "scale: false")).trainableParams());
    assertEquals(
        0,
        only(dims(8, 8, 64), layer("g", "GroupNormalization", "center: false, scale: false"))
            .trainableParams());
  }

  /** After a CHANNELS_FIRST convolution the channels are Keras axis 1: 8 channels, 2 groups. */
  @Test
  void groupNormalizationOnChannelsFirstUsesAxisOne() {
    ModelCheck check =
        check(
            dims(3, 16, 16),
            layer("c", "Conv2D", "filters: 8, kernelSize: [3], dataFormat: 'CHANNELS_FIRST'"),
            layer("g", "GroupNormalization", "groups: 2, axis: 1"));
    assertTrue(check.isClean(), () -> check.problems().toString());
    assertEquals(2 * 8, check.layers().get(1).trainableParams());
    assertEquals(Shape.of(8, 14, 14), check.layers().get(1).outputShape());
  }

  @Test
  void groupNormalizationNegativeAxisCountsFromTheEnd() {
    // axis = -2 of (None, 6, 5) is the 6: three groups of two.
    Layer layer = only(dims(6, 5), layer("g", "GroupNormalization", "groups: 3, axis: -2"));
    assertEquals(2 * 6, layer.trainableParams());
  }

  /** Only the channel axis must be known; the others may be None. */
  @Test
  void groupNormalizationAcceptsUnknownSpatialSizes() {
    Layer layer = only(dims(NONE, NONE, 16), layer("g", "GroupNormalization", "groups: 4"));
    assertEquals(Shape.of(NONE, NONE, 16), layer.outputShape());
    assertEquals(32, layer.trainableParams());
  }

  /** With a fixed batch, Keras's input_shape[0] is a size like any other. */
  @Test
  void groupNormalizationOnTheBatchAxisNeedsAFixedBatch() {
    Layer layer = onlyWithBatch(8, dims(4), layer("g", "GroupNormalization", "groups: 2, axis: 0"));
    assertEquals(2 * 8, layer.trainableParams());
    ModelCheck open = check(dims(4, 8), layer("g", "GroupNormalization", "groups: 2, axis: 0"));
    assertEquals(List.of("UnknownDimension@0:axis"), tags(open));
    assertTrue(
        open.problems().get(0).headline().contains("axis 0 is the batch axis"),
        open.problems().get(0).headline());
  }

  /** Keras: "Number of groups (32) cannot be more than the number of channels (16)." */
  @Test
  void groupNormalizationRejectsMoreGroupsThanChannels() {
    ModelCheck check = check(dims(8, 8, 16), layer("g", "GroupNormalization", ""));
    assertEquals(List.of("ChannelsNotDivisible@0:groups"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "g (GroupNormalization): groups = 32 is more than the 16 channels on axis -1 of the"
            + " model input (8, 8, 16)",
        problem.headline());
    assertTrue(
        problem
            .render()
            .contains(
                "hint:   use groups = 16 (the largest divisor of 16 up"
                    + " to 32), or groups = -1 for one group per channel"),
        problem.render());
  }

  /** Keras: "Number of groups (5) must be a multiple of the number of channels (12)." */
  @Test
  void groupNormalizationRejectsGroupsThatDoNotDivideTheChannels() {
    ModelCheck check =
        check(
            dims(10),
            layer("d", "Dense", "units: 12"),
            layer("g", "GroupNormalization", "groups: 5"));
    assertEquals(List.of("ChannelsNotDivisible@1:groups"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "g (GroupNormalization): the 12 channels on axis -1 of the (12) output of d do not split"
            + " into groups = 5",
        problem.headline());
    assertTrue(
        problem.render().contains("use groups = 4 (the largest divisor of 12 up to 5)"),
        problem.render());
  }

  /** groups = 0 divides by zero in Keras's build; other negatives fail reshaping into groups. */
  @Test
  void groupNormalizationGroupsMustBePositiveOrMinusOne() {
    for (String groups : List.of("0", "-2")) {
      ModelCheck check = check(dims(12), layer("g", "GroupNormalization", "groups: " + groups));
      assertEquals(List.of("InvalidArgument@0:groups"), tags(check), "groups = " + groups);
    }
  }

  /** Keras: "Axis -1 of input tensor should have a defined dimension ...", even for groups=-1. */
  @Test
  void groupNormalizationNeedsKnownChannels() {
    for (String groups : List.of("2", "-1")) {
      ModelCheck check =
          check(dims(8, NONE), layer("g", "GroupNormalization", "groups: " + groups));
      assertEquals(List.of("UnknownDimension@0:axis"), tags(check), "groups = " + groups);
    }
  }

  /** tf.keras 2's validate_axis: "Expected 0 <= axis < inputs.rank". */
  @Test
  void groupNormalizationAxisMustBeWithinTheInputRank() {
    ModelCheck check = check(dims(4, 8), layer("g", "GroupNormalization", "groups: 2, axis: 3"));
    assertEquals(List.of("WrongRank@0:axis"), tags(check));
  }

  // UnitNormalization: no weights; Keras 3 returns input_shape, and tf.keras 2 validates the axes
  // (in range after resolving negatives, none twice) when it builds.

  @Test
  void unitNormalizationKeepsTheShapeAndHasNoWeights() {
    for (String axis : List.of("-1", "[1, 2, 3]", "[-3, -1]", "[]")) {
      Layer layer = only(dims(4, 5, 6), layer("u", "UnitNormalization", "axis: " + axis));
      assertEquals(Shape.of(4, 5, 6), layer.outputShape(), "axis = " + axis);
      assertEquals(0, layer.trainableParams() + layer.nonTrainableParams(), "axis = " + axis);
    }
  }

  /** Without weights nothing needs a size: unknown dimensions and the open batch axis pass. */
  @Test
  void unitNormalizationAcceptsUnknownSizesAndTheBatchAxis() {
    assertEquals(
        Shape.of(NONE, NONE),
        only(dims(NONE, NONE), layer("u", "UnitNormalization", "axis: [1, 2]")).outputShape());
    assertEquals(
        Shape.of(4), only(dims(4), layer("u", "UnitNormalization", "axis: [0]")).outputShape());
  }

  @Test
  void unitNormalizationBetweenDenseLayers() {
    ModelCheck check =
        check(
            dims(8),
            layer("d1", "Dense", "units: 16"),
            layer("u", "UnitNormalization", ""),
            layer("d2", "Dense", "units: 4"));
    assertEquals(16 * 8 + 16 + 4 * 16 + 4, check.summary().totalParams());
    assertEquals(Shape.of(4), check.summary().outputShape());
  }

  @Test
  void unitNormalizationAxisMustBeWithinTheInputRank() {
    for (String axis : List.of("[3]", "[-4]")) {
      ModelCheck check = check(dims(4, 5), layer("u", "UnitNormalization", "axis: " + axis));
      assertEquals(List.of("WrongRank@0:axis"), tags(check), "axis = " + axis);
    }
  }

  /** tf.keras 2: "Duplicate axis: (2, 2)". */
  @Test
  void unitNormalizationRejectsAnAxisNamedTwice() {
    ModelCheck literal = check(dims(4, 5), layer("u", "UnitNormalization", "axis: [2, 2]"));
    assertEquals(List.of("InvalidArgument@0:axis"), tags(literal));
    ModelCheck alias = check(dims(4, 5), layer("u", "UnitNormalization", "axis: [1, -2]"));
    assertEquals(List.of("InvalidArgument@0:axis"), tags(alias));
    assertEquals(
        "u (UnitNormalization): axis = {1, -2} names axis 1 of the model input (4, 5) twice (as 1"
            + " and -2)",
        alias.problems().get(0).headline());
  }

  /** Keras 3's summary for this stack: conv 896, BN 64 + 64, GN 64, LN 2 * 14 * 14 * 32. */
  @Test
  void allFourNormalizationsInOneModel() {
    ModelCheck check =
        check(
            dims(16, 16, 3),
            layer("c", "Conv2D", "filters: 32, kernelSize: [3]"),
            layer("bn", "BatchNormalization", ""),
            layer("gn", "GroupNormalization", "groups: 8"),
            layer("ln", "LayerNormalization", "axis: [1, 2, 3]"),
            layer("un", "UnitNormalization", ""));
    assertTrue(check.isClean(), () -> check.problems().toString());
    assertEquals(Shape.of(14, 14, 32), check.summary().outputShape());
    assertEquals(896 + 64 + 64 + 2 * 14 * 14 * 32, check.summary().trainableParams());
    assertEquals(64, check.summary().nonTrainableParams());
  }

  // Errors of the layers the oracle also checks: kinds, placement and wording.

  @Test
  void outOfRangeAxisExplainsKerasNumbering() {
    ModelCheck check = check(dims(4, 5), layer("bn", "BatchNormalization", "axis: 3"));
    assertEquals(List.of("WrongRank@0:axis"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "bn (BatchNormalization): axis 3 is out of range for the model input (4, 5): counting the"
            + " batch as axis 0, its axes are -3 to 2",
        problem.headline());
    String message = problem.render();
    assertTrue(
        message.contains("needed: an input with at least 3 dims (batch not counted)"), message);
    assertTrue(
        message.contains(
            "hint:   Keras counts the batch as axis 0: axis = 1 is the first"
                + " dimension of a sample, axis = -1 the last"),
        message);
  }

  @Test
  void negativeOutOfRangeAxisSaysHowManyDimsItNeeds() {
    ModelCheck check = check(dims(4, 5), layer("ln", "LayerNormalization", "axis: [-1, -4]"));
    assertEquals(List.of("WrongRank@0:axis"), tags(check));
    assertTrue(
        check.problems().get(0).render().contains("at least 3 dims"),
        check.problems().get(0).render());
  }

  @Test
  void batchAxisWithAnOpenBatchPointsAtTheKerasNumbering() {
    ModelCheck check = check(dims(4, 5), layer("bn", "BatchNormalization", "axis: 0"));
    assertEquals(List.of("UnknownDimension@0:axis"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "bn (BatchNormalization): axis 0 is the batch axis, whose size is unknown (None)",
        problem.headline());
    assertTrue(
        problem.render().contains("use axis = 1 for the first dimension of a sample"),
        problem.render());
  }

  /** Keras 3 creates the moving statistics even with center = scale = False. */
  @Test
  void batchNormalizationNeedsAKnownAxisEvenWithoutGammaAndBeta() {
    ModelCheck check =
        check(dims(8, NONE), layer("bn", "BatchNormalization", "center: false, scale: false"));
    assertEquals(List.of("UnknownDimension@0:axis"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "bn (BatchNormalization): axis -1 of the model input (8, None) is unknown (None)",
        problem.headline());
    assertTrue(
        problem.render().contains("to size gamma, beta and the moving mean and variance"),
        problem.render());
  }

  @Test
  void layerNormalizationNeedsKnownSizesOnlyForTheWeightsItCreates() {
    ModelCheck weights = check(dims(4, NONE), layer("ln", "LayerNormalization", "scale: false"));
    assertEquals(List.of("UnknownDimension@0:axis"), tags(weights));
    Layer none =
        only(dims(4, NONE), layer("ln", "LayerNormalization", "center: false, scale: false"));
    assertEquals(Shape.of(4, NONE), none.outputShape());
    assertEquals(0, none.trainableParams());
  }

  /**
   * A literal repeat is an argument error: found before shapes flow, so it is reported even though
   * the Conv2D before it already fails on its rank-2 input.
   */
  @Test
  void literalRepeatedAxisIsAnArgumentError() {
    ModelCheck check =
        check(
            dims(4, 5),
            layer("c", "Conv2D", "filters: 2, kernelSize: [3]"),
            layer("ln", "LayerNormalization", "axis: [1, 1]"));
    assertEquals(List.of("WrongRank@0:null", "InvalidArgument@1:axis"), tags(check));
    assertEquals(
        "ln (LayerNormalization): axis = {1, 1} names axis 1 twice",
        check.problems().get(1).headline());
  }

  @Test
  void everyArgumentErrorOfAGroupNormalizationIsReported() {
    ModelCheck check =
        check(dims(12), layer("g", "GroupNormalization", "groups: 0, epsilon: true"));
    assertEquals(List.of("InvalidArgument@0:groups", "InvalidArgument@0:epsilon"), tags(check));
  }

  /** 2^31 - 1 channels make 2 * (2^31 - 1) + 2 * (2^31 - 1) weights: exact, no int overflow. */
  @Test
  void hugeChannelCountsAreCountedExactly() {
    Layer layer = only(dims(Integer.MAX_VALUE), layer("bn", "BatchNormalization", ""));
    assertEquals(2L * Integer.MAX_VALUE, layer.trainableParams());
    assertEquals(2L * Integer.MAX_VALUE, layer.nonTrainableParams());
  }

  /** (2^31 - 1)^3 is about 2^93: gamma's count must be an overflow error, not a wrapped number. */
  @Test
  void layerNormalizationWeightOverflowIsAnError() {
    int big = Integer.MAX_VALUE;
    ModelCheck check =
        check(dims(big, big, big), layer("ln", "LayerNormalization", "axis: [1, 2, 3]"));
    assertEquals(List.of("ParameterOverflow@0:null"), tags(check));
  }
}
