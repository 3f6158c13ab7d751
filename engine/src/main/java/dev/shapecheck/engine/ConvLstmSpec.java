package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * Keras's convolutional LSTMs {@code ConvLSTM1D}, {@code ConvLSTM2D} and {@code ConvLSTM3D}
 * (keras/src/layers/rnn/conv_lstm.py): an {@code RNN} over {@code InputSpec(ndim=rank + 3)} whose
 * {@code ConvLSTMCell} convolves each step with a kernel {@code window + (channels, 4 * filters)},
 * its previous output with a recurrent kernel {@code window + (filters, 4 * filters)} ({@code
 * "same"} padding, stride 1, so the state keeps the step's output shape), and adds {@code 4 *
 * filters} biases. A step's output is {@code compute_conv_output_shape} of the step, as for the
 * plain convolution of the same rank ({@link ConvolutionWindow}).
 *
 * <p>Keras's constructor rejects {@code "causal"} padding (the cell calls {@code
 * standardize_padding} without {@code allow_causal}) and strides above 1 with a dilation above 1;
 * its {@code build} rejects an unknown spatial axis ("ConvLSTM layers only support static input
 * shapes") or channel axis. Strides of 0 pass the constructor ({@code allow_zero=True}) but fail
 * when Keras computes the output shape, so they are rejected here.
 *
 * <p>With {@code returnState} the layer also outputs {@code state_h} and {@code state_c}, each
 * shaped as one output step. Inputs after the sequence are its {@code initial_state}: Keras 3.15.1
 * builds the model whatever they are and fails in {@code predict} unless there are exactly two (the
 * cell reads {@code states[0]} and {@code states[1]}; a third breaks its state tree), each of
 * exactly the step's output shape (the cell's convolutions and additions need it, and the scan's
 * loop does not let a state of another shape broadcast).
 */
final class ConvLstmSpec implements RecurrentLayerSpec {
  private final String type;
  private final ConvolutionWindow window;
  private final int filters;
  private final boolean useBias;
  private final boolean returnSequences;
  private final boolean returnState;
  private final boolean goBackwards;

  private ConvLstmSpec(
      String type,
      ConvolutionWindow window,
      int filters,
      boolean useBias,
      boolean returnSequences,
      boolean returnState,
      boolean goBackwards) {
    this.type = type;
    this.window = window;
    this.filters = filters;
    this.useBias = useBias;
    this.returnSequences = returnSequences;
    this.returnState = returnState;
    this.goBackwards = goBackwards;
  }

  static ConvLstmSpec parse(Arguments args, int rank) {
    int filters = args.positiveInt("filters");
    ConvolutionWindow window = ConvolutionWindow.read(args, rank);
    args.enumValue("activation", Activations.class, Activations.TANH);
    args.enumValue("recurrentActivation", Activations.class, Activations.SIGMOID);
    boolean useBias = args.bool("useBias");
    args.bool("unitForgetBias"); // only the biases' starting values
    // The cell clamps both rates with min(1.0, max(0.0, rate)): Keras accepts any value.
    args.finiteDouble("dropout");
    args.finiteDouble("recurrentDropout");
    boolean returnSequences = args.bool("returnSequences");
    boolean returnState = args.bool("returnState");
    boolean goBackwards = args.bool("goBackwards");
    window.checkRules(args, false, false);
    return new ConvLstmSpec(
        args.type(), window, filters, useBias, returnSequences, returnState, goBackwards);
  }

  @Override
  public boolean goBackwards() {
    return goBackwards;
  }

