package dev.shapecheck.engine;

import static dev.shapecheck.engine.Graphs.add;
import static dev.shapecheck.engine.Graphs.check;
import static dev.shapecheck.engine.Graphs.input;
import static dev.shapecheck.engine.Graphs.layer;
import static dev.shapecheck.engine.Graphs.model;
import static dev.shapecheck.engine.Graphs.tags;
import static dev.shapecheck.engine.Graphs.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Keras names of rows: block templates ({@code @Block(names)}), a member's own template
 * ({@code @Name}), Keras's automatic names, and every way a name can be wrong, with where it is
 * reported. The naming of the Keras Applications as a whole is held to Keras itself by the
 * conformance module's {@code KerasApplicationsTest}; these are the rules one at a time.
 */
class LayerNamesTest {
  private static GraphConfig block(String names, NodeConfig... nodes) {
    return GraphConfig.block("Unit", List.of(nodes), List.of(), names);
  }

  private static NodeConfig dense(String name, String inbound) {
    return layer(name, "Dense", "units: 4", inbound);
  }

  @Test
  void aBlocksLayersAreNamedUseUnderscoreLayerByDefault() {
    GraphConfig unit = Graphs.block("Unit", input("v"), dense("fc", "v"));
    ModelCheck check = check(model(input("x", 4), use("stage", unit, 2, List.of(), "x")));
    assertTrue(check.isClean(), check.problems().toString());
    assertEquals(
        List.of("x", "stage1_fc", "stage2_fc"), GraphEngineTest.names(check.summary().layers()));
  }

  /**
   * Keras's ResNet50: {@code name + "_1_conv"}, a method {@code _1_conv} in {@code {use}{layer}}.
   */
  @Test
  void aTemplateJoinsTheUseAndTheMethodName() {
    GraphConfig unit =
        block("{use}{layer}", input("x"), dense("_1_conv", "x"), dense("_out", "_1_conv"));
    ModelCheck check =
        check(model(input("image", 4), use("conv2_block", unit, 2, 2, List.of(), "image")));
    assertTrue(check.isClean(), check.problems().toString());
    assertEquals(
        List.of(
            "image",
            "conv2_block2_1_conv",
            "conv2_block2_out",
            "conv2_block3_1_conv",
            "conv2_block3_out"),
        GraphEngineTest.names(check.summary().layers()));
  }

  /**
   * InceptionV3's {@code mixed9} and {@code mixed10}: the concatenation named after the use alone,
   * the inner one {@code "mixed9_" + str(i)} with Keras's loop index.
   */
  @Test
  void useAndIndexNameALayerAfterItsUseAndItsPlaceInTheChain() {
    GraphConfig unit =
        block(
            NameTemplate.DEFAULT,
            input("x"),
            dense("inner", "x").named("mixed9_{index}"),
            dense("concat", "inner").named("{use}"));
    ModelCheck check =
        check(model(input("image", 4), use("mixed", unit, 2, 9, List.of(), "image")));
    assertTrue(check.isClean(), check.problems().toString());
    assertEquals(
        List.of("image", "mixed9_0", "mixed9", "mixed9_1", "mixed10"),
        GraphEngineTest.names(check.summary().layers()));
  }

  /**
   * Keras numbers the layers it names itself per class, in the order they are created, across the
   * whole model; named layers take no number. Here in declaration order: top level, then inside
   * each use, then the top level again.
   */
  @Test
  void autoNamesAreNumberedPerClassAcrossTheModel() {
    GraphConfig unit =
        block(
            "{auto}",
            input("x"),
            dense("a", "x"),
            layer("b", "ReLU", "", "a"),
            layer("named", "ReLU", "", "b").named("{use}_relu"));
    ModelCheck check =
        check(
            model(
                input("image", 4).named("{auto}"),
                dense("first", "image").named("{auto}"),
                use("u", unit, 2, List.of(), "first"),
                dense("last", "u").named("{auto}")));
    assertTrue(check.isClean(), check.problems().toString());
    assertEquals(
        List.of(
            "input_layer",
            "dense",
            "dense_1",
            "re_lu",
            "u1_relu",
            "dense_2",
            "re_lu_1",
            "u2_relu",
            "dense_3"),
        GraphEngineTest.names(check.summary().layers()));
    // an inbound name is the method's, whatever the Keras name
    assertEquals(List.of("input_layer"), check.summary().layers().get(1).inbound());
    assertEquals("dense", check.memberRows().get("first"));
  }

