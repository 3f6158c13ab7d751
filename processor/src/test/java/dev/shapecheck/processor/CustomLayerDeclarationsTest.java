package dev.shapecheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Lambda} and {@code @Custom} as users write them: a custom class name in the summary and
 * the generated JSON, two inputs to one custom layer (Keras passes a list), and each rule of what
 * may be stated placed on its attribute.
 */
final class CustomLayerDeclarationsTest {
  @Test
  void aFunctionalModelWithALambdaAndATwoInputCustomLayer() {
    JavaFileObject file =
        source(
            "Scaled",
            "@Functional(name = \"scaled\")",
            "interface Scaled {",
            "  @Input(shape = {8, 8, 16}) Layer input();",
            "  @Conv2D(filters = 16, kernelSize = 1) Layer branch(Layer input);",
            "  @Custom(type = \"CustomScaleLayer\") Layer scaled(Layer input, Layer branch);",
            "  @Custom(type = \"LayerScale\", params = 16) Layer gamma(Layer scaled);",
            "  @Lambda(outputShape = {64, 16}) Layer flat(Layer gamma);",
            "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    Class<?> model = GeneratedClasses.load(c, "test.ScaledModel");
    ModelSummary summary = (ModelSummary) GeneratedClasses.field(model, "SUMMARY");
    Layer scaled = summary.layers().get(2);
    assertEquals("CustomScaleLayer", scaled.type());
    assertEquals(Shape.of(8, 8, 16), scaled.outputShape());
    assertEquals(2, scaled.inputShapes().size());
    assertEquals("LayerScale", summary.layers().get(3).type());
    assertEquals(16, summary.layers().get(3).params());
    assertEquals(Shape.of(64, 16), summary.outputShape());
    assertEquals(272 + 16, summary.totalParams());
    String json = (String) GeneratedClasses.field(model, "KERAS_JSON");
    assertTrue(json.contains("\"registered_name\": \"Custom>LayerScale\""), json);
    assertTrue(json.contains("\"output_shape\": [64, 16]"), json);
  }

  private static JavaFileObject layer(String annotation) {
    return source(
        "OneLayer",
        "@Sequential(input = {4, 8})",
        "interface OneLayer {",
        "  " + annotation,
        "  Layer first();",
        "}");
  }

  @Test
  void anEmptyLambdaShape() {
    JavaFileObject file = layer("@Lambda(outputShape = {})");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "outputShape = {}",
        "first (Lambda): outputShape is empty, but ShapeCheck needs the Lambda's output shape");
  }

  @Test
  void aZeroSize() {
    JavaFileObject file = layer("@Lambda(outputShape = {4, 0})");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "outputShape = {4, 0}",
        "every size must be positive, or -1");
  }

  @Test
  void aClassNamePythonCannotHave() {
    JavaFileObject file = layer("@Custom(type = \"Layer Scale\")");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "type = \"Layer Scale\"",
        "first (Custom): type = \"Layer Scale\", but it must be the layer's Python class name");
  }

  @Test
  void moreNonTrainableThanAll() {
    JavaFileObject file = layer("@Custom(type = \"Stats\", params = 2, nonTrainableParams = 3)");
    assertOnlyError(
        compile(file),
        file,
        "ConflictingArguments",
        "nonTrainableParams = 3",
        "nonTrainableParams = 3, but the layer has only params = 2 in all");
  }

  @Test
  void negativeParams() {
    JavaFileObject file = layer("@Custom(type = \"Stats\", params = -5)");
    assertOnlyError(
        compile(file), file, "InvalidArgument", "params = -5", "params = -5, but it must be");
  }
}
