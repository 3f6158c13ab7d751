package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import org.junit.jupiter.api.Test;

/**
 * The constrained seed compiled, so its constraints held: this test restates them against the
 * generated figures, and fails if the processor ever let a violated constraint through.
 */
class ConstrainedMnistCnnModelTest {
  @Test
  void theGeneratedModelMeetsItsConstraints() {
    assertArrayEquals(new int[] {10}, ConstrainedMnistCnnModel.OUTPUT_SHAPE.dims());
    Layer pool1 = ConstrainedMnistCnnModel.SUMMARY.layers().get(1);
    assertEquals("pool1", pool1.name());
    assertArrayEquals(new int[] {13, 13, 32}, pool1.outputShape().dims());
    assertTrue(ConstrainedMnistCnnModel.TOTAL_PARAMS <= 100_000);
    assertEquals(MnistCnnModel.TOTAL_PARAMS, ConstrainedMnistCnnModel.TOTAL_PARAMS);
  }
}
