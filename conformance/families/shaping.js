// The shaping layers: ZeroPadding, Cropping, UpSampling and global pooling. TensorFlow.js 4.22
// has only their 2-D forms and GlobalMax/AveragePooling1D; the 1-D and 3-D forms it lacks are
// kerasOnly in the corpus, judged by Keras 3 (keras/oracle.py) instead.
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

// A flat ShapeCheck padding/cropping array -> the tfjs form (Keras's int, tuple, or pairs).
// Other lengths are passed through unchanged; the arity correction below rejects them first.
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

const rankOf = (layer) => Number(/(\d)D$/.exec(layer.type)[1]);
const isEdgeLayer = (layer) => /^(ZeroPadding|Cropping)\dD$/.test(layer.type);
const edgeKey = (layer) => (layer.type.startsWith('Cropping') ? 'cropping' : 'padding');
const channelsFirst = (layer) => (layer.args || {}).dataFormat === 'CHANNELS_FIRST';

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
    // tfjs has no keepdims; the correction below gives Keras's shape when it is set.
    GlobalMaxPooling1D: () => ({ keepdims: undefined }),
    GlobalMaxPooling2D: () => ({ keepdims: undefined }),
    GlobalAveragePooling1D: () => ({ keepdims: undefined }),
    GlobalAveragePooling2D: () => ({ keepdims: undefined }),
  },

  corrections: [
    // Keras's ZeroPadding2D/Cropping2D take an int, a tuple of 2, or 2 tuples of 2 ("`padding`
    // should have two elements"); tfjs's Cropping2D takes any length and reads the first two.
    (layer) => {
      if (!isEdgeLayer(layer)) {
        return null;
      }
      const key = edgeKey(layer);
      const values = (layer.args || {})[key];
      const rank = rankOf(layer);
      if (Array.isArray(values) && ![1, rank, 2 * rank].includes(values.length)) {
        return { invalid: `Keras rejects a ${key} of ${values.length} values for ${layer.type}` };
      }
      return null;
    },
    // Keras's standardize_tuple(..., allow_zero=True) rejects negative padding and cropping
    // tuples, Cropping2D/3D reject a negative int ("`cropping` cannot be negative"), and a
    // negative int padding fails in ops.pad; tfjs pads or crops by a negative amount.
    (layer) => {
      if (!isEdgeLayer(layer)) {
        return null;
      }
      const key = edgeKey(layer);
      const values = (layer.args || {})[key];
      if (Array.isArray(values) && values.some((v) => v < 0)) {
        return { invalid: `Keras rejects negative ${key}; tfjs accepts it` };
      }
      return null;
    },
    // Keras's UpSampling2D checks size with standardize_tuple(size, 2, "size"): exactly 1 or 2
    // values, all > 0. tfjs accepts size <= 0 and a size of any length (it reads the first two).
    (layer) => {
      if (layer.type !== 'UpSampling2D' || !Array.isArray((layer.args || {}).size)) {
        return null;
      }
      const size = layer.args.size;
      if (![1, 2].includes(size.length) || size.some((v) => v <= 0)) {
        return { invalid: `Keras rejects size ${JSON.stringify(size)} for UpSampling2D` };
      }
      return null;
    },
    // Keras's Cropping2D.compute_output_shape leaves a None axis None and checks only known axes;
    // tfjs subtracts the cropping from null and rejects the negative result.
    (layer, inputShape) => {
      if (layer.type !== 'Cropping2D' || inputShape.length !== 4) {
        return null;
      }
      const first = channelsFirst(layer) ? 2 : 1;
      if (inputShape[first] !== null && inputShape[first + 1] !== null) {
        return null; // tfjs computes known axes as Keras does
      }
      const c = (layer.args || {}).cropping || [0];
      const pairs = c.length === 1 ? [[c[0], c[0]], [c[0], c[0]]]
        : c.length === 2 ? [[c[0], c[0]], [c[1], c[1]]] : [[c[0], c[1]], [c[2], c[3]]];
      const shape = inputShape.slice();
      for (let i = 0; i < 2; i++) {
        const n = inputShape[first + i];
        if (n !== null) {
          shape[first + i] = n - pairs[i][0] - pairs[i][1];
          if (shape[first + i] <= 0) {
            return { invalid: 'Keras rejects cropping that leaves nothing of a spatial axis' };
          }
        }
      }
      return { shape, note: 'Keras crops a None axis to None; tfjs rejects it' };
    },
    // Keras's BaseGlobalPooling.compute_output_shape: (batch, channels), or with keepdims the
    // spatial axes kept with length 1; the channel axis follows data_format for every rank.
    // tfjs has no keepdims, and its GlobalPooling1D ignores data_format (always channels last).
    (layer, inputShape) => {
      const match = /^Global(Max|Average)Pooling(\d)D$/.exec(layer.type);
      const a = layer.args || {};
      if (!match || inputShape.length !== Number(match[2]) + 2) {
        return null; // a wrong rank is left to tfjs's InputSpec, as Keras's
      }
      const oneDFirst = match[2] === '1' && channelsFirst(layer);
      if (!a.keepdims && !oneDFirst) {
        return null;
      }
      const first = channelsFirst(layer);
      const channels = first ? inputShape[1] : inputShape[inputShape.length - 1];
      const ones = Array(Number(match[2])).fill(1);
      const shape = !a.keepdims ? [inputShape[0], channels]
        : first ? [inputShape[0], channels, ...ones] : [inputShape[0], ...ones, channels];
      return {
        shape,
        note: a.keepdims ? 'Keras keeps the pooled axes with keepdims; tfjs has no keepdims'
          : 'Keras pools GlobalPooling1D channels_first over the last axis; '
            + 'tfjs ignores data_format',
      };
    },
  ],
};
