package dev.shapecheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertMessageContains;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.errorTagged;
import static dev.shapecheck.processor.Compilations.mnistCnn;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

final class IndependentModelsTest {
  private static final JavaFileObject TINY =
      source(
          "Tiny",
          "@Sequential(input = {8, 8, 1})",
          "interface Tiny {",
          "  @MaxPooling2D Layer pool();",
          "  @Flatten Layer flatten();",
          "}");

  private static final JavaFileObject TOO_SMALL =
      source(
          "TooSmall",
          "@Sequential(input = {4, 4, 1})",
          "interface TooSmall {",
          "  @Conv2D(filters = 8,",
          "      kernelSize = 5)",
          "  Layer conv();",
          "}");

  private static final JavaFileObject ZERO_UNITS =
      source(
          "ZeroUnits",
          "@Sequential(input = {10})",
          "interface ZeroUnits {",
          "  @Dense(",
          "      units = 0)",
          "  Layer dense();",
          "}");

  /**
   * compile-testing hides generated files once a compilation failed, so a user of both good models
   * proves they were generated: without them it would not compile.
   */
  private static final JavaFileObject USES_GOOD_MODELS =
      JavaFileObjects.forSourceLines(
          "test.UsesGoodModels",
          "package test;",
          "",
          "final class UsesGoodModels {",
          "  static final long BOTH = MnistCnnModel.TOTAL_PARAMS + TinyModel.TOTAL_PARAMS;",
          "  static final Tiny TINY = new TinyModel();",
          "}");

  @Test
  void goodModelsCompileAlone() {
    assertThat(compile(mnistCnn(), TINY, USES_GOOD_MODELS)).succeededWithoutWarnings();
  }

  @Test
  void badModelDoesNotStopGoodOnes() {
    Compilation compilation = compile(mnistCnn(), TOO_SMALL, TINY, USES_GOOD_MODELS);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/KernelTooLarge]")
        .inFile(TOO_SMALL)
        .onLineContaining("kernelSize = 5");
  }

  @Test
  void everyBadModelIsReported() {
    Compilation compilation = compile(TOO_SMALL, ZERO_UNITS);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/KernelTooLarge]")
        .inFile(TOO_SMALL)
        .onLineContaining("kernelSize = 5");
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/InvalidArgument]")
        .inFile(ZERO_UNITS)
        .onLineContaining("units = 0");
  }

  @Test
  void argumentAndDeclarationErrorsOfOneModelAreReportedTogether() {
    JavaFileObject model =
        source(
            "TwoFaults",
            "@Sequential(input = {28, 28, 1})",
            "interface TwoFaults {",
            "  @Conv2D(",
            "      filters = 0,",
            "      kernelSize = 3)",
            "  Layer conv();",
            "  @Flatten Layer flatten();",
            "  Layer unannotated();",
            "}");

    Compilation compilation = compile(model);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/InvalidArgument]")
        .inFile(model)
        .onLineContaining("filters = 0");
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/MissingLayerAnnotation]")
        .inFile(model)
        .onLineContaining("Layer unannotated();");
  }

  @Test
  void shapeErrorAndLaterArgumentErrorsAreReportedTogether() {
    JavaFileObject model =
        source(
            "Mixed",
            "@Sequential(input = {4, 4, 3})",
            "interface Mixed {",
            "  @MaxPooling2D(",
            "      poolSize = 5)",
            "  Layer pool();",
            "  @Dense(",
            "      units = 0)",
            "  Layer dense();",
            "}");

    Compilation compilation = compile(model);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/PoolTooLarge]")
        .inFile(model)
        .onLineContaining("poolSize = 5");
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/InvalidArgument]")
        .inFile(model)
        .onLineContaining("units = 0");
    assertMessageContains(errorTagged(compilation, "InvalidArgument"), "dense (Dense)", "units");
  }
}
