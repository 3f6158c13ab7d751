package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertMessageContains;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.errorTagged;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;
import static dev.shapecheck.processor.GeneratedClasses.field;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.engine.ArgumentOverride;
import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.NodeConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Functional} models end to end: the generated class holds what {@link
 * ShapeEngine#check(GraphConfig)} computes for the same graph built by hand (so every number here
 * is the engine's, and a reader that dropped an inbound name, a {@code times} or a {@code set}
 * entry would make the two differ), and each interface method returns its row.
 */
final class FunctionalModelTest {
  /** The example of {@code @Functional}'s Javadoc (issue 7). */
  private static JavaFileObject residualBlock() {
    return source(
        "ResidualBlock",
        "@Functional(name = \"residual_block\")",
        "public interface ResidualBlock {",
        "  @Input(shape = {56, 56, 64}) Layer input();",
        "  @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer input);",
        "  @Add Layer add(Layer conv, Layer input);",
        "}");
  }

  private static LayerConfig layer(String name, String type, Map<String, Object> args) {
    return LayerConfig.withDefaults(name, type, args);
  }

  @Test
  void residualBlockExampleGeneratesTheEnginesSummary() throws Exception {
    Compilation c = compile(residualBlock());
    assertThat(c).succeededWithoutWarnings();

    GraphConfig graph =
        GraphConfig.model(
            "residual_block",
            List.of(
                NodeConfig.input("input", new int[] {56, 56, 64}, -1),
                NodeConfig.layer(
                    layer(
                        "conv",
                        "Conv2D",
                        Map.of("filters", 64, "kernelSize", new int[] {3}, "padding", "SAME")),
                    List.of("input")),
                NodeConfig.layer(layer("add", "Add", Map.of()), List.of("conv", "input"))),
            List.of(),
            "FLOAT32");
    ModelSummary expected = ShapeEngine.check(graph).summary();

    Class<?> model = GeneratedClasses.load(c, "test.ResidualBlockModel");
    ModelSummary summary = (ModelSummary) field(model, "SUMMARY");
    assertThat(summary.layers()).containsExactlyElementsIn(expected.layers()).inOrder();
    assertThat(summary.layers().get(2).inbound()).containsExactly("conv", "input").inOrder();
    assertThat(summary.outputLayers()).containsExactly(expected.layers().get(2));
    assertThat(field(model, "TOTAL_PARAMS")).isEqualTo(expected.totalParams());
    assertThat(field(model, "TOTAL_MACS")).isEqualTo(expected.totalMacs());
    assertThat(field(model, "ACTIVATION_BYTES")).isEqualTo(expected.activationBytes());
    assertThat(field(model, "INPUT_SHAPE")).isEqualTo(expected.inputShape());
    assertThat(field(model, "OUTPUT_SHAPE")).isEqualTo(expected.outputShape());
    assertThat(GeneratedClasses.call(model, "input", 0)).isEqualTo(expected.layers().get(0));
    assertThat(GeneratedClasses.call(model, "add", 2)).isEqualTo(expected.layers().get(2));
    assertThat(generatedSource(c, "test.ResidualBlockModel"))
        .contains("public Layer add(Layer conv, Layer input) {");
  }

