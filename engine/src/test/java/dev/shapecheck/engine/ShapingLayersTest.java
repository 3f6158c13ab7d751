package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Interpolation;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the oracle cannot give for the shaping layers: the 1-D and 3-D padding, cropping and
 * upsampling layers and {@code GlobalMax/AveragePooling3D}, which TensorFlow.js 4.22 lacks (worked
 * by hand from Keras's {@code compute_output_shape}, cited per test), and the kinds, placement and
 * wording of the errors. The 2-D layers and 1-D/2-D global pooling are checked against
 * TensorFlow.js by the conformance corpus ({@code conformance/corpus/shaping.json}).
 */
class ShapingLayersTest {
  private static final int NONE = Shape.NONE;

  private static Shape out(ModelCheck check) {
    assertTrue(check.isClean(), () -> check.problems().toString());
    return check.summary().outputShape();
  }

  // ZeroPadding1D: standardize_tuple(padding, 2, allow_zero=True); steps + left + right.

  @Test
  void zeroPadding1dAddsBothEndsToTheSteps() {
    assertEquals(Shape.of(12, 4), out(check(dims(10, 4), layer("p", "ZeroPadding1D", ""))));
    assertEquals(
        Shape.of(13, 4), out(check(dims(10, 4), layer("p", "ZeroPadding1D", "padding: [2, 1]"))));
    assertEquals(
        Shape.of(NONE, 4),
        out(check(dims(NONE, 4), layer("p", "ZeroPadding1D", "padding: [2, 1]"))));
  }

  @Test
  void zeroPadding1dRejectsNegativeValuesAndThreeValues() {
    ModelCheck negative = check(dims(10, 4), layer("p", "ZeroPadding1D", "padding: [-1]"));
    assertEquals(List.of("InvalidArgument@0:padding"), tags(negative));
    assertEquals(
        "p (ZeroPadding1D): padding = {-1}, but no value may be negative",
        negative.problems().get(0).headline());
    ModelCheck three = check(dims(10, 4), layer("p", "ZeroPadding1D", "padding: [1, 1, 1]"));
    assertEquals(List.of("InvalidArgument@0:padding"), tags(three));
    assertEquals(
        "p (ZeroPadding1D): padding has 3 values, but ZeroPadding1D takes 1 or 2",
        three.problems().get(0).headline());
    assertTrue(three.problems().get(0).render().contains("or 2 values (left, right)"));
  }

  // ZeroPadding3D: ((d0, d1), (h0, h1), (w0, w1)); each known spatial axis + both ends.

  @Test
  void zeroPadding3dDefaultPadsEverySideByOne() {
    assertEquals(
        Shape.of(6, 7, 8, 2), out(check(dims(4, 5, 6, 2), layer("p", "ZeroPadding3D", ""))));
  }

  @Test
  void zeroPadding3dThreeValuesAreSymmetricPerAxisInChannelsFirst() {
    ModelCheck check =
        check(
            dims(2, 4, 5, 6),
            layer("p", "ZeroPadding3D", "padding: [1, 2, 3], dataFormat: 'CHANNELS_FIRST'"));
    assertEquals(Shape.of(2, 4 + 2, 5 + 4, 6 + 6), out(check));
  }

  @Test
  void zeroPadding3dSixValuesArePerSideAndNoneStaysNone() {
    ModelCheck check =
        check(dims(NONE, 5, 6, 2), layer("p", "ZeroPadding3D", "padding: [1, 0, 2, 0, 0, 3]"));
    assertEquals(Shape.of(NONE, 5 + 2, 6 + 3, 2), out(check));
  }

  @Test
  void zeroPadding3dArityMessageListsTheThreeForms() {
    ModelCheck check =
        check(dims(4, 5, 6, 2), layer("p", "ZeroPadding3D", "padding: [1, 1, 1, 1]"));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("InvalidArgument@0:padding"), tags(check));
    assertEquals(
        "p (ZeroPadding3D): padding has 4 values, but ZeroPadding3D takes 1, 3 or 6",
        problem.headline());
    assertTrue(
        problem.render().contains("3 values (depth, height, width) for both ends of each axis"),
        problem.render());
  }

  // Cropping1D: steps - left - right, which Keras requires to stay > 0; None stays None.

  @Test
  void cropping1dRemovesBothEnds() {
    assertEquals(Shape.of(8, 4), out(check(dims(10, 4), layer("c", "Cropping1D", ""))));
    assertEquals(
        Shape.of(7, 4), out(check(dims(10, 4), layer("c", "Cropping1D", "cropping: [3, 0]"))));
    assertEquals(
        Shape.of(NONE, 4), out(check(dims(NONE, 4), layer("c", "Cropping1D", "cropping: [5]"))));
  }

  @Test
  void cropping1dThatLeavesNothingIsAnErrorOnCropping() {
    ModelCheck check =
        check(
            dims(8, 4),
            layer("pool", "MaxPooling1D", "poolSize: [2]"),
            layer("c", "Cropping1D", "cropping: [2]"));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("InvalidArgument@1:cropping"), tags(check));
    assertEquals(
        "c (Cropping1D): cropping (2, 2) leaves nothing of the (4, 4) output of pool"
            + " — output would be (0, 4)",
        problem.headline());
    assertTrue(
        problem.render().contains("at most 3 removed in total from steps (of 4)"),
        problem.render());
    assertTrue(problem.render().contains("hint:   crop less"), problem.render());
  }

  // Cropping3D: Keras raises as soon as one known axis would be <= 0.

  @Test
  void cropping3dDefaultCropsEverySideByOne() {
    assertEquals(Shape.of(2, 3, 4, 2), out(check(dims(4, 5, 6, 2), layer("c", "Cropping3D", ""))));
  }

  @Test
  void cropping3dSixValuesArePerSideInChannelsFirst() {
    ModelCheck check =
        check(
            dims(2, 4, 5, 6),
            layer("c", "Cropping3D", "cropping: [1, 0, 0, 2, 1, 1], dataFormat: 'CHANNELS_FIRST'"));
    assertEquals(Shape.of(2, 4 - 1, 5 - 2, 6 - 2), out(check));
  }

  @Test
  void cropping3dNamesTheAxisThatVanishes() {
    ModelCheck check = check(dims(4, 5, 2, 2), layer("c", "Cropping3D", "cropping: [0, 0, 1]"));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("InvalidArgument@0:cropping"), tags(check));
    assertEquals(
        "c (Cropping3D): cropping ((0, 0), (0, 0), (1, 1)) leaves nothing of the model input"
            + " (4, 5, 2, 2) — output would be (4, 5, 0, 2)",
        problem.headline());
    assertTrue(problem.render().contains("at most 1 removed in total from width (of 2)"));
  }

  @Test
  void cropping3dRejectsNegativeValues() {
    ModelCheck check = check(dims(4, 5, 6, 2), layer("c", "Cropping3D", "cropping: [1, -1, 1]"));
    assertEquals(List.of("InvalidArgument@0:cropping"), tags(check));
    assertTrue(check.problems().get(0).render().contains("Keras rejects negative cropping"));
  }

  // UpSampling1D: Keras requires a positive int size; steps * size.

  @Test
  void upSampling1dRepeatsEachStep() {
    assertEquals(Shape.of(20, 4), out(check(dims(10, 4), layer("u", "UpSampling1D", ""))));
    assertEquals(
        Shape.of(NONE, 4), out(check(dims(NONE, 4), layer("u", "UpSampling1D", "size: 3"))));
    assertEquals(Shape.of(30, 4), out(check(dims(10, 4), layer("u", "UpSampling1D", "size: 3"))));
  }

  @Test
  void upSampling1dSizeMustBePositive() {
    ModelCheck check = check(dims(10, 4), layer("u", "UpSampling1D", "size: 0"));
    assertEquals(List.of("InvalidArgument@0:size"), tags(check));
  }

  // UpSampling3D: standardize_tuple(size, 3, "size"); each known spatial axis * its factor.

  @Test
  void upSampling3dMultipliesEachAxis() {
    assertEquals(
        Shape.of(4, 6, 8, 5), out(check(dims(2, 3, 4, 5), layer("u", "UpSampling3D", ""))));
    ModelCheck perAxis =
        check(
            dims(5, 2, NONE, 4),
            layer("u", "UpSampling3D", "size: [1, 2, 3], dataFormat: 'CHANNELS_FIRST'"));
    assertEquals(Shape.of(5, 2, NONE, 12), out(perAxis));
  }

  @Test
  void upSampling3dTakesOneOrThreeFactors() {
    ModelCheck check = check(dims(2, 3, 4, 5), layer("u", "UpSampling3D", "size: [2, 2]"));
    assertEquals(List.of("InvalidArgument@0:size"), tags(check));
    assertEquals(
        "u (UpSampling3D): size has 2 values, but UpSampling3D takes 1 or 3",
        check.problems().get(0).headline());
  }

  // GlobalMax/AveragePooling3D: BaseGlobalPooling.compute_output_shape.

  @Test
  void globalPooling3dKeepsOnlyTheChannels() {
    assertEquals(Shape.of(2), out(check(dims(4, 5, 6, 2), layer("g", "GlobalMaxPooling3D", ""))));
    assertEquals(
        Shape.of(2),
        out(
            check(
                dims(2, 4, 5, 6),
                layer("g", "GlobalAveragePooling3D", "dataFormat: 'CHANNELS_FIRST'"))));
  }

  @Test
  void globalPooling3dKeepdimsKeepsThreeAxesOfOneInTheLayout() {
    assertEquals(
        Shape.of(1, 1, 1, 2),
        out(check(dims(4, 5, 6, 2), layer("g", "GlobalAveragePooling3D", "keepdims: true"))));
    ModelCheck channelsFirst =
        check(
            dims(2, 4, NONE, 6),
            layer("g", "GlobalMaxPooling3D", "dataFormat: 'CHANNELS_FIRST', keepdims: true"));
    assertEquals(Shape.of(2, 1, 1, 1), out(channelsFirst));
  }

  @Test
  void globalPooling3dOnAFourDimensionalInputIsWrongRank() {
    ModelCheck check = check(dims(4, 5, 2), layer("g", "GlobalAveragePooling3D", ""));
    assertEquals(List.of("WrongRank@0:null"), tags(check));
    assertTrue(
        check.problems().get(0).render().contains("use GlobalAveragePooling2D"),
        check.problems().get(0).render());
  }

  // Messages and limits of the 2-D layers that the oracle checks only for validity.

  @Test
  void croppingWithAnUnknownAxisChecksOnlyTheKnownOnes() {
    ModelCheck check = check(dims(NONE, 4, 2), layer("c", "Cropping2D", "cropping: [0, 0, 2, 2]"));
    assertEquals(List.of("InvalidArgument@0:cropping"), tags(check));
    assertTrue(
        check.problems().get(0).headline().endsWith("output would be (None, 0, 2)"),
        check.problems().get(0).headline());
  }

  @Test
  void zeroPaddingTwoDimensionalArityAndSignAreReportedOnPadding() {
    ModelCheck arity = check(dims(5, 6, 3), layer("p", "ZeroPadding2D", "padding: []"));
    assertEquals(
        "p (ZeroPadding2D): padding is empty, but ZeroPadding2D takes 1, 2 or 4",
        arity.problems().get(0).headline());
    ModelCheck sign = check(dims(5, 6, 3), layer("p", "ZeroPadding2D", "padding: [1, 0, -2, 1]"));
    assertEquals(List.of("InvalidArgument@0:padding"), tags(sign));
  }

  @Test
  void wrongRankHintNamesTheSiblingLayer() {
    ModelCheck check = check(dims(10, 4), layer("p", "ZeroPadding2D", ""));
    assertEquals(List.of("WrongRank@0:null"), tags(check));
    assertTrue(check.problems().get(0).render().contains("use ZeroPadding1D"));
  }

  @Test
  void upsampledSizeAboveIntRangeIsOutputTooLarge() {
    ModelCheck check = check(dims(65536, 65536, 1), layer("u", "UpSampling2D", "size: [65536]"));
    assertEquals(List.of("OutputTooLarge@0:size"), tags(check));
  }

  @Test
  void paddedSizeAboveIntRangeIsOutputTooLarge() {
    ModelCheck check =
        check(dims(Integer.MAX_VALUE, 4), layer("p", "ZeroPadding1D", "padding: [1]"));
    assertEquals(List.of("OutputTooLarge@0:padding"), tags(check));
  }

  @Test
  void everyArgumentErrorOfAnUpSampling2dIsReported() {
    ModelCheck check =
        check(dims(4, 5, 3), layer("u", "UpSampling2D", "size: [0, 2], interpolation: 'GAUSSIAN'"));
    assertEquals(List.of("InvalidArgument@0:size", "InvalidArgument@0:interpolation"), tags(check));
  }

  @Test
  void interpolationNamesAreKerasStrings() {
    assertEquals("lanczos3", Interpolation.LANCZOS3.kerasName());
    assertEquals("bicubic", Interpolation.BICUBIC.kerasName());
    assertEquals(Interpolation.NEAREST, Interpolation.values()[0]);
  }
}
