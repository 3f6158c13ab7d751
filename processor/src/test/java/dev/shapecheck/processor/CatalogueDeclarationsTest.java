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

  /** Keras runs no adaptive pooling to one value (ap_average2d_output_one_on_width). */
  @Test
  void adaptivePoolingToOneValueIsPlacedOnOutputSize() {
    JavaFileObject file =
        source(
            "Whole",
            "@Sequential(input = {7, 7, 3})",
            "interface Whole {",
            "  @AdaptiveAveragePooling2D(",
            "      outputSize = {3, 1})",
            "  Layer pool();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "PoolTooLarge",
        "outputSize = {3, 1}",
        "pool (AdaptiveAveragePooling2D): outputSize 1 along width",
        "hint:");
  }

  /** Keras: "Dimensions must be equal, but are 5 and 4" when it runs (rms_misaligned_axes). */
  @Test
  void rmsNormalizationOfMisalignedAxesIsPlacedOnAxis() {
    JavaFileObject file =
        source(
            "Misaligned",
            "@Sequential(input = {4, 5, 6})",
            "interface Misaligned {",
            "  @RMSNormalization(",
            "      axis = {1, 2})",
            "  Layer norm();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "axis = {1, 2}",
        "norm (RMSNormalization)",
        "(4, 5)");
  }

  /** The oracle's counts of rms_in_stack: Dense 144, RMSNormalization 16, Dense 68. */
  @Test
  void rmsNormalizationAndActivityRegularizationCompile() {
    var compilation =
        compile(
            source(
                "Stack",
                "@Sequential(input = {10, 8})",
                "interface Stack {",
                "  @Dense(units = 16) Layer d1();",
                "  @RMSNormalization Layer norm();",
                "  @ActivityRegularization(l1 = 0.01) Layer reg();",
                "  @Dense(units = 4) Layer d2();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String model = generatedSource(compilation, "test.StackModel");
    assertThat(model)
        .contains(
            "Layer.of(\"norm\", \"RMSNormalization\", Shape.of(10, 16), Shape.of(10, 16), 16L,");
    assertThat(model).contains("public static final long TOTAL_PARAMS = 228L;");
  }

  /** Keras: "Dropout object has no attribute 'kernel' nor 'embeddings'" (sn_dropout). */
  @Test
  void spectralNormalizationOfALayerWithoutKernelIsPlacedOnTheWrapper() {
    JavaFileObject file =
        source(
            "NoKernel",
            "@Sequential(input = {8})",
            "interface NoKernel {",
            "  @SpectralNormalization",
            "  @Dropout(rate = 0.5)",
            "  Layer drop();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "@SpectralNormalization",
        "drop (SpectralNormalization)",
        "no kernel nor embeddings");
  }

  /** The oracle's counts of sn_dense: 36 trainable, 4 non-trainable (vector_u). */
  @Test
  void spectralNormalizationAddsKerassNonTrainableVector() {
    var compilation =
        compile(
            source(
                "Normalized",
                "@Sequential(input = {8})",
                "interface Normalized {",
                "  @SpectralNormalization @Dense(units = 4) Layer d();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String model = generatedSource(compilation, "test.NormalizedModel");
    assertThat(model)
        .contains("Layer.of(\"d\", \"SpectralNormalization\", INPUT_SHAPE, Shape.of(4), 36L, 4L,");
  }
}
