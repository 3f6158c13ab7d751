package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * How many of the non-trainable weights Keras holds as 64-bit integers whatever the model's dtype
   * ({@code Normalization}'s count): its summary counts them at 8 bytes.
   */
  final long int64Params;

  /**
   * Every output in Keras's order, {@link #shape} first: more than one for a recurrent layer with
   * {@code return_state} ({@code [output, state_h, state_c]}).
   */
  final List<Shape> shapes;

  /** A layer that multiplies nothing by weights: pooling, reshaping, normalization, noise. */
  LayerOutput(Shape shape, long trainableParams, long nonTrainableParams) {
    this(shape, trainableParams, nonTrainableParams, 0);
  }

  LayerOutput(Shape shape, long trainableParams, long nonTrainableParams, long macs) {
    this(shape, trainableParams, nonTrainableParams, macs, 0);
  }

  LayerOutput(
      Shape shape, long trainableParams, long nonTrainableParams, long macs, long int64Params) {
    this(shape, trainableParams, nonTrainableParams, macs, int64Params, List.of(shape));
  }

  private LayerOutput(
      Shape shape,
      long trainableParams,
      long nonTrainableParams,
      long macs,
      long int64Params,
      List<Shape> shapes) {
    this.shape = shape;
    this.trainableParams = trainableParams;
    this.nonTrainableParams = nonTrainableParams;
    this.macs = macs;
    this.int64Params = int64Params;
    this.shapes = List.copyOf(shapes);
  }

  /** This output followed by {@code more} outputs (a recurrent layer's final states). */
  LayerOutput withMoreOutputs(List<Shape> more) {
    List<Shape> all = new ArrayList<>(shapes);
    all.addAll(more);
    return new LayerOutput(shape, trainableParams, nonTrainableParams, macs, int64Params, all);
  }
}
