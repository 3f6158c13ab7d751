// The recurrent family: Embedding, SimpleRNN, LSTM, GRU and the wrappers Bidirectional and
// TimeDistributed (corpus layers with a "wrapped" layer).
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

const RECURRENT = ['SimpleRNN', 'LSTM', 'GRU'];

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

const countWeights = (weights) =>
  weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);

/** The first of layer and the layers it wraps, outermost first, for which isBad holds; or null. */
function findWrapped(layer, isBad) {
  for (let w = layer; w; w = w.wrapped) {
    if (isBad(w)) {
      return w;
    }
  }
  return null;
}

/** Keras's GRU biases that tfjs 4.22 lacks: 3 * units per GRU with resetAfter and useBias. */
function missingGruBias(layer) {
  const a = layer.args || {};
  if (layer.type === 'GRU') {
    return a.resetAfter !== false && a.useBias !== false ? 3 * a.units : 0;
  }
  if (layer.type === 'Bidirectional' && layer.wrapped) {
    return 2 * missingGruBias(layer.wrapped); // a forward and a backward GRU
  }
  if (layer.type === 'TimeDistributed' && layer.wrapped) {
    return missingGruBias(layer.wrapped); // one GRU for all steps
  }
  return 0;
}

/** tfjs's GRU (possibly wrapped) with the arguments that decide shapes and counts. */
function gruStandIn(layer) {
  const a = layer.args || {};
  if (layer.type === 'GRU') {
    return tfl.layers.gru({
      units: a.units, returnSequences: a.returnSequences === true, useBias: a.useBias !== false,
      resetAfter: false, recurrentInitializer: RECURRENT_INITIALIZER,
    });
  }
  if (layer.type === 'Bidirectional') {
    return tfl.layers.bidirectional({
      layer: gruStandIn(layer.wrapped), mergeMode: (a.mergeMode || 'CONCAT').toLowerCase(),
    });
  }
  return tfl.layers.timeDistributed({ layer: gruStandIn(layer.wrapped) });
}

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
    // tfjs throws on resetAfter = true; the missing biases are added by a correction below.
    GRU: (a) => ({
      recurrentActivation: gate(a), resetAfter: false, recurrentInitializer: RECURRENT_INITIALIZER,
    }),
    // MergeMode.SUM -> 'sum', as tfjs and Keras name the modes.
    Bidirectional: (a) => ({
      mergeMode: a.mergeMode === undefined ? undefined : a.mergeMode.toLowerCase(),
    }),
  },
  corrections: [
    // Keras's Bidirectional reads the wrapped layer's go_backwards and return_sequences in its
    // constructor (keras/src/layers/rnn/bidirectional.py), so only a recurrent layer can be
    // wrapped; tfjs wraps any layer (a Dense, a Conv1D) and doubles it.
    (layer) => {
      const bad = findWrapped(layer, (w) => w.type === 'Bidirectional' && w.wrapped
        && !RECURRENT.includes(w.wrapped.type));
      return bad
        ? { invalid: `Keras's Bidirectional wraps only recurrent layers, not ${bad.wrapped.type};`
            + ' tfjs wraps it' }
        : null;
    },
    // Keras 3's Bidirectional builds the backward copy with go_backwards=True and raises
    // "Forward layer and backward layer should have different `go_backwards` value" when the
    // wrapped layer already has go_backwards=True (_verify_layer_config); tfjs flips it instead.
    (layer) => {
      const bad = findWrapped(layer, (w) => w.type === 'Bidirectional' && w.wrapped
        && (w.wrapped.args || {}).goBackwards === true);
      return bad
        ? { invalid: 'Keras 3 rejects Bidirectional around a layer with go_backwards=True;'
            + ' tfjs flips it' }
        : null;
    },
    // Keras's TimeDistributed builds the wrapped convolution on (batch, *input_shape[2:]), and
    // BaseConv.build's compute_conv_output_shape raises "Kernel shape must have the same length
    // as input" for a step of the wrong rank; tfjs builds it and reports a meaningless shape.
    (layer, inputShape) => {
      let rank = inputShape.length; // with the batch
      for (let w = layer; w && w.type === 'TimeDistributed'; w = w.wrapped) {
        rank -= 1; // the wrapped layer sees the input without its time axis
        const conv = /^Conv(\d)D$/.exec((w.wrapped || {}).type || '');
        if (conv && rank !== Number(conv[1]) + 2) {
          return { invalid: `Keras rejects a ${w.wrapped.type} step of rank ${rank - 1}`
            + ' under TimeDistributed; tfjs builds it' };
        }
      }
      return null;
    },
    // Keras's GRUCell (keras/src/layers/rnn/gru.py) defaults to reset_after=True, where the bias
    // has shape (2, 3 * units): one row for the input kernel and one for the recurrent kernel.
    // tfjs 4.22 throws on resetAfter = true, so the GRU is built with resetAfter = false (a bias of
    // 3 * units, the same shapes otherwise) and the missing 3 * units biases are added here.
    (layer, inputShape) => {
      const missing = missingGruBias(layer);
      if (missing === 0) {
        return null;
      }
      let built;
      try {
        built = gruStandIn(layer);
        tfl.sequential({ layers: [tfl.layers.inputLayer({ batchInputShape: inputShape }), built] });
      } catch (e) {
        return null; // invalid for another reason: tfjs reports it when the layer is added
      }
      return {
        shape: built.outputShape,
        trainable: countWeights(built.trainableWeights) + missing,
        nonTrainable: countWeights(built.nonTrainableWeights),
        note: `Keras's GRU with reset_after=True has ${missing} more biases than tfjs builds`,
      };
    },
  ],
};
