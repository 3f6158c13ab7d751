package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.ModelSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed model's three diagrams, byte for byte against golden files that were rendered once,
 * drawn (with Graphviz's {@code dot}, Mermaid 11 and librsvg) and read. Beside the byte check, each
 * test reads the golden file itself for the facts a diagram must show, so a golden file regenerated
 * from broken code cannot pass.
 */
class DiagramGoldenTest {
  private static final ModelSummary SEED = DiagramModels.mnistCnn();

  /** Each box in order: header, input shape, output shape, parameters (Keras's table values). */
  private static final List<List<String>> SEED_BOXES =
      List.of(
          List.of("conv1_input: InputLayer", "(None, 28, 28, 1)", "(None, 28, 28, 1)", "0"),
          List.of("conv1: Conv2D", "(None, 28, 28, 1)", "(None, 26, 26, 32)", "320"),
          List.of("pool1: MaxPooling2D", "(None, 26, 26, 32)", "(None, 13, 13, 32)", "0"),
          List.of("conv2: Conv2D", "(None, 13, 13, 32)", "(None, 11, 11, 64)", "18,496"),
          List.of("pool2: MaxPooling2D", "(None, 11, 11, 64)", "(None, 5, 5, 64)", "0"),
          List.of("conv3: Conv2D", "(None, 5, 5, 64)", "(None, 3, 3, 64)", "36,928"),
          List.of("flatten: Flatten", "(None, 3, 3, 64)", "(None, 576)", "0"),
          List.of("dense1: Dense", "(None, 576)", "(None, 64)", "36,928"),
          List.of("output: Dense", "(None, 64)", "(None, 10)", "650"));

  private static final String TOTALS = "Total params: 93,322 (trainable: 93,322, non-trainable: 0)";

  static String resource(String name) throws IOException {
    try (InputStream in = DiagramGoldenTest.class.getResourceAsStream("/diagrams/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void dotIsTheGoldenFile() throws Exception {
    String golden = resource("mnist_cnn.dot");
    assertEquals(golden, SEED.toDot());
    assertEquals(SEED_BOXES, DiagramParsing.dotBoxes(golden));
    assertEquals("mnist_cnn" + TOTALS, DiagramParsing.xmlText("<x>" + labelOf(golden, 1) + "</x>"));
    for (int i = 0; i < 8; i++) {
      assertTrue(golden.contains("\n  n" + i + " -> n" + (i + 1) + ";\n"), "edge " + i);
    }
    assertEquals(8, golden.split(" -> ", -1).length - 1);
  }

  @Test
  void mermaidIsTheGoldenFile() throws Exception {
    String golden = resource("mnist_cnn.mmd");
    assertEquals(golden, SEED.toMermaid());
    assertTrue(golden.startsWith("---\ntitle: \"mnist_cnn: " + TOTALS + "\"\n---\nflowchart TD\n"));
    assertEquals(SEED_BOXES, DiagramParsing.mermaidBoxes(golden));
    for (int i = 0; i < 8; i++) {
      assertTrue(golden.contains("\n  n" + i + " --> n" + (i + 1) + "\n"), "edge " + i);
    }
    assertEquals(8, golden.split(" --> ", -1).length - 1);
  }

  @Test
  void svgIsTheGoldenFile() throws Exception {
    String golden = resource("mnist_cnn.svg");
    assertEquals(golden, SEED.toSvg());
    DiagramParsing.Svg svg = DiagramParsing.svg(golden);
    assertEquals("mnist_cnn", svg.title());
    assertEquals(List.of("mnist_cnn", TOTALS), svg.heading());
    assertEquals(SEED_BOXES, svg.boxes());
    // Eight arrows, each from the bottom center of a box to the top center of the next one.
    assertEquals(8, svg.arrows().size());
    for (int i = 0; i < 8; i++) {
      int[] arrow = svg.arrows().get(i);
      int[] from = svg.boxRects().get(i);
      int[] to = svg.boxRects().get(i + 1);
      assertEquals(from[0] + from[2] / 2, arrow[0], "arrow " + i);
      assertEquals(from[1] + from[3], arrow[1], "arrow " + i);
      assertEquals(to[0] + to[2] / 2, arrow[2], "arrow " + i);
      assertEquals(to[1], arrow[3], "arrow " + i);
      assertTrue(arrow[3] > arrow[1], "arrows point down");
    }
  }

  /** The HTML-like label of the {@code line}-th line of a DOT file. */
  private static String labelOf(String dot, int line) {
    Matcher m = Pattern.compile("label=<(.*)>\\]").matcher(dot.split("\n")[line]);
    assertTrue(m.find());
    return m.group(1);
  }
}
