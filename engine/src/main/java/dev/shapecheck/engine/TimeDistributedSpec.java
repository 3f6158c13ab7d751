package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.Arrays;

/**
 * Keras's {@code TimeDistributed} wrapper: the wrapped layer, with one set of weights, applied to
 * each slice along the first axis. Keras requires an input of at least 3 dims with the batch, gives
 * the wrapped layer {@code (batch, *input_shape[2:])} and puts the time axis back in front of its
 * output.
 */
final class TimeDistributedSpec implements LayerSpec {
  private final LayerSpec wrapped;
  private final String wrappedType;

  private TimeDistributedSpec(LayerSpec wrapped, String wrappedType) {
    this.wrapped = wrapped;
    this.wrappedType = wrappedType;
  }

  static TimeDistributedSpec parse(Arguments args) {
    if (args.wrappedType() == null) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@TimeDistributed wraps no layer",
          "put the per-step layer's annotation beside it, e.g. @TimeDistributed @Dense(units = 8)");
    }
    return new TimeDistributedSpec(args.wrapped(), args.wrappedType());
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (input.rank() < 2) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects at least 2 dims (timesteps, ...), but " + in + " has " + input.rank(),
          "an input of rank 2 or more whose first axis is time (batch not counted)",
          "TimeDistributed applies "
              + wrappedType
              + " to every step of the first axis; without"
              + " steps, use @"
              + wrappedType
              + " alone");
    }
    int[] dims = input.dims();
    Shape step = input.withDims(Arrays.copyOfRange(dims, 1, dims.length));
    LayerOutput one;
    try {
      one = wrapped.apply(step, InputDescription.outputOf("each time step of " + in, step));
    } catch (ShapeError error) {
      throw error.fromWrapped(wrappedType);
    }
    int[] stepOut = one.shape.dims();
    int[] out = new int[stepOut.length + 1];
    out[0] = dims[0];
    System.arraycopy(stepOut, 0, out, 1, stepOut.length);
    return new LayerOutput(
        input.withDims(out),
        one.trainableParams,
        one.nonTrainableParams,
        Macs.times(Macs.positions(dims[0]), one.macs));
  }
}
