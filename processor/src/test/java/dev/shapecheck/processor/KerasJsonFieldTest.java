package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.mnistCnn;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shapecheck.Shape;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code KERAS_JSON} and {@code KERAS2_JSON}: compile-time constants while they fit
 * one class-file string constant, and the engine's exact texts when joined from several.
 */
final class KerasJsonFieldTest {
  @Test
  void seedKerasJsonIsACompileTimeConstant() {
    JavaFileObject user =
        JavaFileObjects.forSourceLines(
            "test.UsesJson",
            "package test;",
            "final class UsesJson {",
            "  static boolean isSeed(String json) {",
            "    switch (json) {", // a case label must be a constant expression
            "      case MnistCnnModel.KERAS_JSON: return true;",
            "      default: return false;",
            "    }",
            "  }",
            "}");
    assertThat(compile(mnistCnn(), user)).succeededWithoutWarnings();
  }

  @Test
  void aModelLongerThanOneStringConstantJoinsSeveralToTheEnginesText() throws Exception {
    int layers = 1_500; // about 200,000 characters of JSON: four constants
    StringBuilder source =
        new StringBuilder("package test;\n")
            .append("import dev.shapecheck.*;\nimport dev.shapecheck.layers.*;\n")
            .append("@Sequential(input = {8})\npublic interface Wide {\n");
    List<LayerConfig> configs = new ArrayList<>();
    for (int i = 0; i < layers; i++) {
      source.append("  @Dense(units = 8) Layer d").append(i).append("();\n");
      configs.add(LayerConfig.withDefaults("d" + i, "Dense", Map.of("units", 8)));
    }
    Compilation compilation =
        compile(JavaFileObjects.forSourceString("test.Wide", source.append("}\n").toString()));
    assertThat(compilation).succeededWithoutWarnings();

    ModelConfig config = ModelConfig.of("wide", new int[] {8}, Shape.NONE, configs);
    ModelCheck check = ShapeEngine.check(config);
    String expected = check.kerasJson();
    assertThat(expected.length()).isGreaterThan(3 * ModelClassWriter.KERAS_JSON_CHUNK);
    assertThat(generatedSource(compilation, "test.WideModel"))
        .contains("public static final String KERAS_JSON = String.join(\"\",");

    Class<?> model =
        new MemoryClassLoader(compilation.generatedFiles()).loadClass("test.WideModel");
    assertThat(model.getField("KERAS_JSON").get(null)).isEqualTo(expected);
    assertThat(model.getField("KERAS2_JSON").get(null)).isEqualTo(check.keras2Json());
  }

  /** Loads the classes a compilation wrote to memory. */
  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    MemoryClassLoader(List<JavaFileObject> files) {
      super(KerasJsonFieldTest.class.getClassLoader());
      for (JavaFileObject file : files) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String binary =
              path.substring(
                      path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                      path.length() - ".class".length())
                  .replace('/', '.');
          classes.put(binary, file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
