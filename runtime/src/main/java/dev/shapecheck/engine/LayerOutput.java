package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/** What a layer produces for one input: the output shape and the weights it creates. */
final class LayerOutput {
  final Shape shape;
  final long trainableParams;
  final long nonTrainableParams;

  LayerOutput(Shape shape, long trainableParams, long nonTrainableParams) {
    this.shape = shape;
    this.trainableParams = trainableParams;
    this.nonTrainableParams = nonTrainableParams;
  }
}
