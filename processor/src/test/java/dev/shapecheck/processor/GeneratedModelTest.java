package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.mnistCnn;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

final class GeneratedModelTest {
  private static final String MODEL = "test.MnistCnnModel";

  @Test
  void seedCompilesWithoutWarnings() {
    assertThat(compile(mnistCnn())).succeededWithoutWarnings();
  }

  @Test
  void seedModelIsAnnotatedGeneratedAndImplementsTheInterface() {
    String source = generatedSource(compile(mnistCnn()), MODEL);

    assertThat(source).contains("@Generated(\"dev.shapecheck.processor.ShapeCheckProcessor\")");
    assertThat(source).contains("public final class MnistCnnModel implements MnistCnn {");
  }

  @Test
  void seedModelHoldsThePublishedTotals() {
    String source = generatedSource(compile(mnistCnn()), MODEL);

    assertThat(source).contains("public static final long TOTAL_PARAMS = 93322L;");
    assertThat(source).contains("public static final long TRAINABLE_PARAMS = 93322L;");
    assertThat(source).contains("public static final long NON_TRAINABLE_PARAMS = 0L;");
  }

  @Test
  void seedModelListsEveryLayer() {
    String source = generatedSource(compile(mnistCnn()), MODEL);

    assertThat(source)
        .contains("Layer.of(\"conv1\", \"Conv2D\", INPUT_SHAPE, Shape.of(26, 26, 32), 320L, 0L, ");
    assertThat(source)
        .contains("Layer.of(\"output\", \"Dense\", Shape.of(64), Shape.of(10), 650L, 0L, ");
  }

  @Test
  void seedModelJavadocShowsTheSummaryTable() {
    String source = generatedSource(compile(mnistCnn()), MODEL);

    assertThat(source).contains(" * <pre>\n * Model: \"mnist_cnn\"\n");
    assertThat(source).contains(" * conv3 (Conv2D)               (None, 3, 3, 64)          36928");
    assertThat(source).contains(" * Total params: 93,322\n");
    assertThat(source).contains(" * Trainable params: 93,322\n");
    assertThat(source).contains(" * Non-trainable params: 0\n");
    assertThat(source).contains(" * </pre>\n");
  }

  @Test
  void seedModelMatchesTheGoldenSource() {
    Compilation compilation = compile(mnistCnn());

    // Exact text, not hasSourceEquivalentTo: the summary table lives in the Javadoc, which source
    // equivalence ignores. The goldens of the other ways to write a class: GoldenSourcesTest.
    Goldens.assertGolden("MnistCnnModel.java", generatedSource(compilation, MODEL));
  }

  @Test
  void totalsAreCompileTimeConstants() {
    JavaFileObject user =
        JavaFileObjects.forSourceLines(
            "test.UsesTotals",
            "package test;",
            "",
            "final class UsesTotals {",
            "  @interface Weights {",
            "    long value();",
            "  }",
            "",
            "  @Weights(MnistCnnModel.TOTAL_PARAMS)",
            "  static String describe(int params) {",
            "    switch (params) {",
            "      case (int) MnistCnnModel.TOTAL_PARAMS:",
            "        return \"seed\";",
            "      case (int) MnistCnnModel.NON_TRAINABLE_PARAMS:",
            "        return \"empty\";",
            "      default:",
            "        return \"other\";",
            "    }",
            "  }",
            "}");

    assertThat(compile(mnistCnn(), user)).succeededWithoutWarnings();
  }
}
