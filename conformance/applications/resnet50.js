// keras.applications.ResNet50 (keras/src/applications/resnet.py: ResNet with
// stack_residual_blocks_v1 and residual_block_v1), include_top=True, 224x224x3, 1000 classes.
'use strict';

const { Graph } = require('./graph');

const BN = { axis: 3, epsilon: 1.001e-5 };

/** residual_block_v1: a 1x1-3x3-1x1 bottleneck added to a projected or identity shortcut. */
function bottleneck(g, x, filters, stride, projection, name) {
  let shortcut = x;
  if (projection) {
    shortcut = g.layer('Conv2D', { filters: 4 * filters, kernelSize: 1, strides: stride, name: `${name}_0_conv` }, x);
    shortcut = g.layer('BatchNormalization', { ...BN, name: `${name}_0_bn` }, shortcut);
  }
  let y = g.layer('Conv2D', { filters, kernelSize: 1, strides: stride, name: `${name}_1_conv` }, x);
  y = g.layer('BatchNormalization', { ...BN, name: `${name}_1_bn` }, y);
  y = g.layer('Activation', { activation: 'relu', name: `${name}_1_relu` }, y);
  y = g.layer('Conv2D', { filters, kernelSize: 3, padding: 'same', name: `${name}_2_conv` }, y);
  y = g.layer('BatchNormalization', { ...BN, name: `${name}_2_bn` }, y);
  y = g.layer('Activation', { activation: 'relu', name: `${name}_2_relu` }, y);
  y = g.layer('Conv2D', { filters: 4 * filters, kernelSize: 1, name: `${name}_3_conv` }, y);
  y = g.layer('BatchNormalization', { ...BN, name: `${name}_3_bn` }, y);
  y = g.layer('Add', { name: `${name}_add` }, [shortcut, y]);
  return g.layer('Activation', { activation: 'relu', name: `${name}_out` }, y);
}

/** stack_residual_blocks_v1: one projection block, then identity blocks. */
function stack(g, x, filters, blocks, stride1, name) {
  x = bottleneck(g, x, filters, stride1, true, `${name}_block1`);
  for (let i = 2; i <= blocks; i++) {
    x = bottleneck(g, x, filters, 1, false, `${name}_block${i}`);
  }
  return x;
}

function build() {
  const g = new Graph('resnet50');
  let x = g.input([224, 224, 3]);
  x = g.layer('ZeroPadding2D', { padding: [[3, 3], [3, 3]], name: 'conv1_pad' }, x);
  x = g.layer('Conv2D', { filters: 64, kernelSize: 7, strides: 2, name: 'conv1_conv' }, x);
  x = g.layer('BatchNormalization', { ...BN, name: 'conv1_bn' }, x);
  x = g.layer('Activation', { activation: 'relu', name: 'conv1_relu' }, x);
  x = g.layer('ZeroPadding2D', { padding: [[1, 1], [1, 1]], name: 'pool1_pad' }, x);
  x = g.layer('MaxPooling2D', { poolSize: 3, strides: 2, name: 'pool1_pool' }, x);
  x = stack(g, x, 64, 3, 1, 'conv2');
  x = stack(g, x, 128, 4, 2, 'conv3');
  x = stack(g, x, 256, 6, 2, 'conv4');
  x = stack(g, x, 512, 3, 2, 'conv5');
  x = g.layer('GlobalAveragePooling2D', { name: 'avg_pool' }, x);
  x = g.layer('Dense', { units: 1000, activation: 'softmax', name: 'predictions' }, x);
  return g.finish(x);
}

module.exports = { build, keras: 'keras.applications.ResNet50' };
