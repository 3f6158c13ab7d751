// The core family: reshaping layers (Reshape, Permute, RepeatVector), regularization layers
// (Dropout and its spatial, Gaussian and alpha kin), Masking and the activation layers.
// Dense and Flatten stay in foundation.js. SpatialDropout2D/3D are missing from tfjs 4.22: their
// corpus models are kerasOnly, judged by Keras 3 (keras/oracle.py).
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

const none = (sizes) => sizes.map((d) => (d === -1 ? null : d));
const product = (dims) => dims.reduce((a, b) => a * b, 1);
const IN_RANGE = (v) => v === undefined || (v >= 0 && v <= 1);
const type = (layer, ...types) => types.includes(layer.type);
const args = (layer) => layer.args || {};

// Keras's compute_reshape_output_shape for a sample whose sizes are all known: the sample shape,
// or null when the target does not hold the input's values (no -1: equal products; one -1:
// the given sizes must divide the input's size).
function kerasReshape(sample, target) {
  const size = product(sample);
  const at = target.indexOf(-1);
  const known = product(target.filter((d, i) => i !== at));
  if (at < 0) {
    return size === known ? target.slice() : null;
  }
  if (size % known !== 0) {
    return null;
  }
  const out = target.slice();
  out[at] = size / known;
  return out;
}

