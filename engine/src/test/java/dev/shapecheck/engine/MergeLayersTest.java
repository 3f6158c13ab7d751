package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The merge layers' rules, applied to shapes directly since the graph evaluator is built elsewhere:
 * Keras's broadcasting, concatenation and dot-product shape rules (keras/src/layers/ merging,
 * tf_keras/layers/merging), their None handling, every error with its kind, place and wording, and
 * arithmetic at the int and long limits. The expected shapes are consequences of those rules;
 * TensorFlow.js cross-checks come from the functional conformance corpus.
 */
class MergeLayersTest {
  private static final int NONE = Shape.NONE;
  private static final int MAX = Integer.MAX_VALUE;

  /** The spec of {@code @type(arguments)}, whose arguments must be valid. */
  private static MultiInputSpec spec(String type, String arguments) {
    Arguments args = new Arguments(layer("m", type, arguments), null);
    LayerSpec spec = LayerCatalog.parser(type).apply(args);
    assertTrue(args.issues().isEmpty(), () -> type + ": " + args.issues().get(0).headline);
    return (MultiInputSpec) spec;
  }

  /** The argument problems of {@code @type(arguments)} as {@code Tag:attribute: headline}. */
  private static List<String> issues(String type, String arguments) {
    Arguments args = new Arguments(layer("m", type, arguments), null);
    LayerCatalog.parser(type).apply(args);
    List<String> issues = new ArrayList<>();
    for (Arguments.Issue issue : args.issues()) {
      issues.add(issue.kind.tag() + ":" + issue.attribute + ": " + issue.headline);
    }
    return issues;
  }

  /** Input {@code i} comes from a layer named {@code in<i>}. */
  private static List<InputDescription> ins(Shape... shapes) {
    List<InputDescription> ins = new ArrayList<>();
    for (int i = 0; i < shapes.length; i++) {
      ins.add(InputDescription.outputOf("in" + i, shapes[i]));
    }
    return ins;
  }

  private static LayerOutput apply(MultiInputSpec spec, Shape... shapes) throws ShapeError {
    return spec.apply(List.of(shapes), ins(shapes));
  }

  private static Shape out(MultiInputSpec spec, Shape... shapes) throws ShapeError {
    return apply(spec, shapes).shape;
  }

  private static ShapeError error(MultiInputSpec spec, Shape... shapes) {
    return assertThrows(ShapeError.class, () -> apply(spec, shapes));
  }

  private static Shape of(int... dims) {
    return Shape.of(dims);
  }

  // ---- elementwise merges ----------------------------------------------------------------------

  @Test
  void elementwiseMergesKeepEqualShapesWithoutWeightsOrMacs() throws ShapeError {
    for (String type : List.of("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum")) {
      LayerOutput out = apply(spec(type, ""), of(56, 56, 64), of(56, 56, 64));
      assertEquals(of(56, 56, 64), out.shape, type);
      assertEquals(0, out.trainableParams + out.nonTrainableParams, type);
      assertEquals(0, out.macs, type);
    }
  }

  @Test
  void subtractTakesExactlyTwoInputsTheOthersTwoOrMore() {
    assertEquals(
        List.of(2, 2), List.of(spec("Subtract", "").minInputs(), spec("Subtract", "").maxInputs()));
    for (String type : List.of("Add", "Multiply", "Average", "Maximum", "Minimum")) {
      assertEquals(2, spec(type, "").minInputs(), type);
      assertEquals(MAX, spec(type, "").maxInputs(), type);
    }
  }

  @Test
  void addTakesManyInputs() throws ShapeError {
    assertEquals(of(4, 3), out(spec("Add", ""), of(4, 3), of(4, 3), of(4, 3), of(4, 3)));
  }

  /** Keras's rule per axis: a 1 takes the other size, on either side. */
  @Test
  void sizesOfOneBroadcast() throws ShapeError {
    assertEquals(of(8, 5, 4), out(spec("Multiply", ""), of(8, 1, 4), of(1, 5, 4)));
    assertEquals(of(7, 7, 32), out(spec("Add", ""), of(7, 7, 32), of(1, 1, 32)));
    assertEquals(of(7, 7, 32), out(spec("Add", ""), of(1, 1, 32), of(7, 7, 32)));
  }

