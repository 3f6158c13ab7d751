#!/usr/bin/env node
// The seeded random part of the corpus: realistic Sequential stacks (image CNNs in 1, 2 and 3
// dimensions, recurrent stacks with embedding front ends, MLPs, reshaping pipelines), about a
// third of them deliberately broken in the ways people break models. The generator only proposes
// models; whether each is valid, and every number, comes from the oracle (oracle.js).
//
// Usage: node generate.js [count] [seed]   writes corpus/random.json (defaults: 330 models, seed 20261128)
//        node generate.js --check          fails if the committed corpus/random.json differs
// The same count and seed always give the same file, so the committed corpus is reproducible.
'use strict';

const fs = require('fs');
const path = require('path');

const CHECK = process.argv.includes('--check');
const ARGS = process.argv.slice(2).filter((a) => a !== '--check');
const COUNT = Number(ARGS[0] || 330);
const SEED = Number(ARGS[1] || 20261128);

// Layer types the oracle can build (families/*.js): the generator uses no other.
const AVAILABLE = new Set(
  fs.readdirSync(path.join(__dirname, 'families'))
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => Object.keys(require(path.join(__dirname, 'families', f)).layers || {})),
);

/** mulberry32: a small, well-distributed PRNG with a 32-bit state. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(SEED);
const chance = (p) => random() < p;
const pick = (items) => items[Math.floor(random() * items.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

/** A stack under construction; layers of unavailable types are silently left out. */
class Stack {
  constructor() {
    this.layers = [];
  }

  add(type, args = {}, wrapped) {
    if (!AVAILABLE.has(type) || (wrapped && !AVAILABLE.has(wrapped.type))) {
      return this;
    }
    const layer = { name: `l${this.layers.length}_${type.toLowerCase()}`, type, args };
    if (wrapped) {
      layer.wrapped = wrapped;
    }
    this.layers.push(layer);
    return this;
  }

  /** Occasionally a layer that changes nothing but shows up in real models. */
  decorate(rank) {
    if (chance(0.25)) this.add('BatchNormalization');
    if (chance(0.2)) this.add(...pick([['ReLU', {}], ['ReLU', { maxValue: 6.0 }], ['Activation', { activation: 'RELU' }]]));
    if (chance(0.2)) this.add('Dropout', { rate: pick([0.1, 0.25, 0.5]) });
    if (rank === 2 && chance(0.1)) this.add('SpatialDropout2D', { rate: 0.2 });
    return this;
  }
}

const PADDINGS = ['VALID', 'SAME'];

function convBlock(stack, rank, format) {
  const conv = `Conv${rank}D`;
  const strides = chance(0.3) ? 2 : 1;
  const args = { filters: pick([4, 8, 16, 32]), kernelSize: [pick([1, 3, 3, 5])], padding: pick(PADDINGS) };
  if (strides > 1) args.strides = [strides];
  if (strides === 1 && chance(0.15)) args.dilationRate = [2];
  if (rank === 1 && chance(0.2)) args.padding = 'CAUSAL';
  if (format === 'CHANNELS_FIRST') args.dataFormat = format;
  if (chance(0.5)) args.activation = pick(['RELU', 'TANH', 'SIGMOID', 'ELU']);
  if (chance(0.1)) args.useBias = false;
  const variant = rank === 2 && chance(0.2) ? pick(['SeparableConv2D', 'DepthwiseConv2D', 'Conv2DTranspose']) : conv;
  if (variant === 'DepthwiseConv2D') {
    delete args.filters;
    args.depthMultiplier = pick([1, 2]);
  }
  stack.add(variant, args).decorate(rank);
  if (chance(0.6)) {
    const pool = { poolSize: [pick([2, 2, 3])], padding: pick(PADDINGS) };
    if (chance(0.3)) pool.strides = [pick([1, 2])];
    if (format === 'CHANNELS_FIRST') pool.dataFormat = format;
    stack.add(`${pick(['Max', 'Average'])}Pooling${rank}D`, pool);
  }
}

