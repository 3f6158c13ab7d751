package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Keras's recurrent layers {@code SimpleRNN}, {@code LSTM} and {@code GRU}, which differ only in
 * how many gates their cell has: {@code keras.layers.RNN} with {@code InputSpec(ndim=3)} and the
 * cell's weights, a kernel {@code (features, gates * units)}, a recurrent kernel {@code (units,
 * gates * units)} and {@code gates * units} biases — twice that for a {@code GRU} with {@code
 * resetAfter}, whose {@code GRUCell} keeps a separate bias row for the recurrent kernel (bias shape
 * {@code (2, 3 * units)}).
 *
 * <p>With {@code returnState} the layer also outputs its final states, each {@code (units)}: two
 * for an {@code LSTM} ({@code state_h, state_c}), one otherwise. Inputs after the sequence are its
 * {@code initial_state}, which Keras 3.15.1 checks only when the model runs ({@code RNN.call} and
 * the cell's matmuls, tried: every mismatch builds, then fails in {@code predict}): an {@code LSTM}
 * takes exactly its two states, a {@code SimpleRNN} exactly one, a {@code GRU} at least one and
 * uses only the first ({@code GRU.call} keeps {@code initial_state[0]}); each used state must be
 * {@code (units)}. Keras's generic {@code RNN} runs the cell written beside it the same way ({@link
 * #parseRnn}), but passes every state to the cell: an {@code RNN} of a {@code GRUCell} takes
 * exactly one.
 */
final class RecurrentSpec implements RecurrentLayerSpec {
  private final String type;
  private final int gates;
  private final int units;
  private final boolean useBias;
  private final int biasRows;
  private final boolean returnSequences;
  private final boolean goBackwards;
  private final boolean returnState;
  private final boolean stateful;
  private final boolean firstStateOnly;

  private RecurrentSpec(
      String type,
      RecurrentCellSpec cell,
      boolean returnSequences,
      boolean goBackwards,
      boolean returnState,
      boolean stateful) {
    this.type = type;
    this.gates = cell.gates;
    this.units = cell.units;
    this.useBias = cell.useBias;
    this.biasRows = cell.biasRows;
    this.returnSequences = returnSequences;
    this.goBackwards = goBackwards;
    this.returnState = returnState;
    this.stateful = stateful;
    // GRU.call keeps initial_state[0]; RNN(GRUCell(...)) passes every state on (tried: 2 fail).
    this.firstStateOnly = gates == 3 && !type.equals("RNN");
  }

  /**
   * Reads a recurrent layer whose cell has {@code gates} gates (1 for {@code SimpleRNN}, which has
   * no {@code recurrentActivation}; 4 for {@code LSTM}; 3 for {@code GRU}); {@code resetAfter}
   * tells whether it has GRU's {@code resetAfter} argument (a second set of biases).
   */
  static RecurrentSpec parse(Arguments args, int gates, boolean hasResetAfter) {
    RecurrentCellSpec cell = RecurrentCellSpec.parse(args, gates, hasResetAfter);
    boolean returnSequences = args.bool("returnSequences");
    boolean goBackwards = args.bool("goBackwards");
    boolean returnState = args.bool("returnState");
    return new RecurrentSpec(args.type(), cell, returnSequences, goBackwards, returnState, false);
  }

  /**
   * Reads Keras's generic {@code RNN}, which runs the cell annotation written beside it ({@code
   * RNN(LSTMCell(32))} is {@code LSTM(32)}'s computation in a row of class {@code RNN}). Keras
   * 3.15.1 rejects {@code stateful} on an input without a fixed batch size, when it builds the
   * model ({@code RNN.call}: "the batch size must be static"); {@code unroll} and {@code
   * zeroOutputForMask} change nothing ShapeCheck computes (tried: unroll with unknown timesteps
   * builds and runs).
   */
  static RecurrentSpec parseRnn(Arguments args) {
    boolean returnSequences = args.bool("returnSequences");
    boolean goBackwards = args.bool("goBackwards");
    boolean returnState = args.bool("returnState");
    boolean stateful = args.bool("stateful");
    args.bool("unroll");
    args.bool("zeroOutputForMask");
    String cellType = args.wrappedType();
    if (cellType == null) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@RNN runs a recurrent cell, but none is written beside it",
          "add the cell's annotation beside @RNN, e.g. @RNN @LSTMCell(units = 32)");
      return null;
    }
    if (!(args.wrapped() instanceof RecurrentCellSpec)) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@RNN runs a recurrent cell, but "
              + cellType
              + " is a layer, not a cell (SimpleRNNCell, LSTMCell, GRUCell)",
          "write the cell beside @RNN, e.g. @RNN @LSTMCell(units = 32), or remove @RNN");
      return null;
    }
    return new RecurrentSpec(
        args.type(),
        (RecurrentCellSpec) args.wrapped(),
        returnSequences,
        goBackwards,
        returnState,
        stateful);
  }

  @Override
  public boolean goBackwards() {
    return goBackwards;
  }

  @Override
  public int states() {
    return gates == 4 ? 2 : 1;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public int minInputs() {
    return 1;
  }

  @Override
  public int maxInputs() {
    return Integer.MAX_VALUE; // how many states it takes is said by apply, with their shapes
  }

  @Override
  public LayerOutput apply(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
    LayerOutput out = apply(inputs.get(0), ins.get(0));
    checkInitialState(
        inputs.subList(1, inputs.size()), ins.subList(1, ins.size()), 1, inputs.get(0), "");
    return out;
  }

  @Override
  public void checkInitialState(
      List<Shape> given, List<InputDescription> ins, int first, Shape sequence, String which)
      throws ShapeError {
    if (given.isEmpty()) {
      return;
    }
    int n = given.size();
    int needed = states();
    String stateNames = needed == 2 ? "[state_h, state_c]" : "[state]";
    Shape state = sequence.withDims(units);
    boolean countFits = firstStateOnly ? n >= 1 : n == needed;
    if (!countFits) {
      throw ShapeError.atInput(
          first + (n < needed ? n - 1 : needed),
          ErrorKind.INITIAL_STATE_MISMATCH,
          which
              + "receives "
              + n
              + (n == 1 ? " initial state" : " initial states")
              + ", but "
              + type
              + " has "
              + (needed == 2 ? "2 states " : "1 state ")
              + stateNames,
          needed + " initial state(s) " + stateNames + ", each " + state,
          needed == 2
              ? "pass an encoder's state_h and state_c, e.g. @From(value = \"encoder\", output = 1)"
                  + " and output = 2 of an LSTM with returnState = true"
              : "pass one state, e.g. @From(value = \"encoder\", output = 1) of a layer with"
                  + " returnState = true");
    }
    for (int i = 0; i < Math.min(n, needed); i++) {
      Shape got = given.get(i);
      if (got.rank() != 1 || got.dim(0) != units) {
        throw ShapeError.atInput(
            first + i,
            ErrorKind.INITIAL_STATE_MISMATCH,
            which
                + "receives "
                + ins.get(i)
                + " as "
                + (needed == 2 ? (i == 0 ? "initial state_h" : "initial state_c") : "initial state")
                + ", but its state is "
                + state.dimsToString(),
            "an initial state of shape " + state + " (units = " + units + ")",
            got.rank() == 1 && got.dim(0) != Shape.NONE && got.dim(0) > 0
                ? "pass the states of a recurrent layer with units = "
                    + units
                    + ", or set units = "
                    + got.dim(0)
                    + " here"
                : "pass the states of a recurrent layer with units = " + units);
      }
    }
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (input.rank() != 2) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects 2 dims (timesteps, features), but " + in + " has " + input.rank(),
          "an input of rank 2 (timesteps, features) (batch not counted)",
          input.rank() == 1
              ? "to stack recurrent layers, set returnSequences = true on the one before; otherwise"
                  + " feed a sequence, e.g. integer ids through @Embedding"
              : "flatten each step first (@TimeDistributed @Flatten), or wrap this layer in"
                  + " @TimeDistributed to run it over the first axis");
    }
    if (stateful && input.batchSize() == Shape.NONE) {
      throw new ShapeError(
          ErrorKind.UNKNOWN_DIMENSION,
          "stateful",
          "is stateful, but the batch size of " + in + " is unknown (None)",
          "a fixed batch size, which the states of a stateful " + type + " keep between batches",
          "give the model a batch size (@Sequential(batchSize = ...) or @Input(batchSize = ...)),"
              + " or remove stateful = true");
    }
    int features = input.dim(1);
    if (Checked.unknown(features)) {
      throw new ShapeError(
          ErrorKind.UNKNOWN_DIMENSION,
          null,
          "the features axis of " + in + " is unknown (None)",
          "a known number of features per step, to size the kernel",
          "give the last dimension a size in @Sequential(input = ...); only timesteps may be"
              + " Shape.NONE");
    }
    long kernels = Checked.params(type + " kernels", (long) features + units, gates, units);
    long params =
        useBias
            ? Checked.add(type + " kernels and biases", kernels, (long) biasRows * gates * units)
            : kernels;
    Shape output = returnSequences ? input.withDims(input.dim(0), units) : input.withDims(units);
    // Every gate's input and recurrent matmul, once per timestep.
    long macs = Macs.times(Macs.positions(input.dim(0)), kernels);
    LayerOutput out = new LayerOutput(output, params, 0, macs);
    if (!returnState) {
      return out;
    }
    List<Shape> states = new ArrayList<>();
    for (int i = 0; i < states(); i++) {
      states.add(input.withDims(units));
    }
    return out.withMoreOutputs(states);
  }
}
