package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.Layer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 7's residual block: the graph javac built from the parameters of its methods. */
class ResidualBlockTest {
  private static Layer row(String name) {
    return ResidualBlockModel.SUMMARY.layers().stream()
        .filter(layer -> layer.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theAdditionJoinsTheBranchAndTheShortcut() {
    Layer add = row("add");
    assertEquals(List.of("bn2", "input"), add.inbound());
    assertEquals(List.of(row("bn2").outputShape(), row("input").outputShape()), add.inputShapes());
  }

  @Test
  void aResidualBlockKeepsItsInputShapeAndHasOneInputAndOneOutput() {
    assertEquals(ResidualBlockModel.INPUT_SHAPE, ResidualBlockModel.OUTPUT_SHAPE);
    assertEquals(
        List.of("input"),
        ResidualBlockModel.SUMMARY.inputLayers().stream().map(Layer::name).toList());
    assertEquals(
        List.of("out"),
        ResidualBlockModel.SUMMARY.outputLayers().stream().map(Layer::name).toList());
  }

  /** Both 3x3 convolutions have the same weights, and batch normalization's are half trainable. */
  @Test
  void theTotalsAreTheSumOfTheRows() {
    long total = ResidualBlockModel.SUMMARY.layers().stream().mapToLong(Layer::params).sum();
    assertEquals(total, ResidualBlockModel.TOTAL_PARAMS);
    assertEquals(row("conv1").params(), row("conv2").params());
    assertEquals(row("bn1").nonTrainableParams(), row("bn1").trainableParams());
    assertEquals(
        row("bn1").nonTrainableParams() + row("bn2").nonTrainableParams(),
        ResidualBlockModel.NON_TRAINABLE_PARAMS);
  }
}
