// The recurrent family: Embedding, SimpleRNN, LSTM, GRU and the wrappers Bidirectional and
// TimeDistributed (corpus layers with a "wrapped" layer).
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

// Gate activations never change a shape or a count; tfjs lacks some of Keras's, so those become
// 'linear'.
const GATE_ACTIVATIONS = {
  LINEAR: 'linear', RELU: 'relu', SIGMOID: 'sigmoid', HARD_SIGMOID: 'hardSigmoid', TANH: 'tanh',
  SOFTSIGN: 'softsign', SOFTPLUS: 'softplus', ELU: 'elu', SELU: 'selu',
};
const gate = (a) => (a.recurrentActivation === undefined
  ? undefined : GATE_ACTIVATIONS[a.recurrentActivation] || 'linear');

// tfjs's default recurrent initializer, 'orthogonal', calls Tensor.flatten(), a chained op that
// the oracle's bare tfjs-core does not register ("rMat.flatten is not a function"); initial
// values never change a shape or a count, so another initializer stands in.
const RECURRENT_INITIALIZER = 'glorotUniform';

module.exports = {
  layers: {
    Embedding: (c) => tfl.layers.embedding(c),
    SimpleRNN: (c) => tfl.layers.simpleRNN(c),
    LSTM: (c) => tfl.layers.lstm(c),
    GRU: (c) => tfl.layers.gru(c),
    Bidirectional: (c, layer, wrapped) =>
      tfl.layers.bidirectional(Object.assign(c, { layer: wrapped })),
    TimeDistributed: (c, layer, wrapped) =>
      tfl.layers.timeDistributed(Object.assign(c, { layer: wrapped })),
  },
  translate: {
    SimpleRNN: () => ({ recurrentInitializer: RECURRENT_INITIALIZER }),
    LSTM: (a) => ({ recurrentActivation: gate(a), recurrentInitializer: RECURRENT_INITIALIZER }),
    // tfjs throws on resetAfter = true: without Keras's 3 * units extra biases, a default GRU's
    // tfjs record differs from Keras 3's and the tfjs suites leave it out.
    GRU: (a) => ({
      recurrentActivation: gate(a), resetAfter: false, recurrentInitializer: RECURRENT_INITIALIZER,
    }),
    // MergeMode.SUM -> 'sum', as tfjs and Keras name the modes.
    Bidirectional: (a) => ({
      mergeMode: a.mergeMode === undefined ? undefined : a.mergeMode.toLowerCase(),
    }),
  },
};
