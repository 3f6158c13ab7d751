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
  RECURRENT_STATE
}