  /** The word "auto" is text like any other; only the placeholder stands alone. */
  @Test
  void textSpelledLikeAPlaceholderIsText() {
    GraphConfig unit = block("auto{layer}", input("x"), dense("fc", "x"));
    ModelCheck check = check(model(input("image", 4), use("u", unit, "image")));
    assertTrue(check.isClean(), check.problems().toString());
    assertEquals(List.of("image", "autofc"), GraphEngineTest.names(check.summary().layers()));
  }

  @Test
  void anUnknownPlaceholderIsReportedOnTheBlocksNamesWithASuggestion() {
    GraphConfig unit = block("{usr}_{layer}", input("x"), dense("fc", "x"));
    ModelCheck check = check(unit);
    assertEquals(List.of("InvalidLayerName@-1:names#-1"), tags(check));
    assertEquals(
        "block Unit: names = \"{usr}_{layer}\" {usr} is no placeholder; did you mean {use}?",
        check.problems().get(0).headline());
  }

  @Test
  void everyMalformedTemplateIsReportedWithWhy() {
    assertEquals(
        "names = \"{use\" opens a placeholder at '{' (character 1) that is never closed",
        headline(block("{use", input("x"), dense("fc", "x"))));
    assertEquals(
        "names = \"a}\" has a '}' (character 2) that closes no placeholder",
        headline(block("a}", input("x"), dense("fc", "x"))));
    assertEquals(
        "names = \"\" is empty, so it names no layer",
        headline(block("", input("x"), dense("fc", "x"))));
    assertEquals(
        "names = \"{use}/{layer}\" has a '/', which Keras 3 rejects in a layer name (\"cannot"
            + " contain character `/`\")",
        headline(block("{use}/{layer}", input("x"), dense("fc", "x"))));
    assertEquals(
        "names = \"{use} {layer}\" has ' ', which TensorFlow rejects in a layer name when the model"
            + " runs (\"is not a valid scope name\")",
        headline(block("{use} {layer}", input("x"), dense("fc", "x"))));
    assertEquals(
        "names = \"{auto}_x\" combines {auto} with more, but {auto} is the whole of the name Keras"
            + " gives a layer created without one (conv2d, conv2d_1, ...)",
        headline(block("{auto}_x", input("x"), dense("fc", "x"))));
  }

  private static String headline(GraphConfig block) {
    ModelCheck check = check(block);
    assertEquals(List.of("InvalidLayerName@-1:names#-1"), tags(check));
    String headline = check.problems().get(0).headline();
    return headline.substring("block Unit: ".length());
  }

