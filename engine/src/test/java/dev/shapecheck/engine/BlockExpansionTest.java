package dev.shapecheck.engine;

import static dev.shapecheck.engine.Graphs.add;
import static dev.shapecheck.engine.Graphs.block;
import static dev.shapecheck.engine.Graphs.check;
import static dev.shapecheck.engine.Graphs.input;
import static dev.shapecheck.engine.Graphs.layer;
import static dev.shapecheck.engine.Graphs.model;
import static dev.shapecheck.engine.Graphs.set;
import static dev.shapecheck.engine.Graphs.tags;
import static dev.shapecheck.engine.Graphs.use;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Block uses: a model that applies blocks must give exactly the rows — names, inbound rows, shapes,
 * weights, MACs — of the same graph written out by hand, the numbers coming from the engine's
 * conformance-tested layer specs in both cases. Then every way a use can be wrong.
 */
class BlockExpansionTest {
  private static final String CONV3 = "filters: 4, kernelSize: [3], padding: 'SAME'";

  /** A residual block: two convolutions and a skip connection. */
  private static GraphConfig residual() {
    return block(
        "Residual",
        input("x"),
        layer("conv1", "Conv2D", CONV3, "x"),
        layer("bn", "BatchNormalization", "", "conv1"),
        layer("relu", "ReLU", "", "bn"),
        layer("conv2", "Conv2D", CONV3, "relu"),
        add("out", "conv2", "x"));
  }

  /** The residual block's layers as one use named {@code use} fed by {@code from}. */
  private static List<NodeConfig> residualFlat(String use, String from, String conv2Arguments) {
    return List.of(
        layer(use + "_conv1", "Conv2D", CONV3, from),
        layer(use + "_bn", "BatchNormalization", "", use + "_conv1"),
        layer(use + "_relu", "ReLU", "", use + "_bn"),
        layer(use + "_conv2", "Conv2D", conv2Arguments, use + "_relu"),
        add(use + "_out", use + "_conv2", from));
  }

  @Test
  void chainedUsesWithOverridesGiveTheRowsOfTheFlatGraph() {
    ModelCheck applied =
        check(
            model(
                input("image", 8, 8, 4),
                layer("stem", "Conv2D", "filters: 4, kernelSize: [1]", "image"),
                use(
                    "stage",
                    residual(),
                    3,
                    List.of(set("conv2.kernelSize", new int[] {1}, 0)),
                    "stem"),
                layer("head", "GlobalAveragePooling2D", "", "stage")));
    List<NodeConfig> flat = new ArrayList<>();
    flat.add(input("image", 8, 8, 4));
    flat.add(layer("stem", "Conv2D", "filters: 4, kernelSize: [1]", "image"));
    String conv2 = "filters: 4, kernelSize: [1], padding: 'SAME'";
    flat.addAll(residualFlat("stage1", "stem", conv2));
    flat.addAll(residualFlat("stage2", "stage1_out", conv2));
    flat.addAll(residualFlat("stage3", "stage2_out", conv2));
    flat.add(layer("head", "GlobalAveragePooling2D", "", "stage3_out"));
    ModelCheck written = check(model(flat.toArray(new NodeConfig[0])));

    assertTrue(applied.isClean(), applied.problems().toString());
    assertTrue(written.isClean(), written.problems().toString());
    assertEquals(written.summary().layers(), applied.summary().layers());
    assertEquals(written.summary().totalParams(), applied.summary().totalParams());
    assertEquals(written.summary().totalMacs(), applied.summary().totalMacs());
    assertEquals(18, applied.summary().layers().size());
    Layer head = applied.summary().layers().get(17);
    assertEquals(List.of("stage3_out"), head.inbound());
    // the override is in every use, and only on the layer it names
    assertArrayEquals(new int[] {1}, (int[]) applied.configs().get(5).argument("kernelSize"));
    assertEquals("stage1_conv2", applied.configs().get(5).name());
    assertArrayEquals(new int[] {3}, (int[]) applied.configs().get(7).argument("kernelSize"));
    assertEquals("stage2_conv1", applied.configs().get(7).name());
    // a 1x1 convolution has fewer weights than the block's declared 3x3 one
    Layer overridden = applied.summary().layers().get(5);
    Layer declared = applied.summary().layers().get(2);
    assertTrue(overridden.params() < declared.params());
  }

