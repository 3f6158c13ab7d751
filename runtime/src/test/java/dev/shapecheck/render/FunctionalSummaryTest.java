package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import dev.shapecheck.SummaryStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Functional models in every output. The TFJS texts are what tfjs-layers 4.22 prints for the same
 * graphs ({@code conformance/functional-goldens.js} writes them); the Keras layouts are checked
 * line by line against the positions of tf.keras 2's {@code print_summary} and Keras 3's.
 */
class FunctionalSummaryTest {
  private static final Shape S844 = Shape.of(8, 8, 4);

  /** in1 → conv → bn → add(bn, in1); in1 → flat; outputs add and flat. */
  static ModelSummary residual() {
    return ModelSummary.functional(
        "residual",
        List.of(
            Layer.input("in1", S844),
            Layer.connected("conv", "Conv2D", List.of(S844), List.of("in1"), S844, 148, 0, 9216),
            Layer.connected(
                "bn", "BatchNormalization", List.of(S844), List.of("conv"), S844, 8, 8, 512),
            Layer.connected(
                "flat", "Flatten", List.of(S844), List.of("in1"), Shape.of(256), 0, 0, 0),
            Layer.connected(
                "add", "Add", List.of(S844, S844), List.of("bn", "in1"), S844, 0, 0, 0)),
        List.of("add", "flat"),
        DType.FLOAT32);
  }

  static ModelSummary chain() {
    return ModelSummary.functional(
        "chain",
        List.of(
            Layer.input("x", Shape.of(3)),
            Layer.connected(
                "d", "Dense", List.of(Shape.of(3)), List.of("x"), Shape.of(2), 8, 0, 6)),
        List.of("d"),
        DType.FLOAT32);
  }

  /** Two inputs, declared first; b joins late, so Keras lists it after h2. */
  static ModelSummary twoInputs() {
    return ModelSummary.functional(
        "two_inputs",
        List.of(
            Layer.input("a", Shape.of(16)),
            Layer.input("b", Shape.of(4)),
            Layer.connected(
                "h1", "Dense", List.of(Shape.of(16)), List.of("a"), Shape.of(8), 136, 0, 128),
            Layer.connected(
                "h2", "Dense", List.of(Shape.of(8)), List.of("h1"), Shape.of(8), 72, 0, 64),
            Layer.connected(
                "cat",
                "Concatenate",
                List.of(Shape.of(8), Shape.of(4)),
                List.of("h2", "b"),
                Shape.of(12),
                0,
                0,
                0)),
        List.of("cat"),
        DType.FLOAT32);
  }

  /** x → d → e, declared output e; spare (x → Dense 3) reaches no output. */
  static ModelSummary unusedLayer() {
    Shape s4 = Shape.of(4);
    return ModelSummary.functional(
        "unused_layer",
        List.of(
            Layer.input("x", s4),
            Layer.connected("d", "Dense", List.of(s4), List.of("x"), Shape.of(2), 10, 0, 8),
            Layer.connected("spare", "Dense", List.of(s4), List.of("x"), Shape.of(3), 15, 0, 12),
            Layer.connected(
                "e", "Dense", List.of(Shape.of(2)), List.of("d"), Shape.of(2), 6, 0, 4)),
        List.of("e"),
        DType.FLOAT32);
  }

  /** sum = add(d, s) over x, declared output sum; spare → spare_head is a dead branch. */
  static ModelSummary unusedBranch() {
    Shape s4 = Shape.of(4);
    Shape s2 = Shape.of(2);
    return ModelSummary.functional(
        "unused_branch",
        List.of(
            Layer.input("x", s4),
            Layer.connected("d", "Dense", List.of(s4), List.of("x"), s2, 10, 0, 8),
            Layer.connected("spare", "Dense", List.of(s4), List.of("x"), Shape.of(3), 15, 0, 12),
            Layer.connected(
                "spare_head",
                "Dense",
                List.of(Shape.of(3)),
                List.of("spare"),
                Shape.of(5),
                20,
                0,
                15),
            Layer.connected("s", "Dense", List.of(s4), List.of("x"), s2, 10, 0, 8),
            Layer.connected("sum", "Add", List.of(s2, s2), List.of("d", "s"), s2, 0, 0, 0)),
        List.of("sum"),
        DType.FLOAT32);
  }

