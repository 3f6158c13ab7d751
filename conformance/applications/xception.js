// keras.applications.Xception (keras/src/applications/xception.py), include_top=True,
// 299x299x3, 1000 classes. The residual projections and their batch normalizations and the
// additions are unnamed in the source: they carry Keras's automatic names.
'use strict';

const { Graph } = require('./graph');

const relu = (g, x, name) => g.layer('Activation', { activation: 'relu', name }, x);
const bn = (g, x, name) => g.layer('BatchNormalization', { axis: -1, name }, x);
const sep = (g, x, filters, name) =>
  g.layer('SeparableConv2D', { filters, kernelSize: 3, padding: 'same', useBias: false, name }, x);

/** The strided 1x1 projection of an entry or exit block's shortcut. */
function projection(g, x, filters) {
  const r = g.layer('Conv2D', { filters, kernelSize: 1, strides: 2, padding: 'same', useBias: false }, x);
  return bn(g, r);
}

/** Blocks 3, 4 and 13: ReLU-sepconv-BN twice, max pooling, add the projected shortcut. */
function downBlock(g, x, filters1, filters2, block) {
  const residual = projection(g, x, filters2);
  x = relu(g, x, `block${block}_sepconv1_act`);
  x = bn(g, sep(g, x, filters1, `block${block}_sepconv1`), `block${block}_sepconv1_bn`);
  x = relu(g, x, `block${block}_sepconv2_act`);
  x = bn(g, sep(g, x, filters2, `block${block}_sepconv2`), `block${block}_sepconv2_bn`);
  x = g.layer('MaxPooling2D', { poolSize: 3, strides: 2, padding: 'same', name: `block${block}_pool` }, x);
  return g.layer('Add', {}, [x, residual]);
}

function build() {
  const g = new Graph('xception');
  let x = g.input([299, 299, 3]);
  x = g.layer('Conv2D', { filters: 32, kernelSize: 3, strides: 2, useBias: false, name: 'block1_conv1' }, x);
  x = relu(g, bn(g, x, 'block1_conv1_bn'), 'block1_conv1_act');
  x = g.layer('Conv2D', { filters: 64, kernelSize: 3, useBias: false, name: 'block1_conv2' }, x);
  x = relu(g, bn(g, x, 'block1_conv2_bn'), 'block1_conv2_act');

  // Block 2 starts from an activated tensor: no leading ReLU.
  let residual = projection(g, x, 128);
  x = bn(g, sep(g, x, 128, 'block2_sepconv1'), 'block2_sepconv1_bn');
  x = relu(g, x, 'block2_sepconv2_act');
  x = bn(g, sep(g, x, 128, 'block2_sepconv2'), 'block2_sepconv2_bn');
  x = g.layer('MaxPooling2D', { poolSize: 3, strides: 2, padding: 'same', name: 'block2_pool' }, x);
  x = g.layer('Add', {}, [x, residual]);

  x = downBlock(g, x, 256, 256, 3);
  x = downBlock(g, x, 728, 728, 4);

  for (let i = 0; i < 8; i++) {
    residual = x;
    const p = `block${i + 5}`;
    for (let j = 1; j <= 3; j++) {
      x = relu(g, x, `${p}_sepconv${j}_act`);
      x = bn(g, sep(g, x, 728, `${p}_sepconv${j}`), `${p}_sepconv${j}_bn`);
    }
    x = g.layer('Add', {}, [x, residual]);
  }

  x = downBlock(g, x, 728, 1024, 13);

  x = relu(g, bn(g, sep(g, x, 1536, 'block14_sepconv1'), 'block14_sepconv1_bn'), 'block14_sepconv1_act');
  x = relu(g, bn(g, sep(g, x, 2048, 'block14_sepconv2'), 'block14_sepconv2_bn'), 'block14_sepconv2_act');
  x = g.layer('GlobalAveragePooling2D', { name: 'avg_pool' }, x);
  x = g.layer('Dense', { units: 1000, activation: 'softmax', name: 'predictions' }, x);
  return g.finish(x);
}

module.exports = { build, keras: 'keras.applications.Xception' };
