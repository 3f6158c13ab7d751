// The convolution family: transposed, depthwise and separable convolutions. Conv1D/2D/3D and
// pooling 1D-3D have their factories in foundation.js; this family's corpus covers them too, and
// the corrections below fix where TensorFlow.js 4.22 shapes them unlike Keras.
//
// Where a correction gives a shape, it is Keras's formula for the layer (the sources are cited at
// each formula); it applies only to inputs of the right rank with known channels, so that tfjs
// still reports the other errors itself. tfjs lacks Conv1DTranspose, DepthwiseConv1D and
// SeparableConv1D: their corpus models are kerasOnly, judged by Keras 3 (keras/oracle.py).
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

const TRANSPOSED = ['Conv2DTranspose', 'Conv3DTranspose'];
const DEPTHWISE_OR_SEPARABLE = ['DepthwiseConv2D', 'SeparableConv2D'];
const POOLING = ['MaxPooling', 'AveragePooling'].flatMap((p) => [1, 2, 3].map((r) => `${p}${r}D`));

/** The number of spatial axes of a layer type (Conv3DTranspose -> 3), or 0 (Dense). */
function rankOf(type) {
  const match = /(\d)D/.exec(type);
  return match ? Number(match[1]) : 0;
}

/** A corpus tuple (one value for every axis, or one per axis) as one value per axis. */
function perAxis(value, rank) {
  return value.length === 1 ? Array(rank).fill(value[0]) : value;
}

/**
 * The input's spatial sizes and channels when it has the layer's rank, else null (tfjs then
 * reports the wrong rank or the unknown channels itself, as Keras does).
 */
function layout(layer, shape) {
  const rank = rankOf(layer.type);
  if (rank === 0 || shape.length !== rank + 2) {
    return null;
  }
  const first = (layer.args || {}).dataFormat === 'CHANNELS_FIRST';
  const channels = first ? shape[1] : shape[rank + 1];
  const spatial = first ? shape.slice(2) : shape.slice(1, rank + 1);
  return { rank, first, channels, spatial };
}

/** A Keras output shape from spatial sizes and channels, in the layer's data format. */
function assemble(shape, at, spatial, channels) {
  return at.first ? [shape[0], channels, ...spatial] : [shape[0], ...spatial, channels];
}

const prod = (values) => values.reduce((a, b) => a * b, 1);

/**
 * Keras's compute_conv_output_shape (keras/src/ops/operation_utils.py), one axis: "valid" gives
 * floor((n - (k - 1) * d - 1) / s) + 1; "same" and "causal" give floor((n - 1) / s) + 1.
 */
function convLength(n, k, s, d, padding) {
  if (n === null) {
    return null;
  }
  return padding === 'VALID' ? Math.floor((n - (k - 1) * d - 1) / s) + 1 : Math.floor((n - 1) / s) + 1;
}

/**
 * Keras's compute_conv_transpose_output_shape (keras/src/backend/common/backend_utils.py), one
 * axis, with the dilated kernel k' = (k - 1) * d + 1 and output padding p (null = None):
 * "valid" gives (n - 1) * s + k' + p, p defaulting to max(k', s) - k'; "same" gives n * s, or
 * (n - 1) * s + k' % 2 + p when p is given.
 */
function deconvLength(n, k, s, d, padding, p) {
  if (n === null) {
    return null;
  }
  const span = (k - 1) * d + 1;
  if (padding === 'SAME') {
    return p === null ? n * s : (n - 1) * s + (span % 2) + p;
  }
  return (n - 1) * s + span + (p === null ? Math.max(span, s) - span : p);
}

/**
 * Keras's compute_pooling_output_shape (keras/src/ops/operation_utils.py), one axis: "valid"
 * gives floor((n - p) / s) + 1, "same" floor((n - 1) / s) + 1; strides default to the pool.
 */
function poolLength(n, pool, s, padding) {
  if (n === null) {
    return null;
  }
  return padding === 'SAME' ? Math.floor((n - 1) / s) + 1 : Math.floor((n - pool) / s) + 1;
}

