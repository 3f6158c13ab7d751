// keras.applications.DenseNet121 (keras/src/applications/densenet.py: DenseNet with blocks
// [6, 12, 24, 16]), include_top=True, 224x224x3, 1000 classes.
'use strict';

const { Graph } = require('./graph');

const BN = { axis: 3, epsilon: 1.001e-5 };
const GROWTH = 32;

/** conv_block: BN-ReLU-1x1 conv-BN-ReLU-3x3 conv, concatenated to its input. */
function denseLayer(g, x, name) {
  let y = g.layer('BatchNormalization', { ...BN, name: `${name}_0_bn` }, x);
  y = g.layer('Activation', { activation: 'relu', name: `${name}_0_relu` }, y);
  y = g.layer('Conv2D', { filters: 4 * GROWTH, kernelSize: 1, useBias: false, name: `${name}_1_conv` }, y);
  y = g.layer('BatchNormalization', { ...BN, name: `${name}_1_bn` }, y);
  y = g.layer('Activation', { activation: 'relu', name: `${name}_1_relu` }, y);
  y = g.layer('Conv2D', { filters: GROWTH, kernelSize: 3, padding: 'same', useBias: false, name: `${name}_2_conv` }, y);
  return g.layer('Concatenate', { axis: 3, name: `${name}_concat` }, [x, y]);
}

function denseBlock(g, x, blocks, name) {
  for (let i = 1; i <= blocks; i++) {
    x = denseLayer(g, x, `${name}_block${i}`);
  }
  return x;
}

/** transition_block with reduction 0.5: halves the channels, then the spatial size. */
function transition(g, x, name) {
  const channels = x.shape[3];
  x = g.layer('BatchNormalization', { ...BN, name: `${name}_bn` }, x);
  x = g.layer('Activation', { activation: 'relu', name: `${name}_relu` }, x);
  x = g.layer('Conv2D', { filters: Math.floor(channels * 0.5), kernelSize: 1, useBias: false, name: `${name}_conv` }, x);
  return g.layer('AveragePooling2D', { poolSize: 2, strides: 2, name: `${name}_pool` }, x);
}

function build() {
  const g = new Graph('densenet121');
  let x = g.input([224, 224, 3]);
  x = g.layer('ZeroPadding2D', { padding: [[3, 3], [3, 3]] }, x);
  x = g.layer('Conv2D', { filters: 64, kernelSize: 7, strides: 2, useBias: false, name: 'conv1_conv' }, x);
  x = g.layer('BatchNormalization', { ...BN, name: 'conv1_bn' }, x);
  x = g.layer('Activation', { activation: 'relu', name: 'conv1_relu' }, x);
  x = g.layer('ZeroPadding2D', { padding: [[1, 1], [1, 1]] }, x);
  x = g.layer('MaxPooling2D', { poolSize: 3, strides: 2, name: 'pool1' }, x);
  x = denseBlock(g, x, 6, 'conv2');
  x = transition(g, x, 'pool2');
  x = denseBlock(g, x, 12, 'conv3');
  x = transition(g, x, 'pool3');
  x = denseBlock(g, x, 24, 'conv4');
  x = transition(g, x, 'pool4');
  x = denseBlock(g, x, 16, 'conv5');
  x = g.layer('BatchNormalization', { ...BN, name: 'bn' }, x);
  x = g.layer('Activation', { activation: 'relu', name: 'relu' }, x);
  x = g.layer('GlobalAveragePooling2D', { name: 'avg_pool' }, x);
  x = g.layer('Dense', { units: 1000, activation: 'softmax', name: 'predictions' }, x);
  return g.finish(x);
}

module.exports = { build, keras: 'keras.applications.DenseNet121' };