  @Test
  void nestedUsesAreNamedByTheirPathAndTakeOverridesThroughIt() {
    GraphConfig inner = block("Inner", input("y"), layer("conv", "Conv2D", CONV3, "y"));
    GraphConfig outer =
        block("Outer", input("z"), use("inner", inner, "z"), layer("act", "ReLU", "", "inner"));
    ModelCheck applied =
        check(
            model(
                input("image", 6, 6, 2),
                use("a", outer, 1, List.of(set("inner.conv.filters", 6, 0)), "image"),
                layer("pool", "MaxPooling2D", "poolSize: [3]", "a")));
    ModelCheck written =
        check(
            model(
                input("image", 6, 6, 2),
                layer(
                    "a_inner_conv",
                    "Conv2D",
                    "filters: 6, kernelSize: [3], padding: 'SAME'",
                    "image"),
                layer("a_act", "ReLU", "", "a_inner_conv"),
                layer("pool", "MaxPooling2D", "poolSize: [3]", "a_act")));
    assertTrue(applied.isClean(), applied.problems().toString());
    assertEquals(written.summary().layers(), applied.summary().layers());
    assertEquals(
        List.of("image", "a_inner_conv", "a_act", "pool"),
        GraphEngineTest.names(applied.summary().layers()));
    assertEquals(6, applied.summary().layers().get(1).outputShape().dim(2));
  }

  @Test
  void aWrappedLayerInABlockTakesOverridesAndTheUseName() {
    LayerConfig lstm = Models.layer("enc", "LSTM", "units: 4");
    GraphConfig encoder =
        block(
            "Encoder",
            input("s"),
            NodeConfig.layer(Models.wrapper("Bidirectional", "", lstm), List.of("s")));
    ModelCheck applied =
        check(model(input("x", 5, 3), use("e", encoder, 1, List.of(set("enc.units", 6, 0)), "x")));
    ModelCheck sequential =
        Models.check(
            Models.dims(5, 3),
            Models.wrapper("Bidirectional", "", Models.layer("enc", "LSTM", "units: 6")));
    assertTrue(applied.isClean(), applied.problems().toString());
    Layer row = applied.summary().layers().get(1);
    assertEquals("e_enc", row.name());
    assertEquals(sequential.summary().layers().get(0).params(), row.params());
    assertEquals(sequential.summary().outputShape(), row.outputShape());
    assertEquals("e_enc", applied.configs().get(1).wrapped().name());
    assertEquals(6, applied.configs().get(1).wrapped().argument("units"));
  }

  @Test
  void aMethodNameEndingInADigitGetsAnUnderscoreBeforeTheCount() {
    GraphConfig dense = block("D", input("v"), layer("fc", "Dense", "units: 4", "v"));
    ModelCheck check =
        check(
            model(
                input("x", 4),
                use("stage2", dense, 2, List.of(), "x"),
                layer("o", "Dense", "units: 1", "stage2")));
    assertEquals(
        List.of("x", "stage2_1_fc", "stage2_2_fc", "o"),
        GraphEngineTest.names(check.summary().layers()));
    assertEquals(List.of("stage2_1_fc"), check.summary().layers().get(2).inbound());
    assertEquals("conv2_block3", NodeConfig.numbered("conv2_block", 3));
  }

