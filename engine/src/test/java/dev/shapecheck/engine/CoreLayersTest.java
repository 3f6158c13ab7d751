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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the oracle cannot give for the core family: {@code SpatialDropout2D/3D} (missing from
 * TensorFlow.js 4.22), the annotations' stand-ins for Keras's {@code None}, the kind, placement and
 * wording of each validity rule, and arithmetic beyond {@code long}. Shapes and counts of ordinary
 * models are checked against TensorFlow.js by the conformance corpus ({@code core.json}).
 */
class CoreLayersTest {
  private static final int MAX = Integer.MAX_VALUE;

  /** Keras's SpatialDropout2D: InputSpec(ndim=4), compute_output_shape returns the input's. */
  @Test
  void spatialDropout2dKeepsAnyImageInEitherLayout() {
    ModelCheck last = check(dims(8, 8, 3), layer("d", "SpatialDropout2D", "rate: 0.2"));
    ModelCheck first =
        check(
            dims(3, 8, Shape.NONE),
            layer("d", "SpatialDropout2D", "rate: 0.2, dataFormat: 'CHANNELS_FIRST', seed: 7"));
    assertEquals(Shape.of(8, 8, 3), last.summary().outputShape());
    assertEquals(Shape.of(3, 8, Shape.NONE), first.summary().outputShape());
    assertEquals(0, last.summary().totalParams());
  }

  /** Keras's SpatialDropout3D: InputSpec(ndim=5); rate = 1 is inside Keras's [0, 1]. */
  @Test
  void spatialDropout3dKeepsAnyVolume() {
    ModelCheck check =
        check(
            dims(3, 4, 8, 8),
            layer("d", "SpatialDropout3D", "rate: 1, dataFormat: 'CHANNELS_FIRST'"));
    assertEquals(Shape.of(3, 4, 8, 8), check.summary().outputShape());
    assertEquals(0, check.summary().totalParams());
  }

  @Test
  void spatialDropoutRankErrorsPointToTheSiblingLayer() {
    ModelCheck twoD = check(dims(8, 3), layer("d", "SpatialDropout2D", "rate: 0.2"));
    ModelCheck threeD = check(dims(8, 8, 3), layer("d", "SpatialDropout3D", "rate: 0.2"));
    assertEquals(List.of("WrongRank@0:null"), tags(twoD));
    assertEquals(List.of("WrongRank@0:null"), tags(threeD));
    assertEquals(
        "d (SpatialDropout2D): expects 3 dims (height, width, channels), but the model input"
            + " (8, 3) has 2",
        twoD.problems().get(0).headline());
    assertTrue(
        twoD.problems().get(0).render().contains("for 1-D inputs use SpatialDropout1D"),
        twoD.problems().get(0).render());
    assertTrue(
        threeD.problems().get(0).render().contains("for 2-D inputs use SpatialDropout2D"),
        threeD.problems().get(0).render());
  }

  /** BaseSpatialDropout passes its rate to Dropout, which requires 0 <= rate <= 1. */
  @Test
  void spatialDropoutRatesOutsideZeroToOneAreRejected() {
    assertEquals(
        List.of("InvalidArgument@0:rate"),
        tags(check(dims(8, 8, 3), layer("d", "SpatialDropout2D", "rate: -0.5"))));
    assertEquals(
        List.of("InvalidArgument@0:rate"),
        tags(check(dims(4, 8, 8, 3), layer("d", "SpatialDropout3D", "rate: 1.01"))));
  }

  /** Only the spatial layers after the first are unknown to the oracle; the stack still flows. */
  @Test
  void spatialDropoutsPassShapesOnInAStack() {
    ModelCheck check =
        check(
            dims(16, 16, 3),
            layer("conv", "Conv2D", "filters: 8, kernelSize: [3]"),
            layer("drop2d", "SpatialDropout2D", "rate: 0.1"),
            layer("pool", "MaxPooling2D", "poolSize: [2]"),
            layer("seq", "Reshape", "targetShape: [-1, 8]"),
            layer("drop1d", "SpatialDropout1D", "rate: 0.1"));
    List<Layer> layers = check.layers();
    assertTrue(check.isClean(), check.problems().toString());
    assertEquals(layers.get(0).outputShape(), layers.get(1).outputShape());
    assertEquals(0, layers.get(1).params());
    assertEquals(layers.get(3).outputShape(), layers.get(4).outputShape());
  }

