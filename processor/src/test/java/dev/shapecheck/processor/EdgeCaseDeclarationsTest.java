package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.mnistCnn;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Declarations at the edges: unresolved symbols, name clashes, escapes, sealed types. */
final class EdgeCaseDeclarationsTest {
  @Test
  void unresolvableLayerAnnotationIsLeftToJavac() {
    JavaFileObject file =
        source(
            "Misspelled",
            "@Sequential(input = {10})",
            "interface Misspelled {",
            "  @Dens(units = 3)",
            "  Layer dense();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(file)
        .onLineContaining("@Dens(units = 3)");
  }

  @Test
  void onlyMethodWithoutLayerAnnotationIsNotAlsoNoLayers() {
    JavaFileObject file =
        source(
            "OnlyUnannotated",
            "@Sequential(input = {28, 28, 1})",
            "interface OnlyUnannotated {",
            "  Layer mystery();",
            "}");

    assertOnlyError(compile(file), file, "MissingLayerAnnotation", "Layer mystery();", "mystery()");
  }

  @Test
  void nestedTypeNamedShapeDoesNotBreakGeneratedModel() {
    JavaFileObject file =
        source(
            "WithNestedShape",
            "@Sequential(input = {8, 8, 1})",
            "interface WithNestedShape {",
            "  @Flatten Layer flatten();",
            "",
            "  final class Shape {}",
            "}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void sealedInterfaceIsReportedNotGeneratedIntoAnError() {
    JavaFileObject file =
        source(
            "Closed",
            "@Sequential(input = {8, 8, 1})",
            "sealed interface Closed permits OnlyImpl {",
            "  @Flatten Layer flatten();",
            "}",
            "",
            "final class OnlyImpl implements Closed {",
            "  @Override",
            "  public Layer flatten() {",
            "    return null;",
            "  }",
            "}");

    assertOnlyError(
        compile(file), file, "InaccessibleModel", "@Sequential(input", "Closed", "sealed");
  }

  @Test
  void clashingGeneratedNamesAreAShapeCheckErrorNotAnInternalError() {
    JavaFileObject file =
        source(
            "Outer_Inner",
            "@Sequential(input = {8, 8, 1})",
            "interface Outer_Inner {",
            "  @Flatten Layer flatten();",
            "}",
            "",
            "class Outer {",
            "  @Sequential(input = {8, 8, 2})",
            "  interface Inner {",
            "    @Flatten Layer flatten();",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertWithMessage("error %s", error)
          .that(error.getMessage(Locale.ROOT))
          .doesNotContain("[ShapeCheck/InternalError]");
    }
  }

  @Test
  void unicodeEscapeInModelNameDoesNotBreakJavadoc() {
    JavaFileObject file =
        source(
            "Escaped",
            "@Sequential(name = \"x\\\\u002a\\\\u002f\", input = {8, 8, 1})",
            "interface Escaped {",
            "  @Flatten Layer flatten();",
            "}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void wrongRankHintSuggestsTheVariantForTheInputsRank() {
    JavaFileObject file =
        source(
            "Volume",
            "@Sequential(input = {8, 8, 8, 3})",
            "interface Volume {",
            "  @Conv2D(filters = 4, kernelSize = 3) Layer conv();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT))
        .contains("for 3-D inputs use Conv3D");
  }

  @Test
  void wrongRankHintSuggestsOnlyLayersShapeCheckHas() {
    JavaFileObject file =
        source(
            "Hyper",
            "@Sequential(input = {8, 8, 8, 8, 3})",
            "interface Hyper {",
            "  @Conv2D(filters = 4, kernelSize = 3) Layer conv();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    String message = compilation.errors().get(0).getMessage(Locale.ROOT);
    assertThat(message).doesNotContain("Conv4D");
    assertThat(message).contains("reshape the input to (height, width, channels)");
  }

  @Test
  void conflictingArgumentsQuoteTheValuesAsWritten() {
    JavaFileObject file =
        source(
            "Dilated",
            "@Sequential(input = {28, 28, 3})",
            "interface Dilated {",
            "  @Conv2D(filters = 8, kernelSize = 3, strides = {2},",
            "      dilationRate = {2})",
            "  Layer conv();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ConflictingArguments",
        "dilationRate = {2})",
        "strides=(2, 2) together with dilationRate=(2, 2):");
  }

  @Test
  void seedModelIsSourceEquivalentToTheGoldenSource() {
    assertThat(compile(mnistCnn()))
        .generatedSourceFile("test.MnistCnnModel")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/MnistCnnModel.java"));
  }
}
