package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the oracle cannot give for {@code ActivityRegularization}, {@code RMSNormalization} and the
 * adaptive poolings: the kind, placement and wording of each rule, and arithmetic beyond {@code
 * long}. Shapes and counts are held to Keras 3 by {@code conformance/corpus/catalogue.json}.
 */
class CatalogueLayersTest {
  @Test
  void activityRegularizationRejectsANegativeFactorOnItsAttribute() {
    ModelCheck check = check(dims(4), layer("r", "ActivityRegularization", "l1: 0.5, l2: -2.0"));
    assertEquals(List.of("InvalidArgument@0:l2"), tags(check));
    assertEquals(
        "r (ActivityRegularization): l2 = -2.0, but it must be >= 0",
        check.problems().get(0).headline());
  }

  @Test
  void rmsNormalizationOfMisalignedAxesNamesTheScaleShapeAndTheAxes() {
    ModelCheck check = check(dims(4, 5, 6), layer("n", "RMSNormalization", "axis: [1, 2]"));
    assertEquals(List.of("InvalidArgument@0:axis"), tags(check));
    String text = check.problems().get(0).render();
    assertTrue(text.contains("gives scale the shape (4, 5)"), text);
    assertTrue(text.contains("5 meets 6 on axis -1"), text);
    assertTrue(text.contains("axis = {-1} or {-2, -1}"), text);
  }

  @Test
  void rmsNormalizationNeedsKnownSizesAndRejectsTheBatchAndDuplicates() {
    assertEquals(
        List.of("UnknownDimension@0:axis"),
        tags(check(dims(6, Shape.NONE), layer("n", "RMSNormalization", ""))));
    assertEquals(
        List.of("UnknownDimension@0:axis"),
        tags(check(dims(4, 6), layer("n", "RMSNormalization", "axis: [0]"))));
    assertEquals(
        List.of("InvalidArgument@0:axis"),
        tags(check(dims(4, 6), layer("n", "RMSNormalization", "axis: [-1, 2]"))));
    assertEquals(
        List.of("WrongRank@0:axis"),
        tags(check(dims(4, 6), layer("n", "RMSNormalization", "axis: [3]"))));
  }

  @Test
  void rmsNormalizationScaleBeyondLongIsAParameterOverflow() {
    int big = Integer.MAX_VALUE;
    ModelCheck check =
        check(dims(big, big, big), layer("n", "RMSNormalization", "axis: [1, 2, 3]"));
    assertEquals(List.of("ParameterOverflow@0:null"), tags(check));
  }

  @Test
  void adaptivePoolingOfOneWholeAxisIsRefusedOnOutputSize() {
    ModelCheck check =
        check(dims(7, 7, 3), layer("p", "AdaptiveAveragePooling2D", "outputSize: [3, 1]"));
    assertEquals(List.of("PoolTooLarge@0:outputSize"), tags(check));
    String text = check.problems().get(0).render();
    assertTrue(text.contains("p (AdaptiveAveragePooling2D): outputSize 1 along width"), text);
    assertTrue(text.contains("@GlobalAveragePooling2D"), text);
  }

  @Test
  void adaptivePoolingOfALengthOfOneIsRefused() {
    ModelCheck check = check(dims(1, 8, 3), layer("p", "AdaptiveMaxPooling2D", "outputSize: [2]"));
    assertEquals(List.of("PoolTooLarge@0:null"), tags(check));
    assertTrue(
        check.problems().get(0).headline().contains("height = 1"),
        check.problems().get(0).headline());
  }

  @Test
  void adaptivePoolingArityAndRankErrors() {
    assertEquals(
        List.of("InvalidArgument@0:outputSize"),
        tags(check(dims(10, 3), layer("p", "AdaptiveMaxPooling1D", "outputSize: [2, 3]"))));
    assertEquals(
        List.of("InvalidArgument@0:outputSize"),
        tags(check(dims(10, 3), layer("p", "AdaptiveMaxPooling1D", "outputSize: [0]"))));
    ModelCheck volume =
        check(dims(4, 4, 4, 3), layer("p", "AdaptiveMaxPooling2D", "outputSize: [2]"));
    assertEquals(List.of("WrongRank@0:null"), tags(volume));
    assertTrue(
        volume.problems().get(0).render().contains("use AdaptiveMaxPooling3D"),
        volume.problems().get(0).render());
  }

  /** Keras's backend pools a 1-D input whatever the layer's rank, reading outputSize[0] only. */
  @Test
  void adaptivePoolingOfASequenceKeepsKerassReportedShape() {
    ModelCheck check =
        check(dims(8, 3), layer("p", "AdaptiveMaxPooling3D", "outputSize: [3, 1, 1]"));
    assertEquals(List.of(), tags(check));
    assertEquals(Shape.of(3, 1, 1, 3), check.summary().outputShape());
  }

  @Test
  void spectralNormalizationRefusesALayerWithoutAKernelOnTheWrapper() {
    ModelCheck check =
        check(
            dims(8),
            Models.wrapper("SpectralNormalization", "", layer("d", "Dropout", "rate: 0.5")));
    assertEquals(List.of("InvalidArgument@0:null"), tags(check));
    String text = check.problems().get(0).render();
    assertTrue(text.contains("wraps Dropout, which has no kernel nor embeddings weight"), text);
  }

  @Test
  void spectralNormalizationRejectsZeroPowerIterations() {
    ModelCheck check =
        check(
            dims(8),
            Models.wrapper(
                "SpectralNormalization", "powerIterations: 0", layer("d", "Dense", "units: 4")));
    assertEquals(List.of("InvalidArgument@0:powerIterations"), tags(check));
  }

  @Test
  void spectralNormalizationPassesTheWrappedLayersShapeErrorOn() {
    ModelCheck check =
        check(
            dims(2, 2, 3),
            Models.wrapper(
                "SpectralNormalization", "", layer("c", "Conv2D", "filters: 6, kernelSize: [3]")));
    assertEquals(1, check.problems().size());
    assertTrue(
        check.problems().get(0).headline().contains("wrapped Conv2D"),
        check.problems().get(0).headline());
  }

  /** Two tables of (2^31 - 1)^2 still fit a long: Keras's count, in long arithmetic. */
  @Test
  void reversibleEmbeddingUntiedTablesAtTheLimitOfInt() {
    int max = Integer.MAX_VALUE;
    ModelCheck check =
        check(
            dims(4),
            layer(
                "e",
                "ReversibleEmbedding",
                "inputDim: " + max + ", outputDim: " + max + ", tieWeights: false"));
    assertEquals(List.of(), tags(check));
    assertEquals(2 * (long) max * max, check.summary().totalParams());
  }
}
