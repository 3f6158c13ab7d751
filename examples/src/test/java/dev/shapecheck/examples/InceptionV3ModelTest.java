package dev.shapecheck.examples;

import static dev.shapecheck.examples.SummaryRows.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import org.junit.jupiter.api.Test;

/**
 * Inception v3 against the Keras Applications table (23,851,784 parameters) and Keras's published
 * summary (34,432 non-trainable: the moving statistics of its scale-free batch normalizations).
 */
class InceptionV3ModelTest {
  private static final ModelSummary SUMMARY = InceptionV3Model.SUMMARY;

  @Test
  void matchesKerasApplications() {
    assertEquals(23_851_784L, InceptionV3Model.TOTAL_PARAMS);
    assertEquals(34_432L, InceptionV3Model.NON_TRAINABLE_PARAMS);
    assertEquals(23_851_784L - 34_432L, InceptionV3Model.TRAINABLE_PARAMS);
    assertEquals(Shape.of(1000), InceptionV3Model.OUTPUT_SHAPE);
    assertEquals("inception_v3", SUMMARY.name());
  }

  /** Keras's mixed0 ... mixed10 sizes, from the concatenation of each block. */
  @Test
  void mixedBlocksHaveKerasShapes() {
    assertEquals("(None, 35, 35, 256)", shape(SUMMARY, "mixed0"));
    assertEquals("(None, 35, 35, 288)", shape(SUMMARY, "mixed2"));
    assertEquals("(None, 17, 17, 768)", shape(SUMMARY, "mixed3"));
    assertEquals("(None, 17, 17, 768)", shape(SUMMARY, "mixed7"));
    assertEquals("(None, 8, 8, 1280)", shape(SUMMARY, "mixed8"));
    assertEquals("(None, 8, 8, 2048)", shape(SUMMARY, "mixed10"));
  }

  /**
   * A set entry on a nested use reaches the convolution two levels down: mixed4's and mixed5's
   * branch7x7_1, mixed7's branch7x7dbl_4 and mixed0's branch_pool, by the names Keras gives them.
   */
  @Test
  void nestedSetEntriesReachTheirLayer() {
    assertEquals("(None, 17, 17, 128)", shape(SUMMARY, "conv2d_31"));
    assertEquals("(None, 17, 17, 160)", shape(SUMMARY, "conv2d_41"));
    assertEquals("(None, 17, 17, 192)", shape(SUMMARY, "activation_67"));
    assertEquals("(None, 35, 35, 32)", shape(SUMMARY, "activation_11"));
  }
}
