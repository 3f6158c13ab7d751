// The foundation's layers: Conv2D, MaxPooling2D, Flatten, Dense, and their 1-D/3-D siblings.
'use strict';
const tfl = require('@tensorflow/tfjs-layers');

module.exports = {
  layers: {
    Dense: (c) => tfl.layers.dense(c),
    Flatten: (c) => tfl.layers.flatten(c),
    Conv1D: (c) => tfl.layers.conv1d(c),
    Conv2D: (c) => tfl.layers.conv2d(c),
    Conv3D: (c) => tfl.layers.conv3d(c),
    MaxPooling1D: (c) => tfl.layers.maxPooling1d(c),
    MaxPooling2D: (c) => tfl.layers.maxPooling2d(c),
    MaxPooling3D: (c) => tfl.layers.maxPooling3d(c),
    AveragePooling1D: (c) => tfl.layers.averagePooling1d(c),
    AveragePooling2D: (c) => tfl.layers.averagePooling2d(c),
    AveragePooling3D: (c) => tfl.layers.averagePooling3d(c),
  },
};
