package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** The cost constants of generated classes: MACs, and bytes by the declared dtype. */
final class CostConstantsTest {
  private static String generated(String dtype) {
    Compilation compilation =
        compile(
            source(
                "Small",
                "@Sequential(input = {8}" + dtype + ")",
                "interface Small {",
                "  @Dense(units = 4) Layer dense();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    return generatedSource(compilation, "test.SmallModel");
  }

  @Test
  void float32IsTheDefault() {
    String model = generated("");
    assertThat(model).contains("public static final long TOTAL_MACS = 32L;"); // 8 x 4
    assertThat(model).contains("public static final long PARAM_BYTES = 144L;"); // 36 x 4
    assertThat(model).contains("public static final long ACTIVATION_BYTES = 16L;"); // 4 x 4
    assertThat(model).contains("DType.FLOAT32)");
  }

  @Test
  void dtypeSetsEveryByteFigure() {
    String model = generated(", dtype = DType.FLOAT16");
    assertThat(model).contains("public static final long PARAM_BYTES = 72L;");
    assertThat(model).contains("public static final long ACTIVATION_BYTES = 8L;");
    assertThat(model).contains("DType.FLOAT16)");
  }

  @Test
  void unknownDimensionsGiveMinusOne() {
    Compilation compilation =
        compile(
            source(
                "Open",
                "@Sequential(input = {Shape.NONE, 8})",
                "interface Open {",
                "  @Dense(units = 4) Layer dense();",
                "}"));
    String model = generatedSource(compilation, "test.OpenModel");
    assertThat(model).contains("public static final long TOTAL_MACS = -1L;");
    assertThat(model).contains("public static final long ACTIVATION_BYTES = -1L;");
  }
}