  @Override
  public int states() {
    return 2;
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

  /** "(timesteps, height, width, channels)" or "(timesteps, channels, height, width)". */
  private String describe() {
    return "(timesteps, " + window.layout.describe().substring(1);
  }

  /** One step of the sequence: the input without its timesteps. */
  private static Shape step(Shape sequence) {
    int[] dims = sequence.dims();
    return sequence.withDims(Arrays.copyOfRange(dims, 1, dims.length));
  }

  /** The shape of one output step, which is also the shape of each state. */
  private Shape stepOutput(Shape sequence, InputDescription in) throws ShapeError {
    int rank = window.layout.rank;
    if (sequence.rank() != rank + 2) {
      String hint;
      int otherRank = sequence.rank() - 2;
      if (sequence.rank() == rank + 1) {
        hint =
            "the input is one "
                + window.layout.describe()
                + " step, not a sequence of them: use Conv"
                + rank
                + "D, or @Reshape it to add a timesteps axis";
      } else if (otherRank >= 1 && otherRank <= 3) {
        hint =
            "for a sequence of "
                + otherRank
                + "-D steps use ConvLSTM"
                + otherRank
                + "D, or reshape the input to "
                + describe();
      } else {
        hint = "reshape the input to " + describe();
      }
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects "
              + (rank + 2)
              + " dims "
              + describe()
              + ", but "
              + in
              + " has "
              + sequence.rank(),
          "an input of rank " + (rank + 2) + " " + describe() + " (batch not counted)",
          hint);
    }
    Shape step = step(sequence);
    window.knownChannels(step, in);
    for (int i = 0; i < rank; i++) {
      if (Checked.unknown(window.layout.spatial(step, i))) {
        throw new ShapeError(
            ErrorKind.UNKNOWN_DIMENSION,
            null,
            "the "
                + SpatialLayout.spatialAxes(rank).split(", ")[i]
                + " axis of "
                + in
                + " is unknown (None), but "
                + type
                + " needs every spatial size",
            "known spatial sizes " + describe() + "; only timesteps may be Shape.NONE",
            "give every spatial dimension a size in @Sequential(input = ...) (Keras: \"ConvLSTM"
                + " layers only support static input shapes for the spatial dimension\")");
      }
    }
    int[] spatial = window.slide(step, in, filters);
    return window.layout.assemble(step, spatial, filters);
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    Shape stepOut = stepOutput(input, in);
    int channels = window.layout.channels(step(input));
    long kernel = Checked.params(type + " kernel", window.kernelFactors(channels, 4L * filters));
    long recurrent =
        Checked.params(type + " recurrent kernel", window.kernelFactors(filters, 4L * filters));
    long weights = Checked.add(type + " kernels", kernel, recurrent);
    long params =
        useBias ? Checked.add(type + " kernels and biases", weights, 4L * filters) : weights;
    int[] outDims = stepOut.dims();
    int[] spatial = new int[window.layout.rank];
    for (int i = 0; i < spatial.length; i++) {
      spatial[i] = window.layout.spatial(stepOut, i);
    }
    // Both convolutions at every output position of every timestep.
    long macs =
        Macs.times(Macs.positions(input.dim(0)), Macs.times(Macs.positions(spatial), weights));
    Shape output;
    if (returnSequences) {
      int[] dims = new int[outDims.length + 1];
      dims[0] = input.dim(0);
      System.arraycopy(outDims, 0, dims, 1, outDims.length);
      output = input.withDims(dims);
    } else {
      output = stepOut;
    }
    LayerOutput out = new LayerOutput(output, params, 0, macs);
    return returnState ? out.withMoreOutputs(List.of(stepOut, stepOut)) : out;
  }

  @Override
  public void checkInitialState(
      List<Shape> given, List<InputDescription> ins, int first, Shape sequence, String which)
      throws ShapeError {
    if (given.isEmpty()) {
      return;
    }
    Shape state = stepOutput(sequence, InputDescription.modelInput(sequence));
    int n = given.size();
    if (n != 2) {
      throw ShapeError.atInput(
          first + (n < 2 ? n - 1 : 2),
          ErrorKind.INITIAL_STATE_MISMATCH,
          which
              + "receives "
              + n
              + (n == 1 ? " initial state" : " initial states")
              + ", but "
              + type
              + " has 2 states [state_h, state_c]",
          "2 initial states [state_h, state_c], each " + state,
          "pass an encoder's state_h and state_c, e.g. @From(value = \"encoder\", output = 1)"
              + " and output = 2 of a "
              + type
              + " with returnState = true");
    }
    for (int i = 0; i < 2; i++) {
      Shape got = given.get(i);
      if (!Arrays.equals(got.dims(), state.dims())) {
        throw ShapeError.atInput(
            first + i,
            ErrorKind.INITIAL_STATE_MISMATCH,
            which
                + "receives "
                + ins.get(i)
                + " as "
                + (i == 0 ? "initial state_h" : "initial state_c")
                + ", but its state is "
                + state.dimsToString(),
            "an initial state of shape "
                + state
                + " (one output step: "
                + window.layout.describe().replace("channels", "filters = " + filters)
                + ")",
            "pass the states of a "
                + type
                + " with the same filters, kernelSize, strides, padding and dataFormat on a"
                + " sequence of the same step shape");
      }
    }
  }
}
