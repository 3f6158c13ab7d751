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
 * The attention layers as users write them: the query, value and key as the method's parameters in
 * Keras's order, Keras's class name in the summary ({@code GroupedQueryAttention}), the positional
 * call and {@code shapes_dict} of the generated Keras JSON, and each error placed on its attribute
 * or method.
 */
final class AttentionDeclarationsTest {
  private static JavaFileObject functional(String... layers) {
    String[] lines = new String[layers.length + 6];
    lines[0] = "@Functional(name = \"attention\")";
    lines[1] = "interface Attending {";
    lines[2] = "  @Input(shape = {10, 16}) Layer tokens();";
    lines[3] = "  @Dense(units = 8) Layer query(Layer tokens);";
    lines[4] = "  @Dense(units = 6) Layer value(Layer tokens);";
    System.arraycopy(layers, 0, lines, 5, layers.length);
    lines[lines.length - 1] = "}";
    return source("Attending", lines);
  }

  @Test
  void aMultiHeadAttentionOverTwoProjections() {
    JavaFileObject file =
        functional(
            "  @MultiHeadAttention(numHeads = 2, keyDim = 4) Layer attn(Layer query, Layer value);");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    Class<?> model = GeneratedClasses.load(c, "test.AttendingModel");
    ModelSummary summary = (ModelSummary) GeneratedClasses.field(model, "SUMMARY");
    Layer attn = summary.layers().get(3);
    assertEquals("MultiHeadAttention", attn.type());
    assertEquals(Shape.of(10, 8), attn.outputShape());
    // query 8·2·4 + 2·4, key and value 6·2·4 + 2·4, output 2·4·8 + 8
    assertEquals(72 + 56 + 56 + 72, attn.params());
    String json = (String) GeneratedClasses.field(model, "KERAS_JSON");
    assertTrue(
        json.contains(
            "\"build_config\": {\"shapes_dict\": {\"query_shape\": [null, 10, 8],"
                + " \"value_shape\": [null, 10, 6]}}"),
        json);
    assertTrue(json.contains("\"value_dim\": 4"), json);
    assertTrue(json.contains("\"attention_axes\": [1]"), json);
  }

  @Test
  void groupQueryAttentionShowsKerasClassName() {
    JavaFileObject file =
        functional(
            "  @Dense(units = 8) Layer values(Layer tokens);",
            "  @GroupQueryAttention(headDim = 4, numQueryHeads = 4, numKeyValueHeads = 2)",
            "  Layer attn(Layer query, Layer values);");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    ModelSummary summary =
        (ModelSummary)
            GeneratedClasses.field(GeneratedClasses.load(c, "test.AttendingModel"), "SUMMARY");
    Layer attn = summary.layers().get(4);
    assertEquals("GroupedQueryAttention", attn.type());
    // query 8·4·4 + 4·4, key and value 8·2·4 + 2·4, output 4·4·8 + 8
    assertEquals(144 + 72 + 72 + 136, attn.params());
  }

  @Test
  void aZeroHeadCountIsPlacedOnItsAttribute() {
    JavaFileObject file =
        functional(
            "  @MultiHeadAttention(numHeads = 0, keyDim = 4) Layer attn(Layer query, Layer value);");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "numHeads = 0",
        "attn (MultiHeadAttention)",
        "numHeads = 0");
  }

  @Test
  void aKeyOfAnotherLengthIsAnError() {
    JavaFileObject file =
        functional(
            "  @Input(shape = {9, 6}) Layer other();",
            "  @MultiHeadAttention(numHeads = 2, keyDim = 4)",
            "  Layer attn(Layer query, Layer value, Layer other);");
    assertOnlyError(
        compile(file),
        file,
        "IncompatibleInputs",
        "@MultiHeadAttention(numHeads = 2, keyDim = 4)",
        "attn (MultiHeadAttention)",
        "differ in more than their last dimension");
  }

  @Test
  void attentionInASequentialModelSaysWhy() {
    JavaFileObject file =
        source(
            "OneLayer",
            "@Sequential(input = {4, 8})",
            "interface OneLayer {",
            "  @Attention Layer attn();",
            "}");
    assertOnlyError(
        compile(file), file, "WrongInputCount", "@Attention", "attn (Attention)", "@Functional");
  }

  private static JavaFileObject einsum(String annotation) {
    return source(
        "Projected",
        "@Sequential(input = {5, 8})",
        "interface Projected {",
        "  " + annotation,
        "  Layer heads();",
        "}");
  }

  @Test
  void einsumDenseTextReachesTheKerasJsonAsWritten() {
    JavaFileObject file =
        einsum(
            "@EinsumDense(equation = \"aBc,cDe->aBDe\", outputShape = {-1, 4, 6}, biasAxes ="
                + " \"De\")");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    Class<?> model = GeneratedClasses.load(c, "test.ProjectedModel");
    ModelSummary summary = (ModelSummary) GeneratedClasses.field(model, "SUMMARY");
    // kernel (8, 4, 6), bias (4, 6); Keras keeps outputShape's None
    assertEquals(Shape.of(Shape.NONE, 4, 6), summary.layers().get(0).outputShape());
    assertEquals(192 + 24, summary.totalParams());
    String json = (String) GeneratedClasses.field(model, "KERAS_JSON");
    assertTrue(json.contains("\"equation\": \"aBc,cDe->aBDe\""), json);
    assertTrue(json.contains("\"bias_axes\": \"De\""), json);
    assertTrue(json.contains("\"output_shape\": [null, 4, 6]"), json);
  }

  @Test
  void anEquationKerasCannotReadIsPlacedOnIt() {
    JavaFileObject file = einsum("@EinsumDense(equation = \"abc->ab\", outputShape = {16})");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "equation = \"abc->ab\"",
        "heads (EinsumDense)",
        "[X],[Y]->[Z]");
  }

  @Test
  void aBiasLetterOutsideTheOutputIsPlacedOnBiasAxes() {
    JavaFileObject file =
        einsum(
            "@EinsumDense(equation = \"abc,cd->abd\", outputShape = {-1, 16}, biasAxes = \"x\")");
    assertOnlyError(
        compile(file), file, "InvalidArgument", "biasAxes = \"x\"", "not a letter of the output");
  }
}