function head(stack, rank, format, classes) {
  if (chance(0.5)) {
    stack.add('Flatten', format === 'CHANNELS_FIRST' ? { dataFormat: format } : {});
  } else {
    const args = format === 'CHANNELS_FIRST' ? { dataFormat: format } : {};
    stack.add(`Global${pick(['Max', 'Average'])}Pooling${rank}D`, args);
  }
  if (chance(0.6)) stack.add('Dense', { units: pick([16, 32, 64]), activation: 'RELU' });
  if (chance(0.3)) stack.add('Dropout', { rate: 0.5 });
  stack.add('Dense', { units: classes, activation: 'SOFTMAX' });
}

const TEMPLATES = {
  cnn2d() {
    const format = chance(0.15) ? 'CHANNELS_FIRST' : 'CHANNELS_LAST';
    const h = pick([16, 28, 32, 48, 64]);
    const w = chance(0.7) ? h : pick([16, 24, 40]);
    const c = pick([1, 3]);
    const stack = new Stack();
    for (let b = int(1, 3); b > 0; b--) convBlock(stack, 2, format);
    if (chance(0.15)) stack.add('ZeroPadding2D', { padding: [pick([1, 2])] });
    if (chance(0.1)) stack.add('UpSampling2D', { size: [2] });
    if (chance(0.1)) stack.add('Cropping2D', { cropping: [1] });
    head(stack, 2, format, pick([2, 10, 100]));
    return { input: format === 'CHANNELS_FIRST' ? [c, h, w] : [h, w, c], layers: stack.layers };
  },
  cnn1d() {
    const steps = chance(0.15) ? null : pick([16, 32, 64, 100]);
    const stack = new Stack();
    for (let b = int(1, 3); b > 0; b--) convBlock(stack, 1, 'CHANNELS_LAST');
    if (steps === null) {
      stack.add(`Global${pick(['Max', 'Average'])}Pooling1D`);
      stack.add('Dense', { units: pick([1, 4, 8]) });
    } else {
      head(stack, 1, 'CHANNELS_LAST', pick([2, 5]));
    }
    return { input: [steps === null ? -1 : steps, pick([1, 8, 16])], layers: stack.layers };
  },
  cnn3d() {
    const stack = new Stack();
    for (let b = int(1, 2); b > 0; b--) convBlock(stack, 3, 'CHANNELS_LAST');
    stack.add('Flatten').add('Dense', { units: pick([2, 8]) });
    return { input: [pick([8, 10, 16]), pick([8, 16]), pick([8, 16]), pick([1, 3])], layers: stack.layers };
  },
  rnn() {
    const stack = new Stack();
    const steps = chance(0.3) ? -1 : pick([10, 20, 50]);
    let input;
    if (chance(0.6)) {
      input = [steps];
      stack.add('Embedding', { inputDim: pick([100, 1000, 5000]), outputDim: pick([8, 16, 32, 64]) });
    } else {
      input = [steps, pick([4, 8, 16])];
    }
    const cells = int(1, 2);
    for (let i = 0; i < cells; i++) {
      const type = pick(['LSTM', 'GRU', 'SimpleRNN']);
      const args = { units: pick([8, 16, 32]), returnSequences: i < cells - 1 || chance(0.2) };
      if (type === 'GRU' && chance(0.3)) args.resetAfter = false;
      if (chance(0.3)) {
        stack.add('Bidirectional', { mergeMode: pick(['CONCAT', 'SUM', 'AVE', 'MUL']) }, { type, args });
      } else {
        stack.add(type, args);
      }
    }
    const last = stack.layers[stack.layers.length - 1];
    const sequences = last && ((last.wrapped || last).args || {}).returnSequences;
    if (sequences) {
      stack.add('TimeDistributed', {}, { type: 'Dense', args: { units: pick([2, 4]) } });
      stack.add('Flatten');
    }
    stack.add('Dense', { units: pick([1, 2, 10]), activation: pick(['SIGMOID', 'SOFTMAX']) });
    return { input, layers: stack.layers };
  },
  mlp() {
    const stack = new Stack();
    for (let i = int(1, 4); i > 0; i--) {
      stack.add('Dense', { units: pick([16, 64, 128, 512]), activation: pick(['RELU', 'TANH', 'LINEAR']) });
      if (chance(0.3)) stack.add(pick(['Dropout', 'GaussianDropout', 'AlphaDropout']), { rate: pick([0.1, 0.3]) });
      if (chance(0.15)) stack.add('LayerNormalization');
      if (chance(0.1)) stack.add('GaussianNoise', { stddev: 0.1 });
    }
    stack.add('Dense', { units: pick([1, 10]) });
    return { input: [pick([4, 20, 784])], layers: stack.layers };
  },
  reshaping() {
    const a = pick([4, 6, 8]);
    const b = pick([3, 5, 7]);
    const stack = new Stack();
    stack.add('Reshape', { targetShape: chance(0.3) ? [a, -1] : [a, b] });
    if (chance(0.5)) stack.add('Permute', { dims: [2, 1] });
    stack.add('Dense', { units: pick([2, 8]) });
    if (chance(0.4)) stack.add('Flatten').add('RepeatVector', { n: pick([2, 3]) });
    stack.add('Flatten').add('Dense', { units: 1 });
    return { input: [a * b], layers: stack.layers };
  },
};

