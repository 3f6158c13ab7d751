// The shaping layers: ZeroPadding, Cropping, UpSampling and global pooling. TensorFlow.js 4.22
// has only their 2-D forms and GlobalMax/AveragePooling1D; the 1-D and 3-D forms it lacks are
// kerasOnly in the corpus, judged by Keras 3 (keras/oracle.py) instead.
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

// A flat ShapeCheck padding/cropping array -> the tfjs form (Keras's int, tuple, or pairs).
// Other lengths are passed through unchanged, for tfjs to judge.
function edges(values) {
  if (values.length === 1) {
    return values[0];
  }
  if (values.length === 4) {
    return [values.slice(0, 2), values.slice(2, 4)];
  }
  return values;
}

// tfjs has only 'nearest' and 'bilinear'; every Keras interpolation gives the same output shape,
// so 'nearest' stands in for the others (as 'linear' stands in for missing activations).
const INTERPOLATIONS = { NEAREST: 'nearest', BILINEAR: 'bilinear' };

module.exports = {
  layers: {
    ZeroPadding2D: (c) => tfl.layers.zeroPadding2d(c),
    Cropping2D: (c) => tfl.layers.cropping2D(c),
    UpSampling2D: (c) => tfl.layers.upSampling2d(c),
    GlobalMaxPooling1D: (c) => tfl.layers.globalMaxPooling1d(c),
    GlobalMaxPooling2D: (c) => tfl.layers.globalMaxPooling2d(c),
    GlobalAveragePooling1D: (c) => tfl.layers.globalAveragePooling1d(c),
    GlobalAveragePooling2D: (c) => tfl.layers.globalAveragePooling2d(c),
  },

  translate: {
    ZeroPadding2D: (a) => ({ padding: a.padding === undefined ? undefined : edges(a.padding) }),
    // tfjs's Cropping2D has no default cropping (it throws reading it); Keras's is
    // ((0, 0), (0, 0)), the annotation's 0.
    Cropping2D: (a) => ({ cropping: a.cropping === undefined ? 0 : edges(a.cropping) }),
    UpSampling2D: (a) => ({
      // tfjs reads size[0] and size[1] without broadcasting a single value.
      size: a.size === undefined
        ? undefined : a.size.length === 1 ? [a.size[0], a.size[0]] : a.size,
      interpolation: a.interpolation === undefined
        ? undefined : INTERPOLATIONS[a.interpolation] || 'nearest',
    }),
    // tfjs has no keepdims: it builds Keras's shape only when keepdims is not set.
    GlobalMaxPooling1D: () => ({ keepdims: undefined }),
    GlobalMaxPooling2D: () => ({ keepdims: undefined }),
    GlobalAveragePooling1D: () => ({ keepdims: undefined }),
    GlobalAveragePooling2D: () => ({ keepdims: undefined }),
  },

};
