package dev.shapecheck.examples;

import static dev.shapecheck.examples.SummaryRows.row;
import static dev.shapecheck.examples.SummaryRows.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Xception against the Keras Applications table (22,910,480 parameters) and Keras's published
 * summary (54,528 non-trainable).
 */
class XceptionModelTest {
  private static final ModelSummary SUMMARY = XceptionModel.SUMMARY;

  @Test
  void matchesKerasApplications() {
    assertEquals(22_910_480L, XceptionModel.TOTAL_PARAMS);
    assertEquals(54_528L, XceptionModel.NON_TRAINABLE_PARAMS);
    assertEquals(22_910_480L - 54_528L, XceptionModel.TRAINABLE_PARAMS);
    assertEquals(Shape.of(1000), XceptionModel.OUTPUT_SHAPE);
    assertEquals("xception", SUMMARY.name());
  }

  @Test
  void flowsHaveKerasShapes() {
    assertEquals("(None, 147, 147, 64)", shape(SUMMARY, "block1_conv2_act"));
    assertEquals("(None, 74, 74, 128)", shape(SUMMARY, "add"));
    assertEquals("(None, 19, 19, 728)", shape(SUMMARY, "add_2"));
    assertEquals("(None, 19, 19, 728)", shape(SUMMARY, "add_10"));
    assertEquals("(None, 10, 10, 1024)", shape(SUMMARY, "add_11"));
    assertEquals("(None, 10, 10, 2048)", shape(SUMMARY, "block14_sepconv2_act"));
  }

  /**
   * The middle flow is one block applied eight times, as Keras's block5 to block12; its additions,
   * which Keras leaves unnamed, continue Keras's count (add_3 to add_10).
   */
  @Test
  void middleFlowIsEightUses() {
    List<String> uses =
        SUMMARY.layers().stream()
            .map(l -> l.name())
            .filter(n -> n.endsWith("_sepconv3_bn"))
            .toList();
    assertEquals(
        List.of(
            "block5_sepconv3_bn",
            "block6_sepconv3_bn",
            "block7_sepconv3_bn",
            "block8_sepconv3_bn",
            "block9_sepconv3_bn",
            "block10_sepconv3_bn",
            "block11_sepconv3_bn",
            "block12_sepconv3_bn"),
        uses);
    assertEquals(List.of("add_10"), row(SUMMARY, "conv2d_3").inbound());
  }
}
