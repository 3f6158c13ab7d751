package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A model far beyond what one class initializer can hold (64 KB of bytecode): the generated class
 * must still compile, with the same totals a small model of the same layers would give.
 */
class LargeModelTest {
  private static JavaFileObject denseStack(String name, int layers) {
    StringBuilder source = new StringBuilder();
    source
        .append("package test;\n")
        .append("import dev.shapecheck.*;\nimport dev.shapecheck.layers.*;\n")
        .append("@Sequential(input = {8})\npublic interface ")
        .append(name)
        .append(" {\n");
    for (int i = 0; i < layers; i++) {
      source.append("  @Dense(units = 8) Layer d").append(i).append("();\n");
    }
    return JavaFileObjects.forSourceString("test." + name, source.append("}\n").toString());
  }

  @Test
  void tenThousandLayersCompileAndCountLikeOne() throws IOException {
    Compilation big =
        javac().withProcessors(new ShapeCheckProcessor()).compile(denseStack("Deep", 10_000));
    Compilation one =
        javac().withProcessors(new ShapeCheckProcessor()).compile(denseStack("Shallow", 1));
    assertThat(big).succeededWithoutWarnings();
    assertThat(one).succeededWithoutWarnings();
    String deep = big.generatedSourceFile("test.DeepModel").get().getCharContent(true).toString();
    String shallow =
        one.generatedSourceFile("test.ShallowModel").get().getCharContent(true).toString();
    long perLayer = constant(shallow, "TOTAL_PARAMS");
    assertThat(constant(deep, "TOTAL_PARAMS")).isEqualTo(10_000 * perLayer);
    // 50 helper methods of 200 rows, in two nested classes of 5,000 rows (own constant pools).
    assertThat(deep).contains("private static final class Rows1 {");
    assertThat(deep).contains("    static List<Layer> layers49()");
    assertThat(deep).doesNotContain("layers50()");
    assertThat(deep).doesNotContain("Rows2");
  }

  private static long constant(String source, String name) {
    int at = source.indexOf(name + " = ") + name.length() + 3;
    return Long.parseLong(source.substring(at, source.indexOf('L', at)));
  }
}
