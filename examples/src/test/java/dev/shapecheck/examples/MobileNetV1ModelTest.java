package dev.shapecheck.examples;

import static dev.shapecheck.examples.SummaryRows.row;
import static dev.shapecheck.examples.SummaryRows.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import org.junit.jupiter.api.Test;

/**
 * MobileNet v1 against the Keras Applications table: 4,253,864 parameters, 21,888 of them the
 * non-trainable moving statistics of its 27 batch normalizations.
 */
class MobileNetV1ModelTest {
  @Test
  void matchesKerasApplications() {
    assertEquals(4_253_864L, MobileNetV1Model.TOTAL_PARAMS);
    assertEquals(21_888L, MobileNetV1Model.NON_TRAINABLE_PARAMS);
    assertEquals(4_253_864L - 21_888L, MobileNetV1Model.TRAINABLE_PARAMS);
    assertEquals(Shape.of(1000), MobileNetV1Model.OUTPUT_SHAPE);
    assertEquals("mobilenet_1.00_224", MobileNetV1Model.SUMMARY.name());
  }

  /** The paper's "569 million Mult-Adds" (Howard et al. 2017, Table 8), exactly. */
  @Test
  void multiplyAccumulatesMatchThePaper() {
    assertEquals(568_740_352L, MobileNetV1Model.TOTAL_MACS);
  }

  @Test
  void layersAreKerasLayers() {
    ModelSummary summary = MobileNetV1Model.SUMMARY;
    assertEquals("DepthwiseConv2D", row(summary, "conv_dw_13").type());
    assertEquals("ZeroPadding2D", row(summary, "conv_pad_2").type());
    assertEquals("(None, 7, 7, 1024)", shape(summary, "conv_pw_13_relu"));
    assertEquals("(None, 1, 1, 1024)", shape(summary, "global_average_pooling2d"));
    assertEquals("InputLayer", summary.layers().get(0).type()); // Keras's input_layer
  }
}