// How people break models. Each returns whether it applied to this model; the oracle decides
// whether the result really is invalid.
const BREAKAGES = [
  function tinyInput(model) {
    if (model.input.length < 2) return false;
    model.input = model.input.map((d, i) => (i < model.input.length - 1 && d > 0 ? pick([1, 2, 3]) : d));
    return true;
  },
  function flattenTooEarly(model) {
    const at = model.layers.findIndex((l) => /^(Conv|SeparableConv|Depthwise|MaxPooling|AveragePooling|LSTM|GRU|SimpleRNN|Bidirectional|Reshape|Permute)/.test(l.type));
    if (at < 0) return false;
    model.layers.splice(at, 0, { name: 'early_flatten', type: 'Flatten', args: {} });
    return true;
  },
  function zeroSize(model) {
    for (const layer of model.layers.slice().sort(() => random() - 0.5)) {
      const args = (layer.wrapped || layer).args;
      for (const key of ['filters', 'units', 'kernelSize', 'poolSize', 'outputDim', 'n', 'rate']) {
        if (key in args) {
          args[key] = key === 'rate' ? pick([1.5, -0.1]) : Array.isArray(args[key]) ? [0] : 0;
          return true;
        }
      }
    }
    return false;
  },
  function stridedDilation(model) {
    const conv = model.layers.find((l) => /^Conv\dD$/.test(l.type));
    if (!conv) return false;
    Object.assign(conv.args, { strides: [2], dilationRate: [2] });
    return true;
  },
  function hugeKernel(model) {
    const conv = model.layers.find((l) => /^Conv\dD$/.test(l.type));
    if (!conv) return false;
    Object.assign(conv.args, { kernelSize: [pick([33, 65, 129])], padding: 'VALID' });
    return true;
  },
  function unknownLength(model) {
    if (model.input.length < 2 || model.input[0] < 0) return false;
    model.input = [-1, ...model.input.slice(1)];
    return true;
  },
  function wrongTargetSize(model) {
    const reshape = model.layers.find((l) => l.type === 'Reshape');
    if (!reshape) return false;
    reshape.args.targetShape = reshape.args.targetShape.map((d) => (d > 0 ? d + 1 : d));
    return true;
  },
];

function main() {
  const names = Object.keys(TEMPLATES);
  const models = [];
  for (let i = 0; models.length < COUNT; i++) {
    const template = names[i % names.length];
    const model = TEMPLATES[template]();
    if (model.layers.length === 0) {
      continue;
    }
    let kind = template;
    if (chance(0.42)) {
      for (let tries = 0; tries < 8; tries++) {
        const breakage = pick(BREAKAGES);
        if (breakage(model)) {
          kind += `_${breakage.name}`;
          break;
        }
      }
    }
    // Unique, stable layer names after any insertion.
    model.layers.forEach((l, j) => {
      l.name = `l${j}_${l.type.toLowerCase()}`;
    });
    models.push(Object.assign({ name: `random_${String(models.length).padStart(3, '0')}_${kind}` }, model));
  }
  const text = '[\n' + models.map((m) => '  ' + JSON.stringify(m)).join(',\n') + '\n]\n';
  const target = path.join(__dirname, 'corpus', 'random.json');
  if (CHECK) {
    const same = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
    console.log(`generate: ${models.length} models from seed ${SEED}, ${same ? 'same as' : 'DIFFERENT from'} corpus/random.json`);
    if (!same) {
      console.log('Run `node generate.js` in conformance/ (and then `node oracle.js`) and review the diff.');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(target, text);
  console.log(`generate: ${models.length} models from seed ${SEED}`);
}

main();
