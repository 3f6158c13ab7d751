package dev.shapecheck.examples;

import static dev.shapecheck.examples.SummaryRows.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import org.junit.jupiter.api.Test;

/**
 * MobileNet v2 against the Keras Applications table: 3,538,984 parameters, 34,112 of them
 * non-trainable.
 */
class MobileNetV2ModelTest {
  private static final ModelSummary SUMMARY = MobileNetV2Model.SUMMARY;

  @Test
  void matchesKerasApplications() {
    assertEquals(3_538_984L, MobileNetV2Model.TOTAL_PARAMS);
    assertEquals(34_112L, MobileNetV2Model.NON_TRAINABLE_PARAMS);
    assertEquals(3_538_984L - 34_112L, MobileNetV2Model.TRAINABLE_PARAMS);
    assertEquals(Shape.of(1000), MobileNetV2Model.OUTPUT_SHAPE);
    assertEquals("mobilenetv2_1.00_224", SUMMARY.name());
  }

  /** Keras's block_N_* layers keep their names as block_N/*, with Keras's shapes. */
  @Test
  void blocksKeepKerasNamesAndShapes() {
    assertEquals("(None, 113, 113, 96)", shape(SUMMARY, "block_1_pad"));
    assertEquals("(None, 56, 56, 24)", shape(SUMMARY, "block_2_add"));
    assertEquals("(None, 15, 15, 576)", shape(SUMMARY, "block_13_pad"));
    assertEquals("(None, 7, 7, 320)", shape(SUMMARY, "block_16_project_BN"));
    assertEquals("(None, 7, 7, 1280)", shape(SUMMARY, "out_relu"));
  }

  /** Only the stride-1 blocks that keep their width add a residual: ten of the sixteen. */
  @Test
  void tenResidualAdditions() {
    assertEquals(10, SUMMARY.layers().stream().filter(l -> l.type().equals("Add")).count());
    assertTrue(SUMMARY.layers().stream().noneMatch(l -> l.name().equals("block_16_add")));
  }
}
