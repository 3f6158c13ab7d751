package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertMessageContains;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.errorTagged;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Sequential(expectOutput, maxParams, maxMacs, maxParamBytes)} and {@code @ExpectShape}
 * through javac: each failure is an error placed on the attribute that states the constraint.
 */
final class DesignConstraintsTest {
  /**
   * The seed model with {@code constraints} (one attribute per line, each ending in a comma) in its
   * {@code @Sequential}, and {@code expectation} (an {@code @ExpectShape} line, or null) on the
   * method named {@code expecting}.
   */
  private static JavaFileObject seedExpecting(
      String expecting, String expectation, String... constraints) {
    List<String> lines = new ArrayList<>();
    lines.add("@Sequential(");
    lines.addAll(List.of(constraints));
    lines.add("    name = \"mnist_cnn\", input = {28, 28, 1})");
    lines.add("interface Constrained {");
    String[][] layers = {
      {"conv1", "@Conv2D(filters = 32, kernelSize = 3, activation = Activations.RELU)"},
      {"pool1", "@MaxPooling2D(poolSize = 2)"},
      {"conv2", "@Conv2D(filters = 64, kernelSize = 3, activation = Activations.RELU)"},
      {"pool2", "@MaxPooling2D(poolSize = 2)"},
      {"conv3", "@Conv2D(filters = 64, kernelSize = 3, activation = Activations.RELU)"},
      {"flatten", "@Flatten"},
      {"dense1", "@Dense(units = 64, activation = Activations.RELU)"},
      {"output", "@Dense(units = 10, activation = Activations.SOFTMAX)"},
    };
    for (String[] layer : layers) {
      if (layer[0].equals(expecting)) {
        lines.add("  " + expectation);
      }
      lines.add("  " + layer[1] + " Layer " + layer[0] + "();");
    }
    lines.add("}");
    return source("Constrained", lines.toArray(new String[0]));
  }

  private static JavaFileObject seed(String... constraints) {
    return seedExpecting(null, null, constraints);
  }

  /** The seed's summary as the engine computes it, to derive expected figures from. */
  private static ModelSummary seedSummary() {
    List<LayerConfig> layers =
        List.of(
            LayerConfig.withDefaults("conv1", "Conv2D", Map.of("filters", 32, "kernelSize", 3)),
            LayerConfig.withDefaults("pool1", "MaxPooling2D", Map.of("poolSize", 2)),
            LayerConfig.withDefaults("conv2", "Conv2D", Map.of("filters", 64, "kernelSize", 3)),
            LayerConfig.withDefaults("pool2", "MaxPooling2D", Map.of("poolSize", 2)),
            LayerConfig.withDefaults("conv3", "Conv2D", Map.of("filters", 64, "kernelSize", 3)),
            LayerConfig.withDefaults("flatten", "Flatten", Map.of()),
            LayerConfig.withDefaults("dense1", "Dense", Map.of("units", 64)),
            LayerConfig.withDefaults("output", "Dense", Map.of("units", 10)));
    return ShapeEngine.check(ModelConfig.of("mnist_cnn", new int[] {28, 28, 1}, -1, layers))
        .summary();
  }

  /** "conv3 (Conv2D) 36,928 (39.6%)", from the engine's figures. */
  private static String share(ModelSummary summary, String name, long figure, long total) {
    Layer layer =
        summary.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    return String.format(
        Locale.ROOT, "%s (%s) %,d (%.1f%%)", name, layer.type(), figure, 100.0 * figure / total);
  }

  private static long params(ModelSummary summary, String name) {
    return summary.layers().stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow()
        .params();
  }

  // expectOutput

  @Test
  void expectOutputThatHoldsCompilesAndGenerates() {
    Compilation compilation = compile(seed("    expectOutput = {10},"));
    assertThat(compilation).succeeded();
    assertThat(generatedSource(compilation, "test.ConstrainedModel"))
        .contains("TOTAL_PARAMS = 93322L;");
  }

