package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rest of Keras 3's layer catalogue as users declare it: Keras's short names ({@code
 * Convolution2D}, {@code MaxPool2D}, ...) and the layers added with them. Counts are the oracle's
 * ({@code conformance/expected/keras/aliases.json}).
 */
final class CatalogueDeclarationsTest {
  /**
   * The corpus model {@code al_stack_mixed_with_kinds}, aliases beside the names they stand for.
   */
  private static JavaFileObject aliases() {
    return source(
        "Aliases",
        "@Sequential(input = {28, 28, 1})",
        "interface Aliases {",
        "  @Convolution2D(filters = 8, kernelSize = 3) Layer c1();",
        "  @Conv2D(filters = 8, kernelSize = 3) Layer c2();",
        "  @MaxPool2D Layer p1();",
        "  @MaxPooling2D Layer p2();",
        "  @GlobalAvgPool2D Layer g();",
        "  @Dense(units = 10, activation = Activations.SOFTMAX) Layer out();",
        "}");
  }

  @Test
  void aliasesCompileAsTheClassesKerasBuildsFromThem() {
    var compilation = compile(aliases());
    assertThat(compilation).succeededWithoutWarnings();
    String model = generatedSource(compilation, "test.AliasesModel");
    assertThat(model)
        .contains("Layer.of(\"c1\", \"Conv2D\", INPUT_SHAPE, Shape.of(26, 26, 8), 80L, 0L, ");
    assertThat(model).contains("Layer.of(\"p1\", \"MaxPooling2D\", Shape.of(24, 24, 8),");
    assertThat(model).contains("Layer.of(\"g\", \"GlobalAveragePooling2D\", Shape.of(6, 6, 8),");
    assertThat(model).contains("public static final long TOTAL_PARAMS = 754L;");
    assertThat(model).doesNotContain("Convolution2D");
    assertThat(model).doesNotContain("MaxPool2D\"");
  }

  /** Keras: "Computed output size would be zero or negative" (al_maxpool2d_window_too_big). */
  @Test
  void anAliasErrorIsPlacedOnItsAttributeAndNamesTheClass() {
    JavaFileObject file =
        source(
            "TooSmall",
            "@Sequential(input = {2, 2, 1})",
            "interface TooSmall {",
            "  @MaxPool2D(",
            "      poolSize = 3)",
            "  Layer pool();",
            "}");
    assertOnlyError(compile(file), file, "PoolTooLarge", "poolSize = 3", "pool (MaxPooling2D)");
  }
}
