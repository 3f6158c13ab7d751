package dev.shapecheck.render;

import static dev.shapecheck.render.Goldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import dev.shapecheck.SummaryStyle;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every summary style on a model whose names and shapes do not fit their columns: KERAS_CLASSIC and
 * TFJS cut them, KERAS3 wraps them and ends an over-long word with "…" as rich does, DETAILED wraps
 * and folds them without losing a character. The goldens were generated once and checked by eye;
 * KERAS3's is also what Keras 3 itself prints for the same layers ({@code long_cells_everywhere} in
 * conformance's {@code Keras3SummaryTest}, whose model differs only in its name).
 */
class SummaryStylesTest {
  /** Built by the engine as the processor would build it from annotations. */
  static final ModelSummary LONG_NAMES =
      ShapeEngine.check(
              ModelConfig.of(
                  "a_model_whose_name_is_rather_long_as_well",
                  new int[] {32, 32, 3},
                  -1,
                  List.of(
                      LayerConfig.withDefaults(
                          "first_convolution_with_a_very_long_descriptive_name",
                          "Conv2D",
                          Map.of("filters", 16, "kernelSize", List.of(3))),
                      LayerConfig.withDefaults(
                          "batch_normalization_after_conv_one", "BatchNormalization", Map.of()),
                      LayerConfig.withDefaults(
                          "reshape_into_many_small_axes",
                          "Reshape",
                          Map.of("targetShape", List.of(2, 2, 2, 2, 2, 2, 3, 3, 5, 5))),
                      LayerConfig.withDefaults("flatten", "Flatten", Map.of()),
                      LayerConfig.withDefaults(
                          "classification_head_with_softmax",
                          "Dense",
                          Map.of("units", 10, "activation", "SOFTMAX")))))
          .summary();

  @Test
  void longNamesInEveryStyle() {
    assertGolden("long_names.keras_classic.txt", LONG_NAMES.toString(SummaryStyle.KERAS_CLASSIC));
    assertGolden("long_names.keras3.txt", LONG_NAMES.toString(SummaryStyle.KERAS3));
    assertGolden("long_names.tfjs.txt", LONG_NAMES.toString(SummaryStyle.TFJS));
    assertGolden("long_names.detailed.txt", LONG_NAMES.toString(SummaryStyle.DETAILED));
    assertGolden("long_names.md", LONG_NAMES.toMarkdown());
    assertGolden("long_names.csv", LONG_NAMES.toCsv());
  }

  @Test
  void classicStyleIsToString() {
    assertEquals(LONG_NAMES.toString(), LONG_NAMES.toString(SummaryStyle.KERAS_CLASSIC));
  }

  @Test
  void boxTablesHaveTheirWidthOnEveryLine() {
    String[] keras3 = LONG_NAMES.toString(SummaryStyle.KERAS3).split("\n");
    for (int i = 1; i < keras3.length - 3; i++) {
      assertEquals(88, keras3[i].length(), "Keras 3 line " + i + ": " + keras3[i]);
    }
    String[] detailed = LONG_NAMES.toString(SummaryStyle.DETAILED).split("\n");
    int width = detailed[1].length();
    for (int i = 2; detailed[i].charAt(0) != ' '; i++) {
      assertEquals(width, detailed[i].length(), "detailed line " + i + ": " + detailed[i]);
    }
  }