  /** Shapes of different rank align at their last axis; the longer one's leading axes stay. */
  @Test
  void lowerRankInputsAlignWithTheTrailingAxes() throws ShapeError {
    assertEquals(of(56, 56, 64), out(spec("Multiply", ""), of(64), of(56, 56, 64)));
    assertEquals(of(56, 56, 64), out(spec("Multiply", ""), of(56, 56, 64), of(64)));
    assertEquals(of(3, 5, 4), out(spec("Add", ""), of(5, 1), of(3, 1, 4)));
  }

  /**
   * Keras makes an axis None when either size is None, even against a known size or a 1 (it does
   * not take the known one), and keeps None from then on.
   */
  @Test
  void anUnknownSizeMakesTheAxisUnknown() throws ShapeError {
    assertEquals(of(NONE, 4), out(spec("Add", ""), of(NONE, 4), of(5, 4)));
    assertEquals(of(NONE, 4), out(spec("Add", ""), of(5, 4), of(NONE, 4)));
    assertEquals(of(NONE), out(spec("Maximum", ""), of(1), of(NONE)));
    // Once None, a later conflicting size cannot be detected on that axis.
    assertEquals(of(NONE, 4), out(spec("Add", ""), of(3, 4), of(NONE, 4), of(7, 4)));
  }