  /** a → d; the input b is consumed by nothing. */
  static ModelSummary unusedInput() {
    return ModelSummary.functional(
        "unused_input",
        List.of(
            Layer.input("a", Shape.of(4)),
            Layer.input("b", Shape.of(3)),
            Layer.connected(
                "d", "Dense", List.of(Shape.of(4)), List.of("a"), Shape.of(2), 10, 0, 8)),
        List.of("d"),
        DType.FLOAT32);
  }

  private static String golden(String file) throws IOException {
    try (InputStream in = FunctionalSummaryTest.class.getResourceAsStream("/functional/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> names(List<Layer> layers) {
    List<String> names = new ArrayList<>();
    layers.forEach(l -> names.add(l.name()));
    return names;
  }

  @Test
  void tfjsTablesAreWhatTfjsPrints() throws IOException {
    assertEquals(golden("residual.tfjs.txt"), residual().toString(SummaryStyle.TFJS));
    assertEquals(golden("two_inputs.tfjs.txt"), twoInputs().toString(SummaryStyle.TFJS));
    // A plain chain is "sequential-like": tfjs's 90-column layout, the InputLayer row included.
    assertEquals(golden("chain.tfjs.txt"), chain().toString(SummaryStyle.TFJS));
  }

  /**
   * A layer no declared output depends on is not in the model Keras or tfjs builds: not listed, not
   * counted, not in the connections; ShapeCheck's own summary still lists it (with a warning) but
   * does not count it either, so every total agrees with Keras's.
   */
  @Test
  void frameworkTablesLeaveOutALayerThatReachesNoOutput() throws IOException {
    assertEquals(golden("unused_layer.tfjs.txt"), unusedLayer().toString(SummaryStyle.TFJS));
    assertEquals(golden("unused_branch.tfjs.txt"), unusedBranch().toString(SummaryStyle.TFJS));
    assertEquals(List.of("x", "d", "s", "sum"), names(unusedBranch().kerasLayers()));
    // The totals leave out the dead branch (spare, spare_head) as Keras does: d and s.
    assertEquals(10 + 10, unusedBranch().totalParams());
    assertTrue(names(unusedBranch().layers()).contains("spare_head")); // still listed
    String classic = unusedBranch().toString(SummaryStyle.KERAS_CLASSIC);
    assertFalse(classic.contains("spare"), classic);
    assertTrue(classic.contains("\nTotal params: 20\nTrainable params: 20\n"), classic);
    String keras3 = unusedBranch().toString(SummaryStyle.KERAS3);
    assertFalse(keras3.contains("spare"), keras3);
    assertTrue(keras3.contains(" Total params: 20 (80.00 B)\n"), keras3);
    assertTrue(unusedLayer().toString(SummaryStyle.DETAILED).contains("spare"));
  }

  /**
   * An input nothing consumes stays in Keras's model.layers, at depth 0 and met before anything
   * (tf.keras {@code _map_graph_network}, Keras 3 {@code map_graph}: "Handle inputs that are not
   * connected to outputs"). tfjs leaves it out; ShapeCheck follows Keras, and the conformance
   * suites count that case apart.
   */
  @Test
  void anUnusedInputKeepsItsKerasPlace() {
    assertEquals(List.of("a", "b", "d"), names(unusedInput().kerasLayers()));
    assertTrue(unusedInput().toString(SummaryStyle.TFJS).contains("b (InputLayer)"));
  }

  @Test
  void kerasOrdersLayersByDepthFromTheOutputs() {
    assertEquals(List.of("in1", "conv", "bn", "add", "flat"), names(residual().kerasLayers()));
    assertEquals(List.of("a", "h1", "h2", "b", "cat"), names(twoInputs().kerasLayers()));
    assertTrue(KerasLayerOrder.isSequentialLike(chain()));
    assertFalse(KerasLayerOrder.isSequentialLike(residual()));
    assertFalse(KerasLayerOrder.isSequentialLike(twoInputs()));
  }

  @Test
  void classicTableUsesKerasConnectedLayout() {
    String[] lines = residual().toString().split("\n");
    assertEquals("Model: \"residual\"", lines[0]);
    assertEquals("_".repeat(98), lines[1]);
    // positions int(98 * [.33, .55, .67, 1.]) = 32, 53, 65, 98
    assertEquals(
        pad("Layer (type)", 32)
            + pad("Output Shape", 21)
            + pad("Param #", 12)
            + pad("Connected to", 33),
        lines[2]);
    assertEquals(
        pad("in1 (InputLayer)", 32) + pad("[(None, 8, 8, 4)]", 21) + pad("0", 12) + pad("", 33),
        lines[4]);
    assertEquals(
        pad("add (Add)", 32) + pad("(None, 8, 8, 4)", 21) + pad("0", 12) + pad("bn[0][0]", 33),
        lines[10]);
    assertEquals(pad("", 65) + pad("in1[0][0]", 33), lines[11]);
    assertEquals(
        pad("flat (Flatten)", 32) + pad("(None, 256)", 21) + pad("0", 12) + pad("in1[0][0]", 33),
        lines[13]);
    assertEquals("=".repeat(98), lines[14]);
    assertEquals("Total params: 164", lines[15]);
    assertEquals("Non-trainable params: 8", lines[17]);
  }

  @Test
  void classicTableOfAChainIsTheSequentialLayoutWithItsInputLayer() {
    String[] lines = chain().toString().split("\n");
    assertEquals(pad("x (InputLayer)", 29) + pad("[(None, 3)]", 26) + pad("0", 10), lines[4]);
    assertEquals(pad("d (Dense)", 29) + pad("(None, 2)", 26) + pad("8", 10), lines[6]);
  }

  @Test
  void keras3TableHasTheConnectedToColumn() {
    String table = twoInputs().toString(SummaryStyle.KERAS3);
    String[] lines = table.split("\n");
    // 29, 25, 15 and 26 columns of text: 108 wide with borders and padding.
    assertEquals(108, lines[1].length());
    assertEquals(
        "┃ "
            + pad("Layer (type)", 29)
            + " ┃ "
            + pad("Output Shape", 25)
            + " ┃ "
            + String.format("%15s", "Param #")
            + " ┃ "
            + pad("Connected to", 26)
            + " ┃",
        lines[2]);
    assertTrue(
        table.contains(
            "│ "
                + pad("a (InputLayer)", 29)
                + " │ "
                + pad("(None, 16)", 25)
                + " │ "
                + String.format("%15s", "0")
                + " │ "
                + pad("-", 26)
                + " │"),
        table);
    assertTrue(
        table.contains(
            "│ "
                + pad("cat (Concatenate)", 29)
                + " │ "
                + pad("(None, 12)", 25)
                + " │ "
                + String.format("%15s", "0")
                + " │ "
                + pad("h2[0][0], b[0][0]", 26)
                + " │"),
        table);
  }

  @Test
  void detailedMarkdownAndCsvGainAnInboundColumn() {
    ModelSummary model = residual();
    String detailed = model.toString(SummaryStyle.DETAILED);
    assertTrue(detailed.contains("Connected to"), detailed);
    assertTrue(detailed.contains("bn, in1"), detailed);
    String markdown = model.toMarkdown();
    assertTrue(markdown.contains("| `add` (Add) | (None, 8, 8, 4) (None, 8, 8, 4) |"), markdown);
    assertTrue(markdown.contains("| `bn`, `in1` |"), markdown);
    String[] csv = model.toCsv().split("\r\n");
    assertEquals(CsvSummary.HEADER + ",inbound", csv[0]);
    assertEquals(
        "add,Add,\"(None, 8, 8, 4);(None, 8, 8, 4)\",\"(None, 8, 8, 4)\",0,0,0,0,1024,bn;in1",
        csv[5]);
    assertEquals("in1,InputLayer,\"(None, 8, 8, 4)\",\"(None, 8, 8, 4)\",0,0,0,0,1024,", csv[1]);
  }

  @Test
  void diagramsDrawOneEdgePerInbound() {
    DiagramGraph graph = DiagramGraph.of(residual());
    assertEquals(5, graph.nodes().size());
    assertEquals(
        List.of(
            new DiagramGraph.Edge(0, 1),
            new DiagramGraph.Edge(1, 2),
            new DiagramGraph.Edge(0, 3),
            new DiagramGraph.Edge(2, 4),
            new DiagramGraph.Edge(0, 4)),
        graph.edges());
    assertEquals("(None, 8, 8, 4), (None, 8, 8, 4)", graph.nodes().get(4).input());
    String dot = residual().toDot();
    assertTrue(dot.contains("  n2 -> n4;\n  n0 -> n4;\n"), dot);
    assertTrue(residual().toMermaid().contains("  n0 --> n3\n"));
    String svg = residual().toSvg();
    assertEquals(svg, residual().toSvg());
    // in1 on the first row; conv and flat side by side on the second.
    assertTrue(svg.contains("<text x=\"") && svg.contains("conv</tspan>"), svg);
  }

  private static String pad(String text, int width) {
    return String.format("%-" + width + "s", text);
  }
}
