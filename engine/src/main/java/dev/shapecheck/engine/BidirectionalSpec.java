package dev.shapecheck.engine;

import dev.shapecheck.MergeMode;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Keras's {@code Bidirectional} wrapper: a forward and a backward copy of a recurrent layer on the
 * same input, merged. Keras builds the backward copy from the wrapped layer's config with {@code
 * go_backwards=True}, so a wrapped layer that already reads backwards is rejected ({@code
 * _verify_layer_config}), and a layer without {@code go_backwards} and {@code return_sequences}
 * (anything but a recurrent layer) cannot be wrapped at all.
 *
 * <p>Inputs after the sequence are the {@code initial_state}, split as Keras's {@code
 * Bidirectional.call} splits them: the first half (rounded down) for the forward copy, the rest for
 * the backward one, each checked as the wrapped layer checks its own. With the wrapped layer's
 * {@code returnState} the outputs are the merged output, then the forward states, then the backward
 * ones ({@code [output, h_fwd, c_fwd, h_bwd, c_bwd]} for an {@code LSTM}).
 */
final class BidirectionalSpec implements MultiInputSpec {
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
    } else if (!(args.wrapped() instanceof RecurrentLayerSpec)) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@Bidirectional wraps "
              + wrappedType
              + ", but only a recurrent layer (SimpleRNN, LSTM, RNN,"
              + " GRU, ConvLSTM1D/2D/3D) can run backwards",
          "wrap a recurrent layer, or use @TimeDistributed to apply "
              + wrappedType
              + " to every step");
    } else if (((RecurrentLayerSpec) args.wrapped()).goBackwards()) {
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
  public int minInputs() {
    return 1;
  }

  @Override
  public int maxInputs() {
    return Integer.MAX_VALUE; // the states are checked by apply, with their shapes
  }

  @Override
  public LayerOutput apply(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
    LayerOutput out = apply(inputs.get(0), ins.get(0));
    int n = inputs.size() - 1;
    if (n > 0 && wrapped instanceof RecurrentLayerSpec) {
      RecurrentLayerSpec recurrent = (RecurrentLayerSpec) wrapped;
      int half = n / 2;
      recurrent.checkInitialState(
          inputs.subList(1, 1 + half), ins.subList(1, 1 + half), 1, inputs.get(0), "forward: ");
      if (half == 0) {
        throw ShapeError.atInput(
            1,
            ErrorKind.INITIAL_STATE_MISMATCH,
            "receives 1 initial state, but Bidirectional gives the first half to the forward "
                + recurrent.type()
                + " and the rest to the backward one, and the forward one gets none",
            2 * recurrent.states() + " initial states, the forward copy's then the backward's",
            "pass the states of both directions, e.g. those of a Bidirectional encoder with"
                + " returnState = true");
      }
      recurrent.checkInitialState(
          inputs.subList(1 + half, inputs.size()),
          ins.subList(1 + half, ins.size()),
          1 + half,
          inputs.get(0),
          "backward: ");
    }
    return out;
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
    LayerOutput merged =
        new LayerOutput(
            one.shape.withDims(dims),
            Checked.params("Bidirectional forward and backward", one.trainableParams, 2),
            Checked.params("Bidirectional forward and backward", one.nonTrainableParams, 2),
            Macs.times(2, one.macs));
    List<Shape> states = one.shapes.subList(1, one.shapes.size());
    if (states.isEmpty()) {
      return merged;
    }
    List<Shape> both = new ArrayList<>(states);
    both.addAll(states);
    return merged.withMoreOutputs(both);
  }
}