  @Test
  void expectOutputMismatchIsAnErrorOnExpectOutput() {
    JavaFileObject file = seed("    expectOutput = {5},");
    assertOnlyError(
        compile(file),
        file,
        "OutputMismatch",
        "expectOutput = {5}",
        "[ShapeCheck/OutputMismatch] model mnist_cnn: outputs (10), but expectOutput = {5}",
        "output: (None, 10) from output (Dense), the last of 8 layers",
        "needed: (None, 5)",
        "hint:   output (Dense) has units = 10; units = 5 would give (5)");
  }

  // @ExpectShape

  @Test
  void expectShapeThatHoldsCompiles() {
    assertThat(compile(seedExpecting("pool1", "@ExpectShape({13, 13, 32})"))).succeeded();
  }

  @Test
  void expectShapeMismatchIsAnErrorOnTheExpectShapeLine() {
    JavaFileObject file = seedExpecting("pool1", "@ExpectShape({12, 12, 32})");
    assertOnlyError(
        compile(file),
        file,
        "ShapeMismatch",
        "@ExpectShape({12, 12, 32})",
        "[ShapeCheck/ShapeMismatch] pool1 (MaxPooling2D): outputs (13, 13, 32), but"
            + " @ExpectShape expects (12, 12, 32)",
        "in model mnist_cnn, layer 2 of 8",
        "input:  (None, 26, 26, 32) from conv1",
        "needed: (None, 12, 12, 32)",
        "hint:   if its input (26, 26, 32) is what you meant, pool1's own arguments");
  }

  @Test
  void expectShapeOfTheWrongArityIsAMismatch() {
    JavaFileObject file = seedExpecting("pool1", "@ExpectShape({13, 13})");
    assertOnlyError(
        compile(file),
        file,
        "ShapeMismatch",
        "@ExpectShape({13, 13})",
        "pool1 (MaxPooling2D): outputs (13, 13, 32), 3 dimensions after the batch, but"
            + " @ExpectShape({13, 13}) lists 2",
        "list 3 values");
  }

  @Test
  void expectShapeOnAWrappedLayerIsPlacedOnTheExpectShape() {
    JavaFileObject file =
        source(
            "Wrapped",
            "@Sequential(input = {20, 8})",
            "interface Wrapped {",
            "  @ExpectShape({20, 16})",
            "  @Bidirectional @LSTM(units = 16, returnSequences = true) Layer encoder();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "ShapeMismatch",
        "@ExpectShape({20, 16})",
        "encoder (Bidirectional): outputs (20, 32), but @ExpectShape expects (20, 16)");
  }

  // Budgets

  @Test
  void budgetsThatHoldCompile() {
    ModelSummary summary = seedSummary();
    assertThat(
            compile(
                seed(
                    "    maxParams = " + summary.totalParams() + ",",
                    "    maxMacs = " + summary.totalMacs() + "L,",
                    "    maxParamBytes = " + summary.paramBytes() + "L,")))
        .succeeded();
  }

  @Test
  void maxParamsNamesTheThreeLargestLayers() {
    ModelSummary summary = seedSummary();
    long total = summary.totalParams();
    JavaFileObject file = seed("    maxParams = 50000,");
    assertOnlyError(
        compile(file),
        file,
        "BudgetExceeded",
        "maxParams = 50000",
        "[ShapeCheck/BudgetExceeded] model mnist_cnn: 93,322 parameters exceed maxParams ="
            + " 50,000 by 43,322 (+86.6%)",
        "largest: "
            + share(summary, "conv3", params(summary, "conv3"), total)
            + ", "
            + share(summary, "dense1", params(summary, "dense1"), total)
            + ", "
            + share(summary, "conv2", params(summary, "conv2"), total),
        "conv3 (Conv2D) 36,928 (39.6%), dense1 (Dense) 36,928 (39.6%), conv2 (Conv2D) 18,496"
            + " (19.8%)",
        "or raise maxParams to at least 93,322");
  }

  @Test
  void maxParamsAsALongLiteral() {
    JavaFileObject file = seed("    maxParams = 50_000L,");
    assertOnlyError(
        compile(file),
        file,
        "BudgetExceeded",
        "maxParams = 50_000L",
        "exceed maxParams = 50,000 by 43,322");
  }

