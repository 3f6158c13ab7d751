package dev.shapecheck;

import java.util.Arrays;

/**
 * The shape of one sample flowing between layers, with the batch dimension kept apart.
 *
 * <p>Keras shapes carry the batch as their first entry, almost always {@code None}; ShapeCheck's
 * annotations never mention it, so {@link #dims()} excludes it while {@link #toString()} prints it
 * exactly as Keras does: {@code (None, 26, 26, 32)}. An unknown dimension is {@link #NONE}.
 */
public final class Shape {
  /** An unknown dimension, Keras's {@code None}. */
  public static final int NONE = -1;

  private final int batchSize;
  private final int[] dims;

  private Shape(int batchSize, int[] dims) {
    if (batchSize != NONE && batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive or Shape.NONE: " + batchSize);
    }
    for (int dim : dims) {
      if (dim != NONE && dim <= 0) {
        throw new IllegalArgumentException(
            "dimensions must be positive or Shape.NONE: " + Arrays.toString(dims));
      }
    }
    this.batchSize = batchSize;
    this.dims = dims;
  }

  /** A shape with an unknown batch size, like every shape Keras prints as {@code (None, ...)}. */
  public static Shape of(int... dims) {
    return new Shape(NONE, dims.clone());
  }

  /** A shape whose batch size is fixed, as with {@code @Sequential(batchSize = 32)}. */
  public static Shape withBatch(int batchSize, int... dims) {
    return new Shape(batchSize, dims.clone());
  }

  /** The dimensions of one sample, without the batch; {@link #NONE} marks an unknown one. */
  public int[] dims() {
    return dims.clone();
  }

  /** One dimension of a sample; {@code dim(0)} is the first after the batch. */
  public int dim(int axis) {
    return dims[axis];
  }

  /** The number of dimensions of one sample (the batch not counted). */
  public int rank() {
    return dims.length;
  }

  /** The batch size, or {@link #NONE} when it is left open (the usual case). */
  public int batchSize() {
    return batchSize;
  }

  /** Whether every dimension of a sample is known. */
  public boolean isFullyDefined() {
    for (int dim : dims) {
      if (dim == NONE) {
        return false;
      }
    }
    return true;
  }

  /** This shape with other sample dimensions and the same batch size. */
  public Shape withDims(int... newDims) {
    return new Shape(batchSize, newDims.clone());
  }

  /** The sample dimensions alone, as in messages: {@code (26, 26, 32)}. */
  public String dimsToString() {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < dims.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      appendDim(out, dims[i]);
    }
    return out.append(')').toString();
  }

  /** Keras's rendering with the batch first: {@code (None, 26, 26, 32)}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("(");
    appendDim(out, batchSize);
    for (int dim : dims) {
      out.append(", ");
      appendDim(out, dim);
    }
    return out.append(')').toString();
  }

  private static void appendDim(StringBuilder out, int dim) {
    out.append(dim == NONE ? "None" : Integer.toString(dim));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Shape
        && ((Shape) other).batchSize == batchSize
        && Arrays.equals(((Shape) other).dims, dims);
  }

  @Override
  public int hashCode() {
    return 31 * batchSize + Arrays.hashCode(dims);
  }
}
