package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Shape;

/**
 * Keras's recurrent layers {@code SimpleRNN}, {@code LSTM} and {@code GRU}, which differ only in
 * how many gates their cell has: {@code keras.layers.RNN} with {@code InputSpec(ndim=3)} and the
 * cell's weights, a kernel {@code (features, gates * units)}, a recurrent kernel {@code (units,
 * gates * units)} and {@code gates * units} biases — twice that for a {@code GRU} with {@code
 * resetAfter}, whose {@code GRUCell} keeps a separate bias row for the recurrent kernel (bias shape
 * {@code (2, 3 * units)}).
 */
final class RecurrentSpec implements LayerSpec {
  private final String type;
  private final int gates;
  private final int units;
  private final boolean useBias;
  private final int biasRows;
  private final boolean returnSequences;
  private final boolean goBackwards;

  private RecurrentSpec(
      String type,
      int gates,
      int units,
      boolean useBias,
      int biasRows,
      boolean returnSequences,
      boolean goBackwards) {
    this.type = type;
    this.gates = gates;
    this.units = units;
    this.useBias = useBias;
    this.biasRows = biasRows;
    this.returnSequences = returnSequences;
    this.goBackwards = goBackwards;
  }

  /**
   * Reads a recurrent layer whose cell has {@code gates} gates (1 for {@code SimpleRNN}, which has
   * no {@code recurrentActivation}; 4 for {@code LSTM}; 3 for {@code GRU}); {@code resetAfter}
   * tells whether it has GRU's {@code resetAfter} argument (a second set of biases).
   */
  static RecurrentSpec parse(Arguments args, int gates, boolean hasResetAfter) {
    int units = args.positiveInt("units");
    args.enumValue("activation", Activations.class, Activations.TANH);
    if (gates > 1) {
      args.enumValue("recurrentActivation", Activations.class, Activations.SIGMOID);
    }
    boolean useBias = args.bool("useBias");
    // The cells clamp both rates with min(1.0, max(0.0, rate)): Keras accepts any value.
    args.finiteDouble("dropout");
    args.finiteDouble("recurrentDropout");
    boolean returnSequences = args.bool("returnSequences");
    boolean goBackwards = args.bool("goBackwards");
    boolean resetAfter = hasResetAfter && args.bool("resetAfter");
    return new RecurrentSpec(
        args.type(), gates, units, useBias, resetAfter ? 2 : 1, returnSequences, goBackwards);
  }

  /** Whether the layer reads its sequence backwards, which {@code Bidirectional} must know. */
  boolean goBackwards() {
    return goBackwards;
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
    return new LayerOutput(output, params, 0, macs);
  }

  @Override
  public boolean takesRecurrentState() {
    return true;
  }
}
