package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * What a layer produces for one input: the output shape, the weights it creates, and the
 * multiply-accumulates it performs for one sample ({@link Macs#UNKNOWN} when they depend on an
 * unknown dimension).
 */
final class LayerOutput {
  final Shape shape;
  final long trainableParams;
  final long nonTrainableParams;
  final long macs;

  /** A layer that multiplies nothing by weights: pooling, reshaping, normalization, noise. */
  LayerOutput(Shape shape, long trainableParams, long nonTrainableParams) {
    this(shape, trainableParams, nonTrainableParams, 0);
  }

  LayerOutput(Shape shape, long trainableParams, long nonTrainableParams, long macs) {
    this.shape = shape;
    this.trainableParams = trainableParams;
    this.nonTrainableParams = nonTrainableParams;
    this.macs = macs;
  }
}