  /**
   * Keras's ResNet stage: a first block written alone ({@code conv2_block1}) and a chain that goes
   * on from 2. The rows are those of the graph written out with Keras's names.
   */
  @Test
  void fromNumbersAChainsUsesFromItsFirstNumber() {
    GraphConfig dense = block("D", input("v"), layer("fc", "Dense", "units: 4", "v"));
    ModelCheck applied =
        check(
            model(
                input("x", 4),
                use("conv2_block1", dense, "x"),
                use("conv2_block", dense, 2, 2, List.of(), "conv2_block1"),
                use("stage2", dense, 2, 0, List.of(), "conv2_block"),
                layer("o", "Dense", "units: 1", "stage2")));
    ModelCheck written =
        check(
            model(
                input("x", 4),
                layer("conv2_block1_fc", "Dense", "units: 4", "x"),
                layer("conv2_block2_fc", "Dense", "units: 4", "conv2_block1_fc"),
                layer("conv2_block3_fc", "Dense", "units: 4", "conv2_block2_fc"),
                layer("stage2_0_fc", "Dense", "units: 4", "conv2_block3_fc"),
                layer("stage2_1_fc", "Dense", "units: 4", "stage2_0_fc"),
                layer("o", "Dense", "units: 1", "stage2_1_fc")));
    assertTrue(applied.isClean(), applied.problems().toString());
    assertTrue(written.isClean(), written.problems().toString());
    assertEquals(written.summary().layers(), applied.summary().layers());
    assertEquals(
        List.of(
            "x",
            "conv2_block1_fc",
            "conv2_block2_fc",
            "conv2_block3_fc",
            "stage2_0_fc",
            "stage2_1_fc",
            "o"),
        GraphEngineTest.names(applied.summary().layers()));
    assertEquals("conv2_block3_fc", applied.configs().get(3).name());
  }

  /**
   * A block whose template leaves out {@code {use}} gives every use the same names: the second
   * use's rows clash with the first's. That is reported on the second use, once, though the block's
   * own problems are reported on its first use only; the first use's rows stay.
   */
  @Test
  void aRowNameClashInALaterUseOfABlockIsReportedOnce() {
    GraphConfig two =
        GraphConfig.block(
            "Two",
            List.of(
                input("v"),
                layer("fc", "Dense", "units: 4", "v"),
                layer("out", "Dense", "units: 4", "fc")),
            List.of(),
            "{layer}");
    ModelCheck check =
        check(
            model(
                input("x", 4),
                use("first", two, "x"),
                layer("mid", "Dense", "units: 4", "first"),
                use("second", two, "mid")));
    assertEquals(List.of("InvalidLayerName@3:null#-1"), tags(check));
    assertEquals(
        "fc (Dense): its Keras name fc in use second is taken by fc of first (Dense)",
        check.problems().get(0).headline());
    assertEquals(
        List.of(
            "in model test_graph, layer 4 of 4",
            "in block Two, as applied by second",
            "needed: a name of its own, as Keras layer names are unique in a model",
            "hint: put {use} in block Two's names (or in the layer's @Name), so that each use"
                + " names its layers apart, or rename one of the two"),
        check.problems().get(0).details());
    assertEquals(List.of("x", "fc", "out", "mid"), GraphEngineTest.names(check.layers()));
  }

  @Test
  void aChainsFromMustBeANumberAndOnlyForAChain() {
    GraphConfig dense = block("D", input("v"), layer("fc", "Dense", "units: 4", "v"));
    ModelCheck check =
        check(
            model(
                input("x", 4),
                use("negative", dense, 2, -1, List.of(), "x"),
                use("single", dense, 1, 2, List.of(), "x"),
                use("zero", dense, 2, 0, List.of(), "x"),
                use("plain", dense, 1, 1, List.of(), "x")));
    assertEquals(List.of("InvalidBlockUse@1:from#-1", "InvalidBlockUse@2:from#-1"), tags(check));
    Problem negative = check.problems().get(0);
    assertEquals(
        "negative (@Apply D): from = -1, but the number of a chain's first use is 0 or more",
        negative.headline());
    assertTrue(
        negative.render().contains("from = 2 numbers the uses negative2, negative3"),
        negative.render());
    Problem single = check.problems().get(1);
    assertTrue(
        single
            .headline()
            .contains(
                "times = 1 applies D once, and a single use is named"
                    + " after its method: single"),
        single.headline());
    assertTrue(single.render().contains("e.g. single2, and leave from out"), single.render());
    // the two bad members expand to nothing; the good ones as named
    assertEquals(
        List.of("x", "zero0_fc", "zero1_fc", "plain_fc"), GraphEngineTest.names(check.layers()));
  }

