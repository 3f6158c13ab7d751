package dev.shapecheck.examples;

import static dev.shapecheck.examples.SummaryRows.row;
import static dev.shapecheck.examples.SummaryRows.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ResNet50 against the Keras Applications table: 25,636,712 parameters, 53,120 of them the
 * non-trainable moving statistics of its batch normalizations.
 */
class ResNet50ModelTest {
  private static final ModelSummary SUMMARY = ResNet50Model.SUMMARY;

  @Test
  void matchesKerasApplications() {
    assertEquals(25_636_712L, ResNet50Model.TOTAL_PARAMS);
    assertEquals(53_120L, ResNet50Model.NON_TRAINABLE_PARAMS);
    assertEquals(25_636_712L - 53_120L, ResNet50Model.TRAINABLE_PARAMS);
    assertEquals(Shape.of(1000), ResNet50Model.OUTPUT_SHAPE);
    assertEquals("resnet50", SUMMARY.name());
  }

  /**
   * Each stage ends at Keras's published size, in the block Keras ends it with: conv2_block3_out,
   * conv3_block4_out, conv4_block6_out, conv5_block3_out (the identity chains go on from 2).
   */
  @Test
  void stagesEndWhereKerasStagesEnd() {
    assertEquals("(None, 56, 56, 256)", shape(SUMMARY, "conv2_block3_out"));
    assertEquals("(None, 28, 28, 512)", shape(SUMMARY, "conv3_block4_out"));
    assertEquals("(None, 14, 14, 1024)", shape(SUMMARY, "conv4_block6_out"));
    assertEquals("(None, 7, 7, 2048)", shape(SUMMARY, "conv5_block3_out"));
    assertEquals(List.of("conv5_block3_out"), row(SUMMARY, "avg_pool").inbound());
  }

  /** The per-use stride reached the projection: stage conv3 halves the size in its first block. */
  @Test
  void setOverridesApplyPerUse() {
    assertEquals("(None, 56, 56, 256)", shape(SUMMARY, "conv2_block1_0_conv"));
    assertEquals("(None, 28, 28, 512)", shape(SUMMARY, "conv3_block1_0_conv"));
    assertEquals("(None, 28, 28, 128)", shape(SUMMARY, "conv3_block1_1_conv"));
    assertEquals("Add", row(SUMMARY, "conv4_block6_add").type());
  }
}