module.exports = {
  layers: {
    Activation: (c) => tfl.layers.activation(c),
    Dropout: (c) => tfl.layers.dropout(c),
    SpatialDropout1D: (c) => tfl.layers.spatialDropout1d(c),
    GaussianNoise: (c) => tfl.layers.gaussianNoise(c),
    GaussianDropout: (c) => tfl.layers.gaussianDropout(c),
    AlphaDropout: (c) => tfl.layers.alphaDropout(c),
    Reshape: (c) => tfl.layers.reshape(c),
    Permute: (c) => tfl.layers.permute(c),
    RepeatVector: (c) => tfl.layers.repeatVector(c),
    Masking: (c) => tfl.layers.masking(c),
    ReLU: (c) => tfl.layers.reLU(c),
    LeakyReLU: (c) => tfl.layers.leakyReLU(c),
    PReLU: (c) => tfl.layers.prelu(c),
    ELU: (c) => tfl.layers.elu(c),
    Softmax: (c) => tfl.layers.softmax(c),
    ThresholdedReLU: (c) => tfl.layers.thresholdedReLU(c),
  },

  translate: {
    // Our seed -1 is Keras's None; Shape.NONE in a noise shape is Keras's None.
    Dropout: (a) => ({
      seed: a.seed === undefined || a.seed === -1 ? undefined : a.seed,
      noiseShape: a.noiseShape === undefined || a.noiseShape.length === 0
        ? undefined : none(a.noiseShape),
    }),
    SpatialDropout1D: (a) => ({ seed: a.seed === -1 ? undefined : a.seed }),
    GaussianNoise: (a) => ({ seed: undefined }),
    GaussianDropout: (a) => ({ seed: undefined }),
    AlphaDropout: (a) => ({
      seed: undefined,
      noiseShape: a.noiseShape === undefined || a.noiseShape.length === 0
        ? undefined : none(a.noiseShape),
    }),
    // tfjs's ReLU knows only maxValue; the slope and threshold never change a shape.
    ReLU: (a) => ({ negativeSlope: undefined, threshold: undefined }),
    // Keras 3 renamed LeakyReLU's alpha to negative_slope; tfjs keeps alpha.
    LeakyReLU: (a) => ({ negativeSlope: undefined, alpha: a.negativeSlope }),
    // tfjs throws NotImplementedError for an ELU alpha other than 1; alpha never changes a shape
    // and Keras accepts any, so it is left out.
    ELU: (a) => ({ alpha: undefined }),
    // tfjs's Softmax defaults to axis 1, Keras's to -1.
    Softmax: (a) => ({ axis: a.axis === undefined ? -1 : a.axis }),
    // An empty sharedAxes is Keras's None.
    PReLU: (a) => ({
      sharedAxes: a.sharedAxes === undefined || a.sharedAxes.length === 0 ? undefined : a.sharedAxes,
    }),
  },

  corrections: [
    // Dropout, SpatialDropout*, GaussianDropout, AlphaDropout: "Invalid value received for
    // argument `rate`. Expected a float value between 0 and 1" (keras/src/layers/regularization).
    // tfjs clamps Dropout's rate into [0, 1] and takes any rate for the others.
    (layer) => {
      if (type(layer, 'Dropout', 'SpatialDropout1D', 'GaussianDropout', 'AlphaDropout')
          && !IN_RANGE(args(layer).rate)) {
        return { invalid: 'Keras rejects a rate outside [0, 1]; tfjs accepts it' };
      }
      return null;
    },
    // Keras 3's GaussianNoise: "Expected a float value between 0 and 1. Received: stddev=...".
    (layer) => {
      if (type(layer, 'GaussianNoise') && !IN_RANGE(args(layer).stddev)) {
        return { invalid: 'Keras 3 rejects a GaussianNoise stddev outside [0, 1]; tfjs accepts it' };
      }
      return null;
    },
    // Keras's Dropout._validate_noise_shape: "Expected all dimensions to be positive integers or
    // None"; tfjs does not check the noise shape.
    (layer) => {
      const shape = args(layer).noiseShape;
      if (type(layer, 'Dropout') && shape && shape.some((d) => d !== -1 && d <= 0)) {
        return { invalid: 'Keras rejects Dropout noise sizes <= 0; tfjs accepts them' };
      }
      return null;
    },
    // RepeatVector(n): Keras 3 makes no tensor with a negative dimension, and n = 0 gives a
    // zero-size axis, which Keras's size checks (and ShapeCheck) reject; tfjs builds (None, 0, f).
    (layer) => {
      if (type(layer, 'RepeatVector') && args(layer).n < 1) {
        return { invalid: 'Keras rejects RepeatVector n < 1 (a zero-size or negative axis); tfjs accepts n = 0' };
      }
      return null;
    },
    // Keras's ReLU: max_value, negative_slope and threshold "cannot be ... a negative value";
    // Keras 3's LeakyReLU: negative_slope "cannot be None or negative"; tf.keras 2's
    // ThresholdedReLU: "The theta value ... should be >=0". tfjs checks none of them.
    (layer) => {
      const a = args(layer);
      const negative = { ReLU: ['maxValue', 'negativeSlope', 'threshold'],
        LeakyReLU: ['negativeSlope'], ThresholdedReLU: ['theta'] }[layer.type] || [];
      const bad = negative.find((key) => a[key] !== undefined && a[key] < 0);
      return bad ? { invalid: `Keras rejects a negative ${layer.type} ${bad}; tfjs accepts it` } : null;
    },
    // Keras's Reshape: validate_reshape_shape allows at most one -1 and no size below -1, and
    // compute_reshape_output_shape checks the size whenever the sample's sizes are all known.
    // tfjs turns every negative size into an unknown one and, when the batch is unknown (as it
    // almost always is), skips the size check and leaves -1 unresolved. A 0 size would give a
    // zero-size axis, which ShapeCheck rejects (Keras's size check rejects it on known inputs).
    (layer, inputShape) => {
      if (!type(layer, 'Reshape')) {
        return null;
      }
      const target = args(layer).targetShape;
      if (target.filter((d) => d === -1).length > 1 || target.some((d) => d === 0 || d < -1)) {
        return { invalid: 'Keras rejects a target shape with sizes below -1, or more than one -1' };
      }
      const sample = inputShape.slice(1);
      if (inputShape[0] !== null || sample.some((d) => d === null)) {
        return null; // tfjs then computes what Keras computes
      }
      const out = kerasReshape(sample, target);
      return out === null
        ? { invalid: 'Keras rejects a reshape that changes the total size; tfjs skips the check when the batch is unknown' }
        : { shape: [null, ...out], note: 'Keras infers -1 and checks the size; tfjs skips both when the batch is unknown' };
    },
    // Keras's Permute checks sorted(dims) == range(1, n + 1) numerically; tfjs sorts the numbers
    // as strings and rejects every valid permutation of 10 or more axes.
    (layer, inputShape) => {
      const dims = args(layer).dims;
      if (!type(layer, 'Permute') || dims.length < 10) {
        return null;
      }
      const sorted = dims.slice().sort((a, b) => a - b);
      if (sorted.some((d, i) => d !== i + 1)) {
        return null; // tfjs rejects it too
      }
      if (inputShape.length !== dims.length + 1) {
        return { invalid: 'Keras requires an input of rank len(dims)' };
      }
      return { shape: [inputShape[0], ...dims.map((d) => inputShape[d])],
        note: 'Keras permutes 10 or more axes; tfjs sorts dims as strings and rejects them' };
    },
    // Keras's PReLU.build sets param_shape[i - 1] = 1 on a Python list: an axis <= 0 counts from
    // the end (IndexError below -rank) and an axis beyond the rank raises IndexError. tfjs
    // ignores axes <= 0 (negative array keys) and grows the weight's shape for axes past the end.
    (layer, inputShape) => {
      const axes = args(layer).sharedAxes || [];
      const rank = inputShape.length - 1;
      if (!type(layer, 'PReLU') || axes.every((i) => i >= 1 && i <= rank)) {
        return null;
      }
      const alpha = inputShape.slice(1);
      for (const i of axes) {
        if (i - 1 >= rank || i - 1 < -rank) {
          return { invalid: `Keras's PReLU indexes the shape with sharedAxes - 1 = ${i - 1}: IndexError` };
        }
        alpha[i - 1 < 0 ? i - 1 + rank : i - 1] = 1;
      }
      if (alpha.some((d) => d === null)) {
        return { invalid: 'Keras cannot create alpha with an unknown size' };
      }
      return { shape: inputShape, trainable: product(alpha),
        note: 'Keras shares axis rank + i - 1 for a shared axis i <= 0; tfjs ignores it' };
    },
    // Keras's softmax needs its axis in the input (tf.keras 2 fails when the model is built,
    // Keras 3 when it first runs); tfjs never checks it while building.
    (layer, inputShape) => {
      const axis = args(layer).axis;
      if (type(layer, 'Softmax') && axis !== undefined
          && (axis < -inputShape.length || axis >= inputShape.length)) {
        return { invalid: 'Keras rejects a softmax axis the input does not have; tfjs builds it' };
      }
      return null;
    },
  ],
};