  /**
   * A chain whose use would have another member's name is one error on the chain, wherever the
   * other member is declared; the chain is then not expanded, so nothing cascades.
   */
  @Test
  void aUseNameTakenByAnotherMemberOrChainIsOneErrorOnTheChain() {
    GraphConfig dense = block("D", input("v"), layer("fc", "Dense", "units: 4", "v"));
    ModelCheck applied =
        check(
            model(
                input("x", 4),
                use("conv2_block1", dense, "x"),
                use("conv2_block", dense, 2, List.of(), "conv2_block1")));
    assertEquals(List.of("InvalidBlockUse@2:null#-1"), tags(applied));
    assertEquals(
        "conv2_block (@Apply D): times = 2, from = 1 names its uses conv2_block1 to conv2_block2,"
            + " but conv2_block1 is taken by conv2_block1 (@Apply D)",
        applied.problems().get(0).headline());
    assertEquals(List.of("x", "conv2_block1_fc"), GraphEngineTest.names(applied.layers()));

    ModelCheck later =
        check(
            model(
                input("x", 4),
                use("block", dense, 3, 3, List.of(), "x"),
                layer("block4", "Dense", "units: 2", "block")));
    assertEquals(List.of("InvalidBlockUse@1:null#-1"), tags(later));
    assertTrue(
        later
            .problems()
            .get(0)
            .headline()
            .endsWith("names its uses block3 to block5, but block4 is taken by block4 (Dense)"),
        later.problems().get(0).headline());

    ModelCheck chains =
        check(
            model(
                input("x", 4),
                use("stage2_", dense, 2, List.of(), "x"),
                use("stage2", dense, 2, List.of(), "stage2_")));
    assertEquals(List.of("InvalidBlockUse@2:null#-1"), tags(chains));
    assertTrue(
        chains
            .problems()
            .get(0)
            .headline()
            .endsWith(
                "but stage2_1 is taken by a use of stage2_; stage2_2 is taken by a use of stage2_"),
        chains.problems().get(0).headline());
  }

  @Test
  void aBlockThatPassesItsInputThroughResolvesToTheArrivingRow() {
    GraphConfig identity = GraphConfig.block("Identity", List.of(input("i")), List.of("i"));
    ModelCheck check =
        check(
            model(
                input("x", 4),
                use("same", identity, "x"),
                layer("d", "Dense", "units: 2", "same")));
    assertTrue(check.isClean(), check.problems().toString());
    assertEquals(List.of("x"), check.summary().layers().get(1).inbound());
    assertEquals(List.of("x", "d"), GraphEngineTest.names(check.summary().layers()));
  }

  @Test
  void argumentErrorInABlockIsReportedOnceOnTheFirstUse() {
    GraphConfig broken = block("Broken", input("v"), layer("fc", "Dense", "units: 0", "v"));
    ModelCheck check =
        check(
            model(
                input("x", 4),
                use("first", broken, 3, List.of(), "x"),
                use("second", broken, "first")));
    assertEquals(List.of("InvalidArgument@1:null#-1"), tags(check));
    String message = check.problems().get(0).render();
    assertTrue(
        message.startsWith("[ShapeCheck/InvalidArgument] first1_fc (Dense): units"), message);
    assertTrue(message.contains("in model test_graph, layer 2 of 3"), message);
    assertTrue(message.contains("in block Broken, as applied by first"), message);
  }

