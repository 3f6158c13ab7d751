package dev.shapecheck.examples;

import static dev.shapecheck.examples.SummaryRows.row;
import static dev.shapecheck.examples.SummaryRows.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.Shape;
import org.junit.jupiter.api.Test;

/**
 * VGG16 against the Keras Applications table (138,357,544 parameters, all trainable) and the
 * published multiply-accumulate count.
 */
class Vgg16ModelTest {
  @Test
  void matchesKerasApplications() {
    assertEquals(138_357_544L, Vgg16Model.TOTAL_PARAMS);
    assertEquals(138_357_544L, Vgg16Model.TRAINABLE_PARAMS);
    assertEquals(0L, Vgg16Model.NON_TRAINABLE_PARAMS);
    assertEquals(Shape.of(1000), Vgg16Model.OUTPUT_SHAPE);
    assertEquals(23, Vgg16Model.SUMMARY.layers().size()); // the input_layer row included
    assertEquals("(None, 7, 7, 512)", shape(Vgg16Model.SUMMARY, "block5_pool"));
    assertEquals(25_088, row(Vgg16Model.SUMMARY, "flatten").outputShape().dim(0));
  }

  /** The published 15.47 GMACs of VGG16 at 224x224 (convolutions and dense layers). */
  @Test
  void multiplyAccumulatesMatchThePublishedFigure() {
    assertEquals(15_470_264_320L, Vgg16Model.TOTAL_MACS);
    assertEquals(15_470_264_320L, Vgg16Model.SUMMARY.totalMacs());
  }
}
