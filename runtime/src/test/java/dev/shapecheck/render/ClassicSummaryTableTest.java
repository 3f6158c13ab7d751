package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classic table's cell rules. Expected rows were produced by running tf.keras 2.x's own {@code
 * print_row} (positions {@code [29, 55, 65]}) on the same fields.
 */
class ClassicSummaryTableTest {
  private static String row(Layer layer) {
    String table = ModelSummary.of("m", layer.inputShape(), List.of(layer)).toString();
    return table.split("\n")[4];
  }

  @Test
  void overLongCellsAreCutAndSeparatedByOneSpace() {
    Layer layer =
        Layer.of(
            "a_really_long_layer_name_for_testing",
            "Conv2D",
            Shape.of(1),
            Shape.of(1024, 1024, 1024, 1024, 3),
            123456789012L,
            0);
    assertEquals("a_really_long_layer_name_for (None, 1024, 1024, 1024,  1234567890", row(layer));
  }

  @Test
  void cellsArePaddedToTheirColumns() {
    Layer layer =
        Layer.of("exactly_twenty_nine_chars_ab", "Dense", Shape.of(64), Shape.of(10), 650, 0);
    assertEquals("exactly_twenty_nine_chars_ab (None, 10)                650       ", row(layer));
  }

  @Test
  void totalsUseThousandsSeparatorsWhateverTheLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      Layer layer = Layer.of("d", "Dense", Shape.of(1000), Shape.of(1000), 1_001_000, 2_000);
      String table = ModelSummary.of("m", layer.inputShape(), List.of(layer)).toString();
      assertEquals(
          List.of(
              "Total params: 1,003,000",
              "Trainable params: 1,001,000",
              "Non-trainable params: 2,000"),
          List.of(table.split("\n")).subList(6, 9));
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void everyTableLineButTheHeaderAndTotalsIsSixtyFiveWide() {
    Layer layer = Layer.of("d", "Dense", Shape.of(4), Shape.of(3), 15, 0);
    String[] lines =
        ModelSummary.of("m", layer.inputShape(), List.of(layer)).toString().split("\n");
    for (int i : new int[] {1, 2, 3, 4, 5, 9}) {
      assertEquals(65, lines[i].length(), "line " + i + ": '" + lines[i] + "'");
    }
  }
}
