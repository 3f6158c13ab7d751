package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * Keras's {@code Flatten}: a sample becomes one vector. The data format only reorders values.
 *
 * <p>Of an unknown dimension, Keras 3.15.1 builds and runs Flatten to {@code (None, None)}, and so
 * does ShapeCheck (TensorFlow.js rejects it at once): a model that ends there is valid, and the
 * next layer that needs the length to size its weights ({@code Dense}, a convolution, a recurrent
 * layer) cannot be built, in Keras as here.
 */
final class FlattenSpec implements LayerSpec {
  static FlattenSpec parse(Arguments args) {
    args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    return new FlattenSpec();
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    long size = 1;
    for (int axis = 0; axis < input.rank(); axis++) {
      int dim = input.dim(axis);
      if (Checked.unknown(dim)) {
        return new LayerOutput(input.withDims(Shape.NONE), 0, 0);
      }
      size = Checked.dim(size * dim, null); // both factors below 2^31: the product fits a long
    }
    return new LayerOutput(input.withDims((int) size), 0, 0);
  }
}
