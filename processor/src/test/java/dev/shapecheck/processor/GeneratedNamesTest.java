package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * How the writer spells types (JavaPoet's imports, configured by {@link ModelClassWriter}) and lays
 * out long parameter lists: a generated class must compile whatever names the user's code already
 * takes, and read like hand-written code where nothing is taken.
 */
class GeneratedNamesTest {

  @Test
  void importsTheRuntimeTypesWhenNothingClashes() {
    Compilation compilation = compile(Compilations.mnistCnn());

    assertThat(compilation).succeeded();
    String source = generatedSource(compilation, "test.MnistCnnModel");
    assertThat(source).contains("import dev.shapecheck.Shape;\nimport java.util.List;\n");
    assertThat(source).contains("public static final Shape INPUT_SHAPE = Shape.of(28, 28, 1);");
    assertThat(source)
        .contains(
            "MACs.\n   */\n  public Layer conv1() {\n    return SUMMARY.layers().get(0);\n  }\n");
    assertThat(source).doesNotContain("java.util.ArrayList");
  }

  /** An interface named Shape with member types Layer and List: all three are qualified. */
  @Test
  void qualifiesNamesTheModelInterfaceTakes() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "p.Shape",
                "package p;",
                "import dev.shapecheck.*;",
                "import dev.shapecheck.layers.*;",
                "@Sequential(name = \"shape\", input = {4})",
                "public interface Shape {",
                "  interface Layer {}",
                "  class List {}",
                "  @Dense(units = 2) dev.shapecheck.Layer dense();",
                "}"));

    assertThat(compilation).succeeded();
    String source = generatedSource(compilation, "p.ShapeModel");
    assertThat(source).contains("public final class ShapeModel implements Shape {");
    assertThat(source)
        .contains(
            "public static final dev.shapecheck.Shape INPUT_SHAPE = dev.shapecheck.Shape.of(4);");
    assertThat(source).contains("java.util.List.of(\n      dev.shapecheck.Layer.of(\"dense\"");
    assertThat(source).contains("public dev.shapecheck.Layer dense() {");
    assertThat(source).doesNotContain("import dev.shapecheck.Shape;");
    assertThat(source).doesNotContain("import dev.shapecheck.Layer;");
    assertThat(source).doesNotContain("import java.util.List;");
    assertThat(source).contains("import dev.shapecheck.ModelSummary;");
  }

  /** A member type inherited from a super-interface hides an import just as well. */
  @Test
  void qualifiesNamesAnInheritedMemberTypeTakes() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "p.Base", "package p;", "public interface Base {", "  class DType {}", "}"),
            JavaFileObjects.forSourceLines(
                "p.Net",
                "package p;",
                "import dev.shapecheck.*;",
                "import dev.shapecheck.layers.*;",
                "@Sequential(name = \"net\", input = {4})",
                "public interface Net extends Base {",
                "  @Dense(units = 2) Layer dense();",
                "}"));

    assertThat(compilation).succeeded();
    String source = generatedSource(compilation, "p.NetModel");
    assertThat(source).contains("dev.shapecheck.DType.FLOAT32);");
    assertThat(source).doesNotContain("import dev.shapecheck.DType;");
  }

  /** A nested model is named from its top-level class, which the generated class's package sees. */
  @Test
  void namesANestedModelFromItsTopLevelClass() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "q.Outer",
                "package q;",
                "import dev.shapecheck.*;",
                "import dev.shapecheck.layers.*;",
                "public class Outer {",
                "  @Sequential(name = \"inner\", input = {4})",
                "  public interface Inner { @Dense(units = 2) Layer dense(); }",
                "}"));

    assertThat(compilation).succeeded();
    String source = generatedSource(compilation, "q.Outer_InnerModel");
    assertThat(source).contains("public final class Outer_InnerModel implements Outer.Inner {");
    assertThat(source).contains("The ShapeCheck model of {@link Outer.Inner}:");
  }

  /**
   * A parameter list longer than 100 columns breaks before the parameter that would pass it, the
   * continuation two indents deeper than the method; a list that fits stays on one line.
   */
  @Test
  void breaksLongParameterListsAtOneHundredColumns() {
    Compilation compilation =
        compile(
            Compilations.source(
                "Wide",
                "@Functional(name = \"wide\")",
                "public interface Wide {",
                "  @Input(shape = {8}) Layer a1234567();",
                "  @Input(shape = {8}) Layer b1234567();",
                "  @Input(shape = {8}) Layer c1234567();",
                "  @Input(shape = {8}) Layer d1234567();",
                "  @Input(shape = {8}) Layer e1234567();",
                "  @Add Layer sum(Layer a1234567, Layer b1234567, Layer c1234567, Layer d1234567,"
                    + " Layer e1234567);",
                "  @Add Layer summmmmmmmmmmmmmmmmmm(Layer a1234567, Layer b1234567, Layer c1234567,"
                    + " Layer d1234567, Layer sum);",
                "}"));

    assertThat(compilation).succeeded();
    String source = generatedSource(compilation, "test.WideModel");
    assertThat(source)
        .contains(
            "  public Layer sum(Layer a1234567, Layer b1234567, Layer c1234567, Layer d1234567,"
                + " Layer e1234567) {\n");
    assertThat(source)
        .contains(
            "  public Layer summmmmmmmmmmmmmmmmmm(Layer a1234567, Layer b1234567, Layer c1234567,"
                + " Layer d1234567,\n      Layer sum) {\n");
    for (String line : source.split("\n")) {
      if (line.startsWith("  public Layer ")) {
        assertThat(line.length()).isAtMost(100);
      }
    }
  }
}