  @Test
  void detailedNeverLosesACharacter() {
    String detailed = LONG_NAMES.toString(SummaryStyle.DETAILED);
    assertTrue(!detailed.contains("…"));
    // Reassemble each cell from its lines: wrapping drops only the spaces it breaks at.
    List<String[]> rows = new ArrayList<>();
    StringBuilder[] cells = null;
    for (String line : detailed.split("\n")) {
      if (line.startsWith("│")) {
        String[] parts = line.split("│");
        if (cells == null) {
          cells = new StringBuilder[parts.length - 1];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = new StringBuilder();
          }
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i].append(parts[i + 1].replace(" ", ""));
        }
      } else if (cells != null) {
        rows.add(Arrays.stream(cells).map(StringBuilder::toString).toArray(String[]::new));
        cells = null;
      }
    }
    assertEquals(LONG_NAMES.layers().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Layer layer = LONG_NAMES.layers().get(i);
      String[] want = DetailedSummaryTable.cells(layer, LONG_NAMES.dtype(), "");
      for (int c = 0; c < want.length; c++) {
        assertEquals(want[c].replace(" ", ""), rows.get(i)[c], "row " + i + ", column " + c);
      }
    }
  }

  /** The rich library's own output for these cells ({@code Text.wrap}, rich 13.9.4 and 15.0.0). */
  @Test
  void keras3CellsWrapAsRichWrapsThem() {
    assertEquals(
        List.of("aaa", "bbbbbbb…", "c"),
        BoxTable.wrap("aaa bbbbbbbbbbbbbbbbbbbb c", 8, BoxTable.Overflow.ELLIPSIS));
    assertEquals(
        List.of("(None, 100, 200, 300, 400,", "500, 600, 700, 800)"),
        BoxTable.wrap(
            "(None, 100, 200, 300, 400, 500, 600, 700, 800)", 27, BoxTable.Overflow.ELLIPSIS));
    assertEquals(
        List.of("a_very_long_layer_name_that_goes_on…", "(Conv2D)"),
        BoxTable.wrap(
            "a_very_long_layer_name_that_goes_on_and_on (Conv2D)", 36, BoxTable.Overflow.ELLIPSIS));
  }

  /** Rich would leave a line holding the space after a folded word; the detailed table doesn't. */
  @Test
  void detailedCellsFoldLongWords() {
    assertEquals(
        List.of("abcde", "fghij", "klm"),
        BoxTable.wrap("abcdefghij klm", 5, BoxTable.Overflow.FOLD));
    assertEquals(
        List.of("128", "(64 non-trainable)"),
        BoxTable.wrap("128\n(64 non-trainable)", 18, BoxTable.Overflow.FOLD));
  }

  /** Values printed by Keras 3's {@code readable_memory_size} run in Python. */
  @Test
  void memoryIsInKerasUnits() {
    assertEquals("0.00 B", Readable.memory(0.0));
    assertEquals("1023.00 B", Readable.memory(1023.0));
    assertEquals("1.00 KB", Readable.memory(1024.0));
    assertEquals("364.54 KB", Readable.memory(373_288.0));
    assertEquals("16.23 MB", Readable.memory(17_015_456.0));
    assertEquals("1.12 KB", Readable.memory(1152.0)); // 1.125: Python rounds half to even
    assertEquals("1024.00 KB", Readable.memory(1_048_575.0)); // Keras compares before rounding
    assertEquals("2.00 PB", Readable.memory(Math.pow(2, 61))); // and divides past its last unit
  }

  @Test
  void csvQuotesWhatNeedsQuoting() {
    assertEquals("plain", CsvSummary.field("plain"));
    assertEquals("\"(None, 10)\"", CsvSummary.field("(None, 10)"));
    assertEquals("\"say \"\"hi\"\"\"", CsvSummary.field("say \"hi\""));
    Layer odd =
        Layer.of(
            "a,b", "Dense", Shape.of(Shape.NONE, 4), Shape.of(Shape.NONE, 2), 10, 0, Layer.UNKNOWN);
    String csv = ModelSummary.of("m", odd.inputShape(), List.of(odd)).toCsv();
    assertEquals(
        CsvSummary.HEADER
            + "\r\n\"a,b\",Dense,\"(None, None, 4)\",\"(None, None, 2)\",10,10,0,,\r\n",
        csv);
  }

  @Test
  void markdownEscapesPipesAndBackticks() {
    assertEquals("`a_b`", MarkdownSummary.codeSpan("a_b"));
    assertEquals("``a`b``", MarkdownSummary.codeSpan("a`b"));
    Layer layer = Layer.of("x", "Dense", Shape.of(4), Shape.of(2), 10, 0, 8);
    String md = ModelSummary.of("odd|name`", layer.inputShape(), List.of(layer)).toMarkdown();
    assertTrue(md.startsWith("Model: `` odd\\|name` `` (float32)\n"), md);
  }
}