  @Test
  void anOverrideAtFaultPutsTheProblemOnSet() {
    GraphConfig dense = block("D", input("v"), layer("fc", "Dense", "units: 4", "v"));
    ModelCheck check =
        check(
            model(
                input("x", 4),
                use("a", dense, 2, List.of(set("fc.units", -1, 0)), "x"),
                use("b", dense, 1, List.of(set("fc.units", -1, 0)), "a")));
    // once per member whose set is at fault, not once per chained use
    assertEquals(List.of("InvalidArgument@1:set#-1", "InvalidArgument@2:set#-1"), tags(check));
    assertTrue(
        check.problems().get(0).headline().startsWith("a1_fc (Dense): units = -1"),
        check.problems().get(0).headline());
  }

  @Test
  void shapeErrorInsideAUseNamesTheInnerPath() {
    GraphConfig conv =
        block("Conv", input("v"), layer("conv", "Conv2D", "filters: 2, kernelSize: [3]", "v"));
    ModelCheck check =
        check(
            model(
                input("x", 2, 2, 1),
                use("c", conv, "x"),
                use("d", conv, 1, List.of(set("conv.kernelSize", new int[] {5}, 0)), "x")));
    assertEquals(List.of("KernelTooLarge@1:null#-1", "KernelTooLarge@2:set#-1"), tags(check));
    String message = check.problems().get(0).render();
    assertTrue(message.startsWith("[ShapeCheck/KernelTooLarge] c_conv (Conv2D):"), message);
    assertTrue(message.contains("input:  (None, 2, 2, 1) from x"), message);
  }

  @Test
  void invalidOverridesSuggestNames() {
    GraphConfig inner = block("Inner", input("y"), layer("conv1", "Conv2D", CONV3, "y"));
    GraphConfig outer = block("Outer", input("z"), use("inner", inner, "z"));
    ModelCheck check =
        check(
            model(
                input("x", 4, 4, 1),
                use(
                    "u",
                    outer,
                    1,
                    List.of(
                        set("inner.convv1.filters", 8, 0),
                        set("inner.conv1.filter", 8, 1),
                        set("inner.filters", 8, 2),
                        set("inner.conv1.x.filters", 8, 3)),
                    "x")));
    assertEquals(4, check.problems().size());
    for (Problem problem : check.problems()) {
      assertEquals(
          "InvalidOverride@1:set#-1",
          problem.kind().tag()
              + "@"
              + problem.layerIndex()
              + ":"
              + problem.attribute()
              + "#"
              + problem.parameter());
    }
    assertTrue(
        check
            .problems()
            .get(0)
            .headline()
            .contains("Inner has no layer convv1; did you mean" + " conv1?"),
        check.problems().get(0).headline());
    assertTrue(
        check
            .problems()
            .get(1)
            .headline()
            .contains("conv1 (Conv2D) has no attribute filter;" + " did you mean filters?"),
        check.problems().get(1).headline());
    assertTrue(
        check
            .problems()
            .get(2)
            .headline()
            .contains("inner is a use of block Inner, not a" + " layer"),
        check.problems().get(2).headline());
    assertTrue(
        check.problems().get(3).headline().contains("conv1 is a layer, not a use of a" + " block"),
        check.problems().get(3).headline());
  }

  @Test
  void badUsesAreInvalidBlockUsesOrWrongInputCounts() {
    GraphConfig two = block("Two", input("p"), input("q"), add("sum", "p", "q"));
    GraphConfig forked =
        block(
            "Forked",
            input("v"),
            layer("l", "Dense", "units: 1", "v"),
            layer("r", "Dense", "units: 1", "v"));
    ModelCheck check =
        check(
            model(
                input("x", 4),
                use("never", residual(), 0, List.of(), "x"),
                use("chained", two, 2, List.of(), "x", "x"),
                use("short", two, "x"),
                use("fork", forked, "x"),
                use("ok", two, "x", "x")));
    assertEquals(
        List.of(
            "InvalidBlockUse@1:times#-1", "InvalidBlockUse@2:times#-1",
            "WrongInputCount@3:null#-1", "InvalidBlockUse@4:null#-1"),
        tags(check));
    assertTrue(check.problems().get(1).headline().contains("has 2 inputs and 1 output"));
    assertTrue(
        check
            .problems()
            .get(2)
            .headline()
            .contains("passes 1 inbound layer, but block Two takes 2 inputs (p, q)"),
        check.problems().get(2).headline());
    assertTrue(
        check
            .problems()
            .get(3)
            .headline()
            .contains(
                "block Forked has 2 outputs (l, r), but an applied block must have exactly one"),
        check.problems().get(3).headline());
  }

