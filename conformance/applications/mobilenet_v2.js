// keras.applications.MobileNetV2 (keras/src/applications/mobilenet_v2.py), alpha=1.0,
// include_top=True, 224x224x3, 1000 classes. With alpha = 1 _make_divisible leaves every filter
// count of the source unchanged, so the counts are written out.
'use strict';

const { Graph } = require('./graph');

const BN = { axis: -1, epsilon: 1e-3, momentum: 0.999 };

/** _inverted_res_block: expand 1x1, depthwise 3x3, project 1x1, residual add when shapes allow. */
function invertedResidual(g, inputs, inChannels, expansion, stride, filters, blockId) {
  let x = inputs;
  let prefix = `block_${blockId}_`;
  if (blockId) {
    x = g.layer('Conv2D', { filters: expansion * inChannels, kernelSize: 1, padding: 'same', useBias: false, name: `${prefix}expand` }, x);
    x = g.layer('BatchNormalization', { ...BN, name: `${prefix}expand_BN` }, x);
    x = g.layer('ReLU', { maxValue: 6, name: `${prefix}expand_relu` }, x);
  } else {
    prefix = 'expanded_conv_';
  }
  if (stride === 2) {
    // imagenet_utils.correct_pad for the even sizes (112, 56, 28, 14) met here: ((0, 1), (0, 1)).
    x = g.layer('ZeroPadding2D', { padding: [[0, 1], [0, 1]], name: `${prefix}pad` }, x);
  }
  x = g.layer('DepthwiseConv2D', { kernelSize: 3, strides: stride, useBias: false, padding: stride === 1 ? 'same' : 'valid', name: `${prefix}depthwise` }, x);
  x = g.layer('BatchNormalization', { ...BN, name: `${prefix}depthwise_BN` }, x);
  x = g.layer('ReLU', { maxValue: 6, name: `${prefix}depthwise_relu` }, x);
  x = g.layer('Conv2D', { filters, kernelSize: 1, padding: 'same', useBias: false, name: `${prefix}project` }, x);
  x = g.layer('BatchNormalization', { ...BN, name: `${prefix}project_BN` }, x);
  if (inChannels === filters && stride === 1) {
    return g.layer('Add', { name: `${prefix}add` }, [inputs, x]);
  }
  return x;
}

// (filters, stride, expansion) of blocks 0 to 16, as the source lists them.
const BLOCKS = [
  [16, 1, 1],
  [24, 2, 6], [24, 1, 6],
  [32, 2, 6], [32, 1, 6], [32, 1, 6],
  [64, 2, 6], [64, 1, 6], [64, 1, 6], [64, 1, 6],
  [96, 1, 6], [96, 1, 6], [96, 1, 6],
  [160, 2, 6], [160, 1, 6], [160, 1, 6],
  [320, 1, 6],
];

function build() {
  const g = new Graph('mobilenetv2_1.00_224');
  let x = g.input([224, 224, 3]);
  x = g.layer('Conv2D', { filters: 32, kernelSize: 3, strides: 2, padding: 'same', useBias: false, name: 'Conv1' }, x);
  x = g.layer('BatchNormalization', { ...BN, name: 'bn_Conv1' }, x);
  x = g.layer('ReLU', { maxValue: 6, name: 'Conv1_relu' }, x);
  let channels = 32;
  BLOCKS.forEach(([filters, stride, expansion], id) => {
    x = invertedResidual(g, x, channels, expansion, stride, filters, id);
    channels = filters;
  });
  x = g.layer('Conv2D', { filters: 1280, kernelSize: 1, useBias: false, name: 'Conv_1' }, x);
  x = g.layer('BatchNormalization', { ...BN, name: 'Conv_1_bn' }, x);
  x = g.layer('ReLU', { maxValue: 6, name: 'out_relu' }, x);
  x = g.layer('GlobalAveragePooling2D', {}, x);
  x = g.layer('Dense', { units: 1000, activation: 'softmax', name: 'predictions' }, x);
  return g.finish(x);
}

module.exports = { build, keras: 'keras.applications.MobileNetV2' };
