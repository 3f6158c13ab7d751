package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

final class DeclarationErrorsTest {
  @Test
  void sequentialOnClass() {
    JavaFileObject file = source("Plain", "@Sequential(input = {28, 28, 1})", "class Plain {}");

    assertOnlyError(
        compile(file), file, "NotAnInterface", "@Sequential(input", "not on class Plain");
  }

  @Test
  void sequentialOnEnum() {
    JavaFileObject file =
        source("Kind", "@Sequential(input = {28, 28, 1})", "enum Kind {", "  ONE", "}");

    assertOnlyError(compile(file), file, "NotAnInterface", "@Sequential(input", "not on enum Kind");
  }

  @Test
  void sequentialOnRecord() {
    JavaFileObject file =
        source("Pair", "@Sequential(input = {28, 28, 1})", "record Pair(int a, int b) {}");

    assertOnlyError(
        compile(file), file, "NotAnInterface", "@Sequential(input", "not on record Pair");
  }

  @Test
  void sequentialOnAnnotationType() {
    JavaFileObject file =
        source("Marker", "@Sequential(input = {28, 28, 1})", "@interface Marker {}");

    assertOnlyError(
        compile(file),
        file,
        "NotAnInterface",
        "@Sequential(input",
        "not on annotation type Marker");
  }

  @Test
  void genericInterface() {
    JavaFileObject file =
        source(
            "Generic",
            "@Sequential(input = {28, 28, 1})",
            "interface Generic<T> {",
            "  @Flatten Layer flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "GenericModel",
        "@Sequential(input",
        "Generic declares type parameters");
  }

  @Test
  void privateNestedInterface() {
    JavaFileObject file =
        source(
            "Outer",
            "class Outer {",
            "  @Sequential(input = {28, 28, 1})",
            "  private interface Hidden {",
            "    @Flatten Layer flatten();",
            "  }",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InaccessibleModel",
        "@Sequential(input",
        "Hidden cannot be implemented",
        "is private");
  }

  @Test
  void abstractMethodInheritedFromSuperinterface() {
    JavaFileObject file =
        source(
            "Child",
            "interface Base {",
            "  @Dense(units = 1) Layer inherited();",
            "}",
            "",
            "@Sequential(input = {28, 28, 1})",
            "interface Child extends Base {",
            "  @Flatten Layer flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InheritedMethod",
        "Layer inherited();",
        "inherited() is inherited from Base",
        "declared in the @Sequential interface itself");
  }

  @Test
  void noLayers() {
    JavaFileObject file = source("Empty", "@Sequential(input = {28, 28, 1})", "interface Empty {}");

    assertOnlyError(compile(file), file, "NoLayers", "@Sequential(input", "declares no layers");
  }

  @Test
  void methodWithParameters() {
    JavaFileObject file =
        source(
            "Params",
            "@Sequential(input = {28, 28, 1})",
            "interface Params {",
            "  @Flatten",
            "  Layer flatten(",
            "      int size);",
            "}");

    assertOnlyError(
        compile(file), file, "MethodHasParameters", "int size", "flatten() has parameters");
  }

  @Test
  void methodWithTypeParameters() {
    JavaFileObject file =
        source(
            "TypeParams",
            "@Sequential(input = {28, 28, 1})",
            "interface TypeParams {",
            "  @Flatten",
            "  <T> Layer flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "MethodHasParameters",
        "<T> Layer flatten();",
        "flatten() declares type parameters, but a layer method is not generic");
  }

  @Test
  void returnTypeIsNotLayer() {
    JavaFileObject file =
        source(
            "Returns",
            "@Sequential(input = {28, 28, 1})",
            "interface Returns {",
            "  @Flatten",
            "  String flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "NotLayerReturnType",
        "String flatten();",
        "flatten() returns java.lang.String",
        "returns Layer");
  }

  @Test
  void abstractMethodWithoutLayerAnnotation() {
    JavaFileObject file =
        source(
            "Unannotated",
            "@Sequential(input = {28, 28, 1})",
            "interface Unannotated {",
            "  @Flatten Layer flatten();",
            "  Layer mystery();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "MissingLayerAnnotation",
        "Layer mystery();",
        "mystery() has no layer annotation");
  }

  @Test
  void twoLayerAnnotationsReportedOnTheSecond() {
    JavaFileObject file =
        source(
            "Twice",
            "@Sequential(input = {28, 28, 1})",
            "interface Twice {",
            "  @Dense(units = 4)",
            "  @Flatten",
            "  Layer both();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "MultipleLayerAnnotations",
        "@Flatten",
        "both() has 2 layer annotations");
  }

