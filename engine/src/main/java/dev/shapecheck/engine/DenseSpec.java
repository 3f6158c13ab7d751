package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Shape;
import java.util.Arrays;

/**
 * Keras's {@code Dense}: a kernel of {@code inputs * units} (plus {@code units} biases) applied to
 * the last axis; every other axis is kept, as Keras does for inputs of rank 3 and more.
 */
final class DenseSpec implements LayerSpec {
  private final int units;
  private final boolean useBias;

  private DenseSpec(int units, boolean useBias) {
    this.units = units;
    this.useBias = useBias;
  }

  static DenseSpec parse(Arguments args) {
    int units = args.positiveInt("units");
    args.enumValue("activation", Activations.class, Activations.LINEAR);
    boolean useBias = args.bool("useBias");
    return new DenseSpec(units, useBias);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int[] dims = input.dims();
    int last = dims[dims.length - 1];
    if (Checked.unknown(last)) {
      throw new ShapeError(
          ErrorKind.UNKNOWN_DIMENSION,
          null,
          "the last axis of " + in + " is unknown (None)",
          "a known last dimension, to size the kernel",
          "give that dimension a size in @Sequential(input = ...), or pool or flatten a known shape"
              + " (Keras builds Flatten of an unknown dimension to (None, None), and then cannot"
              + " build this layer)");
    }
    long kernel = Checked.params("Dense kernel", last, units);
    long params = useBias ? Checked.add("Dense kernel and bias", kernel, units) : kernel;
    long macs = Macs.times(Macs.positions(Arrays.copyOf(dims, dims.length - 1)), kernel);
    dims[dims.length - 1] = units;
    return new LayerOutput(input.withDims(dims), params, 0, macs);
  }
}
