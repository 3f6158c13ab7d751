package dev.shapecheck.engine;

import dev.shapecheck.MergeMode;
import dev.shapecheck.Shape;

/**
 * Keras's {@code Bidirectional} wrapper: a forward and a backward copy of a recurrent layer on the
 * same input, merged. Keras builds the backward copy from the wrapped layer's config with {@code
 * go_backwards=True}, so a wrapped layer that already reads backwards is rejected ({@code
 * _verify_layer_config}), and a layer without {@code go_backwards} and {@code return_sequences}
 * (anything but a recurrent layer) cannot be wrapped at all.
 */
final class BidirectionalSpec implements LayerSpec {
  private final LayerSpec wrapped;
  private final String wrappedType;
  private final MergeMode mergeMode;

  private BidirectionalSpec(LayerSpec wrapped, String wrappedType, MergeMode mergeMode) {
    this.wrapped = wrapped;
    this.wrappedType = wrappedType;
    this.mergeMode = mergeMode;
  }

  static BidirectionalSpec parse(Arguments args) {
    MergeMode mergeMode = args.enumValue("mergeMode", MergeMode.class, MergeMode.CONCAT);
    String wrappedType = args.wrappedType();
    if (wrappedType == null) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@Bidirectional wraps no layer",
          "put the recurrent layer's annotation beside it, e.g. @Bidirectional @LSTM(units = 64)");
    } else if (!(args.wrapped() instanceof RecurrentSpec)) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@Bidirectional wraps "
              + wrappedType
              + ", but only a recurrent layer (SimpleRNN, LSTM,"
              + " GRU) can run backwards",
          "wrap a recurrent layer, or use @TimeDistributed to apply "
              + wrappedType
              + " to every step");
    } else if (((RecurrentSpec) args.wrapped()).goBackwards()) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          null,
          "@Bidirectional wraps "
              + wrappedType
              + " with goBackwards = true, but Keras builds the"
              + " backward copy itself and needs a forward layer",
          "remove goBackwards = true from @" + wrappedType);
    }
    return new BidirectionalSpec(args.wrapped(), wrappedType, mergeMode);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    LayerOutput one;
    try {
      one = wrapped.apply(input, in);
    } catch (ShapeError error) {
      throw error.fromWrapped(wrappedType);
    }
    int[] dims = one.shape.dims();
    if (mergeMode == MergeMode.CONCAT) {
      int last = dims.length - 1;
      dims[last] = Checked.dim(2L * dims[last], null);
    }
    return new LayerOutput(
        one.shape.withDims(dims),
        Checked.params("Bidirectional forward and backward", one.trainableParams, 2),
        Checked.params("Bidirectional forward and backward", one.nonTrainableParams, 2),
        Macs.times(2, one.macs));
  }

  @Override
  public boolean takesRecurrentState() {
    return true;
  }
}
