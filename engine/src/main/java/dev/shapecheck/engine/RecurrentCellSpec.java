package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Shape;

/**
 * The cell of a recurrent layer — Keras's {@code SimpleRNNCell}, {@code LSTMCell} and {@code
 * GRUCell} — which holds the weights and differs from the others only in its number of gates: a
 * kernel {@code (features, gates * units)}, a recurrent kernel {@code (units, gates * units)} and
 * {@code gates * units} biases, twice that for a {@code GRUCell} with {@code resetAfter}. {@link
 * RecurrentSpec} runs one over the time axis: as {@code SimpleRNN}, {@code LSTM} and {@code GRU}
 * (whose arguments hold the cell's), or as the {@code RNN} written beside a cell annotation.
 *
 * <p>A cell is not a layer: Keras calls it with {@code (inputs, states)} per step, so a cell
 * annotation without {@code @RNN} is rejected ({@link ErrorKind#CELL_WITHOUT_RNN}).
 */
final class RecurrentCellSpec implements LayerSpec {
  final String type;
  final int gates;
  final int units;
  final boolean useBias;
  final int biasRows;

  private RecurrentCellSpec(String type, int gates, int units, boolean useBias, int biasRows) {
    this.type = type;
    this.gates = gates;
    this.units = units;
    this.useBias = useBias;
    this.biasRows = biasRows;
  }

  /**
   * Reads a cell's arguments, those of a cell annotation or of the recurrent layer that holds one:
   * {@code gates} is 1 for {@code SimpleRNN} (no {@code recurrentActivation}), 4 for {@code LSTM},
   * 3 for {@code GRU}; {@code hasResetAfter} tells whether it has GRU's {@code resetAfter}.
   */
  static RecurrentCellSpec parse(Arguments args, int gates, boolean hasResetAfter) {
    int units = args.positiveInt("units");
    args.enumValue("activation", Activations.class, Activations.TANH);
    if (gates > 1) {
      args.enumValue("recurrentActivation", Activations.class, Activations.SIGMOID);
    }
    boolean useBias = args.bool("useBias");
    // The cells clamp both rates with min(1.0, max(0.0, rate)): Keras accepts any value.
    args.finiteDouble("dropout");
    args.finiteDouble("recurrentDropout");
    boolean resetAfter = hasResetAfter && args.bool("resetAfter");
    return new RecurrentCellSpec(args.type(), gates, units, useBias, resetAfter ? 2 : 1);
  }

  /** How many states the cell has: two for an {@code LSTMCell} ({@code h} and {@code c}). */
  int states() {
    return gates == 4 ? 2 : 1;
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    throw new ShapeError(
        ErrorKind.CELL_WITHOUT_RNN,
        null,
        type
            + " is a recurrent cell, which computes one time step, not a layer: Keras runs it"
            + " only inside an RNN",
        "@RNN beside @" + type + ", to run the cell over the time axis of " + in,
        "write @RNN @"
            + type
            + "(...) on the same method, or use the layer "
            + type.substring(0, type.length() - "Cell".length())
            + " that runs this cell");
  }
}