  @Test
  void dropoutRateMessageQuotesKerasRange() {
    Problem problem = check(dims(10), layer("d", "Dropout", "rate: 1.5")).problems().get(0);
    assertEquals("d (Dropout): rate = 1.5, but it must be in [0.0, 1.0]", problem.headline());
  }

  @Test
  void dropoutNoiseShapeTakesPositiveSizesOrNone() {
    ModelCheck ok =
        check(dims(5, 8), layer("d", "Dropout", "rate: 0.5, noiseShape: [-1, 1, -1], seed: -7"));
    ModelCheck zero = check(dims(5, 8), layer("d", "Dropout", "rate: 0.5, noiseShape: [-1, 0, 8]"));
    assertTrue(ok.isClean(), ok.problems().toString());
    assertEquals(List.of("InvalidArgument@0:noiseShape"), tags(zero));
    assertTrue(zero.problems().get(0).headline().contains("noiseShape = {-1, 0, 8}"));
  }

  /** Keras's AlphaDropout stores noise_shape as given: it is not validated. */
  @Test
  void alphaDropoutNoiseShapeIsNotChecked() {
    ModelCheck check = check(dims(7), layer("d", "AlphaDropout", "rate: 0.1, noiseShape: [0, -3]"));
    assertTrue(check.isClean(), check.problems().toString());
  }

  /** The default maxValue, +infinity, stands for Keras's None: no upper bound, always valid. */
  @Test
  void reluMaxValueDefaultsToUnbounded() throws NoSuchMethodException {
    assertEquals(
        Double.POSITIVE_INFINITY,
        dev.shapecheck.layers.ReLU.class.getMethod("maxValue").getDefaultValue());
    assertTrue(check(dims(4), layer("r", "ReLU", "")).isClean());
  }

  @Test
  void reluReportsEveryNegativeArgumentTogether() {
    ModelCheck check =
        check(dims(4), layer("r", "ReLU", "maxValue: -1.0, negativeSlope: -0.5, threshold: -2.0"));
    assertEquals(
        List.of(
            "InvalidArgument@0:maxValue",
            "InvalidArgument@0:negativeSlope",
            "InvalidArgument@0:threshold"),
        tags(check));
    assertEquals(
        "r (ReLU): maxValue = -1.0, but it must be >= 0", check.problems().get(0).headline());
  }

  /** Only +infinity is the None stand-in; -infinity is neither None nor a finite maximum. */
  @Test
  void reluMaxValueMustBeFiniteUnlessUnbounded() {
    ModelCheck check =
        check(dims(4), layer("r", "ReLU", "maxValue: 1.0")); // a finite bound is fine
    assertTrue(check.isClean());
    LayerConfig negativeInfinity =
        LayerConfig.withDefaults("r", "ReLU", Map.of("maxValue", Double.NEGATIVE_INFINITY));
    assertEquals(List.of("InvalidArgument@0:maxValue"), tags(check(dims(4), negativeInfinity)));
  }

  /** Keras 3's LeakyReLU default negative_slope is 0.3 (Keras 2 named it alpha). */
  @Test
  void leakyReluDefaultsToKerasSlope() throws NoSuchMethodException {
    assertEquals(
        0.3, dev.shapecheck.layers.LeakyReLU.class.getMethod("negativeSlope").getDefaultValue());
  }

