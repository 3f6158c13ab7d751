package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;
import static dev.shapecheck.processor.GeneratedClasses.field;

import com.google.testing.compile.Compilation;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.NodeConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Functional models at the size of Keras Applications (DenseNet121 expands to ~430 rows), whose
 * {@code SUMMARY} must be split over helper methods to fit the JVM's 64 KB method limit, and blocks
 * that come from class files rather than sources.
 */
final class FunctionalScaleTest {
  private static final String[] UNIT = {
    "@Block",
    "interface Unit {",
    "  @Input Layer in();",
    "  @BatchNormalization Layer norm(Layer in);",
    "  @Conv2D(filters = 8, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer norm);",
    "  @Concatenate Layer out(Layer in, Layer conv);",
    "}"
  };

  @Test
  void aModelExpandingToHundredsOfRowsCompilesAndMatchesTheEngine() {
    String[] lines = new String[UNIT.length + 8];
    System.arraycopy(UNIT, 0, lines, 0, UNIT.length);
    System.arraycopy(
        new String[] {
          "",
          "@Functional",
          "interface Dense150 {",
          "  @Input(shape = {8, 8, 4}) Layer image();",
          "  @Apply(value = Unit.class, times = 150) Layer stage(Layer image);",
          "  @GlobalAveragePooling2D Layer pool(Layer stage);",
          "  @Dense(units = 10) Layer head(Layer pool);",
          "}"
        },
        0,
        lines,
        UNIT.length,
        8);
    Compilation c = compile(source("Dense150", lines));
    assertThat(c).succeededWithoutWarnings();

    GraphConfig unit =
        GraphConfig.block(
            "unit",
            List.of(
                NodeConfig.input("in", new int[0], -1),
                NodeConfig.layer(
                    LayerConfig.withDefaults("norm", "BatchNormalization", Map.of()),
                    List.of("in")),
                NodeConfig.layer(
                    LayerConfig.withDefaults(
                        "conv",
                        "Conv2D",
                        Map.of("filters", 8, "kernelSize", new int[] {3}, "padding", "SAME")),
                    List.of("norm")),
                NodeConfig.layer(
                    LayerConfig.withDefaults("out", "Concatenate", Map.of()),
                    List.of("in", "conv"))),
            List.of());
    GraphConfig graph =
        GraphConfig.model(
            "dense150",
            List.of(
                NodeConfig.input("image", new int[] {8, 8, 4}, -1),
                NodeConfig.block("stage", unit, List.of("image"), 150, List.of()),
                NodeConfig.layer(
                    LayerConfig.withDefaults("pool", "GlobalAveragePooling2D", Map.of()),
                    List.of("stage")),
                NodeConfig.layer(
                    LayerConfig.withDefaults("head", "Dense", Map.of("units", 10)),
                    List.of("pool"))),
            List.of(),
            "FLOAT32");
    ModelSummary expected = ShapeEngine.check(graph).summary();
    assertThat(expected.layers().size()).isGreaterThan(2 * ModelClassWriter.LAYERS_PER_METHOD);

    Class<?> model = GeneratedClasses.load(c, "test.Dense150Model");
    ModelSummary summary = (ModelSummary) field(model, "SUMMARY");
    assertThat(summary.layers()).containsExactlyElementsIn(expected.layers()).inOrder();
    assertThat(field(model, "TOTAL_PARAMS")).isEqualTo(expected.totalParams());
    assertThat(field(model, "OUTPUT_SHAPE")).isEqualTo(expected.outputShape());
    assertThat(generatedSource(c, "test.Dense150Model"))
        .contains("private static List<Layer> layers2()");
  }

  @Test
  void aBlockFromAClassFileWithParameterNamesIsApplied() throws IOException {
    Path classes = compiledUnit(List.of("-parameters"));

    Compilation c =
        javac()
            .withProcessors(new ShapeCheckProcessor())
            .withClasspath(classpathWith(classes))
            .compile(user());

    assertThat(c).succeededWithoutWarnings();
    assertThat(generatedSource(c, "test.UserModel"))
        .contains("Layer.connected(\"twice2_out\", \"Concatenate\"");
  }

  @Test
  void aBlockCompiledWithoutParameterNamesIsAClearError() throws IOException {
    Path classes = compiledUnit(List.of());

    Compilation c =
        javac()
            .withProcessors(new ShapeCheckProcessor())
            .withClasspath(classpathWith(classes))
            .compile(user());

    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[ShapeCheck/InvalidBlockUse] twice(): the parameter names of Unit's methods are not"
                + " available")
        .inFile(user())
        .onLineContaining("Unit.class");
    assertThat(c).hadErrorContaining("compile it with `javac -parameters`");
  }

  private static JavaFileObject user() {
    return source(
        "User",
        "@Functional",
        "interface User {",
        "  @Input(shape = {8, 8, 4}) Layer image();",
        "  @Apply(value = Unit.class, times = 2) Layer twice(Layer image);",
        "}");
  }

  /** {@code test.Unit} compiled with {@code options}, its class file in a new directory. */
  private static Path compiledUnit(List<String> options) throws IOException {
    JavaFileObject unitSource = source("Unit", UNIT);
    Compilation c = javac().withOptions(options).compile(unitSource);
    assertThat(c).succeeded();
    Path directory = Files.createTempDirectory("shapecheck-block");
    for (JavaFileObject file : c.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String relative =
            path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
        Path target = directory.resolve(relative);
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    return directory;
  }

  /** The test's own classpath (runtime classes) plus {@code directory}. */
  private static List<File> classpathWith(Path directory) {
    List<File> files = new java.util.ArrayList<>();
    files.add(directory.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      files.add(new File(entry));
    }
    return files;
  }
}