  @Test
  void aMembersOwnTemplateIsReportedOnItsNameAnnotation() {
    ModelCheck check =
        check(model(input("x", 4), dense("fc", "x").named("{use}_fc"), dense("ok", "fc")));
    assertEquals(List.of("InvalidLayerName@1:value#-1"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals("Name", problem.annotation());
    assertEquals(
        "fc (Dense): @Name(\"{use}_fc\") names a use of a block, but fc is a member of model"
            + " test_graph, not of a block: {use} and {index} name nothing here",
        problem.headline());
  }

  @Test
  void autoNamesNoUseAndABlocksInputTakesNoName() {
    GraphConfig inner = block(NameTemplate.DEFAULT, input("y"), dense("fc", "y"));
    GraphConfig outer =
        block(
            NameTemplate.DEFAULT,
            input("x").named("{auto}"),
            use("nested", inner, "x").named("{auto}"));
    ModelCheck check = check(outer);
    assertEquals(
        List.of("InvalidLayerName@0:value#-1", "InvalidLayerName@1:value#-1"), tags(check));
    assertTrue(
        check.problems().get(0).headline().contains("is on an input of a block"),
        check.problems().get(0).headline());
    assertTrue(
        check.problems().get(1).headline().contains("is on a use of block Unit, but {auto}"),
        check.problems().get(1).headline());

    GraphConfig auto = block("{auto}", input("x"), use("nested", inner, "x"));
    assertEquals(
        "names = \"{auto}\" also names nested, a use of block Unit, but {auto} is the name Keras"
            + " gives a layer after its class, and a use is no layer",
        headline(auto));
  }

  @Test
  void aTemplateThatNamesTwoLayersAlikeIsFoundInTheBlockItself() {
    ModelCheck onNames = check(block("{use}", input("x"), dense("a", "x"), dense("b", "a")));
    assertEquals(List.of("InvalidLayerName@-1:names#-1"), tags(onNames));
    assertEquals(
        "block Unit: names = \"{use}\" names a and b {use} in every use of block Unit",
        onNames.problems().get(0).headline());

    ModelCheck onName =
        check(
            block(
                NameTemplate.DEFAULT,
                input("x"),
                dense("a", "x"),
                dense("b", "a").named("{use}_{index}"),
                dense("c", "b").named("{use}_{index}")));
    assertEquals(List.of("InvalidLayerName@3:value#-1"), tags(onName));
  }

  @Test
  void anAutoNameTakenByANamedLayerIsAClashOnTheLaterOne() {
    ModelCheck check =
        check(model(input("x", 4), dense("dense", "x"), dense("fc", "dense").named("{auto}")));
    assertEquals(List.of("InvalidLayerName@2:value#-1"), tags(check));
    assertEquals(
        "dense (Dense): its Keras name dense (the @Name of fc()) is taken by dense (Dense)",
        check.problems().get(0).headline());
  }

  @Test
  void aNameKerasRejectsIsReportedWhereverItComesFrom() {
    // A Java identifier can hold '$' and letters TensorFlow rejects; the engine API anything.
    ModelCheck method = check(model(input("x", 4), dense("a$b", "x")));
    assertEquals(List.of("InvalidLayerName@1:null#-1"), tags(method));
    assertEquals(
        "a$b (Dense): its Keras name a$b has '$', which TensorFlow rejects in a layer name when the"
            + " model runs (\"is not a valid scope name\")",
        method.problems().get(0).headline());
    assertFalse(method.isClean());

    ModelCheck slash = check(model(input("x/y", 4), dense("d", "x/y")));
    assertEquals(List.of("InvalidLayerName@0:null#-1"), tags(slash));

    ModelCheck sequential =
        Models.check(Models.dims(4), Models.layer("caf\u00e9", "Dense", "units: 2"));
    assertEquals(List.of("InvalidLayerName@0:null#-1"), tags(sequential));
  }

  @Test
  void aBlocksInputInAUseIsNamedInMessagesByItsUse() {
    GraphConfig fixed =
        block(
            NameTemplate.DEFAULT,
            NodeConfig.input("v", new int[] {3}, dev.shapecheck.Shape.NONE),
            add("sum", "v", "v"));
    ModelCheck check = check(model(input("x", 4), use("head", fixed, "x")));
    assertTrue(
        check.problems().get(0).headline().startsWith("v (input of head): receives (4)"),
        check.problems().get(0).headline());
  }

  /**
   * A block checked on its own keeps its members' method names, which no use gives them: its member
   * {@code conv2d} and a nested automatic {@code conv2d} clash only there, and are no error.
   */
  @Test
  void aBlockOnItsOwnReportsNoClashThatNoUseHas() {
    GraphConfig auto =
        GraphConfig.block(
            "Auto",
            List.of(input("y"), layer("c", "Conv2D", "filters: 2, kernelSize: [1]", "y")),
            List.of(),
            "{auto}");
    GraphConfig outer =
        block(
            NameTemplate.DEFAULT,
            input("x"),
            layer("conv2d", "Conv2D", "filters: 2, kernelSize: [1]", "x"),
            use("nested", auto, "conv2d"));
    ModelCheck alone = check(outer);
    assertTrue(alone.isClean(), alone.problems().toString());
    ModelCheck used = check(model(input("image", 4, 4, 2), use("u", outer, "image")));
    assertTrue(used.isClean(), used.problems().toString());
    assertEquals(
        List.of("image", "u_conv2d", "conv2d"), GraphEngineTest.names(used.summary().layers()));
  }

  /** A functional model's input keeps its own name in the model, and arrives in a use. */
  @Test
  void anAppliedFunctionalModelsNamedInputIsNoError() {
    GraphConfig classifier =
        GraphConfig.model(
            "classifier",
            List.of(input("features", 4).named("{auto}"), dense("logits", "features")),
            List.of(),
            "FLOAT32");
    assertTrue(check(classifier).isClean(), check(classifier).problems().toString());
    ModelCheck used = check(model(input("x", 4), use("head", classifier, "x")));
    assertTrue(used.isClean(), used.problems().toString());
    assertEquals(List.of("x", "head_logits"), GraphEngineTest.names(used.summary().layers()));
  }
}
