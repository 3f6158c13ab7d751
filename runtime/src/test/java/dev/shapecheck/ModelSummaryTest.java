package dev.shapecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals and memory figures, as "Cost figures" in docs/guide.md defines them. */
class ModelSummaryTest {
  private static final Layer CONV =
      Layer.of("c", "Conv2D", Shape.of(28, 28, 1), Shape.of(26, 26, 32), 320, 0, 194_688);
  private static final Layer BN =
      Layer.of("b", "BatchNormalization", Shape.of(26, 26, 32), Shape.of(26, 26, 32), 64, 64, 0);

  @Test
  void totalsAddUp() {
    ModelSummary summary = ModelSummary.of("m", CONV.inputShape(), List.of(CONV, BN));
    assertEquals(448, summary.totalParams());
    assertEquals(384, summary.trainableParams());
    assertEquals(64, summary.nonTrainableParams());
    assertEquals(194_688, summary.totalMacs());
    assertEquals(Shape.of(26, 26, 32), summary.outputShape());
  }

  @Test
  void bytesFollowTheDtype() {
    ModelSummary f32 = ModelSummary.of("m", CONV.inputShape(), List.of(CONV, BN));
    ModelSummary f16 = ModelSummary.of("m", CONV.inputShape(), List.of(CONV, BN), DType.FLOAT16);
    assertEquals(DType.FLOAT32, f32.dtype());
    assertEquals(448 * 4, f32.paramBytes());
    assertEquals(448 * 2, f16.paramBytes());
    assertEquals(384 * 4, f32.trainableParamBytes());
    assertEquals(64 * 4, f32.nonTrainableParamBytes());
    // both layers output 26 x 26 x 32 values per sample
    assertEquals(2 * 26 * 26 * 32 * 4, f32.activationBytes());
  }

  @Test
  void trainingMemoryIsWeightsGradientsAdamAndBatchActivations() {
    ModelSummary summary = ModelSummary.of("m", CONV.inputShape(), List.of(CONV, BN));
    long weights = 448 * 4;
    long gradientsAndMoments = 3 * 384 * 4;
    long activations = 2 * 26 * 26 * 32 * 4;
    assertEquals(weights + gradientsAndMoments + 32 * activations, summary.trainingMemoryBytes(32));
    assertThrows(IllegalArgumentException.class, () -> summary.trainingMemoryBytes(0));
  }

  @Test
  void unknownDimensionsMakeMemoryFiguresUnknown() {
    Layer open =
        Layer.of(
            "d", "Dense", Shape.of(Shape.NONE, 4), Shape.of(Shape.NONE, 2), 10, 0, Layer.UNKNOWN);
    ModelSummary summary = ModelSummary.of("m", open.inputShape(), List.of(open));
    assertEquals(Layer.UNKNOWN, summary.activationBytes());
    assertEquals(Layer.UNKNOWN, summary.totalMacs());
    assertEquals(Layer.UNKNOWN, summary.trainingMemoryBytes(8));
    assertEquals(40, summary.paramBytes());
  }
}
