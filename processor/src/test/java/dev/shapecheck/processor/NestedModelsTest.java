package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertMessageContains;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Apply} of a {@code @Sequential} interface: the nested model is one layer of class {@code
 * Sequential}, as Keras's {@code model(x)} nests it. The counts are Keras 3.15.1's (the records of
 * corpus/nested-models.json, expected/keras/nested-models.json); the errors are placed on the use.
 */
final class NestedModelsTest {
  private static ModelSummary summary(Compilation compilation, String model) {
    return (ModelSummary)
        GeneratedClasses.field(GeneratedClasses.load(compilation, model), "SUMMARY");
  }

  @Test
  void aNestedSequentialIsOneRowWithItsWeightsTrainableAndNotApart() {
    // Keras: nested_batchnorm_residual, conv_bn: (None, 8, 8, 4), 152 trainable, 8 not.
    JavaFileObject file =
        source(
            "Residual",
            "@Functional(name = \"nested_batchnorm_residual\")",
            "interface Residual {",
            "  @Input(shape = {8, 8, 4}) Layer x();",
            "  @Apply(ConvBn.class) Layer conv_bn(Layer x);",
            "  @Add Layer add(Layer conv_bn, Layer x);",
            "",
            "  @Sequential",
            "  interface ConvBn {",
            "    @Conv2D(filters = 4, kernelSize = 3, padding = Padding.SAME, useBias = false)",
            "    Layer conv();",
            "    @BatchNormalization Layer bn();",
            "    @Activation(activation = Activations.RELU) Layer relu();",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    List<Layer> rows = summary(compilation, "test.ResidualModel").layers();
    assertThat(rows).hasSize(3);
    Layer nested = rows.get(1);
    assertThat(nested.name()).isEqualTo("conv_bn");
    assertThat(nested.type()).isEqualTo("Sequential");
    assertThat(nested.outputShape().toString()).isEqualTo("(None, 8, 8, 4)");
    assertThat(nested.trainableParams()).isEqualTo(152);
    assertThat(nested.nonTrainableParams()).isEqualTo(8);
    // No class for the nested model, which has no input of its own.
    assertThat(compilation.generatedSourceFile("test.Residual_ConvBnModel")).isEmpty();
  }

  @Test
  void aSequentialNestsOneTwiceAsKerasDoes() {
    // Keras: nested_twice_in_sequential: mid (None, 6) 114 trainable, 12 not; out 14.
    JavaFileObject file =
        source(
            "Twice",
            "@Sequential(name = \"nested_twice_in_sequential\", input = {5})",
            "interface Twice {",
            "  @Apply(Mid.class) Layer mid();",
            "  @Dense(units = 2) Layer out();",
            "",
            "  @Sequential",
            "  interface Mid {",
            "    @Dense(units = 8) Layer d0();",
            "    @Apply(Inner.class) Layer inner();",
            "  }",
            "",
            "  @Sequential",
            "  interface Inner {",
            "    @Dense(units = 6) Layer d1();",
            "    @BatchNormalization Layer bn();",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    ModelSummary summary = summary(compilation, "test.TwiceModel");
    assertThat(summary.layers().get(0).type()).isEqualTo("Sequential");
    assertThat(summary.layers().get(0).outputShape().toString()).isEqualTo("(None, 6)");
    assertThat(summary.trainableParams()).isEqualTo(114 + 14);
    assertThat(summary.nonTrainableParams()).isEqualTo(12);
  }

  @Test
  void aShapeErrorInsideIsPlacedOnTheApplyAndNamesTheInnerLayer() {
    // Keras: nested_inner_kernel_too_large fails in stem ("Computed output size would be zero").
    JavaFileObject file =
        source(
            "TooSmall",
            "@Functional",
            "interface TooSmall {",
            "  @Input(shape = {3, 3, 2}) Layer x();",
            "  @Apply(Stem.class) Layer stem(Layer x);",
            "  @Flatten Layer flat(Layer stem);",
            "",
            "  @Sequential",
            "  interface Stem {",
            "    @Conv2D(filters = 2, kernelSize = 1) Layer conv_ok();",
            "    @Conv2D(filters = 2, kernelSize = 5) Layer conv_big();",
            "  }",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "KernelTooLarge",
        "@Apply(Stem.class)",
        "stem (Sequential)",
        "in nested model stem",
        "conv_big (Conv2D)",
        "input:  (None, 3, 3, 2) from x");
  }

  @Test
  void aDeclaredInputThatIsNotWhatArrivesIsAnInvalidUse() {
    // Keras: "Input 0 ... is incompatible with the layer: expected shape=(None, 16, 16, 4), found
    // shape=(None, 8, 8, 4)".
    JavaFileObject file =
        source(
            "Disagrees",
            "@Functional",
            "interface Disagrees {",
            "  @Input(shape = {8, 8, 4}) Layer x();",
            "  @Apply(Stem.class) Layer stem(Layer x);",
            "",
            "  @Sequential(input = {16, 16, 4})",
            "  interface Stem {",
            "    @Conv2D(filters = 6, kernelSize = 3) Layer conv();",
            "  }",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidBlockUse",
        "@Apply(Stem.class)",
        "declares its input as (16, 16, 4)",
        "(8, 8, 4)");
  }

  @Test
  void anArgumentErrorInsideIsReportedOnceOnTheInnerLayer() {
    // Keras: nested_inner_zero_units, "Received an invalid value for `units`".
    JavaFileObject file =
        source(
            "ZeroUnits",
            "@Functional",
            "interface ZeroUnits {",
            "  @Input(shape = {6}) Layer x();",
            "  @Apply(Mlp.class) Layer mlp(Layer x);",
            "  @Dense(units = 2) Layer out(Layer mlp);",
            "",
            "  @Sequential",
            "  interface Mlp {",
            "    @Dense(units = 0) Layer hidden();",
            "  }",
            "}");

    assertOnlyError(compile(file), file, "InvalidArgument", "units = 0", "units");
  }

  @Test
  void timesAndSetAreForBlocksNotForAModel() {
    JavaFileObject file =
        source(
            "Chained",
            "@Functional",
            "interface Chained {",
            "  @Input(shape = {6}) Layer x();",
            "  @Apply(value = Mlp.class, times = 2) Layer mlp(Layer x);",
            "  @Apply(value = Mlp.class, set = {\"hidden.units=3\"}) Layer other(Layer mlp);",
            "",
            "  @Sequential",
            "  interface Mlp {",
            "    @Dense(units = 6) Layer hidden();",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/InvalidBlockUse] mlp(): @Apply(Mlp.class, times = 2)")
        .inFile(file)
        .onLineContaining("times = 2");
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/InvalidBlockUse] other(): @Apply(Mlp.class, set = ...)")
        .inFile(file)
        .onLineContaining("set = {");
    assertMessageContains(compilation.errors().get(0), "nests as one layer called once");
  }

  @Test
  void aModelThatNestsItselfIsACycle() {
    JavaFileObject file =
        source(
            "Loop",
            "@Sequential",
            "interface Loop {",
            "  @Dense(units = 2) Layer d();",
            "  @Apply(Loop.class) Layer again();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/BlockCycle] again(): nesting Loop here makes a model")
        .inFile(file)
        .onLineContaining("@Apply(Loop.class)");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).contains("Loop -> Loop");
  }
}
