// keras.applications.InceptionV3 (keras/src/applications/inception_v3.py), include_top=True,
// 299x299x3, 1000 classes. The source names only the concatenations (mixed0 ...) and the top;
// every other layer carries Keras's automatic name, which the recorder reproduces.
'use strict';

const { Graph } = require('./graph');

/** conv2d_bn: a bias-free convolution, a BatchNormalization without scale, a ReLU. */
function convBn(g, x, filters, rows, cols, { padding = 'same', strides = 1 } = {}) {
  x = g.layer('Conv2D', { filters, kernelSize: [rows, cols], strides, padding, useBias: false }, x);
  x = g.layer('BatchNormalization', { axis: 3, scale: false }, x);
  return g.layer('Activation', { activation: 'relu' }, x);
}

const avgPool = (g, x) => g.layer('AveragePooling2D', { poolSize: 3, strides: 1, padding: 'same' }, x);
const maxPool = (g, x) => g.layer('MaxPooling2D', { poolSize: 3, strides: 2 }, x);
const concat = (g, xs, name) => g.layer('Concatenate', { axis: 3, name }, xs);

/** mixed0 to mixed2: 1x1, 5x5, double 3x3 and pooled branches at 35x35. */
function inceptionA(g, x, poolFilters, name) {
  const b1 = convBn(g, x, 64, 1, 1);
  let b5 = convBn(g, x, 48, 1, 1);
  b5 = convBn(g, b5, 64, 5, 5);
  let b3 = convBn(g, x, 64, 1, 1);
  b3 = convBn(g, b3, 96, 3, 3);
  b3 = convBn(g, b3, 96, 3, 3);
  const bp = convBn(g, avgPool(g, x), poolFilters, 1, 1);
  return concat(g, [b1, b5, b3, bp], name);
}

/** mixed4 to mixed7: factorized 7x7 branches at 17x17, `c` channels inside them. */
function inceptionC(g, x, c, name) {
  const b1 = convBn(g, x, 192, 1, 1);
  let b7 = convBn(g, x, c, 1, 1);
  b7 = convBn(g, b7, c, 1, 7);
  b7 = convBn(g, b7, 192, 7, 1);
  let bd = convBn(g, x, c, 1, 1);
  bd = convBn(g, bd, c, 7, 1);
  bd = convBn(g, bd, c, 1, 7);
  bd = convBn(g, bd, c, 7, 1);
  bd = convBn(g, bd, 192, 1, 7);
  const bp = convBn(g, avgPool(g, x), 192, 1, 1);
  return concat(g, [b1, b7, bd, bp], name);
}

/** mixed9 and mixed10: expanded filter banks at 8x8. */
function inceptionE(g, x, i) {
  const b1 = convBn(g, x, 320, 1, 1);
  const b3 = convBn(g, x, 384, 1, 1);
  const b3a = convBn(g, b3, 384, 1, 3);
  const b3b = convBn(g, b3, 384, 3, 1);
  const b3cat = concat(g, [b3a, b3b], `mixed9_${i}`);
  let bd = convBn(g, x, 448, 1, 1);
  bd = convBn(g, bd, 384, 3, 3);
  const bda = convBn(g, bd, 384, 1, 3);
  const bdb = convBn(g, bd, 384, 3, 1);
  const bdcat = concat(g, [bda, bdb]);
  const bp = convBn(g, avgPool(g, x), 192, 1, 1);
  return concat(g, [b1, b3cat, bdcat, bp], `mixed${9 + i}`);
}

function build() {
  const g = new Graph('inception_v3');
  let x = g.input([299, 299, 3]);
  x = convBn(g, x, 32, 3, 3, { strides: 2, padding: 'valid' });
  x = convBn(g, x, 32, 3, 3, { padding: 'valid' });
  x = convBn(g, x, 64, 3, 3);
  x = maxPool(g, x);
  x = convBn(g, x, 80, 1, 1, { padding: 'valid' });
  x = convBn(g, x, 192, 3, 3, { padding: 'valid' });
  x = maxPool(g, x);

  x = inceptionA(g, x, 32, 'mixed0');
  x = inceptionA(g, x, 64, 'mixed1');
  x = inceptionA(g, x, 64, 'mixed2');

  // mixed3: reduction to 17x17.
  const r3 = convBn(g, x, 384, 3, 3, { strides: 2, padding: 'valid' });
  let r3d = convBn(g, x, 64, 1, 1);
  r3d = convBn(g, r3d, 96, 3, 3);
  r3d = convBn(g, r3d, 96, 3, 3, { strides: 2, padding: 'valid' });
  x = concat(g, [r3, r3d, maxPool(g, x)], 'mixed3');

  x = inceptionC(g, x, 128, 'mixed4');
  x = inceptionC(g, x, 160, 'mixed5');
  x = inceptionC(g, x, 160, 'mixed6');
  x = inceptionC(g, x, 192, 'mixed7');

  // mixed8: reduction to 8x8.
  let r8 = convBn(g, x, 192, 1, 1);
  r8 = convBn(g, r8, 320, 3, 3, { strides: 2, padding: 'valid' });
  let r8d = convBn(g, x, 192, 1, 1);
  r8d = convBn(g, r8d, 192, 1, 7);
  r8d = convBn(g, r8d, 192, 7, 1);
  r8d = convBn(g, r8d, 192, 3, 3, { strides: 2, padding: 'valid' });
  x = concat(g, [r8, r8d, maxPool(g, x)], 'mixed8');

  x = inceptionE(g, x, 0);
  x = inceptionE(g, x, 1);
  x = g.layer('GlobalAveragePooling2D', { name: 'avg_pool' }, x);
  x = g.layer('Dense', { units: 1000, activation: 'softmax', name: 'predictions' }, x);
  return g.finish(x);
}

module.exports = { build, keras: 'keras.applications.InceptionV3' };
