package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.Arrays;

/**
 * Keras's {@code Embedding}: a lookup table of {@code inputDim * outputDim} weights that appends an
 * axis of {@code outputDim} to an input of any rank ({@code compute_output_shape} is {@code
 * (*input_shape, output_dim)}); unknown dimensions pass through.
 */
final class EmbeddingSpec implements LayerSpec {
  private final int inputDim;
  private final int outputDim;

  private EmbeddingSpec(int inputDim, int outputDim) {
    this.inputDim = inputDim;
    this.outputDim = outputDim;
  }

  static EmbeddingSpec parse(Arguments args) {
    // tf.keras 2: "Both `input_dim` and `output_dim` should be positive"; Keras 3 fails on a
    // negative size when it creates the table.
    int inputDim = args.positiveInt("inputDim");
    int outputDim = args.positiveInt("outputDim");
    args.bool("maskZero");
    return new EmbeddingSpec(inputDim, outputDim);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) {
    int[] dims = Arrays.copyOf(input.dims(), input.rank() + 1);
    dims[input.rank()] = outputDim;
    long table = (long) inputDim * outputDim; // both below 2^31: the product fits a long
    return new LayerOutput(input.withDims(dims), table, 0);
  }
}
