package dev.shapecheck.examples;

import static dev.shapecheck.examples.SummaryRows.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import org.junit.jupiter.api.Test;

/**
 * DenseNet-121 against the Keras Applications table: 8,062,504 parameters, 83,648 of them
 * non-trainable.
 */
class DenseNet121ModelTest {
  private static final ModelSummary SUMMARY = DenseNet121Model.SUMMARY;

  @Test
  void matchesKerasApplications() {
    assertEquals(8_062_504L, DenseNet121Model.TOTAL_PARAMS);
    assertEquals(83_648L, DenseNet121Model.NON_TRAINABLE_PARAMS);
    assertEquals(8_062_504L - 83_648L, DenseNet121Model.TRAINABLE_PARAMS);
    assertEquals(Shape.of(1000), DenseNet121Model.OUTPUT_SHAPE);
    assertEquals("densenet121", SUMMARY.name());
  }

  /** A use repeated with times carries Keras's numbering, and each use adds 32 channels. */
  @Test
  void repeatedUsesGrowTheChannelsAsKerasDoes() {
    assertEquals("(None, 56, 56, 96)", shape(SUMMARY, "conv2_block1_concat"));
    assertEquals("(None, 56, 56, 256)", shape(SUMMARY, "conv2_block6_concat"));
    assertEquals("(None, 28, 28, 128)", shape(SUMMARY, "pool2_pool"));
    assertEquals("(None, 14, 14, 1024)", shape(SUMMARY, "conv4_block24_concat"));
    assertEquals("(None, 7, 7, 1024)", shape(SUMMARY, "conv5_block16_concat"));
  }

  @Test
  void denseLayerCountsAreSixTwelveTwentyFourSixteen() {
    assertEquals(58, SUMMARY.layers().stream().filter(l -> l.type().equals("Concatenate")).count());
  }
}