  @Test
  void aFunctionalModelAppliedAsABlockNeedsItsDeclaredInputShape() {
    GraphConfig classifier =
        GraphConfig.model(
            "classifier",
            List.of(input("features", 16), layer("logits", "Dense", "units: 3", "features")),
            List.of(),
            "FLOAT32");
    ModelCheck wrong =
        check(
            model(
                input("x", 8),
                use("head", classifier, "x"),
                layer("independent", "Dense", "units: 0", "x")));
    assertEquals(List.of("InvalidBlockUse@1:null#-1", "InvalidArgument@2:units#-1"), tags(wrong));
    String message = wrong.problems().get(0).render();
    assertTrue(
        message.contains(
            "features (input of head): receives (8), but classifier declares this"
                + " input with shape (16)"),
        message);
    assertTrue(message.contains("needed: (None, 16)"), message);

    ModelCheck right =
        check(
            model(
                input("x", 4),
                layer("grow", "Dense", "units: 16", "x"),
                use("head", classifier, "grow")));
    assertTrue(right.isClean(), right.problems().toString());
    assertEquals(List.of("head_logits"), GraphEngineTest.names(right.summary().outputLayers()));
  }

  @Test
  void aBlockInsideItselfIsACycle() {
    GraphConfig inner = block("Loop", input("v"), layer("d", "Dense", "units: 2", "v"));
    GraphConfig loop = block("Loop", input("w"), use("again", inner, "w"));
    ModelCheck check = check(model(input("x", 4), use("l", loop, "x")));
    assertEquals(List.of("BlockCycle@1:null#-1"), tags(check));
    assertTrue(
        check.problems().get(0).headline().contains("(Loop -> Loop)"),
        check.problems().get(0).headline());
  }

  @Test
  void aBlocksOwnWiringMistakeIsReportedOnceWithItsPath() {
    GraphConfig wired = block("Wired", input("v"), layer("d", "Dense", "units: 2", "vv"));
    ModelCheck check = check(model(input("x", 4), use("one", wired, "x"), use("two", wired, "x")));
    assertEquals(List.of("UnknownInbound@1:null#-1"), tags(check));
    String message = check.problems().get(0).render();
    assertTrue(
        message.startsWith(
            "[ShapeCheck/UnknownInbound] one_d (Dense): parameter vv names no"
                + " input or earlier layer; did you mean v?"),
        message);
    assertTrue(message.contains("in block Wired, as applied by one"), message);
  }

  @Test
  void checkingABlockAloneValidatesItsWiringAndArguments() {
    ModelCheck check =
        check(
            block(
                "Alone",
                input("v"),
                layer("d", "Dense", "units: 0", "v"),
                layer("e", "Dense", "units: 2", "nothing")));
    assertEquals(List.of("InvalidArgument@1:units#-1", "UnknownInbound@2:null#0"), tags(check));
    assertFalse(check.isClean());
    assertTrue(check.layers().isEmpty());
    assertTrue(check(residual()).problems().isEmpty());
  }

  @Test
  void theDeclaredInputShapeOfABlockIsRequired() {
    GraphConfig fixed =
        block(
            "Fixed",
            NodeConfig.input("v", new int[] {3}, Shape.NONE),
            layer("d", "Dense", "units: 2", "v"));
    ModelCheck check = check(model(input("x", 4), use("f", fixed, "x")));
    assertEquals(List.of("InvalidBlockUse@1:null#-1"), tags(check));
    assertNull(
        check.layers().stream().filter(l -> l.name().startsWith("f_")).findAny().orElse(null));
  }
}
