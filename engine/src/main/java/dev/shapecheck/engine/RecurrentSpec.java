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
  private final List<RecurrentCellSpec> cells;
  private final boolean returnSequences;
  private final boolean goBackwards;
  private final boolean returnState;
  private final boolean stateful;
  private final boolean firstStateOnly;

  private RecurrentSpec(
      String type,
      List<RecurrentCellSpec> cells,
      boolean returnSequences,
      boolean goBackwards,
      boolean returnState,
      boolean stateful) {
    this.type = type;
    this.cells = List.copyOf(cells);
    this.returnSequences = returnSequences;
    this.goBackwards = goBackwards;
    this.returnState = returnState;
    this.stateful = stateful;
    // GRU.call keeps initial_state[0]; RNN(GRUCell(...)) passes every state on (tried: 2 fail).
    this.firstStateOnly = cells.size() == 1 && cells.get(0).gates == 3 && !type.equals("RNN");
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
    return new RecurrentSpec(
        args.type(), List.of(cell), returnSequences, goBackwards, returnState, false);
  }

  /**
   * Reads Keras's generic {@code RNN}, which runs the cell annotation written beside it ({@code
   * RNN(LSTMCell(32))} is {@code LSTM(32)}'s computation in a row of class {@code RNN}), or the
   * cells, in source order, stacked as Keras stacks a list of cells ({@code StackedRNNCells}: each
   * cell takes the previous one's output; any sizes, tried). Keras 3.15.1 rejects {@code stateful}
   * on an input without a fixed batch size, when it builds the model ({@code RNN.call}: "the batch
   * size must be static"); {@code unroll} and {@code zeroOutputForMask} change nothing ShapeCheck
   * computes (tried: unroll with unknown timesteps builds and runs).
   */
  static RecurrentSpec parseRnn(Arguments args) {
    boolean returnSequences = args.bool("returnSequences");
    boolean goBackwards = args.bool("goBackwards");
    boolean returnState = args.bool("returnState");
    boolean stateful = args.bool("stateful");
    args.bool("unroll");
    args.bool("zeroOutputForMask");
    if (args.allWrapped().isEmpty()) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "@RNN runs a recurrent cell, but none is written beside it",
          "add the cell's annotation beside @RNN, e.g. @RNN @LSTMCell(units = 32)");
      return null;
    }
    List<RecurrentCellSpec> cells = new ArrayList<>();
    for (LayerSpec wrapped : args.allWrapped()) {
      if (!(wrapped instanceof RecurrentCellSpec)) {
        String layer =
            wrapped instanceof RecurrentSpec ? ((RecurrentSpec) wrapped).type : args.wrappedType();
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            null,
            "@RNN runs a recurrent cell, but "
                + layer
                + " is a layer, not a cell (SimpleRNNCell, LSTMCell, GRUCell)",
            "write the cell beside @RNN, e.g. @RNN @LSTMCell(units = 32), or remove @RNN");
        return null;
      }
      cells.add((RecurrentCellSpec) wrapped);
    }
    return new RecurrentSpec(
        args.type(), cells, returnSequences, goBackwards, returnState, stateful);
  }

  @Override
  public boolean goBackwards() {
    return goBackwards;
  }

  @Override
  public int states() {
    return stateUnits().size();
  }

  /** The size of each state, in Keras's order: every cell's states, the cells in order. */
  private List<Integer> stateUnits() {
    List<Integer> units = new ArrayList<>();
    for (RecurrentCellSpec cell : cells) {
      for (int i = 0; i < cell.states(); i++) {
        units.add(cell.units);
      }
    }
    return units;
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
    List<Integer> units = stateUnits();
    int needed = units.size();
    boolean single = cells.size() == 1;
    String stateNames;
    if (single) {
      stateNames = needed == 2 ? "[state_h, state_c]" : "[state]";
    } else {
      List<String> shapes = new ArrayList<>();
      for (int size : units) {
        shapes.add(sequence.withDims(size).toString());
      }
      stateNames = "[" + String.join(", ", shapes) + "] (every cell's, in order)";
    }
    if (!single && needed > cells.size()) {
      // Keras 3.15.1 hands each stacked cell its entry of initial_state: an LSTMCell needs a
      // nested [h, c] there, and the flat list parameters pass fails in LSTMCell.call (tried).
      throw ShapeError.atInput(
          first,
          ErrorKind.INITIAL_STATE_MISMATCH,
          which
              + "receives "
              + n
              + (n == 1 ? " initial state" : " initial states")
              + ", but "
              + type
              + " stacks a cell with two states, whose initial state Keras takes nested per cell"
              + " ([[h, c], ...]); a flat list fails when the model runs",
          "initial states only for stacks of one-state cells (SimpleRNNCell, GRUCell)",
          "start the stacked RNN from zeros (no initial states), or stack cells of one state each");
    }
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
              + needed
              + (needed == 1 ? " state " : " states ")
              + stateNames,
          single
              ? needed
                  + " initial state(s) "
                  + stateNames
                  + ", each "
                  + sequence.withDims(units.get(0))
              : needed + " initial states " + stateNames,
          needed == 2 && single
              ? "pass an encoder's state_h and state_c, e.g. @From(value = \"encoder\", output = 1)"
                  + " and output = 2 of an LSTM with returnState = true"
              : needed == 1
                  ? "pass one state, e.g. @From(value = \"encoder\", output = 1) of a layer with"
                      + " returnState = true"
                  : "pass the states of an encoder with the same cells and returnState = true,"
                      + " e.g. @From(value = \"encoder\", output = 1) to output = "
                      + needed);
    }
    for (int i = 0; i < Math.min(n, needed); i++) {
      Shape got = given.get(i);
      int size = units.get(i);
      Shape state = sequence.withDims(size);
      if (got.rank() != 1 || got.dim(0) != size) {
        String role =
            single
                ? (needed == 2 ? (i == 0 ? "initial state_h" : "initial state_c") : "initial state")
                : "initial state " + (i + 1) + " of " + needed;
        throw ShapeError.atInput(
            first + i,
            ErrorKind.INITIAL_STATE_MISMATCH,
            which
                + "receives "
                + ins.get(i)
                + " as "
                + role
                + ", but its state is "
                + state.dimsToString(),
            "an initial state of shape " + state + " (units = " + size + ")",
            single && got.rank() == 1 && got.dim(0) != Shape.NONE && got.dim(0) > 0
                ? "pass the states of a recurrent layer with units = "
                    + size
                    + ", or set units = "
                    + got.dim(0)
                    + " here"
                : "pass the states of a recurrent layer with units = " + size);
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
    long params = 0;
    long kernelsOfAll = 0;
    long cellInput = features; // each stacked cell takes the previous one's output
    for (RecurrentCellSpec cell : cells) {
      long kernels =
          Checked.params(type + " kernels", cellInput + cell.units, cell.gates, cell.units);
      long cellParams =
          cell.useBias
              ? Checked.add(
                  type + " kernels and biases",
                  kernels,
                  (long) cell.biasRows * cell.gates * cell.units)
              : kernels;
      params = Checked.add(type + " parameters", params, cellParams);
      kernelsOfAll = Checked.add(type + " kernels", kernelsOfAll, kernels);
      cellInput = cell.units;
    }
    int units = cells.get(cells.size() - 1).units;
    Shape output = returnSequences ? input.withDims(input.dim(0), units) : input.withDims(units);
    // Every gate's input and recurrent matmul, once per timestep.
    long macs = Macs.times(Macs.positions(input.dim(0)), kernelsOfAll);
    LayerOutput out = new LayerOutput(output, params, 0, macs);
    if (!returnState) {
      return out;
    }
    List<Shape> states = new ArrayList<>();
    for (int size : stateUnits()) {
      states.add(input.withDims(size));
    }
    return out.withMoreOutputs(states);
  }
}