  /** tf.keras 2's ThresholdedReLU: theta defaults to 1.0 and must be >= 0. */
  @Test
  void thresholdedReluThetaMustNotBeNegative() throws NoSuchMethodException {
    assertEquals(
        1.0, dev.shapecheck.layers.ThresholdedReLU.class.getMethod("theta").getDefaultValue());
    ModelCheck check = check(dims(4), layer("t", "ThresholdedReLU", "theta: -1.0"));
    assertEquals(List.of("InvalidArgument@0:theta"), tags(check));
  }

  @Test
  void softmaxAxisOutsideTheInputIsAWrongRankOnAxis() {
    ModelCheck check =
        check(dims(3, 4), layer("d", "Dense", "units: 4"), layer("s", "Softmax", "axis: 3"));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("WrongRank@1:axis"), tags(check));
    assertEquals(
        "s (Softmax): axis = 3 does not exist in the (3, 4) output of d, which has 3 axes"
            + " counting the batch",
        problem.headline());
    assertTrue(problem.render().contains("needed: an axis in [-3, 2]"), problem.render());
  }

  @Test
  void reshapeSizeMismatchNamesBothSizes() {
    ModelCheck check =
        check(
            dims(8),
            layer("d", "Dense", "units: 10"),
            layer("r", "Reshape", "targetShape: [3, 3]"));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("InvalidArgument@1:targetShape"), tags(check));
    assertEquals(
        "r (Reshape): targetShape = {3, 3} holds 9 values, but the (10) output of d holds 10",
        problem.headline());
    assertTrue(problem.render().contains("put -1 in place of one size"), problem.render());
  }

  @Test
  void reshapeIndivisibleSizeIsExplained() {
    Problem problem =
        check(dims(12), layer("r", "Reshape", "targetShape: [5, -1]")).problems().get(0);
    assertEquals(
        "r (Reshape): targetShape = {5, -1}: the 12 values of the model input (12) do not divide"
            + " by 5, the product of the given sizes",
        problem.headline());
  }

  @Test
  void reshapeArgumentErrorsAreReportedTogether() {
    ModelCheck check = check(dims(12), layer("r", "Reshape", "targetShape: [-1, 0, -1]"));
    assertEquals(
        List.of("InvalidArgument@0:targetShape", "InvalidArgument@0:targetShape"), tags(check));
    assertTrue(check.problems().get(0).headline().contains("has 2 entries -1"));
    assertTrue(check.problems().get(1).headline().contains("every size must be positive"));
  }

  /**
   * Keras 3 builds and runs Reshape(()) on a size-1 input: one value per sample, (None,). A larger
   * input cannot become one value; a Dense after it has no axis to read (Keras: min_ndim=2).
   */
  @Test
  void reshapeToNoDimensionsGivesOneValuePerSample() {
    ModelCheck check = check(dims(1), layer("r", "Reshape", "targetShape: []"));
    assertEquals(List.of(), tags(check));
    assertEquals(0, check.summary().outputShape().rank());
    assertEquals("(None)", check.summary().outputShape().toString()); // as Keras 3's summary
    assertEquals(
        List.of("InvalidArgument@0:targetShape"),
        tags(check(dims(4), layer("r", "Reshape", "targetShape: []"))));
    ModelCheck dense =
        check(dims(1), layer("r", "Reshape", "targetShape: []"), layer("d", "Dense", "units: 2"));
    assertEquals(1, dense.problems().get(0).layerIndex());
  }

  /** (2^31 - 1)^3 values, about 2^93: only exact products can infer the middle size. */
  @Test
  void reshapeSizesBeyondLongAreExact() {
    ModelCheck check =
        check(
            dims(MAX, MAX, MAX),
            layer("r", "Reshape", "targetShape: [2147483647, -1, 2147483647]"));
    ModelCheck wrong =
        check(
            dims(MAX, MAX, MAX),
            layer("r", "Reshape", "targetShape: [2147483647, 2147483646, 2147483647]"));
    assertEquals(Shape.of(MAX, MAX, MAX), check.summary().outputShape());
    assertEquals(List.of("InvalidArgument@0:targetShape"), tags(wrong));
  }

  /** 65536 * 65536 = 2^32 values in one axis: more than an int dimension holds. */
  @Test
  void reshapeInferredSizeAboveIntIsOutputTooLarge() {
    ModelCheck check = check(dims(65536, 65536), layer("r", "Reshape", "targetShape: [-1]"));
    assertEquals(List.of("OutputTooLarge@0:targetShape"), tags(check));
  }

  @Test
  void permuteMustBeAPermutationOfOneToN() {
    ModelCheck check = check(dims(3, 4), layer("p", "Permute", "dims: [0, 1]"));
    assertEquals(List.of("InvalidArgument@0:dims"), tags(check));
    assertEquals(
        "p (Permute): dims = {0, 1} is not a permutation of 1..2",
        check.problems().get(0).headline());
  }

  @Test
  void permuteOfTheWrongRankIsPlacedOnDims() {
    ModelCheck check =
        check(dims(3, 4), layer("f", "Flatten", ""), layer("p", "Permute", "dims: [2, 1]"));
    assertEquals(List.of("WrongRank@1:dims"), tags(check));
    assertEquals(
        "p (Permute): dims = {2, 1} permutes 2 axes, but the (12) output of f has 1",
        check.problems().get(0).headline());
  }

  /** Keras's Permute accepts dims = () (an empty permutation) but no sample has rank 0. */
  @Test
  void emptyPermuteFailsOnTheInputRank() {
    ModelCheck check = check(dims(3), layer("p", "Permute", "dims: []"));
    assertEquals(List.of("WrongRank@0:dims"), tags(check));
  }

  @Test
  void repeatVectorNeedsAtLeastOneRepetition() {
    ModelCheck check = check(dims(8), layer("r", "RepeatVector", "n: 0"));
    assertEquals(List.of("InvalidArgument@0:n"), tags(check));
    assertEquals(
        "r (RepeatVector): n = 0, but it must be at least 1", check.problems().get(0).headline());
  }

  @Test
  void repeatVectorOfASequenceSuggestsFlatten() {
    ModelCheck check =
        check(dims(8), layer("r1", "RepeatVector", "n: 2"), layer("r2", "RepeatVector", "n: 2"));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("WrongRank@1:null"), tags(check));
    assertEquals(
        "r2 (RepeatVector): expects 1 dim (features), but the (2, 8) output of r1 has 2",
        problem.headline());
    assertTrue(problem.render().contains("put @Flatten before this layer"), problem.render());
  }

  @Test
  void preluAxisBeyondTheRankIsAWrongRankOnSharedAxes() {
    ModelCheck check = check(dims(4, 5), layer("p", "PReLU", "sharedAxes: [3]"));
    assertEquals(List.of("WrongRank@0:sharedAxes"), tags(check));
    assertEquals(
        "p (PReLU): sharedAxes names axis 3, but the model input (4, 5) has only 2 axes",
        check.problems().get(0).headline());
  }

  @Test
  void preluNeedsEveryUnsharedAxisKnown() {
    ModelCheck check = check(dims(Shape.NONE, 4), layer("p", "PReLU", ""));
    assertEquals(List.of("UnknownDimension@0:sharedAxes"), tags(check));
    assertTrue(
        check.problems().get(0).render().contains("add 1 to sharedAxes"),
        check.problems().get(0).render());
  }

  /** Five axes of 65536 make 2^80 slopes: the count must not wrap around. */
  @Test
  void preluAlphaCountOverflowIsAnError() {
    ModelCheck check = check(dims(65536, 65536, 65536, 65536, 65536), layer("p", "PReLU", ""));
    assertEquals(List.of("ParameterOverflow@0:null"), tags(check));
  }

  @Test
  void activationIsRequired() {
    LayerConfig missing = LayerConfig.of("a", "Activation", Map.of());
    assertEquals(List.of("InvalidArgument@0:activation"), tags(check(dims(4), missing)));
  }
}
