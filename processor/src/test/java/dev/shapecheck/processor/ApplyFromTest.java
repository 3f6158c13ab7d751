package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;
import static dev.shapecheck.processor.GeneratedClasses.field;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.NodeConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Apply(from)}: the reader hands the number of a chain's first use to the engine (a dropped
 * {@code from} would name the chain's uses from 1, which here clashes with the method {@code
 * conv2_block1}), the generated method of a chain returns the row of its last numbered use, and a
 * bad {@code from} or a taken use name is one error on the {@code @Apply}.
 */
final class ApplyFromTest {
  private static final String[] UNIT = {
    "@Block",
    "interface Unit {",
    "  @Input Layer in();",
    "  @Conv2D(filters = 8, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer in);",
    "  @Add Layer out(Layer conv, Layer in);",
    "}",
    ""
  };

  private static JavaFileObject model(String name, String... lines) {
    List<String> all = new java.util.ArrayList<>(List.of(UNIT));
    all.add("@Functional");
    all.add("interface " + name + " {");
    all.add("  @Input(shape = {16, 16, 8}) Layer image();");
    all.addAll(List.of(lines));
    all.add("}");
    return source(name, all.toArray(new String[0]));
  }

  private static GraphConfig unit() {
    return GraphConfig.block(
        "unit",
        List.of(
            NodeConfig.input("in", new int[0], -1),
            NodeConfig.layer(
                LayerConfig.withDefaults(
                    "conv",
                    "Conv2D",
                    Map.of("filters", 8, "kernelSize", new int[] {3}, "padding", "SAME")),
                List.of("in")),
            NodeConfig.layer(
                LayerConfig.withDefaults("out", "Add", Map.of()), List.of("conv", "in"))),
        List.of());
  }

  @Test
  void aChainFromTwoFollowsItsFirstBlockWithKerasNames() throws Exception {
    JavaFileObject file =
        model(
            "Stage",
            "  @Apply(Unit.class) Layer conv2_block1(Layer image);",
            "  @Apply(value = Unit.class, times = 2, from = 2)",
            "  Layer conv2_block(Layer conv2_block1);",
            "  @Conv2D(filters = 4, kernelSize = 1) Layer head(Layer conv2_block);");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();

    GraphConfig graph =
        GraphConfig.model(
            "stage",
            List.of(
                NodeConfig.input("image", new int[] {16, 16, 8}, -1),
                NodeConfig.block("conv2_block1", unit(), List.of("image"), 1, List.of()),
                NodeConfig.block("conv2_block", unit(), List.of("conv2_block1"), 2, 2, List.of()),
                NodeConfig.layer(
                    LayerConfig.withDefaults(
                        "head", "Conv2D", Map.of("filters", 4, "kernelSize", new int[] {1})),
                    List.of("conv2_block"))),
            List.of(),
            "FLOAT32");
    ModelCheck check = ShapeEngine.check(graph);
    Class<?> model = GeneratedClasses.load(c, "test.StageModel");
    ModelSummary summary = (ModelSummary) field(model, "SUMMARY");
    assertThat(summary.layers()).containsExactlyElementsIn(check.summary().layers()).inOrder();
    assertThat(summary.layers().stream().map(Layer::name).toList())
        .containsExactly(
            "image",
            "conv2_block1_conv",
            "conv2_block1_out",
            "conv2_block2_conv",
            "conv2_block2_out",
            "conv2_block3_conv",
            "conv2_block3_out",
            "head")
        .inOrder();
    Object instance = model.getDeclaredConstructor().newInstance();
    Layer chain =
        (Layer) model.getMethod("conv2_block", Layer.class).invoke(instance, (Object) null);
    assertThat(chain.name()).isEqualTo("conv2_block3_out");
    assertThat(summary.layers().get(7).inbound()).containsExactly("conv2_block3_out");
  }

  @Test
  void aNegativeFromIsInvalidBlockUseOnFrom() {
    JavaFileObject file =
        model(
            "Negative",
            "  @Apply(value = Unit.class, times = 2,",
            "      from = -1)",
            "  Layer stage(Layer image);");
    assertOnlyError(
        compile(file),
        file,
        "InvalidBlockUse",
        "from = -1",
        "stage (@Apply unit): from = -1, but the number of a chain's first use is 0 or more",
        "hint: from = 2 numbers the uses stage2, stage3");
  }

  @Test
  void fromOnASingleUseIsInvalidBlockUseOnFrom() {
    JavaFileObject file =
        model(
            "Single",
            "  @Apply(value = Unit.class,",
            "      from = 2)",
            "  Layer conv2_block(Layer image);");
    assertOnlyError(
        compile(file),
        file,
        "InvalidBlockUse",
        "from = 2",
        "times = 1 applies unit once, and a single use is named after its method: conv2_block",
        "e.g. conv2_block2, and leave from out");
  }

  @Test
  void aUseNamedLikeAnotherMemberIsOneErrorOnTheApply() {
    JavaFileObject file =
        model(
            "Clash",
            "  @Apply(Unit.class) Layer conv2_block1(Layer image);",
            "  @Apply(value = Unit.class, times = 2) Layer conv2_block(Layer conv2_block1);");
    assertOnlyError(
        compile(file),
        file,
        "InvalidBlockUse",
        "times = 2) Layer conv2_block(",
        "conv2_block (@Apply unit): times = 2, from = 1 names its uses conv2_block1 to"
            + " conv2_block2, but conv2_block1 is taken by conv2_block1 (@Apply unit)",
        "hint: rename the method or the other member, or number the chain from past the taken"
            + " names with from");
  }
}