  @Test
  void layerAnnotationOnDefaultMethod() {
    JavaFileObject file =
        source(
            "WithDefault",
            "@Sequential(input = {28, 28, 1})",
            "interface WithDefault {",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 2)",
            "  default Layer extra() {",
            "    return null;",
            "  }",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "LayerOnConcreteMethod",
        "@Dense(units = 2)",
        "extra(): a layer annotation on a default, static or private method");
  }

  @Test
  void layerAnnotationOnStaticMethod() {
    JavaFileObject file =
        source(
            "WithStatic",
            "@Sequential(input = {28, 28, 1})",
            "interface WithStatic {",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 3)",
            "  static Layer make() {",
            "    return null;",
            "  }",
            "}");

    assertOnlyError(
        compile(file), file, "LayerOnConcreteMethod", "@Dense(units = 3)", "make(): a layer");
  }

  @Test
  void layerAnnotationOnPrivateMethod() {
    JavaFileObject file =
        source(
            "WithPrivate",
            "@Sequential(input = {28, 28, 1})",
            "interface WithPrivate {",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 5)",
            "  private Layer hidden() {",
            "    return null;",
            "  }",
            "}");

    assertOnlyError(
        compile(file), file, "LayerOnConcreteMethod", "@Dense(units = 5)", "hidden(): a layer");
  }

  @Test
  void layerNamedSummary() {
    JavaFileObject file =
        source(
            "Reserved",
            "@Sequential(input = {28, 28, 1})",
            "interface Reserved {",
            "  @Flatten",
            "  Layer summary();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ReservedName",
        "Layer summary();",
        "summary() clashes with the generated class's static summary()");
  }

  @Test
  void modelNameWithSlash() {
    JavaFileObject file =
        source(
            "Slashed",
            "@Sequential(",
            "    name = \"a/b\",",
            "    input = {28, 28, 1})",
            "interface Slashed {",
            "  @Flatten Layer flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidModelName",
        "name = \"a/b\"",
        "name = \"a/b\" is not a valid Keras model name");
  }

  @Test
  void aModelWithoutInputTakesWhatArrivesAndHasNoClassWhichAWarningSays() {
    // Keras's Sequential without an Input: it is built where another model nests it, so it is
    // checked at each use; alone, only its layers' arguments are checked, and no class is made.
    JavaFileObject file =
        source(
            "NoInput",
            "@Sequential(name = \"no_input\")",
            "interface NoInput {",
            "  @Flatten Layer flatten();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFile("test.NoInputModel")).isEmpty();
    // ... and, since nothing in the compilation nests it, a warning says why there is no class
    // (a user who forgot input = {...} would otherwise meet only a missing NoInputModel).
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[ShapeCheck/NoModelClass] NoInput has no input")
        .inFile(file)
        .onLineContaining("@Sequential(name");
    assertThat(compilation).hadWarningContaining("give it input = {...}");
  }

  @Test
  void anEmptyInputIsNoInputAndItsLayersArgumentsAreStillChecked() {
    JavaFileObject file =
        source(
            "EmptyInput",
            "@Sequential(",
            "    name = \"empty_input\",",
            "    input = {})",
            "interface EmptyInput {",
            "  @Dense(units = 0) Layer dense();",
            "}");

    assertOnlyError(compile(file), file, "InvalidArgument", "units = 0", "units");
  }

  @Test
  void zeroInputDimension() {
    JavaFileObject file =
        source(
            "ZeroInput",
            "@Sequential(",
            "    name = \"zero_input\",",
            "    input = {28, 0, 1})",
            "interface ZeroInput {",
            "  @Flatten Layer flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidInput",
        "input = {28, 0, 1}",
        "input = {28, 0, 1}, but every dimension must be positive or Shape.NONE");
  }

  @Test
  void negativeInputDimension() {
    JavaFileObject file =
        source(
            "NegativeInput",
            "@Sequential(",
            "    name = \"negative_input\",",
            "    input = {28, -5, 1})",
            "interface NegativeInput {",
            "  @Flatten Layer flatten();",
            "}");

    assertOnlyError(
        compile(file), file, "InvalidInput", "input = {28, -5, 1}", "input = {28, -5, 1}, but");
  }

  @Test
  void zeroBatchSize() {
    JavaFileObject file =
        source(
            "ZeroBatch",
            "@Sequential(",
            "    input = {28, 28, 1},",
            "    batchSize = 0)",
            "interface ZeroBatch {",
            "  @Flatten Layer flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidBatchSize",
        "batchSize = 0",
        "batchSize = 0, but it must be positive or Shape.NONE");
  }

  @Test
  void unannotatedDefaultAndStaticMethodsAreNotLayers() {
    JavaFileObject file =
        source(
            "Helpers",
            "@Sequential(input = {8, 8, 1})",
            "interface Helpers {",
            "  @MaxPooling2D Layer pool();",
            "  @Flatten Layer flatten();",
            "",
            "  default String describe() {",
            "    return pool().name();",
            "  }",
            "",
            "  static int twice(int x) {",
            "    return 2 * x;",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    String model = generatedSource(compilation, "test.HelpersModel");
    assertThat(model).contains("return SUMMARY.layers().get(1);");
    assertThat(model).doesNotContain("get(2)");
    assertThat(model).doesNotContain("describe");
    assertThat(model).doesNotContain("twice");
  }

  @Test
  void nestedInterfaceModelIsNamedAfterItsEnclosingTypes() {
    JavaFileObject file =
        source(
            "Outer",
            "class Outer {",
            "  @Sequential(input = {8, 8, 1})",
            "  interface Inner {",
            "    @Flatten Layer flatten();",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "test.Outer_InnerModel"))
        .contains("public final class Outer_InnerModel implements Outer.Inner {");
  }
}
