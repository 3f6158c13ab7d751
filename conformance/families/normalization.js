// The normalization layers: BatchNormalization and LayerNormalization, which tfjs 4.22 has.
// GroupNormalization and UnitNormalization are missing from tfjs; their corpus models are
// kerasOnly, judged by Keras 3 itself (keras/oracle.py).
//
// Checked against Keras 3 (keras/src/layers/normalization/*.py) and tf.keras 2's
// tf_utils.validate_axis, by reading tfjs-layers/src/layers/normalization.ts and probing:
// - axis: tfjs counts the batch as axis 0 and resolves negative axes as Keras does; ShapeCheck's
//   `axis` attributes keep that numbering, so they pass through unchanged (BatchNormalization
//   takes an int, LayerNormalization an array, both as tfjs accepts them).
// - BatchNormalization: gamma / beta (trainable, per center / scale) and moving mean / variance
//   (non-trainable, always) of shape (input_shape[axis],); an unknown or out-of-range axis is an
//   error, a fixed batch size makes axis 0 usable: as in Keras 3's build().
// - LayerNormalization: weights of shape [input_shape[a] for a in axis], none when center and
//   scale are false (so unknown sizes are then accepted), "Invalid axis" and "duplicate axes"
//   after resolving negatives: as tf.keras 2's build(), and as Keras 3 once the model runs.
// - Neither layer restricts epsilon or momentum, in Keras or in tfjs.
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

module.exports = {
  layers: {
    BatchNormalization: (c) => tfl.layers.batchNormalization(c),
    LayerNormalization: (c) => tfl.layers.layerNormalization(c),
  },
};