  @Test
  void maxMacsNamesTheLayersWithTheMostMacs() {
    ModelSummary summary = seedSummary();
    long total = summary.totalMacs();
    Layer conv2 = summary.layers().get(2);
    JavaFileObject file = seed("    maxMacs = 1_000_000L,");
    assertOnlyError(
        compile(file),
        file,
        "BudgetExceeded",
        "maxMacs = 1_000_000L",
        String.format(
            Locale.ROOT,
            "model mnist_cnn: %,d MACs per sample exceed maxMacs = 1,000,000 by %,d",
            total,
            total - 1_000_000),
        "largest: " + share(summary, "conv2", conv2.macs(), total),
        "the largest is conv2 (Conv2D): filters = 32 instead of 64 would halve its");
  }

  @Test
  void maxParamBytesCountsTheDtype() {
    JavaFileObject file = seed("    dtype = DType.FLOAT64,", "    maxParamBytes = 400_000L,");
    assertOnlyError(
        compile(file),
        file,
        "BudgetExceeded",
        "maxParamBytes = 400_000L",
        "746,576 bytes of float64 weights exceed maxParamBytes = 400,000 by 346,576",
        "or dtype = DType.FLOAT32, which makes them 373,288 bytes (within budget)");
  }

  @Test
  void unknownMacsCannotBeCheckedAgainstMaxMacs() {
    JavaFileObject file =
        source(
            "Open",
            "@Sequential(input = {Shape.NONE, 8},",
            "    maxMacs = 1_000L)",
            "interface Open {",
            "  @Dense(units = 4) Layer d();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidConstraint",
        "maxMacs = 1_000L",
        "model open: maxMacs = 1,000 cannot be checked: the model's MACs are unknown",
        "the MACs of d (Dense) depend on an unknown (None) dimension",
        "give every dimension of input = ... a size instead of Shape.NONE");
  }

  @Test
  void aFailingExpectationAndAnExceededBudgetAreBothReported() {
    JavaFileObject file =
        seedExpecting("pool1", "@ExpectShape({12, 12, 32})", "    maxParams = 50_000,");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/ShapeMismatch]")
        .inFile(file)
        .onLineContaining("@ExpectShape({12, 12, 32})");
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/BudgetExceeded]")
        .inFile(file)
        .onLineContaining("maxParams = 50_000");
  }

  // Constraints that can never hold

  @Test
  void negativeBudgetsAreInvalidOnTheirAttributes() {
    JavaFileObject file =
        seed("    maxParams = -5,", "    maxMacs = -2L,", "    maxParamBytes = -100,");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(3);
    for (String line : List.of("maxParams = -5", "maxMacs = -2L", "maxParamBytes = -100")) {
      assertThat(compilation)
          .hadErrorContaining(line.replace("L", "") + " is negative, so no model can meet it")
          .inFile(file)
          .onLineContaining(line);
    }
  }

  @Test
  void invalidExpectOutputIsReportedEvenWhenShapesFail() {
    JavaFileObject file =
        source(
            "Broken",
            "@Sequential(input = {4, 4, 3},",
            "    expectOutput = {0, 10})",
            "interface Broken {",
            "  @Conv2D(filters = 8, kernelSize = 5) Layer conv();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(2);
    assertMessageContains(
        errorTagged(compilation, "InvalidConstraint"),
        "model broken: expectOutput = {0, 10}, but every dimension must be positive or"
            + " Shape.NONE");
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/InvalidConstraint]")
        .inFile(file)
        .onLineContaining("expectOutput = {0, 10}");
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/KernelTooLarge]")
        .inFile(file)
        .onLineContaining("kernelSize = 5");
  }

  @Test
  void invalidExpectShapeIsAnErrorOnTheExpectShapeLine() {
    JavaFileObject file = seedExpecting("conv2", "@ExpectShape({11, 0, 64})");
    assertOnlyError(
        compile(file),
        file,
        "InvalidConstraint",
        "@ExpectShape({11, 0, 64})",
        "conv2 (Conv2D): @ExpectShape({11, 0, 64}), but every dimension must be positive or"
            + " Shape.NONE");
  }
}