/** {invalid} when a Keras output dimension is not positive, else the corrected layer. */
function corrected(shape, trainable, note) {
  if (shape.slice(1).some((d) => d !== null && d <= 0)) {
    return { invalid: `${note}; Keras then rejects an output dimension <= 0` };
  }
  return { shape, trainable, nonTrainable: 0, note };
}

module.exports = {
  layers: {
    Conv2DTranspose: (c) => tfl.layers.conv2dTranspose(c),
    Conv3DTranspose: (c) => tfl.layers.conv3dTranspose(c),
    DepthwiseConv2D: (c) => tfl.layers.depthwiseConv2d(c),
    SeparableConv2D: (c) => tfl.layers.separableConv2d(c),
  },
  translate: {
    // tfjs has no outputPadding; the corrections below give Keras's shape whenever it is set.
    Conv2DTranspose: () => ({ outputPadding: undefined }),
    Conv3DTranspose: () => ({ outputPadding: undefined }),
  },
  corrections: [
    // Keras's standardize_padding(padding, allow_causal) (keras/src/utils/argument_validation.py)
    // takes "causal" only where BaseConv passes allow_causal=(rank == 1), i.e. Conv1D; pooling,
    // transposed, depthwise and separable layers never allow it. tfjs accepts "causal" in Conv3D,
    // pooling and DepthwiseConv2D (its transposed and separable layers reject it themselves).
    (layer) => {
      const a = layer.args || {};
      if (a.padding === 'CAUSAL' && ['Conv3D', 'DepthwiseConv2D', ...POOLING].includes(layer.type)) {
        return { invalid: `Keras allows padding="causal" only in Conv1D; tfjs accepts it in ${layer.type}` };
      }
      return null;
    },
    // Keras's Conv1D shapes "causal" like "same" (compute_conv_output_shape: ceil(n / s), since
    // the input is padded on the left by (k - 1) * d); the weights do not depend on the padding:
    // kernel k * channels * filters plus filters biases (groups are kerasOnly). tfjs shapes
    // "causal" like "valid".
    (layer, shape) => {
      const a = layer.args || {};
      const at = layout(layer, shape);
      if (layer.type !== 'Conv1D' || a.padding !== 'CAUSAL' || !at || at.channels === null
          || !(a.filters > 0)) {
        return null;
      }
      const k = a.kernelSize[0];
      const s = perAxis(a.strides || [1], 1)[0];
      const steps = convLength(at.spatial[0], k, s, 1, 'CAUSAL');
      const params = k * at.channels * a.filters + (a.useBias === false ? 0 : a.filters);
      return corrected(assemble(shape, at, [steps], a.filters), params,
          'Keras shapes Conv1D padding="causal" like "same"; tfjs shapes it like "valid"');
    },
    // Keras's MaxPooling1D / AveragePooling1D honour data_format (BasePooling); tfjs's Pooling1D
    // ignores dataFormat and pools axis 1, the channels under "channels_first".
    (layer, shape) => {
      const a = layer.args || {};
      const at = layout(layer, shape);
      if (!/^(Max|Average)Pooling1D$/.test(layer.type) || a.dataFormat !== 'CHANNELS_FIRST' || !at
          || a.padding === 'CAUSAL') {
        return null;
      }
      const pool = (a.poolSize || [2])[0];
      const s = a.strides && a.strides.length ? a.strides[0] : pool;
      const steps = poolLength(at.spatial[0], pool, s, a.padding);
      return corrected(assemble(shape, at, [steps], at.channels), 0,
          'Keras pools the steps axis under channels_first; tfjs ignores dataFormat in 1-D pooling');
    },
    // Keras's BaseDepthwiseConv and BaseSeparableConv raise "Invalid value for argument
    // `depth_multiplier`. Expected a strictly positive value"; tfjs builds a zero-size kernel.
    (layer) => {
      const a = layer.args || {};
      if (DEPTHWISE_OR_SEPARABLE.includes(layer.type) && a.depthMultiplier !== undefined
          && a.depthMultiplier <= 0) {
        return { invalid: 'Keras rejects depth_multiplier <= 0; tfjs accepts it' };
      }
      return null;
    },
    // Keras's depthwise and separable convolutions take exactly rank + 2 dimensions
    // (compute_conv_output_shape: "Kernel shape must have the same length as input"); tfjs's
    // DepthwiseConv2D only checks for at least 4.
    (layer, shape) => {
      if (layer.type === 'DepthwiseConv2D' && shape.length > 4) {
        return { invalid: `Keras's DepthwiseConv2D needs rank-4 inputs; tfjs accepts rank ${shape.length}` };
      }
      return null;
    },
    // Keras's DepthwiseConv2D dilates its kernel (BaseDepthwiseConv.compute_output_shape passes
    // dilation_rate to compute_conv_output_shape); tfjs ignores dilationRate in DepthwiseConv2D.
    // Weights: kernel k * channels * depth_multiplier, plus as many biases as output channels.
    (layer, shape) => {
      const a = layer.args || {};
      const at = layout(layer, shape);
      const dilation = a.dilationRate || [1];
      if (layer.type !== 'DepthwiseConv2D' || !dilation.some((d) => d > 1) || !at
          || at.channels === null) {
        return null;
      }
      const k = perAxis(a.kernelSize, 2);
      const s = perAxis(a.strides || [1], 2);
      const d = perAxis(dilation, 2);
      const spatial = at.spatial.map((n, i) => convLength(n, k[i], s[i], d[i], a.padding || 'VALID'));
      const out = at.channels * (a.depthMultiplier === undefined ? 1 : a.depthMultiplier);
      const params = prod(k) * out + (a.useBias === false ? 0 : out);
      return corrected(assemble(shape, at, spatial, out), params,
          'Keras dilates the DepthwiseConv2D kernel; tfjs ignores dilationRate');
    },
    // Keras's BaseConvTranspose reads output_padding with standardize_tuple(..., allow_zero=True)
    // (one value or one per axis, each >= 0) and raises "`output_padding` must be < `strides`";
    // tfjs has no outputPadding and ignores it.
    (layer) => {
      const a = layer.args || {};
      const p = a.outputPadding;
      if (!TRANSPOSED.includes(layer.type) || !p || p.length === 0) {
        return null;
      }
      const rank = rankOf(layer.type);
      if (p.length !== 1 && p.length !== rank) {
        return { invalid: `Keras rejects an output_padding of ${p.length} values for a ${rank}-D layer` };
      }
      if (p.some((v) => v < 0)) {
        return { invalid: 'Keras rejects output_padding values < 0' };
      }
      const s = perAxis(a.strides || [1], rank);
      if (perAxis(p, rank).some((v, i) => v >= s[i])) {
        return { invalid: 'Keras requires output_padding < strides on every axis; tfjs ignores outputPadding' };
      }
      return null;
    },
    // Keras's transposed convolutions use output_padding and the dilated kernel in
    // compute_conv_transpose_output_shape; tfjs ignores both (its deconvLength has neither).
    // Weights: kernel k * filters * channels plus filters biases, which tfjs counts alike.
    (layer, shape) => {
      const a = layer.args || {};
      const at = layout(layer, shape);
      const p = a.outputPadding || [];
      const dilation = a.dilationRate || [1];
      if (!TRANSPOSED.includes(layer.type) || (p.length === 0 && !dilation.some((d) => d > 1))
          || !at || at.channels === null || !(a.filters > 0)) {
        return null;
      }
      const k = perAxis(a.kernelSize, at.rank);
      const s = perAxis(a.strides || [1], at.rank);
      const d = perAxis(dilation, at.rank);
      const op = p.length === 0 ? null : perAxis(p, at.rank);
      const spatial = at.spatial.map((n, i) =>
        deconvLength(n, k[i], s[i], d[i], a.padding || 'VALID', op === null ? null : op[i]));
      const params = prod(k) * a.filters * at.channels + (a.useBias === false ? 0 : a.filters);
      const ignored = [p.length ? 'outputPadding' : null, d.some((x) => x > 1) ? 'dilationRate' : null]
        .filter((x) => x).join(' and ');
      return corrected(assemble(shape, at, spatial, a.filters), params,
          `Keras applies ${ignored} in ${layer.type}; tfjs ignores ${ignored.includes(' and ') ? 'them' : 'it'}`);
    },
  ],
};
