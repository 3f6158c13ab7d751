package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertMessageContains;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.errorTagged;
import static dev.shapecheck.processor.Compilations.source;
import static dev.shapecheck.processor.GeneratedClasses.field;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Keras layer names as declared: {@code @Block(names)} and {@code @Name} reach the engine (the rows
 * carry the names they make, and the generated methods still return their rows), and every wrong
 * name is one {@code InvalidLayerName} error placed on the attribute at fault — the block's {@code
 * names}, the member's {@code @Name}, or the method whose name Keras rejects.
 */
final class LayerNamesDeclarationTest {
  private static List<String> names(ModelSummary summary) {
    return summary.layers().stream().map(Layer::name).collect(Collectors.toList());
  }

  /** The column (1-based) of {@code text} in the source line of {@code diagnostic}. */
  private static long columnOf(JavaFileObject file, Diagnostic<?> diagnostic, String text)
      throws Exception {
    String line =
        file.getCharContent(false).toString().split("\n")[(int) diagnostic.getLineNumber() - 1];
    return line.indexOf(text) + 1;
  }

  @Test
  void templatesAndAutoNamesGiveTheRowsTheirKerasNames() throws Exception {
    JavaFileObject file =
        source(
            "Net",
            "@Block(outputs = \"_out\", names = \"{use}{layer}\")",
            "interface Bottleneck {",
            "  @Input Layer x();",
            "  @Conv2D(filters = 8, kernelSize = 1) Layer _1_conv(Layer x);",
            "  @BatchNormalization @Name(\"{auto}\") Layer bn(Layer _1_conv);",
            "  @Add Layer _add(Layer x, Layer bn);",
            "  @Activation(activation = Activations.RELU) Layer _out(Layer _add);",
            "}",
            "",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {8, 8, 8}) @Name(\"{auto}\") Layer image();",
            "  @Apply(value = Bottleneck.class, times = 2) Layer conv2_block(Layer image);",
            "  @GlobalAveragePooling2D @Name(\"{auto}\") Layer pool(Layer conv2_block);",
            "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    Class<?> model = GeneratedClasses.load(c, "test.NetModel");
    ModelSummary summary = (ModelSummary) field(model, "SUMMARY");
    assertThat(names(summary))
        .containsExactly(
            "input_layer",
            "conv2_block1_1_conv",
            "batch_normalization",
            "conv2_block1_add",
            "conv2_block1_out",
            "conv2_block2_1_conv",
            "batch_normalization_1",
            "conv2_block2_add",
            "conv2_block2_out",
            "global_average_pooling2d")
        .inOrder();
    assertThat(GeneratedClasses.call(model, "pool", 1).name())
        .isEqualTo("global_average_pooling2d");
    assertThat(GeneratedClasses.call(model, "conv2_block", 1).name()).isEqualTo("conv2_block2_out");
  }

  @Test
  void anInvalidBlockTemplateIsOneErrorOnNames() throws Exception {
    JavaFileObject file =
        source(
            "Net",
            "@Block(names = \"{use}/{layer}\")",
            "interface Unit {",
            "  @Input Layer x();",
            "  @Dense(units = 4) Layer fc(Layer x);",
            "}",
            "",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {8}) Layer image();",
            "  @Apply(Unit.class) Layer unit(Layer image);",
            "}");
    Compilation c = compile(file);
    assertOnlyError(
        c,
        file,
        "InvalidLayerName",
        "@Block(names =",
        "block unit: names = \"{use}/{layer}\" has a '/', which Keras 3 rejects in a layer name",
        "hint: a Keras layer name has letters, digits and _ . - > only");
    Diagnostic<?> error = c.errors().get(0);
    assertThat(error.getColumnNumber()).isEqualTo(columnOf(file, error, "\"{use}/{layer}\""));
  }

  @Test
  void aWrongNameIsOnTheNameAnnotationsValue() throws Exception {
    JavaFileObject file =
        source(
            "Net",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 4) @Name(\"{use}_fc\") Layer fc(Layer image);",
            "}");
    Compilation c = compile(file);
    assertOnlyError(
        c,
        file,
        "InvalidLayerName",
        "@Name(\"{use}_fc\")",
        "fc (Dense): @Name(\"{use}_fc\") names a use of a block, but fc is a member of model net",
        "hint: name it with text, {layer} (the method's name) or {auto}");
    Diagnostic<?> error = c.errors().get(0);
    assertThat(error.getColumnNumber()).isEqualTo(columnOf(file, error, "\"{use}_fc\""));
  }