  @Test
  void blockUsesExpandWithTimesAndSet() throws Exception {
    JavaFileObject file =
        source(
            "Stacked",
            "@Block",
            "interface Unit {",
            "  @Input Layer in();",
            "  @Conv2D(filters = 8, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer in);",
            "  @Add Layer out(Layer conv, Layer in);",
            "}",
            "",
            "@Functional",
            "interface Stacked {",
            "  @Input(shape = {16, 16, 8}) Layer image();",
            "  @Apply(value = Unit.class, times = 3, set = \"conv.kernelSize={5, 5}\")",
            "  Layer stage2(Layer image);",
            "  @Conv2D(filters = 4, kernelSize = 1) Layer head(Layer stage2);",
            "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();

    GraphConfig unit =
        GraphConfig.block(
            "unit",
            List.of(
                NodeConfig.input("in", new int[0], -1),
                NodeConfig.layer(
                    layer(
                        "conv",
                        "Conv2D",
                        Map.of("filters", 8, "kernelSize", new int[] {3}, "padding", "SAME")),
                    List.of("in")),
                NodeConfig.layer(layer("out", "Add", Map.of()), List.of("conv", "in"))),
            List.of());
    GraphConfig graph =
        GraphConfig.model(
            "stacked",
            List.of(
                NodeConfig.input("image", new int[] {16, 16, 8}, -1),
                NodeConfig.block(
                    "stage2",
                    unit,
                    List.of("image"),
                    3,
                    List.of(
                        new ArgumentOverride(List.of("conv"), "kernelSize", new int[] {5, 5}, 0))),
                NodeConfig.layer(
                    layer("head", "Conv2D", Map.of("filters", 4, "kernelSize", new int[] {1})),
                    List.of("stage2"))),
            List.of(),
            "FLOAT32");
    ModelCheck check = ShapeEngine.check(graph);
    ModelSummary expected = check.summary();

    Class<?> model = GeneratedClasses.load(c, "test.StackedModel");
    assertThat(field(model, "KERAS_JSON")).isEqualTo(check.kerasJson());
    assertThat((String) field(model, "KERAS_JSON")).contains("\"class_name\": \"Functional\"");
    assertThat(field(model, "KERAS2_JSON")).isEqualTo(check.keras2Json());
    ModelSummary summary = (ModelSummary) field(model, "SUMMARY");
    assertThat(summary.layers()).containsExactlyElementsIn(expected.layers()).inOrder();
    assertThat(summary.layers().stream().map(Layer::name).toList())
        .containsAtLeast("stage2_1_conv", "stage2_2_out", "stage2_3_out")
        .inOrder();
    // the 5x5 override reached every use: the engine's count for the overridden graph, and not
    // its count for the same graph without the override
    assertThat(field(model, "TOTAL_PARAMS")).isEqualTo(expected.totalParams());
    NodeConfig plain = NodeConfig.block("stage2", unit, List.of("image"), 3, List.of());
    GraphConfig unchanged =
        GraphConfig.model(
            "stacked",
            List.of(graph.nodes().get(0), plain, graph.nodes().get(2)),
            List.of(),
            "FLOAT32");
    assertThat(field(model, "TOTAL_PARAMS"))
        .isNotEqualTo(ShapeEngine.check(unchanged).summary().totalParams());
    Layer lastUse = GeneratedClasses.call(model, "stage2", 1);
    assertThat(lastUse.name()).isEqualTo("stage2_3_out");
    Layer head = GeneratedClasses.call(model, "head", 1);
    assertThat(head.inbound()).containsExactly("stage2_3_out");
  }

  @Test
  void anUnknownInboundIsReportedOnTheParameterWithASuggestion() {
    JavaFileObject file =
        source(
            "Misspelt",
            "@Functional",
            "interface Misspelt {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 4) Layer dense(Layer imagee);",
            "}");
    Compilation c = compile(file);

    Diagnostic<? extends JavaFileObject> error = errorTagged(c, "UnknownInbound");
    assertThat(c).hadErrorCount(1);
    assertThat(error.getLineNumber()).isEqualTo(9L);
    assertThat(error.getColumnNumber()).isEqualTo(39L); // `imagee`, not the method
    assertMessageContains(error, "parameter imagee names no input or earlier layer", "image");
  }

  @Test
  void aForwardReferenceSaysToMoveTheLayerUp() {
    JavaFileObject file =
        source(
            "Ahead",
            "@Functional",
            "interface Ahead {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 4) Layer first(Layer second);",
            "  @Dense(units = 4) Layer second(Layer image);",
            "}");
    Compilation c = compile(file);

    Diagnostic<? extends JavaFileObject> error = errorTagged(c, "ForwardReference");
    assertThat(error.getLineNumber()).isEqualTo(9L);
    assertThat(error.getColumnNumber()).isEqualTo(39L);
    assertMessageContains(
        error, "parameter second names a layer declared after it", "move second" + " above it");
  }

  @Test
  void anEngineProblemInsideABlockIsOnTheApplySet() {
    JavaFileObject file =
        source(
            "Zero",
            "@Block",
            "interface Unit {",
            "  @Input Layer in();",
            "  @Dense(units = 8) Layer dense(Layer in);",
            "}",
            "",
            "@Functional",
            "interface Zero {",
            "  @Input(shape = {8}) Layer image();",
            "  @Apply(value = Unit.class,",
            "      set = \"dense.units=0\")",
            "  Layer unit(Layer image);",
            "}");
    Compilation c = compile(file);

    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[ShapeCheck/InvalidArgument] unit_dense (Dense)")
        .inFile(file)
        .onLineContaining("set =");
  }

  @Test
  void oneBadModelDoesNotStopTheOthers() {
    JavaFileObject file =
        source(
            "Good",
            "@Functional",
            "interface Good {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 4) Layer dense(Layer image);",
            "}",
            "",
            "@Functional",
            "interface Bad {",
            "  @Input(shape = {4, 4, 1}) Layer image();",
            "  @Conv2D(filters = 2, kernelSize = 5) Layer conv(Layer image);",
            "}",
            "",
            "@Functional",
            "interface AlsoBad {",
            "  @Input(shape = {8}) Layer a();",
            "  @Input(shape = {9}) Layer b();",
            "  @Add Layer sum(Layer a, Layer b);",
            "}",
            "",
            "// compile-testing hides generated files of a failed compilation: this use proves it",
            "final class UsesGood {",
            "  static final long PARAMS = GoodModel.TOTAL_PARAMS;",
            "}");
    Compilation c = compile(file);

    assertThat(c).hadErrorCount(2);
    assertThat(errorTagged(c, "KernelTooLarge").getLineNumber()).isEqualTo(15L);
    assertThat(errorTagged(c, "IncompatibleInputs").getLineNumber()).isEqualTo(22L);
  }

  @Test
  void aDeclarationErrorStillShowsArgumentErrorsButNoShapes() {
    JavaFileObject file =
        source(
            "Half",
            "@Functional",
            "interface Half {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 0) Layer dense(Layer image);",
            "  @Dense(units = 4) Layer typed(String dense);",
            "  @Dense(units = 4) Layer later(Layer nothing);",
            "}");
    Compilation c = compile(file);

    // the String parameter is the reader's; later's unknown inbound, a graph problem, is left
    // out as the model is incomplete; units = 0 holds whatever the rest is
    assertThat(c).hadErrorCount(2);
    assertThat(errorTagged(c, "UnknownInbound").getLineNumber()).isEqualTo(10L);
    assertMessageContains(
        errorTagged(c, "UnknownInbound"), "parameter dense is a java.lang.String");
    assertThat(errorTagged(c, "InvalidArgument").getLineNumber()).isEqualTo(9L);
  }

  @Test
  void unusedLayerWarnsAndIsSuppressible() {
    String[] body = {
      "@Functional(outputs = \"head\")",
      "interface Branchy {",
      "  @Input(shape = {8}) Layer image();",
      "  @Dense(units = 4) Layer head(Layer image);",
      "  %s@Dense(units = 4) Layer side(Layer image);",
      "}"
    };
    String[] warned = body.clone();
    warned[4] = String.format(body[4], "");
    String[] suppressed = body.clone();
    suppressed[4] = String.format(body[4], "@SuppressWarnings(\"shapecheck:UnusedLayer\") ");

    Compilation loud = compile(source("Branchy", warned));
    assertThat(loud).succeeded();
    assertThat(loud).hadWarningCount(1);
    assertThat(loud)
        .hadWarningContaining("[ShapeCheck/UnusedLayer] side (Dense)")
        .inFile(
            loud.sourceFiles().get(0) instanceof JavaFileObject
                ? (JavaFileObject) loud.sourceFiles().get(0)
                : null)
        .onLineContaining("Layer side(");

    Compilation quiet = compile(source("Branchy", suppressed));
    assertThat(quiet).succeededWithoutWarnings();
    assertThat(quiet.generatedSourceFile("test.BranchyModel")).isPresent();
  }

  /** The block example of docs/guide.md ("Blocks"), as written there. */
  @Test
  void guideBlockExampleCompiles() throws Exception {
    JavaFileObject file =
        source(
            "Net",
            "@Block(outputs = \"out\")",
            "interface Bottleneck {",
            "  @Input Layer in();",
            "  @Conv2D(filters = 64, kernelSize = 1, activation = Activations.RELU)",
            "  Layer conv1(Layer in);",
            "  @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME)",
            "  Layer conv2(Layer conv1);",
            "  @Add Layer out(Layer conv2, Layer in);",
            "}",
            "",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {56, 56, 64}) Layer image();",
            "  @Apply(value = Bottleneck.class, times = 3,",
            "      set = {\"conv1.filters=32\", \"conv2.strides=1\"})",
            "  Layer conv2_block(Layer image);",
            "  @GlobalAveragePooling2D Layer pool(Layer conv2_block);",
            "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();

    Class<?> model = GeneratedClasses.load(c, "test.NetModel");
    Layer pool = GeneratedClasses.call(model, "pool", 1);
    assertThat(pool.inbound()).containsExactly("conv2_block3_out");
    ModelSummary summary = (ModelSummary) field(model, "SUMMARY");
    Layer conv1 =
        summary.layers().stream()
            .filter(l -> l.name().equals("conv2_block2_conv1"))
            .findFirst()
            .orElseThrow();
    assertThat(conv1.outputShape().dims()).isEqualTo(new int[] {56, 56, 32}); // the set entry
  }

  @Test
  void generationIsDeterministic() {
    JavaFileObject file =
        source(
            "Twice",
            "@Block",
            "interface Unit {",
            "  @Input Layer in();",
            "  @Dense(units = 8) Layer dense(Layer in);",
            "}",
            "",
            "@Functional(outputs = {\"b\", \"a\"})",
            "interface Twice {",
            "  @Input(shape = {8}) Layer x();",
            "  @Input(shape = {8}) Layer y();",
            "  @Apply(value = Unit.class, times = 2, set = \"dense.units=4\") Layer a(Layer x);",
            "  @Concatenate Layer b(Layer a, Layer y);",
            "}");

    String first = generatedSource(compile(file), "test.TwiceModel");
    assertThat(generatedSource(compile(file), "test.TwiceModel")).isEqualTo(first);
    assertThat(first).contains("List.of(\"b\", \"a2_dense\")"); // outputs in declared order
    assertThat(first).contains("@Generated(\"dev.shapecheck.processor.ShapeCheckProcessor\")");
  }

  /**
   * A {@code @Functional} model applied inside another, and a layer whose name, as a parameter,
   * would hide the generated {@code SUMMARY} field.
   */
  @Test
  void aFunctionalModelIsApplicableAndNamesNeverShadowTheSummary() throws Exception {
    JavaFileObject file =
        source(
            "Outer",
            "@Functional",
            "interface Inner {",
            "  @Input(shape = {8}) Layer in();",
            "  @Dense(units = 4) Layer SUMMARY(Layer in);",
            "  @Dense(units = 2) Layer out(Layer SUMMARY);",
            "}",
            "",
            "@Functional",
            "interface Outer {",
            "  @Input(shape = {8}) Layer x();",
            "  @Apply(Inner.class) Layer inner(Layer x);",
            "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();

    Class<?> inner = GeneratedClasses.load(c, "test.InnerModel");
    Class<?> outer = GeneratedClasses.load(c, "test.OuterModel");
    assertThat(GeneratedClasses.call(inner, "out", 1).name()).isEqualTo("out");
    assertThat(GeneratedClasses.call(outer, "inner", 1).name()).isEqualTo("inner_out");
  }
}
