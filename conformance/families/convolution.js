// The convolution family: transposed, depthwise and separable convolutions. Conv1D/2D/3D and
// pooling 1D-3D have their factories in foundation.js. Where TensorFlow.js 4.22 shapes them
// unlike Keras 3 (output padding, dilated depthwise kernels, causal padding, 1-D pooling under
// channels_first, …) its record differs from expected/keras/ and the tfjs suites leave the model
// out (TfjsDifferencesTest). tfjs lacks Conv1DTranspose, DepthwiseConv1D and SeparableConv1D:
// their corpus models are kerasOnly, judged by Keras 3 (keras/oracle.py).
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

module.exports = {
  layers: {
    Conv2DTranspose: (c) => tfl.layers.conv2dTranspose(c),
    Conv3DTranspose: (c) => tfl.layers.conv3dTranspose(c),
    DepthwiseConv2D: (c) => tfl.layers.depthwiseConv2d(c),
    SeparableConv2D: (c) => tfl.layers.separableConv2d(c),
  },
  translate: {
    // tfjs has no outputPadding: it builds Keras's shape only when it is not set.
    Conv2DTranspose: () => ({ outputPadding: undefined }),
    Conv3DTranspose: () => ({ outputPadding: undefined }),
  },
};
