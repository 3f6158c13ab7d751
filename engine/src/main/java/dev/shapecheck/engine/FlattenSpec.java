package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * Keras's {@code Flatten}: a sample becomes one vector. The data format only reorders values.
 *
 * <p>Keras itself lets an unknown dimension through as {@code None}, leaving the failure to the
 * next {@code Dense}; TensorFlow.js rejects it at once. ShapeCheck rejects it here, where the fix
 * belongs.
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
        throw new ShapeError(
            ErrorKind.UNKNOWN_DIMENSION,
            null,
            "cannot flatten " + in + ": dimension " + axis + " is unknown (None)",
            "every dimension known, to size the flat vector",
            "give every dimension a size in @Sequential(input = ...)");
      }
      size = Checked.dim(size * dim, null); // both factors below 2^31: the product fits a long
    }
    return new LayerOutput(input.withDims((int) size), 0, 0);
  }
}
