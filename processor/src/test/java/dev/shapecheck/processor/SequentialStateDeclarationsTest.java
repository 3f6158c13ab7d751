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
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Sequential} layer after a recurrent layer with {@code returnState} receives, as in
 * Keras, the list of all its outputs: a merge merges them, a layer that takes one input is an error
 * placed on its method, and a multi-output layer last makes every output a model output.
 */
final class SequentialStateDeclarationsTest {
  private static JavaFileObject model(String... layers) {
    String[] lines = new String[layers.length + 4];
    lines[0] = "@Sequential(input = {5, 4})";
    lines[1] = "interface Stateful {";
    lines[2] = "  @LSTM(units = 4, returnState = true) Layer encoder();";
    System.arraycopy(layers, 0, lines, 3, layers.length);
    lines[lines.length - 1] = "}";
    return source("Stateful", lines);
  }

  @Test
  void aDenseAfterAReturnStateLayerIsAnErrorOnItsMethod() {
    JavaFileObject file = model("  @Dense(units = 2) Layer head();");
    assertOnlyError(
        compile(file),
        file,
        "WrongInputCount",
        "@Dense(units = 2) Layer head();",
        "head (Dense): receives all 3 outputs of encoder (LSTM) as a list, but Dense takes one",
        "input 3: (None, 4) from encoder[0][2]",
        "needed: one input",
        "@From(value = \"encoder\", output = k)");
  }

  @Test
  void aSubtractOfThreeOutputsIsAnError() {
    JavaFileObject file = model("  @Subtract Layer difference();");
    assertOnlyError(
        compile(file),
        file,
        "WrongInputCount",
        "@Subtract Layer difference();",
        "difference (Subtract): receives all 3 outputs of encoder (LSTM), but Subtract takes"
            + " exactly 2 inputs");
  }

  @Test
  void aConcatenateMergesEveryOutput() {
    Compilation c = compile(model("  @Concatenate Layer states();"));
    assertThat(c).succeededWithoutWarnings();
    ModelSummary summary =
        (ModelSummary)
            GeneratedClasses.field(GeneratedClasses.load(c, "test.StatefulModel"), "SUMMARY");
    Layer encoder = summary.layers().get(0);
    int width = encoder.outputShapes().stream().mapToInt(s -> s.dims()[0]).sum();
    assertEquals(3, encoder.outputShapes().size());
    assertEquals(Shape.of(width), summary.outputShape());
  }

  @Test
  void aReturnStateLayerLastGivesItsFirstOutputAsOutputShape() throws IOException {
    Compilation c = compile(model());
    assertThat(c).succeededWithoutWarnings();
    Class<?> generated = GeneratedClasses.load(c, "test.StatefulModel");
    ModelSummary summary = (ModelSummary) GeneratedClasses.field(generated, "SUMMARY");
    assertEquals(3, summary.layers().get(0).outputShapes().size());
    assertEquals(
        summary.layers().get(0).outputShapes().get(0),
        GeneratedClasses.field(generated, "OUTPUT_SHAPE"));
    String text =
        c.generatedSourceFile("test.StatefulModel").orElseThrow().getCharContent(false).toString();
    assertTrue(text.contains("The shape of the model's first output"), text);
  }
}
