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
 * {@code Equalization}, {@code ContrastLimitedAdaptiveHistogramEqualization} and {@code
 * MaxNumBoundingBoxes}: Keras 3 judges their shapes and verdicts in the corpus ({@code
 * equalization.json}, {@code clahe.json}, {@code max-num-bounding-boxes.json}); these tests hold
 * what the corpus cannot: which layer a problem is placed on, its tag and its words.
 */
class HistogramEqualizationLayersTest {
  private static String details(Problem problem) {
    return String.join("\n", problem.details());
  }

  @Test
  void equalizationFirstInASequentialModelIsARowWithTheInputsShape() {
    ModelCheck check =
        check(
            dims(16, 16, 3),
            layer("equalize", "Equalization", "valueRange: [1.0, 0.0], bins: 0"),
            layer("flat", "Flatten", ""));
    assertEquals(List.of(), tags(check));
    Layer row = check.summary().layers().get(0);
    assertEquals("Equalization", row.type());
    assertEquals(Shape.withBatch(Shape.NONE, 16, 16, 3), row.outputShape());
    assertEquals(0, row.params());
  }

  @Test
  void equalizationAsTheLastLayerMakesTheInputTheOutput() {
    ModelCheck check =
        check(
            dims(16, 16, 3),
            layer("first", "Equalization", ""),
            layer("second", "Equalization", ""));
    assertEquals(List.of("ReturnsItsInput@1:null"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "second (Equalization): returns its input tensor itself (Keras 3.15.1's Equalization), so"
            + " as the last layer it makes the model's input its output: Keras fails to build the"
            + " model (\"... from operation 'second' is part of a cycle\")",
        problem.headline());
    assertTrue(
        details(problem).contains("hint:   follow it with a layer, e.g. @Identity"),
        details(problem));
  }

  @Test
  void equalizationAfterAnotherLayerIsACycle() {
    ModelCheck check =
        check(
            dims(16, 16, 3),
            layer("dense", "Dense", "units: 3"),
            layer("equalize", "Equalization", ""),
            layer("flat", "Flatten", ""));
    assertEquals(List.of("ReturnsItsInput@1:null"), tags(check));
    Problem problem = check.problems().get(0);
    assertTrue(problem.headline().contains("here the output of dense"), problem.headline());
    assertTrue(details(problem).contains("input:  (None, 16, 16, 3) from dense"), details(problem));
    assertTrue(
        details(problem).contains("hint:   move it first, right after the input"),
        details(problem));
  }

  @Test
  void aFunctionalModelHoldsNoEqualization() {
    ModelCheck check =
        Graphs.check(
            Graphs.model(
                Graphs.input("image", 16, 16, 3),
                Graphs.layer("equalize", "Equalization", "", "image"),
                Graphs.layer("flat", "Flatten", "", "equalize")));
    assertEquals(1, check.problems().size());
    Problem problem = check.problems().get(0);
    assertEquals(ErrorKind.RETURNS_ITS_INPUT, problem.kind());
    assertTrue(
        problem.headline().endsWith("Keras leaves it out of the model and never runs it"),
        problem.headline());
  }

  @Test
  void equalizationTakesAValueRangeOfTwoNumbers() {
    ModelCheck check =
        check(
            dims(16, 16, 3),
            layer("equalize", "Equalization", "valueRange: [0.0, 255.0, 1.0]"),
            layer("flat", "Flatten", ""));
    assertEquals(List.of("InvalidArgument@0:valueRange"), tags(check));
  }

  @Test
  void claheTilesMayPadASideByNoMoreThanItsLength() {
    // 8 tiles of 1 on a side of 3: padded by 5
    ModelCheck check =
        check(dims(3, 3, 3), layer("clahe", "ContrastLimitedAdaptiveHistogramEqualization", ""));
    assertEquals(List.of("InvalidArgument@0:tileGridSize"), tags(check));
    Problem problem = check.problems().get(0);
    assertTrue(
        problem.headline().contains("makes 8 tiles of 1 along the height (3) of the model input"),
        problem.headline());
    assertTrue(details(problem).contains("tileGridSize = {6, 6} or less"), details(problem));
    // 6 tiles of 1 on a side of 3: padded by 3, which TensorFlow takes
    ModelCheck six =
        check(
            dims(3, 3, 3),
            layer("clahe", "ContrastLimitedAdaptiveHistogramEqualization", "tileGridSize: [6, 6]"));
    assertEquals(List.of(), tags(six));
  }

  @Test
  void claheReadsTheChannelsFirstSides() {
    ModelCheck check =
        check(
            dims(16, 16, 3),
            layer(
                "clahe",
                "ContrastLimitedAdaptiveHistogramEqualization",
                "dataFormat: 'CHANNELS_FIRST'"));
    // (channels 16, height 16, width 3): the width of 3 takes no 8 tiles
    assertEquals(List.of("InvalidArgument@0:tileGridSize"), tags(check));
    assertTrue(check.problems().get(0).headline().contains("along the width (3)"));
  }

  @Test
  void claheTileGridSizeIsTwoPositiveNumbers() {
    for (String grid : new String[] {"[0, 0]", "[-2, 2]", "[4]", "[2, 2, 2]", "[]"}) {
      ModelCheck check =
          check(
              dims(16, 16, 3),
              layer(
                  "clahe",
                  "ContrastLimitedAdaptiveHistogramEqualization",
                  "tileGridSize: " + grid));
      assertEquals(List.of("InvalidArgument@0:tileGridSize"), tags(check), grid);
    }
  }

  @Test
  void maxNumBoundingBoxesOnImagesOnly() {
    ModelCheck check =
        check(dims(16), layer("boxes", "MaxNumBoundingBoxes", "maxNumber: 10, fillValue: -1"));
    assertEquals(List.of("WrongRank@0:null"), tags(check));
    ModelCheck images =
        check(dims(16, 16, 3), layer("boxes", "MaxNumBoundingBoxes", "maxNumber: 0"));
    assertEquals(List.of(), tags(images));
    assertEquals(
        Shape.withBatch(Shape.NONE, 16, 16, 3), images.summary().layers().get(0).outputShape());
  }
}