  @Test
  void aKnownBatchSizeIsKeptAndMustAgree() throws ShapeError {
    Shape b32 = Shape.withBatch(32, 8);
    assertEquals(b32, out(spec("Add", ""), of(8), b32));
    assertEquals(b32, out(spec("Add", ""), b32, b32));
    ShapeError error = error(spec("Average", ""), b32, Shape.withBatch(16, 8));
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error.kind);
    assertEquals(
        "cannot average the (8) output of in0 and the (8) output of in1: their batch sizes are 32"
            + " and 16",
        error.getMessage());
  }

  @Test
  void conflictingSizesNameBothInputsAndTheAxis() {
    Shape bn2 = of(56, 56, 64);
    Shape conv = of(28, 28, 64);
    ShapeError error =
        assertThrows(
            ShapeError.class,
            () ->
                spec("Add", "")
                    .apply(
                        List.of(bn2, conv),
                        List.of(
                            InputDescription.outputOf("bn2", bn2),
                            InputDescription.outputOf("conv", conv))));
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error.kind);
    assertEquals(null, error.attribute);
    assertEquals(
        "cannot add the (56, 56, 64) output of bn2 and the (28, 28, 64) output of conv: on axis 2"
            + " their sizes are 56 and 28",
        error.getMessage());
    assertTrue(error.hint.contains("pooling or strides"), error.hint);
  }

  /** The merged shape's size came from an earlier input: that one is named, not the first. */
  @Test
  void aConflictWithAnEarlierBroadcastNamesTheInputThatSetTheSize() {
    ShapeError error = error(spec("Add", ""), of(1, 4), of(3, 4), of(5, 4));
    assertEquals(
        "cannot add the (3, 4) output of in1 and the (5, 4) output of in2: on axis 1 their sizes"
            + " are 3 and 5",
        error.getMessage());
  }

  @Test
  void aConflictBetweenRanksIsCountedFromTheEnd() {
    ShapeError error = error(spec("Subtract", ""), of(4), of(3, 5));
    assertEquals(
        "cannot subtract the (4) output of in0 and the (3, 5) output of in1: on axis -1 (counted"
            + " from the end, where Keras aligns them) their sizes are 4 and 5",
        error.getMessage());
    assertTrue(error.hint.contains("Reshape the shorter one"), error.hint);
    assertEquals(
        "cannot take the minimum of the (2, 3) output of in0 and the (3, 3) output of in1: on axis"
            + " 1 their sizes are 2 and 3",
        error(spec("Minimum", ""), of(2, 3), of(3, 3)).getMessage());
  }

  @Test
  void tooFewOrTooManyInputsAreWrongInputCount() {
    ShapeError one = error(spec("Add", ""), of(8));
    ShapeError three = error(spec("Subtract", ""), of(8), of(8), of(8));
    assertEquals(ErrorKind.WRONG_INPUT_COUNT, one.kind);
    assertEquals("Add takes 2 or more inputs, but receives 1", one.getMessage());
    assertEquals(ErrorKind.WRONG_INPUT_COUNT, three.kind);
    assertEquals("Subtract takes exactly 2 inputs, but receives 3", three.getMessage());
    assertEquals(
        "Dot takes exactly 2 inputs, but receives 3",
        error(spec("Dot", "axes: [1]"), of(8), of(8), of(8)).getMessage());
    assertEquals(
        "Concatenate takes 2 or more inputs, but receives 1",
        error(spec("Concatenate", ""), of(8)).getMessage());
  }

  /** A Sequential model hands each layer one input; the error says to declare it functional. */
  @Test
  void aMergeInASequentialModelSaysToUseFunctional() {
    for (String type :
        List.of(
            "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate", "Dot")) {
      ModelCheck check =
          check(
              dims(8),
              layer("d", "Dense", "units: 8"),
              layer("merged", type, type.equals("Dot") ? "axes: [1]" : ""));
      assertEquals(List.of("WrongInputCount@1:null"), tags(check), type);
      Problem problem = check.problems().get(0);
      String takes =
          type.equals("Subtract") || type.equals("Dot") ? "exactly 2 inputs" : "2 or more inputs";
      assertEquals(
          "merged ("
              + type
              + "): "
              + type
              + " merges "
              + takes
              + ", but in a Sequential model it"
              + " receives only the (8) output of d",
          problem.headline());
      assertTrue(
          problem
              .render()
              .contains(
                  "declare the model with @Functional and name the layers to"
                      + " merge as the method's parameters, e.g. @"
                      + type
                      + " Layer merged(Layer a, Layer b);"),
          problem.render());
    }
  }

  // ---- Concatenate -----------------------------------------------------------------------------

  @Test
  void concatenateSumsTheJoinedAxis() throws ShapeError {
    assertEquals(of(8, 8, 8), out(spec("Concatenate", ""), of(8, 8, 3), of(8, 8, 5)));
    assertEquals(of(10, 3), out(spec("Concatenate", "axis: 1"), of(4, 3), of(6, 3)));
    assertEquals(of(4, 9), out(spec("Concatenate", "axis: -1"), of(4, 3), of(4, 3), of(4, 3)));
    assertEquals(of(4, 2, 6), out(spec("Concatenate", "axis: -2"), of(4, 1, 6), of(4, 1, 6)));
    LayerOutput out = apply(spec("Concatenate", ""), of(2), of(3));
    assertEquals(0, out.trainableParams + out.nonTrainableParams + out.macs);
  }

  /** compute_output_shape: None if any input's size on the axis is None. */
  @Test
  void anUnknownSizeOnTheJoinedAxisMakesItUnknown() throws ShapeError {
    assertEquals(of(4, NONE), out(spec("Concatenate", ""), of(4, 3), of(4, NONE), of(4, 2)));
    assertEquals(of(4, NONE), out(spec("Concatenate", ""), of(4, NONE), of(4, 3)));
  }

  /** build skips None sizes on the other axes; the output takes the first input's sizes there. */
  @Test
  void anUnknownSizeOnAnotherAxisMatchesAnyAndTheFirstInputsIsKept() throws ShapeError {
    assertEquals(of(NONE, 8), out(spec("Concatenate", ""), of(NONE, 4), of(5, 4)));
    assertEquals(of(5, 8), out(spec("Concatenate", ""), of(5, 4), of(NONE, 4)));
    assertEquals(
        Shape.withBatch(NONE, NONE, 12),
        out(spec("Concatenate", ""), of(NONE, 4), of(5, 4), of(NONE, 4)));
    // The batch is one of the other axes: None matches 32, the first input's batch is kept.
    assertEquals(Shape.of(3), out(spec("Concatenate", ""), Shape.of(1), Shape.withBatch(32, 2)));
    assertEquals(
        Shape.withBatch(32, 3), out(spec("Concatenate", ""), Shape.withBatch(32, 1), Shape.of(2)));
  }

  @Test
  void differentSizesOnAnotherAxisNameBothInputs() {
    ShapeError error =
        error(spec("Concatenate", ""), of(56, 56, 64), of(56, 56, 32), of(28, 28, 16));
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error.kind);
    assertEquals(
        "cannot concatenate the (56, 56, 64) output of in0 and the (28, 28, 16) output of in2 on"
            + " axis 3: on axis 1 their sizes are 56 and 28",
        error.getMessage());
    assertEquals(
        "the same size on every axis but the joined axis 3 (an unknown size matches any)",
        error.needed);
    ShapeError batch =
        error(spec("Concatenate", ""), Shape.withBatch(32, 4), Shape.withBatch(16, 4));
    assertEquals(
        "cannot concatenate the (4) output of in0 and the (4) output of in1 on axis 1: their batch"
            + " sizes are 32 and 16",
        batch.getMessage());
  }

  @Test
  void inputsOfDifferentRankCannotBeConcatenated() {
    ShapeError error = error(spec("Concatenate", ""), of(8, 8, 3), of(8, 3));
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error.kind);
    assertEquals(
        "cannot concatenate the (8, 8, 3) output of in0 and the (8, 3) output of in1: they have 3"
            + " and 2 dims",
        error.getMessage());
  }

  @Test
  void anAxisOutsideTheInputsIsReportedOnTheAttribute() throws ShapeError {
    for (int axis : new int[] {3, -4, 100}) {
      ShapeError error = error(spec("Concatenate", "axis: " + axis), of(4, 3), of(4, 3));
      assertEquals(ErrorKind.WRONG_RANK, error.kind);
      assertEquals("axis", error.attribute);
      assertEquals(
          "axis = "
              + axis
              + " does not exist in the (4, 3) output of in0, which has 3 axes"
              + " counting the batch",
          error.getMessage());
      assertEquals("an axis in [-3, 2] (0 is the batch, -1 the last axis)", error.needed);
    }
    assertEquals(of(4, 6), out(spec("Concatenate", "axis: 2"), of(4, 3), of(4, 3)));
    assertEquals(of(8, 3), out(spec("Concatenate", "axis: -2"), of(4, 3), of(4, 3)));
  }

  /** Keras joins along the batch too (axis 0 or -(rank + 1)): the batch sizes add up. */
  @Test
  void theBatchAxisCanBeJoined() throws ShapeError {
    assertEquals(
        Shape.withBatch(7, 3),
        out(spec("Concatenate", "axis: 0"), Shape.withBatch(2, 3), Shape.withBatch(5, 3)));
    assertEquals(of(3), out(spec("Concatenate", "axis: -2"), Shape.withBatch(2, 3), Shape.of(3)));
    ShapeError error = error(spec("Concatenate", "axis: 0"), of(3), of(4));
    assertEquals(
        "cannot concatenate the (3) output of in0 and the (4) output of in1 on axis 0: on axis 1"
            + " their sizes are 3 and 4",
        error.getMessage());
  }

  @Test
  void aJoinedSizeBeyondTwoToTheThirtyOneIsOutputTooLarge() throws ShapeError {
    assertEquals(of(2, MAX), out(spec("Concatenate", ""), of(2, MAX - 1), of(2, 1)));
    ShapeError error = error(spec("Concatenate", ""), of(2, MAX), of(2, 1));
    assertEquals(ErrorKind.OUTPUT_TOO_LARGE, error.kind);
    assertEquals("an output dimension would be 2147483648, more than 2^31 - 1", error.getMessage());
    ShapeError many =
        error(
            spec("Concatenate", "axis: 0"),
            Shape.withBatch(MAX, 1),
            Shape.withBatch(MAX, 1),
            Shape.withBatch(MAX, 1));
    assertEquals("an output dimension would be 6442450941, more than 2^31 - 1", many.getMessage());
  }

  // ---- Dot -------------------------------------------------------------------------------------

  /** Two vectors give one value per sample, which Keras shapes as (1). */
  @Test
  void dotOfTwoVectorsIsOneValue() throws ShapeError {
    LayerOutput out = apply(spec("Dot", "axes: [1]"), of(8), of(8));
    assertEquals(of(1), out.shape);
    assertEquals(8, out.macs);
    assertEquals(0, out.trainableParams + out.nonTrainableParams);
    assertEquals(of(1), out(spec("Dot", "axes: [-1], normalize: true"), of(8), of(8)));
  }

  /** Includes the examples of Keras's Dot and batch_dot docstrings, with their stated shapes. */
  @Test
  void dotKeepsTheFirstInputsAxesThenTheSeconds() throws ShapeError {
    LayerOutput same = apply(spec("Dot", "axes: [2]"), of(5, 2), of(10, 2));
    assertEquals(of(5, 10), same.shape);
    assertEquals(5 * 10 * 2, same.macs);
    // x = (None, 5, 2), y = (None, 10, 5), axes (1, 2): x loses its 5, y its 5 -> (None, 2, 10)
    LayerOutput pair = apply(spec("Dot", "axes: [1, 2]"), of(5, 2), of(10, 5));
    assertEquals(of(2, 10), pair.shape);
    assertEquals(2 * 10 * 5, pair.macs);
    // Keras's docstring: x (1, 5, 2), y (1, 2, 5), axes (1, 2) -> (1, 2, 2)
    assertEquals(
        Shape.withBatch(1, 2, 2),
        out(spec("Dot", "axes: [1, 2]"), Shape.withBatch(1, 5, 2), Shape.withBatch(1, 2, 5)));
    // batch_dot's shape inference: x (100, 20), y (100, 30, 20), axes (1, 2) -> (100, 30)
    assertEquals(
        Shape.withBatch(100, 30),
        out(spec("Dot", "axes: [1, 2]"), Shape.withBatch(100, 20), Shape.withBatch(100, 30, 20)));
  }

  /** A single negative axis counts from the end of each input separately. */
  @Test
  void negativeAxesCountFromEachInputsEnd() throws ShapeError {
    LayerOutput out = apply(spec("Dot", "axes: [-1]"), of(3, 4), of(4));
    assertEquals(of(3), out.shape);
    assertEquals(12, out.macs);
    assertEquals(of(4, 6), out(spec("Dot", "axes: [-2, 1]"), of(3, 4), of(3, 6)));
    assertEquals(of(4, 6), out(spec("Dot", "axes: [1, -2]"), of(3, 4), of(3, 6)));
  }

  @Test
  void dotMacsAreUnknownWithAnUnknownSizeOrBeyondLong() throws ShapeError {
    LayerOutput unknownOutput = apply(spec("Dot", "axes: [2]"), of(NONE, 4), of(3, 4));
    assertEquals(of(NONE, 3), unknownOutput.shape);
    assertEquals(Macs.UNKNOWN, unknownOutput.macs);
    LayerOutput unknownSum = apply(spec("Dot", "axes: [1]"), of(NONE), of(NONE));
    assertEquals(of(1), unknownSum.shape);
    assertEquals(Macs.UNKNOWN, unknownSum.macs);
    LayerOutput huge = apply(spec("Dot", "axes: [-1]"), of(MAX, 4), of(MAX, 4));
    assertEquals(of(MAX, MAX), huge.shape);
    assertEquals(Macs.UNKNOWN, huge.macs);
  }

  @Test
  void theSummedSizesMustBeEqual() {
    ShapeError error = error(spec("Dot", "axes: [-1]"), of(5, 8), of(10, 4));
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error.kind);
    assertEquals(null, error.attribute);
    assertEquals(
        "cannot take the dot product of the (5, 8) output of in0 and the (10, 4) output of in1"
            + " over axes (2, 2): their sizes there are 8 and 4",
        error.getMessage());
    assertTrue(error.hint.contains("a Dense to 8 units"), error.hint);
  }

  /** Dot.build compares the two sizes with !=: None equals only None (tfjs's build too). */
  @Test
  void anUnknownSummedSizeMatchesOnlyAnUnknownOne() throws ShapeError {
    ShapeError error = error(spec("Dot", "axes: [1]"), of(NONE), of(8));
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error.kind);
    assertEquals(
        "cannot take the dot product of the (None) output of in0 and the (8) output of in1 over"
            + " axes (1, 1): their sizes there are None and 8",
        error.getMessage());
    assertTrue(error.needed.contains("None matches only None"), error.needed);
  }

  @Test
  void dotBatchSizesMustAgreeAndTheFirstIsKept() throws ShapeError {
    ShapeError error =
        error(spec("Dot", "axes: [1]"), Shape.withBatch(4, 8), Shape.withBatch(2, 8));
    assertEquals(
        "cannot take the dot product of the (8) output of in0 and the (8) output of in1: their"
            + " batch sizes are 4 and 2",
        error.getMessage());
    assertEquals(
        Shape.withBatch(4, 1), out(spec("Dot", "axes: [1]"), Shape.withBatch(4, 8), of(8)));
    assertEquals(of(1), out(spec("Dot", "axes: [1]"), of(8), Shape.withBatch(4, 8)));
  }

  @Test
  void axesTakeOneOrTwoValuesNeverTheBatch() {
    assertEquals(
        List.of(
            "InvalidArgument:axes: axes has 3 values, but Dot takes 1 (for both inputs) or 2"
                + " (one per input)"),
        issues("Dot", "axes: [1, 2, 3]"));
    assertEquals(
        List.of(
            "InvalidArgument:axes: axes is empty, but Dot takes 1 (for both inputs) or 2 (one"
                + " per input)"),
        issues("Dot", "axes: []"));
    assertEquals(
        List.of(
            "InvalidArgument:axes: axes = {1, 0} names axis 0, the batch, which Keras's Dot"
                + " cannot sum over"),
        issues("Dot", "axes: [1, 0]"));
    assertEquals(List.of("InvalidArgument:axes: missing axes"), issues("Dot", ""));
    assertEquals(
        List.of("InvalidArgument@0:axes"), tags(check(dims(8), layer("dot", "Dot", "axes: [0]"))));
  }

  @Test
  void anAxisOutsideAnInputOrOnItsBatchIsReportedOnAxes() {
    ShapeError outside = error(spec("Dot", "axes: [1, 3]"), of(4), of(4, 4));
    assertEquals(ErrorKind.WRONG_RANK, outside.kind);
    assertEquals("axes", outside.attribute);
    assertEquals(
        "axes = {1, 3}: axis 3 does not exist in the (4, 4) output of in1, which has 3 axes"
            + " counting the batch",
        outside.getMessage());
    ShapeError tooNegative = error(spec("Dot", "axes: [-3]"), of(4), of(4, 4));
    assertEquals(ErrorKind.WRONG_RANK, tooNegative.kind);
    assertTrue(
        tooNegative.getMessage().contains("the (4) output of in0, which has 2 axes"),
        tooNegative.getMessage());
    ShapeError batch = error(spec("Dot", "axes: [-2]"), of(4), of(4));
    assertEquals(ErrorKind.INVALID_ARGUMENT, batch.kind);
    assertEquals("axes", batch.attribute);
    assertEquals(
        "axes = {-2}: axis -2 of the (4) output of in0 is its batch axis, which Keras's Dot"
            + " cannot sum over",
        batch.getMessage());
  }

  // ---- Keras JSON ------------------------------------------------------------------------------

  /** tf.keras 2's serialized layer: the base name, trainable, dtype, then the layer's own keys. */
  @Test
  void kerasJsonIsWhatTfKerasGetConfigHolds() {
    assertEquals(
        "{\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"add\","
            + " \"trainable\": true, \"dtype\": \"float32\"}, \"registered_name\": null}",
        Keras2Json.layerJson(layer("add", "Add", ""), "float32"));
    assertEquals(
        "{\"module\": \"keras.layers\", \"class_name\": \"Concatenate\", \"config\": {\"name\":"
            + " \"cat\", \"trainable\": true, \"dtype\": \"float16\", \"axis\": -1},"
            + " \"registered_name\": null}",
        Keras2Json.layerJson(layer("cat", "Concatenate", ""), "float16"));
    assertEquals(
        "{\"module\": \"keras.layers\", \"class_name\": \"Dot\", \"config\": {\"name\": \"dot\","
            + " \"trainable\": true, \"dtype\": \"float32\", \"axes\": 1, \"normalize\": false},"
            + " \"registered_name\": null}",
        Keras2Json.layerJson(layer("dot", "Dot", "axes: [1]"), "float32"));
    assertEquals(
        "{\"module\": \"keras.layers\", \"class_name\": \"Dot\", \"config\": {\"name\": \"dot\","
            + " \"trainable\": true, \"dtype\": \"float32\", \"axes\": [1, 2], \"normalize\": true},"
            + " \"registered_name\": null}",
        Keras2Json.layerJson(layer("dot", "Dot", "axes: [1, 2], normalize: true"), "float32"));
  }

  /** Keras names an unnamed layer after its class: the names ShapeCheck derives agree. */
  @Test
  void defaultNamesAreKerasLayerNames() {
    assertEquals("add", KerasNames.toSnakeCase("Add"));
    assertEquals("concatenate", KerasNames.toSnakeCase("Concatenate"));
    assertEquals("dot", KerasNames.toSnakeCase("Dot"));
  }
}
