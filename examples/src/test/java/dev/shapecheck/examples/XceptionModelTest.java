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
    assertEquals("(None, 74, 74, 128)", shape(SUMMARY, "block2_add"));
    assertEquals("(None, 19, 19, 728)", shape(SUMMARY, "block4/add"));
    assertEquals("(None, 19, 19, 728)", shape(SUMMARY, "block12/add"));
    assertEquals("(None, 10, 10, 1024)", shape(SUMMARY, "block13/add"));
    assertEquals("(None, 10, 10, 2048)", shape(SUMMARY, "block14_sepconv2_act"));
  }

  /** The middle flow is one block applied eight times, as Keras's block5 to block12. */
  @Test
  void middleFlowIsEightUses() {
    List<String> uses =
        SUMMARY.layers().stream()
            .map(l -> l.name())
            .filter(n -> n.endsWith("/sepconv3_bn"))
            .toList();
    assertEquals(
        List.of(
            "block5/sepconv3_bn",
            "block6/sepconv3_bn",
            "block7/sepconv3_bn",
            "block8/sepconv3_bn",
            "block9/sepconv3_bn",
            "block10/sepconv3_bn",
            "block11/sepconv3_bn",
            "block12/sepconv3_bn"),
        uses);
    assertEquals(List.of("block12/add"), row(SUMMARY, "block13/residual").inbound());
  }
}
