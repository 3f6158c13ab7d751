package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import dev.shapecheck.SummaryStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The terminal width in Keras 3's summary, piece by piece. The whole texts are held to Keras 3
 * itself in conformance ({@code Keras3SummaryTest}: hundreds of models at 80 and 120 columns and at
 * full width, two models at every width from 16 to 64); these tests pin the arithmetic each piece
 * does, with figures the rich library (15.0.0) gives for the same calls, so a broken piece fails
 * here, in the runtime's own build.
 */
class Keras3TerminalWidthTest {
  private static final Shape IN = Shape.of(28, 28, 1);

  private static ModelSummary seedLike() {
    return ModelSummary.of(
        "seed_like",
        IN,
        List.of(
            Layer.of("conv1", "Conv2D", IN, Shape.of(26, 26, 32), 320, 0, 194_688),
            Layer.of("flatten", "Flatten", Shape.of(26, 26, 32), Shape.of(21_632), 0, 0, 0),
            Layer.of("dense", "Dense", Shape.of(21_632), Shape.of(10), 216_330, 0, 216_320)));
  }

  /** rich's {@code ratio_reduce(excess, [1] * n, widths, widths)} on Keras's padded columns. */
  @Test
  void richTakesTheExcessOffEvenlyRoundingHalfToEven() {
    assertArrayEquals(
        new int[] {6, 3, 3},
        RichColumnWidths.ratioReduce(10, new int[] {1, 1, 1}, new int[] {9, 7, 6}));
    assertArrayEquals(
        new int[] {21, 19, 12, 19},
        RichColumnWidths.ratioReduce(13, new int[] {1, 1, 1, 1}, new int[] {24, 22, 16, 22}));
  }

  /** Keras's full tables: 88 columns (39, 31, 18) and 108 (32, 28, 19, 29), then rich's cut. */
  @Test
  void theFullTablesHaveTheTextWidthsOfKeras() {
    int[] sequential = Keras3Layout.SEQUENTIAL.columnWidths(Keras3SummaryTable.UNLIMITED_COLUMNS);
    assertArrayEquals(new int[] {39, 31, 18}, sequential);
    assertArrayEquals(new int[] {36, 27, 15}, RichColumnWidths.contentWidths(sequential, 88));
    int[] connected = Keras3Layout.CONNECTED.columnWidths(Keras3SummaryTable.UNLIMITED_COLUMNS);
    assertArrayEquals(new int[] {32, 28, 19, 29}, connected);
    assertArrayEquals(new int[] {29, 25, 15, 26}, RichColumnWidths.contentWidths(connected, 108));
  }

  @Test
  void theTableIsTheTerminalLessFourUpToItsFullWidth() {
    ModelSummary summary = seedLike();
    for (int columns = Keras3Layout.SEQUENTIAL.alwaysPrintsFrom(); columns <= 200; columns++) {
      String[] lines = summary.toString(SummaryStyle.KERAS3, columns).split("\n");
      int table = Math.min(88, columns - 4);
      for (String line : lines) {
        if ("┏┃┡│├└".indexOf(line.charAt(0)) >= 0) {
          assertEquals(table, line.length(), columns + " columns: " + line);
        }
      }
    }
    assertEquals(summary.toString(SummaryStyle.KERAS3), summary.toString(SummaryStyle.KERAS3, 92));
    assertNotEquals(
        summary.toString(SummaryStyle.KERAS3), summary.toString(SummaryStyle.KERAS3, 91));
  }

  /** Keras's integer fractions are not monotonic: a connected table fits 23 columns, not 24. */
  @Test
  void tooNarrowATerminalIsRefusedAsKerasRefusesIt() {
    assertEquals(20, Keras3Layout.SEQUENTIAL.alwaysPrintsFrom());
    assertEquals(25, Keras3Layout.CONNECTED.alwaysPrintsFrom());
    assertArrayEquals(new int[] {5, 5, 4, 5}, Keras3Layout.CONNECTED.columnWidths(23));
    IllegalArgumentException narrow =
        assertThrows(IllegalArgumentException.class, () -> Keras3Layout.CONNECTED.columnWidths(24));
    assertTrue(narrow.getMessage().contains("terminal of 24 columns"), narrow.getMessage());
    assertTrue(narrow.getMessage().contains("at least 25 columns"), narrow.getMessage());
    ModelSummary summary = seedLike();
    assertThrows(IllegalArgumentException.class, () -> summary.toString(SummaryStyle.KERAS3, 19));
    assertThrows(IllegalArgumentException.class, () -> summary.toString(SummaryStyle.KERAS3, 0));
    assertThrows(IllegalArgumentException.class, () -> summary.toString(SummaryStyle.TFJS, 0));
  }

  /** rich's {@code Console.print} at these widths (fold, trailing spaces kept within the width). */
  @Test
  void titleAndTotalsWrapAsRichConsolePrintsThem() {
    assertEquals(
        List.of("Model: \"a ", "model ", "whose name", "is long\""),
        RichConsoleLines.wrap("Model: \"a model whose name is long\"", 10));
    assertEquals(
        List.of("Model: ", "\"abcdefghi", "jklmnopqrs", "tuvwxyz\""),
        RichConsoleLines.wrap("Model: \"abcdefghijklmnopqrstuvwxyz\"", 10));
    assertEquals(
        List.of(" Total params: ", "93,322 (364.54 ", "KB)"),
        RichConsoleLines.wrap(" Total params: 93,322 (364.54 KB)", 16));
    assertEquals(List.of("ab ", "cd"), RichConsoleLines.wrap("ab   cd", 3));
  }

  /** Only Keras 3 reads the terminal: the other frameworks print the same text on any. */
  @Test
  void theOtherStylesIgnoreTheTerminal() {
    ModelSummary summary = seedLike();
    for (SummaryStyle style : SummaryStyle.values()) {
      if (style != SummaryStyle.KERAS3) {
        assertEquals(summary.toString(style), summary.toString(style, 40), style.name());
      }
    }
  }
}
