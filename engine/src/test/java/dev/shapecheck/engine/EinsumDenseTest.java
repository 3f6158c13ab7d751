package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code EinsumDense}'s equation analysis as Keras's {@code _analyze_split_string} does it: kernel
 * and bias sizes from the letters, the output shape with the axes {@code ...} leaves out (on the
 * left in Keras's reverse order), and each way an equation fails, placed on its attribute. The
 * corpus file einsum-dense.json holds the same cases to Keras 3.
 */
class EinsumDenseTest {
  private static final int NONE = Shape.NONE;

  private static LayerSpec spec(String arguments) {
    Arguments args = new Arguments(layer("einsum", "EinsumDense", arguments), null);
    LayerSpec spec = LayerCatalog.parser("EinsumDense").apply(args);
    assertTrue(args.issues().isEmpty(), () -> args.issues().get(0).headline);
    return spec;
  }

  private static List<String> issues(String arguments) {
    Arguments args = new Arguments(layer("einsum", "EinsumDense", arguments), null);
    LayerCatalog.parser("EinsumDense").apply(args);
    List<String> issues = new ArrayList<>();
    args.issues().forEach(issue -> issues.add(issue.kind.tag() + ":" + issue.attribute));
    return issues;
  }

  private static LayerOutput apply(String arguments, int... dims) throws ShapeError {
    Shape shape = Shape.of(dims);
    return spec(arguments).apply(shape, InputDescription.modelInput(shape));
  }

  private static ShapeError error(String arguments, int... dims) {
    return assertThrows(ShapeError.class, () -> apply(arguments, dims));
  }

  @Test
  void aDenseOnTheLastAxis() throws ShapeError {
    LayerOutput out =
        apply("equation: \"abc,cd->abd\", outputShape: [-1, 16], biasAxes: \"d\"", 5, 8);
    // Keras's output shape keeps outputShape's None, though the input's length is known
    assertEquals(Shape.of(NONE, 16), out.shape);
    assertEquals(8 * 16 + 16, out.trainableParams);
  }

  @Test
  void headsWithABiasFromItsFirstLetterToTheEnd() throws ShapeError {
    // kernel (8, 4, 6); bias "d" spans "de" as (4, 1), "e" as (6), "de" as (4, 6)
    String heads = "equation: \"abc,cde->abde\", outputShape: [-1, 4, 6], ";
    assertEquals(192 + 4, apply(heads + "biasAxes: \"d\"", 5, 8).trainableParams);
    assertEquals(192 + 6, apply(heads + "biasAxes: \"e\"", 5, 8).trainableParams);
    assertEquals(192 + 24, apply(heads + "biasAxes: \"de\"", 5, 8).trainableParams);
    assertEquals(Shape.of(NONE, 4, 6), apply(heads + "biasAxes: \"\"", 5, 8).shape);
  }

  @Test
  void ellipsesKeepTheAxesTheEquationLeavesOut() throws ShapeError {
    assertEquals(
        Shape.of(5, 3, 16),
        apply("equation: \"...b,bc->...c\", outputShape: [16]", 3, 5, 8).shape,
        "on the left, Keras inserts the left-out axes in reverse order");
    assertEquals(
        Shape.of(16, 5, 2),
        apply("equation: \"ab...,bc->ac...\", outputShape: [16]", 8, 5, 2).shape);
  }

  @Test
  void equationsKerasCannotReadAreErrorsOnTheEquation() {
    for (String equation : List.of("ab->b", ",->", "a...,ab->b...", "ab,bc->ac!")) {
      assertEquals(
          List.of("InvalidArgument:equation"),
          issues("equation: \"" + equation + "\", outputShape: [16]"),
          equation);
    }
  }

  @Test
  void lettersAndSizesKerasRejects() {
    assertEquals("equation", error("equation: \"ab,bc->ad\", outputShape: [16]", 8).attribute);
    assertEquals("equation", error("equation: \"ab,bd->ab\", outputShape: [8]", 8).attribute);
    assertEquals(
        "outputShape", error("equation: \"abc,cd->abd\", outputShape: [6, 16]", 5, 8).attribute);
    assertEquals(
        "equation", error("equation: \"abc,cd->abd\", outputShape: [-1, 16]", 8).attribute);
    assertEquals(
        "equation", error("equation: \"abc,cd->abd\", outputShape: [-1, 16]", 3, 5, 8).attribute);
    assertEquals(
        ErrorKind.UNKNOWN_DIMENSION,
        error("equation: \"abc,cd->abd\", outputShape: [-1, 16]", 5, NONE).kind);
    assertEquals(
        "biasAxes",
        error("equation: \"ab,bc->ac\", outputShape: [16], biasAxes: \"x\"", 8).attribute);
    assertEquals("equation", error("equation: \"ab,bc->acc\", outputShape: [4, 4]", 8).attribute);
  }
}
