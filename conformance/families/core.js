// The core family: reshaping layers (Reshape, Permute, RepeatVector), regularization layers
// (Dropout and its spatial, Gaussian and alpha kin), Masking and the activation layers.
// Dense and Flatten stay in foundation.js. SpatialDropout2D/3D are missing from tfjs 4.22: their
// corpus models are kerasOnly, judged by Keras 3 (keras/oracle.py).
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

const none = (sizes) => sizes.map((d) => (d === -1 ? null : d));

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
    // A Keras 2 layer that Keras 3 removed, so tf.keras 2 is its law: its constructor raises "The
    // theta value of a Thresholded ReLU layer should be >=0" (tf_keras/layers/activation/
    // thresholded_relu.py), which tfjs does not check.
    ThresholdedReLU: (c) => {
      if (c.theta < 0) {
        throw new Error(`tf.keras 2's ThresholdedReLU rejects theta = ${c.theta} < 0`);
      }
      return tfl.layers.thresholdedReLU(c);
    },
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

};
