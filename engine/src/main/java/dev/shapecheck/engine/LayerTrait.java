package dev.shapecheck.engine;

/**
 * What rules need to know about a kind of layer, declared where the layer is registered (its family
 * class) rather than as a list of names inside each rule: a new layer tells the rules what it is in
 * the same line that makes it known, and no rule tests a layer's name.
 */
enum LayerTrait {
  /** Drops or perturbs values during training only: Dropout, noise layers. */
  DROPOUT,
  /** Moves values without computing on them: Flatten, Reshape, Permute, Identity. */
  MOVES_VALUES,
  /** A layer whose only job is an activation: Activation, ReLU, Softmax, ... */
  ACTIVATION_LAYER,
  /** Has an {@code activation} argument applied last, to its whole output. */
  ACTIVATION_ARGUMENT,
  /** Slides a {@code kernelSize} window and may drop rows with VALID padding. */
  CONVOLUTION_WINDOW,
  /** Slides a {@code poolSize} window and may drop rows with VALID padding. */
  POOLING_WINDOW,
  /** Parameters and MACs proportional to its {@code units} or {@code filters}. */
  PROPORTIONAL_TO_SIZE,
  /** A transposed convolution: it grows its input rather than striding over it. */
  TRANSPOSED,
  /** Connects every input feature to each of its {@code units}: Dense. */
  FULLY_CONNECTED,
  /** Collapses every axis after the batch into one: Flatten. */
  FLATTENS,
  /** Of the {@link #DROPOUT} layers, one that adds noise rather than zeroing values. */
  NOISE,
  /** A softmax along its own {@code axis} argument: Softmax. */
  SOFTMAX,
  /** Keras's relu with its own {@code maxValue}, {@code negativeSlope} and {@code threshold}. */
  RELU,
  /** Zero up to its {@code theta} argument, the identity above it: ThresholdedReLU. */
  THRESHOLDED,
  /** The identity on [0, ∞) whatever its arguments: LeakyReLU, ELU. */
  IDENTITY_ON_POSITIVES,
  /**
   * Called with its {@code initial_state} after its sequence (Keras's keyword argument): LSTM, GRU,
   * SimpleRNN, RNN, Bidirectional.
   */
  RECURRENT_STATE,
  /**
   * Its call returns its input tensor itself (Keras's {@code Equalization}): Keras builds a model
   * with it only where that tensor is the model's input and not its output.
   */
  RETURNS_ITS_INPUT,
  /**
   * Its output tensor has its input's dtype in Keras's symbolic call (its {@code
   * compute_output_spec} keeps it): Flatten, Reshape, Permute, Identity. Other layers give their
   * compute dtype ({@link LayerSpec#tensorDtype}).
   */
  KEEPS_DTYPE,
  /**
   * Runs on strings as on numbers and gives them back (Keras 3.15.1 builds and runs it on a string
   * tensor): the layers that only move, repeat, drop or pad values, and the merges Add and
   * Concatenate of strings only. Found by experiment, held by the corpus dtype-flow.json.
   */
  RUNS_ON_STRINGS,
  /**
   * Gives integers back at run time when every input is integers (Keras 3.15.1's call keeps the
   * dtype, though its symbolic output is float): max pooling, ReLU, Masking, the merges but
   * Average, and every {@link #RUNS_ON_STRINGS} layer. Others give floats.
   */
  KEEPS_INTEGERS,
  /**
   * Fails at run time on integers (TensorFlow's convolution, average pooling and 3-D max pooling
   * kernels, and the activations that call float-only ops: Softmax, ELU, PReLU, UnitNormalization,
   * STFTSpectrogram); a wrapper of such a layer fails too.
   */
  REJECTS_INTEGERS,
  /**
   * Its {@code Layer.__call__} leaves its inputs as they are ({@code _convert_input_args = False}:
   * the lookups, Hashing, HashedCrossing and Keras's DataLayers, the image augmentations among
   * them). Every other layer converts an input of another dtype than its own, and Keras's node then
   * records the call without the {@code training} and {@code mask} it adds (KerasJson).
   */
  NO_INPUT_CONVERSION
}
