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

/**
 * Wrappers written as a second annotation on a layer method ({@code @Bidirectional @LSTM(...)}):
 * what the generated class says of them, and where their errors land in the source.
 */
final class WrapperDeclarationsTest {
  /**
   * The corpus model {@code tagger_bidirectional_lstm_time_distributed_dense}, whose shapes and
   * counts are the oracle's (conformance/expected/recurrent.json).
   */
  private static JavaFileObject tagger() {
    return source(
        "Tagger",
        "@Sequential(input = {20, 32})",
        "interface Tagger {",
        "  @Bidirectional(mergeMode = MergeMode.CONCAT)",
        "  @LSTM(units = 64, returnSequences = true)",
        "  Layer encoder();",
        "",
        "  @TimeDistributed @Dense(units = 8, activation = Activations.SOFTMAX) Layer tags();",
        "}");
  }

  @Test
  void wrapperDeclarationCompilesWithoutWarnings() {
    assertThat(compile(tagger())).succeededWithoutWarnings();
  }

  @Test
  void wrappedLayersHaveTheWrappersTypeAndTheOraclesCounts() {
    String model = generatedSource(compile(tagger()), "test.TaggerModel");

    assertThat(model)
        .contains(
            "Layer.of(\"encoder\", \"Bidirectional\", INPUT_SHAPE, Shape.of(20, 128), 49664L,"
                + " 0L, ");
    assertThat(model)
        .contains(
            "Layer.of(\"tags\", \"TimeDistributed\", Shape.of(20, 128), Shape.of(20, 8), 1032L,"
                + " 0L, ");
    assertThat(model).contains("public static final long TOTAL_PARAMS = 50696L;");
    assertThat(model).contains(" * encoder (Bidirectional)      (None, 20, 128)           49664");
  }

  @Test
  void argumentErrorOfTheWrappedLayerIsOnItsAttribute() {
    JavaFileObject file =
        source(
            "ZeroUnits",
            "@Sequential(input = {10, 8})",
            "interface ZeroUnits {",
            "  @Bidirectional(mergeMode = MergeMode.SUM)",
            "  @LSTM(returnSequences = true,",
            "      units = 0)",
            "  Layer encoder();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "      units = 0)",
        "encoder (Bidirectional): units = 0, but it must be a positive integer");
  }

  @Test
  void shapeErrorOfTheWrappedLayerIsOnItsAttribute() {
    JavaFileObject file =
        source(
            "SmallFrames",
            "@Sequential(input = {3, 4, 4, 1})",
            "interface SmallFrames {",
            "  @TimeDistributed",
            "  @Conv2D(filters = 2,",
            "      kernelSize = 5)",
            "  Layer conv();",
            "  @TimeDistributed @Flatten Layer flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "KernelTooLarge",
        "      kernelSize = 5)",
        "conv (TimeDistributed): wrapped Conv2D: 5x5 kernel does not fit the (4, 4, 1) output of"
            + " each time step of the model input (3, 4, 4, 1)",
        "the shapes of the 1 layer(s) after conv were not checked");
  }

  @Test
  void wrapperErrorIsOnTheWrapperAnnotation() {
    JavaFileObject file =
        source(
            "DenseBothWays",
            "@Sequential(input = {10, 8})",
            "interface DenseBothWays {",
            "  @Bidirectional",
            "  @Dense(units = 4)",
            "  Layer both();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "  @Bidirectional",
        "@Bidirectional wraps Dense, but only a recurrent layer");
  }

  @Test
  void wrapperWithoutALayerIsReported() {
    JavaFileObject file =
        source(
            "Lonely",
            "@Sequential(input = {10, 8})",
            "interface Lonely {",
            "  @TimeDistributed Layer nothing();",
            "  @Dense(units = 2) Layer out();",
            "}");
    Compilation compilation = compile(file);

    assertOnlyError(
        compilation,
        file,
        "MissingLayerAnnotation",
        "@TimeDistributed Layer nothing();",
        "nothing(): @TimeDistributed wraps a layer, but there is none");
  }
}