  @Test
  void anUnknownPlaceholderInABlockIsReportedOnceWhereTheBlockIsDeclared() {
    JavaFileObject file =
        source(
            "Net",
            "@Block",
            "interface Unit {",
            "  @Input Layer x();",
            "  @Dense(units = 4) @Name(\"{use}_{layr}\") Layer fc(Layer x);",
            "}",
            "",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {8}) Layer image();",
            "  @Apply(value = Unit.class, times = 3) Layer unit(Layer image);",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidLayerName",
        "@Name(\"{use}_{layr}\")",
        "fc (Dense): @Name(\"{use}_{layr}\") {layr} is no placeholder; did you mean {layer}?",
        "available: {use} (the name of the block's use), {layer} (the member's method name),"
            + " {index} (the use's position in its chain, from 0), {auto} (Keras's automatic"
            + " name: conv2d, conv2d_1, ...)");
  }

  @Test
  void twoLayersNamedAlikeByTheTemplateAreAnErrorOnIt() {
    JavaFileObject file =
        source(
            "Net",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 4) Layer dense(Layer image);",
            "  @Dense(units = 4) @Name(\"{auto}\") Layer fc(Layer dense);",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidLayerName",
        "@Name(\"{auto}\")",
        "dense (Dense): its Keras name dense (the @Name of fc()) is taken by dense (Dense)",
        "needed: a name of its own, as Keras layer names are unique in a model");
  }

  @Test
  void aUseWhoseBlockNamesNoLayerApartIsAnErrorOnTheApply() {
    JavaFileObject file =
        source(
            "Net",
            "@Block(names = \"{layer}\")",
            "interface Unit {",
            "  @Input Layer x();",
            "  @Dense(units = 4) Layer fc(Layer x);",
            "}",
            "",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {8}) Layer image();",
            "  @Apply(value = Unit.class, times = 2) Layer unit(Layer image);",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidLayerName",
        "@Apply(value = Unit.class, times = 2)",
        "fc (Dense): its Keras name fc in use unit2 is taken by fc of unit1 (Dense)",
        "in block unit, as applied by unit",
        "hint: put {use} in block unit's names");
  }

  @Test
  void aMethodNameKerasRejectsIsAnErrorOnTheLayer() {
    JavaFileObject file =
        source(
            "Net",
            "@Sequential(input = {8})",
            "interface Net {",
            "  @Dense(units = 4) Layer hidden$1();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidLayerName",
        "Layer hidden$1();",
        "hidden$1 (Dense): its Keras name hidden$1 has '$', which TensorFlow rejects",
        "@Name(\"...\") gives a method another Keras name");
  }

  @Test
  void nameOnASequentialLayerIsAnError() {
    JavaFileObject file =
        source(
            "Net",
            "@Sequential(input = {8})",
            "interface Net {",
            "  @Dense(units = 4) @Name(\"{auto}\") Layer hidden();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidLayerName",
        "@Name(\"{auto}\")",
        "hidden(): @Name gives members of @Functional models and blocks another Keras name, but a"
            + " Sequential model's layers are named by their methods");
  }

  @Test
  void nameOutsideAModelOrOnAHelperIsNeverIgnored() {
    JavaFileObject file =
        source(
            "Net",
            "interface Plain {",
            "  @Name(\"x\") Layer x();",
            "}",
            "",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 4) Layer fc(Layer image);",
            "  @Name(\"helper\") default Layer helper() { return null; }",
            "}");
    Compilation c = compile(file);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[ShapeCheck/LayerOutsideModel]")
        .inFile(file)
        .onLineContaining("@Name(\"x\")");
    Diagnostic<?> concrete = errorTagged(c, "LayerOnConcreteMethod");
    assertMessageContains(
        c.errors().stream().filter(e -> e == concrete).findFirst().orElseThrow(), "helper()");
    assertThat(concrete.getLineNumber()).isEqualTo(14L);
  }
}
