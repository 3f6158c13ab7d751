#!/usr/bin/env node
// The seeded random part of the corpus: realistic Sequential stacks (image CNNs in 1, 2 and 3
// dimensions, recurrent stacks with embedding front ends, MLPs, reshaping pipelines), about a
// third of them deliberately broken in the ways people break models. The generator only proposes
// models; whether each is valid, and every number, comes from the oracle (oracle.js).
//
// It also writes corpus/functional-random.json: functional graphs (residual, Inception-style,
// squeeze-and-excitation, multi-input and multi-output, Dot and Subtract heads), about a third
// broken the ways graphs break (a shortcut without its projection, a branch with VALID padding,
// merged encodings of different widths, a merge given the wrong number of inputs).
//
// Usage: node generate.js [count] [seed]   writes corpus/random.json (defaults: 330 models, seed 20261128),
//                                          corpus/functional-random.json (270 graphs), and
//                                          corpus/functional-modern.json and random-modern.json (150
//                                          each: the newer layers and @From bindings, see below),
//                                          corpus/random-recent.json (120) and functional-recent.json
//                                          (80: ConvLSTM, lookups, STFTSpectrogram, @ScalarOp),
//                                          corpus/random-latest.json (90) and functional-latest.json
//                                          (60: equalization, typed inputs, HashedCrossing)
//        node generate.js --check          fails if a committed corpus file differs
// The same count and seed always give the same file, so the committed corpus is reproducible.
'use strict';

const fs = require('fs');
const path = require('path');

const CHECK = require('./mode')();
const ARGS = process.argv.slice(2).filter((a) => !a.startsWith('--'));
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

// Rebound to a fresh stream of the same seed for the functional corpus, so each file depends
// only on its own count and the seed.
let random = prng(SEED);
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
  return write('random.json', models);
}

// ---- Functional graphs ----

const FUNCTIONAL_COUNT = 270;

/** A graph under construction: nodes in declaration order, names unique within the graph. */
class Graph {
  constructor() {
    this.nodes = [];
    this.outputs = [];
    this.counts = {};
  }

  fresh(stem) {
    this.counts[stem] = (this.counts[stem] || 0) + 1;
    return `${stem}_${this.counts[stem]}`;
  }

  input(shape, stem = 'input') {
    const name = this.fresh(stem);
    this.nodes.push({ kind: 'input', name, shape });
    return name;
  }

  /**
   * Adds a layer node. An inbound entry is a node name (its output 0) or [name, k] (output k of a
   * layer with several outputs, @From(value = name, output = k)); a name may come twice
   * (self-attention). `wrapped` is a wrapper's layer ({type, args}).
   */
  layer(type, args, inbound, stem, wrapped) {
    const name = this.fresh(stem || type.toLowerCase());
    const entries = Array.isArray(inbound) ? inbound : [inbound];
    const node = { kind: 'layer', name, type, args, inbound: entries.map((e) => (Array.isArray(e) ? e[0] : e)) };
    if (wrapped) node.wrapped = wrapped;
    if (entries.some((e) => Array.isArray(e) && e[1] !== 0)) {
      node.inboundOutputs = entries.map((e) => (Array.isArray(e) ? e[1] : 0));
    }
    this.nodes.push(node);
    return name;
  }

  find(name) {
    return this.nodes.find((n) => n.name === name);
  }
}

/** 2-D feature maps: a tensor name with its size (square) and channels, as built so far. */
function convUnit(g, from, filters, kernel, strides, padding, stem) {
  const args = { filters, kernelSize: [kernel, kernel], padding };
  if (strides > 1) args.strides = [strides, strides];
  if (chance(0.4)) args.activation = 'RELU';
  if (chance(0.15)) args.useBias = false;
  let name = g.layer('Conv2D', args, from, stem);
  if (chance(0.4)) name = g.layer('BatchNormalization', {}, name, 'bn');
  return name;
}

function imageHead(g, from, outputs) {
  const pooled = g.layer(pick(['GlobalAveragePooling2D', 'GlobalMaxPooling2D']), {}, from, 'pool');
  const hidden = chance(0.4) ? g.layer('Dense', { units: pick([16, 32]), activation: 'RELU' }, pooled, 'dense') : pooled;
  for (let i = 0; i < outputs; i++) {
    g.layer('Dense', { units: pick([1, 2, 10]), activation: pick(['SOFTMAX', 'SIGMOID', 'LINEAR']) }, hidden, 'head');
  }
}

const GRAPHS = {
  residual(broken) {
    const g = new Graph();
    let size = pick([16, 24, 32]);
    let channels = pick([8, 16]);
    let x = convUnit(g, g.input([size, size, pick([1, 3])], 'image'), channels, 3, 1, 'SAME', 'stem');
    const blocks = int(1, 3);
    const breakAt = broken ? int(0, blocks - 1) : -1;
    for (let b = 0; b < blocks; b++) {
      const downsample = chance(0.4);
      const widen = chance(0.4);
      const out = widen ? channels * 2 : channels;
      const strides = downsample ? 2 : 1;
      let y = convUnit(g, x, out, 3, strides, 'SAME', 'conv');
      y = convUnit(g, y, out, 3, 1, 'SAME', 'conv');
      let shortcut = x;
      const needsProjection = downsample || widen;
      if (needsProjection && b !== breakAt) {
        shortcut = convUnit(g, x, out, 1, strides, 'SAME', 'shortcut');
      } else if (b === breakAt && !needsProjection) {
        // A branch that changes the shape with VALID padding: Add cannot take it.
        y = convUnit(g, y, out, 3, 1, 'VALID', 'conv');
      }
      x = g.layer(pick(['Add', 'Add', 'Average', 'Maximum']), {}, [y, shortcut], 'add');
      if (chance(0.5)) x = g.layer('Activation', { activation: 'RELU' }, x, 'relu');
      size = downsample ? Math.ceil(size / 2) : size;
      channels = out;
    }
    imageHead(g, x, chance(0.2) ? 2 : 1);
    return g;
  },
  inception(broken) {
    const g = new Graph();
    const size = pick([14, 17, 28]);
    let x = g.input([size, size, pick([3, 8, 16])], 'image');
    const modules = int(1, 2);
    const breakModule = broken ? int(0, modules - 1) : -1;
    for (let m = 0; m < modules; m++) {
      const branches = [];
      const count = int(2, 4);
      const brokenBranch = m === breakModule ? int(0, count - 1) : -1;
      for (let b = 0; b < count; b++) {
        const kernel = pick([1, 3, 5]);
        const padding = b === brokenBranch && kernel > 1 ? 'VALID' : 'SAME';
        if (b === brokenBranch && kernel === 1) {
          const pool = g.layer('MaxPooling2D', { poolSize: [2, 2] }, x, 'pool');
          branches.push(convUnit(g, pool, pick([4, 8]), 1, 1, 'SAME', 'branch'));
        } else if (chance(0.25)) {
          const pool = g.layer('MaxPooling2D', { poolSize: [3, 3], strides: [1, 1], padding: 'SAME' }, x, 'pool');
          branches.push(convUnit(g, pool, pick([4, 8]), 1, 1, 'SAME', 'branch'));
        } else {
          const reduced = kernel > 1 && chance(0.6) ? convUnit(g, x, pick([2, 4]), 1, 1, 'SAME', 'reduce') : x;
          branches.push(convUnit(g, reduced, pick([4, 8, 16]), kernel, 1, padding, 'branch'));
        }
      }
      x = g.layer('Concatenate', chance(0.5) ? { axis: -1 } : {}, branches, 'mixed');
    }
    imageHead(g, x, 1);
    return g;
  },
  squeezeExcite(broken) {
    const g = new Graph();
    const size = pick([8, 12, 16]);
    const channels = pick([16, 32]);
    const conv = convUnit(g, g.input([size, size, pick([3, 8])], 'image'), channels, 3, 1, 'SAME', 'conv');
    const keep = chance(0.5);
    let gate = g.layer('GlobalAveragePooling2D', keep ? { keepdims: true } : {}, conv, 'squeeze');
    gate = g.layer('Dense', { units: channels / pick([2, 4, 8]), activation: 'RELU' }, gate, 'reduce');
    // Broken: the excitation's width is not the channel count.
    const width = broken ? channels + pick([4, 8]) : channels;
    gate = g.layer('Dense', { units: width, activation: 'SIGMOID' }, gate, 'expand');
    if (!keep) gate = g.layer('Reshape', { targetShape: [1, 1, width] }, gate, 'gate');
    let x = g.layer('Multiply', {}, [conv, gate], 'excite');
    if (chance(0.5)) x = g.layer('Add', {}, [x, conv], 'residual');
    imageHead(g, x, 1);
    return g;
  },
  multiInput(broken) {
    const g = new Graph();
    const encoded = [];
    const inputs = int(2, 3);
    const width = pick([8, 16, 32]);
    const brokenBranch = broken ? int(0, inputs - 1) : -1;
    const merge = pick(['Concatenate', 'Add', 'Average', 'Multiply', 'Maximum']);
    for (let i = 0; i < inputs; i++) {
      const units = merge === 'Concatenate' ? pick([8, 16, 32]) : i === brokenBranch ? width * 2 : width;
      if (chance(0.4)) {
        const size = pick([16, 28]);
        const conv = convUnit(g, g.input([size, size, pick([1, 3])], 'image'), pick([4, 8]), 3, 1, 'VALID', 'conv');
        const pooled = g.layer('GlobalAveragePooling2D', {}, conv, 'pool');
        encoded.push(g.layer('Dense', { units }, pooled, 'encode'));
      } else if (chance(0.3)) {
        const seq = g.input([pick([10, 20]), pick([4, 8])], 'sequence');
        encoded.push(g.layer(pick(['LSTM', 'GRU']), { units }, seq, 'encode'));
      } else {
        encoded.push(g.layer('Dense', { units, activation: 'RELU' }, g.input([pick([4, 10, 20])], 'features'), 'encode'));
      }
    }
    let inbound = encoded;
    if (merge === 'Concatenate' && broken) {
      // Broken: one encoding keeps a time axis, so the ranks differ.
      const seq = g.input([pick([5, 6]), pick([4, 8])], 'sequence');
      inbound = encoded.concat(g.layer('Dense', { units: 4 }, seq, 'encode'));
    }
    const joined = g.layer(merge, {}, inbound, 'joined');
    const hidden = g.layer('Dense', { units: pick([16, 32]), activation: 'RELU' }, joined, 'hidden');
    const heads = chance(0.35) ? 2 : 1;
    for (let i = 0; i < heads; i++) g.layer('Dense', { units: pick([1, 3, 10]) }, hidden, 'head');
    if (heads === 2 && chance(0.5)) {
      g.outputs = g.nodes.filter((n) => n.name.startsWith('head_')).map((n) => n.name).reverse();
    }
    return g;
  },
  pairwise(broken) {
    const g = new Graph();
    const width = pick([8, 16, 32]);
    const left = g.input([pick([10, 20])], 'left');
    const right = g.input([pick([10, 20])], 'right');
    const a = g.layer('Dense', { units: width, activation: 'TANH' }, left, 'encode');
    const b = g.layer('Dense', { units: broken ? width + pick([2, 4]) : width, activation: 'TANH' }, right, 'encode');
    if (chance(0.5)) {
      const args = { axes: pick([[1], [-1], [1, 1]]) };
      if (chance(0.5)) args.normalize = true;
      const dot = g.layer('Dot', args, [a, b], 'similarity');
      if (chance(0.5)) g.layer('Dense', { units: 1, activation: 'SIGMOID' }, dot, 'head');
    } else {
      const diff = g.layer('Subtract', {}, [a, b], 'difference');
      g.layer('Dense', { units: pick([1, 2]) }, diff, 'head');
    }
    return g;
  },
  sequences(broken) {
    const g = new Graph();
    const features = pick([4, 8]);
    const a = g.input([pick([5, 10]), features], 'sequence');
    const b = g.input([pick([3, 6]), features], 'sequence');
    let joined;
    if (chance(0.5)) {
      // Concatenate along time: the feature sizes must agree.
      const right = broken ? g.layer('Dense', { units: features + 2 }, b, 'project') : b;
      joined = g.layer('Concatenate', { axis: 1 }, [a, right], 'joined');
    } else {
      // Attention scores: queries x keys over the feature axis.
      const keys = broken ? g.layer('Dense', { units: features * 2 }, b, 'project') : b;
      const scores = g.layer('Dot', { axes: pick([[2, 2], [-1, -1], [2]]) }, [a, keys], 'scores');
      const weights = g.layer('Softmax', {}, scores, 'weights');
      joined = g.layer('Dot', { axes: [2, 1] }, [weights, b], 'context');
    }
    const encoded = g.layer(pick(['LSTM', 'GRU', 'SimpleRNN']), { units: pick([4, 8]) }, joined, 'encode');
    g.layer('Dense', { units: 1 }, encoded, 'head');
    return g;
  },
};

// Broken the ways the templates cannot express: a merge given the wrong number of inputs, a
// single-input layer given two, Concatenate's axis across a size mismatch.
const GRAPH_BREAKAGES = [
  function subtractOfThree(g) {
    const merge = g.nodes.find((n) => n.type === 'Subtract' || n.type === 'Dot');
    const input = g.nodes.find((n) => n.kind === 'input');
    if (!merge) return false;
    merge.inbound.push(merge.inbound[0] === input.name ? merge.inbound[1] : input.name);
    return true;
  },
  function denseOfTwo(g) {
    const dense = g.nodes.find((n) => n.type === 'Dense' && g.nodes.indexOf(n) > 1);
    if (!dense) return false;
    const earlier = g.nodes.slice(0, g.nodes.indexOf(dense)).filter((n) => n.name !== dense.inbound[0]);
    dense.inbound.push(pick(earlier).name);
    return true;
  },
  function wrongConcatAxis(g) {
    const concat = g.nodes.find((n) => n.type === 'Concatenate' && (n.args.axis === undefined || n.args.axis === -1));
    if (!concat || !g.nodes.some((n) => n.kind === 'input' && n.shape.length === 3)) return false;
    concat.args = { axis: 1 };
    return true;
  },
];

function functionalMain() {
  random = prng(SEED);
  const names = Object.keys(GRAPHS);
  const models = [];
  for (let i = 0; models.length < FUNCTIONAL_COUNT; i++) {
    const template = names[i % names.length];
    const broken = chance(0.25);
    const g = GRAPHS[template](broken);
    let kind = broken ? `${template}_broken` : template;
    if (!broken && chance(0.15)) {
      const breakage = pick(GRAPH_BREAKAGES);
      if (breakage(g)) kind += `_${breakage.name}`;
    }
    // Every input feeds some layer (an unused input is a ShapeCheck warning, not a Keras result),
    // and no layer takes one tensor twice (its parameters in Java would share a name).
    const consumed = new Set(g.nodes.flatMap((n) => n.inbound || []));
    if (g.nodes.some((n) => (n.kind === 'input' && !consumed.has(n.name))
        || (n.inbound && new Set(n.inbound).size !== n.inbound.length))) {
      continue;
    }
    models.push({
      name: `graph_${String(models.length).padStart(3, '0')}_${kind}`,
      functional: true,
      nodes: g.nodes,
      outputs: g.outputs,
    });
  }
  return write('functional-random.json', models);
}

// ---- Keras 3's newer layers and bindings (judged by Keras 3 alone: tfjs 4.22 lacks them) ----
//
// corpus/functional-modern.json: Transformer encoder blocks (self-attention through @From, the
// same tensor twice), cross-attention of every attention layer, sequence-to-sequence models whose
// decoder starts from the encoder's states (returnState, initial_state, @From(output = k)),
// recurrent state heads, EinsumDense projections and image stems with Rescaling, RMS/unit
// normalization and adaptive pooling. corpus/random-modern.json: Sequential stacks of
// preprocessing, augmentation, spectral-normalized, categorical and audio layers and Keras's short
// layer names. About a third of each is broken the ways these models break (a feed-forward width
// that does not match the residual, attention inputs of different widths, a decoder whose units
// do not match the encoder's states, a pooled size larger than the map, a wrapper around a layer
// without a kernel, a signal shorter than its FFT window); Keras 3 decides.

const MODERN_FUNCTIONAL_COUNT = 150;
const MODERN_SEQUENTIAL_COUNT = 150;
const MODERN_NOTE = 'generated with layers or @From bindings TensorFlow.js 4.22 lacks: Keras 3 judges it';
const RECURRENT_CELLS = ['LSTM', 'GRU', 'SimpleRNN'];
const statesOf = (cell, name) => (cell === 'LSTM' ? [[name, 1], [name, 2]] : [[name, 1]]);

const MODERN_GRAPHS = {
  transformer(broken) {
    const g = new Graph();
    const length = pick([8, 16, 32]);
    const width = pick([16, 32]);
    let x;
    if (chance(0.6)) {
      x = g.layer('Embedding', { inputDim: pick([100, 1000, 20000]), outputDim: width }, g.input([length], 'tokens'), 'embed');
    } else {
      x = g.layer('Dense', { units: width }, g.input([length, pick([4, 8])], 'features'), 'project');
    }
    const blocks = int(1, 2);
    const breakAt = broken ? int(0, blocks - 1) : -1;
    for (let b = 0; b < blocks; b++) {
      const norm = chance(0.3) ? g.layer(pick(['LayerNormalization', 'RMSNormalization']), {}, x, 'prenorm') : x;
      const args = { numHeads: pick([1, 2, 4]), keyDim: pick([4, 8, 16]) };
      if (chance(0.3)) args.dropout = 0.1;
      if (b === breakAt && chance(0.5)) args.outputShape = [width + pick([4, 8])]; // Add cannot take it
      const attention = g.layer('MultiHeadAttention', args, [norm, norm], 'attention');
      const kept = chance(0.4) ? g.layer('Dropout', { rate: 0.1 }, attention, 'dropout') : attention;
      const residual = g.layer('Add', {}, [x, kept], 'add');
      const normed = g.layer('LayerNormalization', { epsilon: 1e-6 }, residual, 'norm');
      const hidden = g.layer('Dense', { units: pick([32, 64]), activation: pick(['RELU', 'GELU']) }, normed, 'ffn');
      const back = b === breakAt && !args.outputShape ? width * 2 : width;
      const projected = g.layer('Dense', { units: back }, hidden, 'ffn');
      x = g.layer('LayerNormalization', { epsilon: 1e-6 }, g.layer('Add', {}, [normed, projected], 'add'), 'norm');
    }
    const pooled = g.layer(pick(['GlobalAveragePooling1D', 'GlobalMaxPooling1D']), {}, x, 'pool');
    g.layer('Dense', { units: pick([2, 5, 10]), activation: 'SOFTMAX' }, pooled, 'head');
    return g;
  },
  crossAttention(broken) {
    const g = new Graph();
    const type = pick(['MultiHeadAttention', 'GroupQueryAttention', 'Attention', 'AdditiveAttention']);
    const width = pick([8, 16]);
    const valueLength = pick([5, 7, 12]);
    const query = g.input([pick([4, 6, 10]), width], 'query');
    let args;
    let valueWidth = width;
    let keyShape = null;
    if (type === 'MultiHeadAttention') {
      args = { numHeads: pick([2, 4]), keyDim: pick([4, 8]) };
      valueWidth = pick([6, 8, 12]);
      if (chance(0.5)) keyShape = [broken ? valueLength + 1 : valueLength, pick([4, 8])];
      else if (broken) args.attentionAxes = [pick([3, 4])];
    } else if (type === 'GroupQueryAttention') {
      const kv = pick([1, 2]);
      args = { headDim: pick([4, 8]), numQueryHeads: kv * pick([1, 2, 4]), numKeyValueHeads: broken ? 3 : kv };
    } else {
      args = type === 'Attention' ? { useScale: chance(0.5), scoreMode: pick(['DOT', 'CONCAT']) } : { useScale: chance(0.5) };
      if (broken) valueWidth = width + pick([2, 4]);
      if (chance(0.3)) keyShape = [valueLength, valueWidth];
    }
    const value = g.input([valueLength, valueWidth], 'value');
    const inbound = [query, value];
    if (keyShape) inbound.push(g.input(keyShape, 'key'));
    const attended = g.layer(type, args, inbound, 'attention');
    const pooled = g.layer('GlobalAveragePooling1D', {}, attended, 'pool');
    g.layer('Dense', { units: pick([1, 3]) }, pooled, 'head');
    return g;
  },
  seq2seq(broken) {
    const g = new Graph();
    const cell = pick(RECURRENT_CELLS);
    const units = pick([8, 16, 32]);
    const encoderIn = g.input([chance(0.3) ? -1 : pick([10, 20]), pick([4, 8])], 'encoder_inputs');
    const encoder = g.layer(cell, { units, returnState: true }, encoderIn, 'encoder');
    const vocabulary = pick([6, 12]);
    const decoderIn = g.input([chance(0.3) ? -1 : pick([8, 12]), vocabulary], 'decoder_inputs');
    let states = statesOf(cell, encoder);
    let decoderUnits = units;
    if (broken) {
      if (cell === 'LSTM' && chance(0.5)) states = states.slice(0, 1); // LSTM needs [h, c]
      else decoderUnits = units * 2;
    }
    const decoder = g.layer(cell, { units: decoderUnits, returnSequences: true }, [decoderIn, ...states], 'decoder');
    g.layer('Dense', { units: vocabulary, activation: 'SOFTMAX' }, decoder, 'head');
    return g;
  },
  stateHead(broken) {
    const g = new Graph();
    const cell = pick(['LSTM', 'GRU']);
    const units = pick([4, 8, 16]);
    const x = g.input([pick([5, 10]), pick([3, 8])], 'sequence');
    const bidirectional = chance(0.4);
    const encoder = bidirectional
      ? g.layer('Bidirectional', {}, x, 'encoder', { type: cell, args: { units, returnState: true } })
      : g.layer(cell, { units, returnState: true }, x, 'encoder');
    // Outputs: [output, states...]; a Bidirectional has the forward states, then the backward ones.
    const count = (cell === 'LSTM' ? 2 : 1) * (bidirectional ? 2 : 1);
    const wanted = broken ? count + 1 : int(1, count); // NoSuchOutput past the last state
    const picked = [];
    for (let k = 1; k <= Math.min(wanted, count + 1); k++) picked.push([encoder, k]);
    const joined = picked.length > 1 ? g.layer('Concatenate', {}, picked, 'states') : g.layer('Dense', { units: 4 }, picked, 'dense');
    g.layer('Dense', { units: pick([1, 2]) }, joined, 'head');
    return g;
  },
  einsum(broken) {
    const g = new Graph();
    const length = pick([4, 8]);
    const features = pick([6, 8]);
    const x = g.input([length, features], 'sequence');
    const heads = pick([2, 4]);
    const size = pick([4, 8]);
    const args = chance(0.5)
      ? { equation: 'abc,cd->abd', outputShape: [-1, size * heads], biasAxes: 'd' }
      : { equation: 'abc,cde->abde', outputShape: [length, heads, size], biasAxes: 'de' };
    if (broken) args.equation = pick(['abc,cd->abe', 'ab,bc->ac', 'abc,cd->abdd']);
    let y = g.layer('EinsumDense', args, x, 'projection');
    if (args.outputShape.length === 3) y = g.layer('Reshape', { targetShape: [length, heads * size] }, y, 'merge_heads');
    g.layer('Dense', { units: pick([1, 3]) }, g.layer('GlobalAveragePooling1D', {}, y, 'pool'), 'head');
    return g;
  },
  imageStem(broken) {
    const g = new Graph();
    const size = pick([16, 24, 32]);
    let x = g.input([size, size, 3], 'image');
    x = g.layer('Rescaling', { scale: pick([1 / 255, 1 / 127.5]) }, x, 'rescale');
    const filters = pick([8, 16]);
    const stride = pick([1, 2]);
    x = g.layer('Conv2D', { filters, kernelSize: [3, 3], strides: [stride, stride], padding: 'SAME', activation: 'RELU' }, x, 'conv');
    const map = Math.ceil(size / stride);
    if (chance(0.5)) x = g.layer(pick(['RMSNormalization', 'UnitNormalization', 'LayerNormalization']), {}, x, 'norm');
    const out = broken ? map + pick([1, 4]) : pick([1, 2, 4]);
    const pooled = g.layer(pick(['AdaptiveAveragePooling2D', 'AdaptiveMaxPooling2D']), { outputSize: [out] }, x, 'pool');
    const branch = chance(0.4) ? g.layer('GlobalAveragePooling2D', {}, x, 'gap') : null;
    const flat = g.layer('Flatten', {}, pooled, 'flatten');
    const joined = branch ? g.layer('Concatenate', {}, [flat, branch], 'joined') : flat;
    g.layer('Dense', { units: pick([2, 10]), activation: 'SOFTMAX' }, joined, 'head');
    return g;
  },
};

function modernFunctionalMain() {
  random = prng(SEED + 1);
  const names = Object.keys(MODERN_GRAPHS);
  const models = [];
  for (let i = 0; models.length < MODERN_FUNCTIONAL_COUNT; i++) {
    const template = names[i % names.length];
    const broken = chance(0.3);
    const g = MODERN_GRAPHS[template](broken);
    models.push({
      name: `modern_${String(models.length).padStart(3, '0')}_${template}${broken ? '_broken' : ''}`,
      functional: true,
      nodes: g.nodes,
      outputs: g.outputs,
      kerasOnly: MODERN_NOTE,
    });
  }
  return write('functional-modern.json', models);
}

/** A stack of layers any type, wrappers as {type, args, wrapped}. */
function modernStack() {
  const layers = [];
  const add = (type, args = {}, wrapped) => {
    const layer = { name: '', type, args };
    if (wrapped) layer.wrapped = wrapped;
    layers.push(layer);
  };
  return { layers, add };
}

const AUGMENTATIONS = [
  () => ['RandomFlip', { mode: pick(['HORIZONTAL', 'VERTICAL', 'HORIZONTAL_AND_VERTICAL']), seed: 1 }],
  () => ['RandomRotation', { factor: [pick([0.1, 0.2])], seed: 1 }],
  () => ['RandomZoom', { heightFactor: [0.1], seed: 1 }],
  () => ['RandomTranslation', { heightFactor: [0.1], widthFactor: [0.1], seed: 1 }],
  () => ['RandomContrast', { factor: [0.2], seed: 1 }],
  () => ['RandomBrightness', { factor: [0.2], seed: 1 }],
  () => ['RandomGaussianBlur', { seed: 1 }],
  () => ['RandomErasing', { seed: 1 }],
];

const MODERN_TEMPLATES = {
  augmentedCnn(broken) {
    const s = modernStack();
    const size = pick([32, 48, 64]);
    const target = pick([16, 24, 32]);
    if (chance(0.5)) s.add('Resizing', { height: target, width: target });
    else s.add('CenterCrop', { height: target, width: target });
    s.add('Rescaling', { scale: 1 / 255 });
    for (let i = int(1, 2); i > 0; i--) s.add(...pick(AUGMENTATIONS)());
    s.add(pick(['Conv2D', 'Convolution2D']), { filters: pick([8, 16]), kernelSize: [broken ? target + 2 : 3], activation: 'RELU' });
    s.add(pick(['MaxPool2D', 'MaxPooling2D', 'AvgPool2D']), { poolSize: [2] });
    s.add(pick(['GlobalAvgPool2D', 'GlobalMaxPool2D', 'GlobalAveragePooling2D']));
    s.add('Dense', { units: pick([2, 10]), activation: 'SOFTMAX' });
    return { input: [size, size, 3], layers: s.layers };
  },
  adaptive(broken) {
    const s = modernStack();
    const rank = pick([1, 2, 3]);
    const size = rank === 3 ? pick([6, 8]) : pick([12, 16, 28]);
    const input = [...Array(rank).fill(size), pick([1, 3])];
    s.add(`Conv${rank}D`, { filters: pick([4, 8]), kernelSize: [3], padding: 'SAME', activation: 'RELU' });
    const out = broken ? size + pick([1, 3]) : pick([1, 2, 3]);
    s.add(`Adaptive${pick(['Average', 'Max'])}Pooling${rank}D`, { outputSize: [out] });
    s.add('Flatten');
    if (chance(0.5)) s.add('ActivityRegularization', { l2: 0.01 });
    s.add('Dense', { units: pick([1, 5]) });
    return { input, layers: s.layers };
  },
  spectral(broken) {
    const s = modernStack();
    const image = chance(0.5);
    if (image) {
      s.add('SpectralNormalization', {}, { type: 'Conv2D', args: { filters: pick([4, 8]), kernelSize: [3], activation: 'RELU' } });
      s.add('Flatten');
    }
    for (let i = int(1, 2); i > 0; i--) {
      s.add('SpectralNormalization', chance(0.3) ? { powerIterations: 2 } : {}, { type: 'Dense', args: { units: pick([8, 16]), activation: 'RELU' } });
      if (chance(0.4)) s.add('RMSNormalization');
    }
    // Broken: a wrapped layer without a kernel.
    if (broken) s.add('SpectralNormalization', {}, pick([{ type: 'Dropout', args: { rate: 0.1 } }, { type: 'BatchNormalization', args: {} }]));
    s.add('Dense', { units: pick([1, 4]) });
    return { input: image ? [pick([8, 12]), pick([8, 12]), 3] : [pick([8, 20])], layers: s.layers };
  },
  categorical(broken) {
    const s = modernStack();
    const tokens = pick([8, 16, 100]);
    if (chance(0.5)) {
      s.add('CategoryEncoding', { numTokens: broken ? 0 : tokens, outputMode: pick(['MULTI_HOT', 'COUNT', 'ONE_HOT']) });
    } else {
      s.add('Discretization', { binBoundaries: broken ? [] : [0.0, 1.0, 2.0].slice(0, int(1, 3)), outputMode: pick(['ONE_HOT', 'MULTI_HOT']) });
    }
    s.add('Dense', { units: pick([4, 8]), activation: 'RELU' });
    s.add('Dense', { units: 1 });
    return { input: [pick([1, 4])], layers: s.layers };
  },
  audio(broken) {
    const s = modernStack();
    const fft = pick([64, 128, 256]);
    const samples = broken ? fft / 2 : pick([1000, 4000, 16000]);
    s.add('MelSpectrogram', { fftLength: fft, sequenceStride: fft / 4, numMelBins: pick([16, 32]) });
    s.add('Permute', { dims: [2, 1] });
    s.add('Conv1D', { filters: pick([8, 16]), kernelSize: [3], activation: 'RELU' });
    s.add('GlobalAveragePooling1D');
    s.add('Dense', { units: pick([2, 10]), activation: 'SOFTMAX' });
    return { input: [samples], layers: s.layers };
  },
  reversible(broken) {
    const s = modernStack();
    const vocabulary = pick([50, 1000]);
    s.add('ReversibleEmbedding', { inputDim: vocabulary, outputDim: broken ? 0 : pick([8, 16]), tieWeights: chance(0.5) });
    s.add(pick(['LSTM', 'GRU']), { units: pick([8, 16]) });
    s.add('Dense', { units: pick([1, 3]) });
    return { input: [pick([10, 20])], layers: s.layers };
  },
};

function modernSequentialMain() {
  random = prng(SEED + 2);
  const names = Object.keys(MODERN_TEMPLATES);
  const models = [];
  for (let i = 0; models.length < MODERN_SEQUENTIAL_COUNT; i++) {
    const template = names[i % names.length];
    const broken = chance(0.3);
    const model = MODERN_TEMPLATES[template](broken);
    model.layers.forEach((l, j) => {
      l.name = `l${j}_${l.type.toLowerCase()}`;
    });
    models.push(Object.assign({ name: `modern_${String(models.length).padStart(3, '0')}_${template}${broken ? '_broken' : ''}` },
      model, { kerasOnly: MODERN_NOTE }));
  }
  return write('random-modern.json', models);
}

/** Writes (or, with --check, compares) one corpus file; false when --check finds it differs. */
function write(file, models) {
  const text = '[\n' + models.map((m) => '  ' + JSON.stringify(m)).join(',\n') + '\n]\n';
  const target = path.join(__dirname, 'corpus', file);
  if (CHECK) {
    const same = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
    console.log(`generate: ${models.length} models from seed ${SEED}, ${same ? 'same as' : 'DIFFERENT from'} corpus/${file}`);
    return same;
  }
  fs.writeFileSync(target, text);
  console.log(`generate: ${models.length} models from seed ${SEED} -> corpus/${file}`);
  return true;
}

// ---- This stop's layers: ConvLSTM1D/2D/3D, the lookup layers, STFTSpectrogram, @ScalarOp ----
//
// corpus/random-recent.json: Sequential stacks of ConvLSTM video and signal models (Bidirectional
// around some), StringLookup, IntegerLookup and TextVectorization front ends (a Sequential's
// inputDtype) feeding embeddings and classifiers, and STFTSpectrogram audio models, mixed with
// common layers; about a third broken the ways people break them (a video without its time axis, a
// string model declared as numbers, a kernel larger than the frame, a zero filter count or
// vocabulary, a negative sequence length, a window longer than its FFT).
// corpus/functional-recent.json: ConvLSTM encoders handing their states to decoders through
// @From(output = k) (Bidirectional ones too), ConvLSTM state heads, @ScalarOp chains
// (hard_sigmoid, hard_swish, x * 2 - 1, 1 / x) around Dense and Conv2D gates, IntegerLookup front
// ends beside a numeric branch with two heads, and STFTSpectrogram branches; some broken (decoder
// filters or padding that do not match the encoder's states, a state past the last, a gate of the
// wrong width, an operation handed to a layer of the wrong rank). ScalarOp stays out of the
// Sequential stacks: there it is the error OperationInSequential, which Keras cannot build.

const RECENT_SEQUENTIAL_COUNT = 120;
const RECENT_FUNCTIONAL_COUNT = 80;
const RECENT_NOTE = "generated with this stop's layers (ConvLSTM, lookups, STFTSpectrogram, @ScalarOp), which TensorFlow.js 4.22 lacks: Keras 3 judges it";
const LOOKUP_MODES = ['INT', 'ONE_HOT', 'MULTI_HOT', 'COUNT', 'TF_IDF'];

/** A ConvLSTM layer's arguments; spatial sizes are kept small so the oracle runs them fast. */
function convLstmArgs(extra = {}) {
  const args = { filters: pick([2, 4, 6]), kernelSize: [pick([1, 3, 3])] };
  if (chance(0.4)) args.padding = 'SAME';
  if (chance(0.2)) args.strides = [2];
  else if (chance(0.1)) args.dilationRate = [2];
  if (chance(0.15)) args.activation = 'RELU';
  if (chance(0.1)) args.recurrentActivation = pick(['HARD_SIGMOID', 'SIGMOID']);
  if (chance(0.1)) args.useBias = false;
  if (chance(0.1)) args.unitForgetBias = false;
  if (chance(0.1)) args.dropout = 0.2;
  if (chance(0.1)) args.goBackwards = true;
  return Object.assign(args, extra);
}

const RECENT_TEMPLATES = {
  convLstm(broken) {
    const s = modernStack();
    const rank = pick([1, 2, 2, 3]);
    const size = rank === 3 ? pick([4, 5, 6]) : pick([6, 8, 10, 12]);
    const steps = chance(0.2) ? -1 : pick([3, 4, 6]);
    let input = [steps, ...Array(rank).fill(size), pick([1, 2, 3])];
    const type = `ConvLSTM${rank}D`;
    const layers = int(1, 2);
    let fault = broken ? pick(['rank', 'kernel', 'filters', 'strides', 'dropout', 'time']) : null;
    for (let i = 0; i < layers; i++) {
      const args = convLstmArgs({ returnSequences: i < layers - 1 || chance(0.2) });
      if (!args.returnSequences) delete args.returnSequences;
      if (i === 0 && fault === 'kernel') Object.assign(args, { kernelSize: [size + pick([1, 3])], padding: 'VALID' });
      if (i === 0 && fault === 'filters') args.filters = pick([0, -2]);
      if (i === 0 && fault === 'strides') { args.strides = [0]; delete args.dilationRate; }
      if (i === 0 && fault === 'dropout') args.dropout = pick([1.5, -0.5]);
      if (chance(0.25)) s.add('Bidirectional', chance(0.5) ? { mergeMode: pick(['SUM', 'AVE', 'MUL', 'CONCAT']) } : {}, { type, args });
      else s.add(type, args);
      if (args.returnSequences && chance(0.3)) s.add('BatchNormalization');
    }
    const last = s.layers[s.layers.length - 1];
    const sequences = ((last.wrapped || last).args || {}).returnSequences;
    if (sequences) {
      if (rank < 3 && chance(0.5)) s.add(`Conv${rank + 1}D`, { filters: 1, kernelSize: [1] });
      s.add('Flatten');
    } else if (chance(0.5)) {
      s.add(`Global${pick(['Average', 'Max'])}Pooling${rank}D`);
    } else {
      if (chance(0.3)) s.add(`MaxPooling${rank}D`, { poolSize: [2], padding: 'SAME' });
      s.add('Flatten');
    }
    if (chance(0.4)) s.add('Dropout', { rate: 0.3 });
    s.add('Dense', { units: pick([1, 2, 10]), activation: pick(['SOFTMAX', 'SIGMOID', 'LINEAR']) });
    if (fault === 'rank') input = input.slice(1); // a frame, not a video: no time axis
    if (fault === 'time') input = [steps, ...input.slice(1, 1 + rank)]; // no channels axis
    return { input, layers: s.layers };
  },
  stringLookup(broken) {
    const s = modernStack();
    const vocabulary = pick([5, 20, 100, 2000]);
    const length = pick([1, 4, 8, 16]);
    let dtype = 'STRING';
    const args = { vocabularySize: vocabulary };
    const fault = broken ? pick(['dtype', 'vocabulary', 'oov', 'maxTokens', 'embedding']) : null;
    if (fault === 'vocabulary') args.vocabularySize = pick([0, -3]);
    if (fault === 'oov') args.numOovIndices = -1;
    else if (chance(0.2)) args.numOovIndices = pick([0, 2, 3]);
    if (fault === 'maxTokens') args.maxTokens = pick([1, Math.max(1, vocabulary - 2)]);
    if (chance(0.15)) args.maskToken = '[MASK]';
    if (fault === 'dtype') dtype = pick(['INT64', 'FLOAT']);
    if (chance(0.5) || fault === 'embedding') {
      args.outputMode = 'INT';
      s.add('StringLookup', args);
      s.add('Embedding', { inputDim: vocabulary, outputDim: pick([4, 8, 16]) });
      if (fault === 'embedding') s.add('Conv2D', { filters: 4, kernelSize: [3] }); // an Embedding's output is 3-D
      else if (chance(0.4)) s.add(pick(['LSTM', 'GRU']), { units: pick([4, 8]) });
      else s.add(length > 1 && chance(0.5) ? 'GlobalAveragePooling1D' : 'Flatten');
    } else {
      args.outputMode = pick(LOOKUP_MODES.slice(1));
      if (chance(0.2) && !args.maxTokens) Object.assign(args, { padToMaxTokens: true, maxTokens: vocabulary });
      s.add('StringLookup', args);
      if (args.outputMode === 'ONE_HOT' && length > 1) s.add('Flatten');
    }
    s.add('Dense', { units: pick([8, 16]), activation: 'RELU' });
    s.add('Dense', { units: pick([1, 3]) });
    return { input: [length], inputDtype: dtype, layers: s.layers };
  },
  integerLookup(broken) {
    const s = modernStack();
    const vocabulary = pick([4, 9, 50, 500]);
    const length = pick([1, 3, 6]);
    let dtype = pick(['INT64', 'INT32', 'INT64', undefined]);
    const args = { vocabularySize: vocabulary };
    const fault = broken ? pick(['dtype', 'vocabulary', 'oov', 'rank']) : null;
    if (fault === 'vocabulary') args.vocabularySize = 0;
    if (fault === 'oov') args.numOovIndices = -2;
    else if (chance(0.2)) args.numOovIndices = pick([0, 2]);
    if (fault === 'dtype') dtype = 'STRING';
    if (chance(0.15)) args.maskToken = [0];
    const input = fault === 'rank' ? [length, 2] : [length];
    if (chance(0.5)) {
      args.outputMode = 'INT';
      s.add('IntegerLookup', args);
      s.add('Embedding', { inputDim: vocabulary + 2, outputDim: pick([4, 8]) });
      s.add('Flatten');
    } else {
      args.outputMode = pick(LOOKUP_MODES.slice(1));
      s.add('IntegerLookup', args);
      if (args.outputMode === 'ONE_HOT' && length > 1) s.add('Flatten');
      if (fault === 'rank') s.add('Conv1D', { filters: 2, kernelSize: [3] });
    }
    if (chance(0.3)) s.add('Dropout', { rate: 0.2 });
    s.add('Dense', { units: pick([1, 4]) });
    const model = { input, layers: s.layers };
    if (dtype) model.inputDtype = dtype;
    return model;
  },
  textVectorization(broken) {
    const s = modernStack();
    const vocabulary = pick([10, 100, 1000]);
    let input = [1];
    let dtype = 'STRING';
    const args = { vocabularySize: vocabulary };
    if (chance(0.3)) args.standardize = pick(['LOWER', 'NONE', 'STRIP_PUNCTUATION']);
    if (chance(0.2)) args.split = pick(['CHARACTER', 'NONE']);
    const fault = broken ? pick(['dtype', 'length', 'ngrams', 'rank', 'vocabulary']) : null;
    if (fault === 'dtype') dtype = pick(['INT64', 'FLOAT']);
    if (fault === 'rank') input = [2, 3];
    if (fault === 'vocabulary') args.vocabularySize = 1;
    if (fault === 'ngrams') args.ngrams = [0];
    else if (chance(0.15)) args.ngrams = [2];
    if (chance(0.6) || fault === 'length') {
      args.outputMode = 'INT';
      args.outputSequenceLength = fault === 'length' ? -3 : pick([4, 8, 20]);
      s.add('TextVectorization', args);
      s.add('Embedding', { inputDim: vocabulary, outputDim: pick([8, 16]) });
      if (chance(0.3)) s.add('Conv1D', { filters: 8, kernelSize: [3], padding: 'SAME', activation: 'RELU' });
      s.add(chance(0.5) ? 'GlobalAveragePooling1D' : 'GlobalMaxPooling1D');
    } else {
      args.outputMode = pick(['MULTI_HOT', 'COUNT', 'TF_IDF']);
      s.add('TextVectorization', args);
      if (chance(0.3)) s.add('Dense', { units: 16, activation: 'RELU' });
    }
    s.add('Dense', { units: pick([1, 2, 5]), activation: pick(['SIGMOID', 'SOFTMAX']) });
    return { input, inputDtype: dtype, layers: s.layers };
  },
  stft(broken) {
    const s = modernStack();
    const frame = pick([16, 32, 64]);
    const samples = pick([200, 400, 1000]);
    const args = { frameLength: frame };
    if (chance(0.6)) args.frameStep = frame / pick([2, 4]);
    if (chance(0.5)) args.mode = pick(['LOG', 'MAGNITUDE', 'PSD', 'REAL', 'IMAG', 'ANGLE', 'STFT']);
    if (chance(0.2)) args.fftLength = frame * 2;
    if (chance(0.15)) args.window = pick(['HAMMING', 'NONE']);
    if (chance(0.15)) args.padding = pick(['SAME', 'CAUSAL']);
    let input = [samples, pick([1, 1, 2])];
    const fault = broken ? pick(['rank', 'frame', 'fft', 'step', 'conv']) : null;
    if (fault === 'rank') input = [samples];
    if (fault === 'frame') args.frameLength = 0;
    if (fault === 'fft') args.fftLength = frame / 2;
    if (fault === 'step') args.frameStep = 0;
    s.add('STFTSpectrogram', args);
    if (fault === 'conv') s.add('Conv2D', { filters: 4, kernelSize: [3] }); // the spectrogram is 3-D
    if (chance(0.5)) {
      s.add('Conv1D', { filters: pick([4, 8]), kernelSize: [3], activation: 'RELU' });
      if (chance(0.5)) s.add('MaxPooling1D', { poolSize: [2] });
      s.add('GlobalAveragePooling1D');
    } else if (chance(0.5)) {
      s.add('LayerNormalization');
      s.add('Flatten');
    } else {
      s.add(pick(['LSTM', 'GRU']), { units: pick([4, 8]) });
    }
    s.add('Dense', { units: pick([2, 10]), activation: 'SOFTMAX' });
    return { input, layers: s.layers };
  },
};

function recentSequentialMain() {
  random = prng(SEED + 3);
  const names = Object.keys(RECENT_TEMPLATES);
  const models = [];
  for (let i = 0; models.length < RECENT_SEQUENTIAL_COUNT; i++) {
    const template = names[i % names.length];
    const broken = chance(0.33);
    const model = RECENT_TEMPLATES[template](broken);
    model.layers.forEach((l, j) => {
      l.name = `l${j}_${l.type.toLowerCase()}`;
    });
    const entry = { name: `recent_${String(models.length).padStart(3, '0')}_${template}${broken ? '_broken' : ''}`, input: model.input };
    if (model.inputDtype) entry.inputDtype = model.inputDtype;
    models.push(Object.assign(entry, { layers: model.layers, kerasOnly: RECENT_NOTE }));
  }
  return write('random-recent.json', models);
}

/** The states a recurrent layer with returnState hands on: [h, c], twice under Bidirectional. */
const convLstmStates = (name, bidirectional) => [1, 2, ...(bidirectional ? [3, 4] : [])].map((k) => [name, k]);

/** An @ScalarOp node. */
const scalar = (g, op, value, from, stem, scalarFirst) =>
  g.layer('ScalarOp', scalarFirst ? { op, value, scalarFirst: true } : { op, value }, from, stem);

const RECENT_GRAPHS = {
  convLstmSeq2seq(broken) {
    const g = new Graph();
    const rank = pick([1, 2, 2, 3]);
    const type = `ConvLSTM${rank}D`;
    const size = rank === 3 ? pick([4, 5]) : pick([6, 8]);
    const channels = pick([1, 3]);
    const filters = pick([2, 4]);
    const padding = chance(0.6) ? 'SAME' : undefined;
    const src = g.input([pick([3, 5]), ...Array(rank).fill(size), channels], 'source');
    const tgt = g.input([chance(0.3) ? -1 : pick([2, 4]), ...Array(rank).fill(size), pick([1, channels])], 'target');
    const encArgs = { filters, kernelSize: [3], returnState: true };
    if (padding) encArgs.padding = padding;
    const bidirectional = chance(0.3);
    const encoder = bidirectional
      ? g.layer('Bidirectional', {}, src, 'encoder', { type, args: encArgs })
      : g.layer(type, encArgs, src, 'encoder');
    const decArgs = { filters, kernelSize: [3], returnSequences: true };
    if (padding) decArgs.padding = padding;
    let states = convLstmStates(encoder, bidirectional);
    if (broken) {
      const fault = pick(['filters', 'padding', 'states']);
      if (fault === 'filters') decArgs.filters = filters + 1;
      else if (fault === 'padding') {
        if (padding) delete decArgs.padding;
        else decArgs.padding = 'SAME';
      } else states = states.slice(0, bidirectional ? 2 : 1).concat([[src, 0]]); // a video as a state
    }
    let decoder;
    if (bidirectional) {
      decoder = g.layer('Bidirectional', chance(0.5) ? { mergeMode: pick(['SUM', 'AVE']) } : {}, [tgt, ...states], 'decoder', { type, args: decArgs });
    } else {
      decoder = g.layer(type, decArgs, [tgt, ...states], 'decoder');
    }
    if (rank === 3 || chance(0.5)) {
      g.layer('TimeDistributed', {}, decoder, 'frames', { type: `Conv${rank}D`, args: { filters: channels, kernelSize: [1] } });
    } else {
      g.layer(`Conv${rank + 1}D`, { filters: channels, kernelSize: [1], activation: 'SIGMOID' }, decoder, 'frames');
    }
    return g;
  },
  convLstmStateHead(broken) {
    const g = new Graph();
    const rank = pick([1, 2]);
    const type = `ConvLSTM${rank}D`;
    const x = g.input([pick([4, 5]), ...Array(rank).fill(pick([6, 8])), pick([1, 3])], 'video');
    const args = { filters: pick([2, 4]), kernelSize: [3], returnState: true };
    if (chance(0.5)) args.padding = 'SAME';
    if (chance(0.3)) args.returnSequences = true;
    const bidirectional = chance(0.3);
    const encoder = bidirectional
      ? g.layer('Bidirectional', {}, x, 'encoder', { type, args })
      : g.layer(type, args, x, 'encoder');
    const count = bidirectional ? 4 : 2;
    const k = broken ? count + 1 : int(1, count); // NoSuchOutput past the last state
    const state = g.layer(`Global${pick(['Average', 'Max'])}Pooling${rank}D`, {}, [[encoder, k]], 'pool');
    const other = g.layer('Flatten', {}, [[encoder, k === 1 ? 2 : 1]], 'flat');
    const dense = g.layer('Dense', { units: 8, activation: 'RELU' }, other, 'dense');
    const joined = g.layer('Concatenate', {}, [state, dense], 'joined');
    g.layer('Dense', { units: pick([1, 3]) }, joined, 'head');
    return g;
  },
  hardSwish(broken) {
    const g = new Graph();
    const image = chance(0.5);
    const x = image ? g.input([pick([8, 12]), pick([8, 12]), pick([3, 8])], 'image') : g.input([pick([8, 16, 32])], 'features');
    const width = pick([8, 16]);
    const y = image
      ? g.layer('Conv2D', { filters: width, kernelSize: [3], padding: 'SAME' }, x, 'conv')
      : g.layer('Dense', { units: width }, x, 'dense');
    const plus = scalar(g, 'ADD', 3.0, y, 'plus_three');
    const clipped = g.layer('ReLU', { maxValue: 6.0 }, plus, 'relu6');
    const gate = chance(0.5)
      ? scalar(g, 'MULTIPLY', 1 / 6, clipped, 'sixth')
      : scalar(g, 'TRUE_DIVIDE', 6.0, clipped, 'sixth');
    // hard_swish multiplies the tensor by its gate; broken: by a tensor of another width.
    const other = broken ? g.layer(image ? 'Conv2D' : 'Dense', image ? { filters: width * 2, kernelSize: [1] } : { units: width * 2 }, x, 'other') : y;
    const swished = chance(0.7) || broken ? g.layer('Multiply', {}, [other, gate], 'hard_swish') : gate;
    const pooled = image ? g.layer('GlobalAveragePooling2D', {}, swished, 'pool') : swished;
    g.layer('Dense', { units: pick([2, 10]), activation: 'SOFTMAX' }, pooled, 'head');
    return g;
  },
  scalarChain(broken) {
    const g = new Graph();
    const rank = pick([1, 2, 3]);
    const shape = rank === 1 ? [pick([5, 10])] : rank === 2 ? [pick([4, 6]), pick([3, 8])] : [pick([6, 8]), pick([6, 8]), pick([1, 3])];
    let x = g.input(shape, 'x');
    const steps = int(1, 4);
    for (let i = 0; i < steps; i++) {
      const [op, value, first] = pick([
        ['MULTIPLY', 2.0, false], ['SUBTRACT', 1.0, false], ['ADD', 0.5, false], ['TRUE_DIVIDE', 255.0, false],
        ['POWER', 2.0, false], ['SUBTRACT', 1.0, true], ['TRUE_DIVIDE', 1.0, true], ['MULTIPLY', -1.0, false],
      ]);
      x = scalar(g, op, value, x, 'op', first);
    }
    // Broken: the operation keeps the rank, and the layer after it wants another.
    if (broken) {
      const wrong = rank === 3 ? 'Conv1D' : 'Conv2D';
      g.layer(wrong, { filters: 2, kernelSize: [3] }, x, 'conv');
    } else if (rank === 3) {
      g.layer('Dense', { units: 2 }, g.layer('Flatten', {}, g.layer('Conv2D', { filters: 4, kernelSize: [3], padding: 'SAME' }, x, 'conv'), 'flat'), 'head');
    } else if (rank === 2) {
      g.layer('Dense', { units: 2 }, g.layer('LSTM', { units: 4 }, x, 'lstm'), 'head');
    } else {
      g.layer('Dense', { units: pick([1, 3]) }, x, 'head');
    }
    return g;
  },
  lookupFrontEnd(broken) {
    const g = new Graph();
    const length = pick([3, 6, 10]);
    const vocabulary = pick([10, 50, 200]);
    const ids = g.input([length], 'ids');
    const numbers = g.input([pick([4, 8])], 'numbers');
    const mode = pick(['INT', 'INT', 'MULTI_HOT', 'COUNT', 'ONE_HOT']);
    const looked = g.layer('IntegerLookup', { vocabularySize: vocabulary, outputMode: mode }, ids, 'lookup');
    let encoded;
    if (mode === 'INT') {
      const embedded = g.layer('Embedding', { inputDim: vocabulary, outputDim: pick([4, 8]) }, looked, 'embed');
      // Broken: the 3-D embedding concatenated with the 2-D numeric branch.
      encoded = broken ? embedded : g.layer(pick(['GlobalAveragePooling1D', 'Flatten']), {}, embedded, 'pool');
    } else if (mode === 'ONE_HOT') {
      encoded = broken ? looked : g.layer('Flatten', {}, looked, 'flat');
    } else {
      encoded = looked;
      if (broken) encoded = g.layer('Reshape', { targetShape: [vocabulary, 1] }, looked, 'column');
    }
    const scaled = scalar(g, 'TRUE_DIVIDE', 100.0, numbers, 'scaled');
    const numeric = g.layer('Dense', { units: 8, activation: 'RELU' }, scaled, 'numeric');
    const joined = g.layer('Concatenate', {}, [encoded, numeric], 'joined');
    const hidden = g.layer('Dense', { units: 16, activation: 'RELU' }, joined, 'hidden');
    g.layer('Dense', { units: pick([2, 5]), activation: 'SOFTMAX' }, hidden, 'label');
    if (chance(0.5)) g.layer('Dense', { units: 1 }, hidden, 'score'); // a second output
    return g;
  },
  stftBranch(broken) {
    const g = new Graph();
    const frame = pick([16, 32]);
    const samples = pick([256, 400]);
    const audio = g.input([samples, 1], 'audio');
    const args = { frameLength: frame, frameStep: frame / 2, mode: pick(['LOG', 'MAGNITUDE', 'PSD']) };
    if (broken && chance(0.5)) args.fftLength = frame / 2;
    const spectrum = g.layer('STFTSpectrogram', args, audio, 'spectrogram');
    const normed = scalar(g, 'MULTIPLY', 0.1, spectrum, 'scale');
    const conv = g.layer('Conv1D', { filters: 8, kernelSize: [3], activation: 'RELU' }, normed, 'conv');
    const pooled = g.layer('GlobalAveragePooling1D', {}, conv, 'pool');
    const meta = g.input([pick([3, 6])], 'meta');
    // Broken: the meta branch joins the unpooled 3-D map.
    const joined = g.layer('Concatenate', {}, [broken && !args.fftLength ? conv : pooled, meta], 'joined');
    g.layer('Dense', { units: pick([2, 10]), activation: 'SOFTMAX' }, joined, 'label');
    if (chance(0.4)) g.layer('Dense', { units: 1, activation: 'SIGMOID' }, pooled, 'voiced');
    return g;
  },
};

function recentFunctionalMain() {
  random = prng(SEED + 4);
  const names = Object.keys(RECENT_GRAPHS);
  const models = [];
  for (let i = 0; models.length < RECENT_FUNCTIONAL_COUNT; i++) {
    const template = names[i % names.length];
    const broken = chance(0.3);
    const g = RECENT_GRAPHS[template](broken);
    models.push({
      name: `recent_${String(models.length).padStart(3, '0')}_${template}${broken ? '_broken' : ''}`,
      functional: true,
      nodes: g.nodes,
      outputs: g.outputs,
      kerasOnly: RECENT_NOTE,
    });
  }
  return write('functional-recent.json', models);
}

// ---- The layers after those: histogram equalization, typed inputs, HashedCrossing ----
//
// corpus/random-latest.json: Sequential image stacks opened by Equalization (which Keras builds
// only as the first layer, followed by another: its call returns its input tensor) and
// ContrastLimitedAdaptiveHistogramEqualization or MaxNumBoundingBoxes, and string or integer
// models whose values pass through the layers that move them (Flatten, Reshape, Permute,
// Dropout, ZeroPadding1D, RepeatVector) before a lookup; about a third broken (an Equalization
// after a convolution or last, a CLAHE grid of zero tiles or larger than twice the side, strings
// into a Dense, integers into a convolution, a lookup on numbers); and text models whose recurrent
// layer is Keras's RNN around one cell or a stack of SimpleRNNCell, LSTMCell and GRUCell (under
// Bidirectional too), broken with a cell of no units, a stateful RNN without a batch size, or a
// layer of the wrong rank after it.
// corpus/functional-latest.json: feature-crossing models (HashedCrossing of two string or
// integer features, one-hot or embedded, beside a numeric branch) and typed multi-input front
// ends (a string input through StringLookup, an integer one through IntegerLookup), and
// ConvNeXt-like stages whose stem, downsampling steps, MLPs and heads are nested Sequential
// models (one layer each, as Keras's model(x) nests them); some broken (a float feature crossed, a
// feature of two values, three features, strings into a Dense, a stem kernel larger than the
// image, a VALID block that no longer adds to its shortcut, a nested Dense of 0 units).

const LATEST_SEQUENTIAL_COUNT = 90;
const LATEST_FUNCTIONAL_COUNT = 60;
const LATEST_NOTE = 'generated with the layers and typed inputs TensorFlow.js 4.22 lacks (Equalization, CLAHE, MaxNumBoundingBoxes, HashedCrossing, string and integer inputs, nested Sequential models): Keras 3 judges it';

const LATEST_TEMPLATES = {
  equalizedCnn(broken) {
    const s = modernStack();
    const size = pick([16, 24, 32]);
    const fault = broken ? pick(['after', 'last', 'tiles', 'grid']) : null;
    const eq = chance(0.3) ? { bins: pick([64, 128]) } : {};
    if (fault !== 'after') s.add('Equalization', eq);
    if (fault === 'last') return { input: [size, size, 3], layers: s.layers };
    if (chance(0.5) || fault === 'tiles' || fault === 'grid') {
      const clahe = {};
      if (chance(0.4)) clahe.clipLimit = pick([2.0, 8.0]);
      if (chance(0.5)) clahe.tileGridSize = [pick([2, 4]), pick([2, 4])];
      if (fault === 'tiles') clahe.tileGridSize = [0, 4];
      if (fault === 'grid') clahe.tileGridSize = [2 * size + 4, 2];
      s.add('ContrastLimitedAdaptiveHistogramEqualization', clahe);
    }
    if (chance(0.3)) s.add('MaxNumBoundingBoxes', { maxNumber: pick([5, 10]) });
    s.add('Rescaling', { scale: 1 / 255 });
    s.add('Conv2D', { filters: pick([8, 16]), kernelSize: [3], activation: 'RELU' });
    if (fault === 'after') s.add('Equalization', eq);
    s.add('MaxPooling2D', { poolSize: [2] });
    s.add(chance(0.5) ? 'Flatten' : 'GlobalAveragePooling2D');
    s.add('Dense', { units: pick([2, 10]), activation: 'SOFTMAX' });
    return { input: [size, size, 3], layers: s.layers };
  },
  stringsMoved(broken) {
    const s = modernStack();
    const rows = pick([2, 3]);
    const columns = pick([2, 4]);
    const fault = broken ? pick(['dense', 'add', 'numbers']) : null;
    const move = pick(['Flatten', 'Reshape', 'Permute', 'Dropout']);
    if (move === 'Reshape') s.add('Reshape', { targetShape: [rows * columns] });
    else if (move === 'Permute') s.add('Permute', { dims: [2, 1] });
    else if (move === 'Dropout') s.add('Dropout', { rate: 0.2 });
    else s.add('Flatten');
    if (fault === 'dense') s.add('Dense', { units: 4 });
    const vocabulary = pick([10, 50]);
    s.add('StringLookup', { vocabularySize: vocabulary });
    s.add('Embedding', { inputDim: vocabulary, outputDim: pick([4, 8]) });
    s.add('Flatten');
    s.add('Dense', { units: pick([1, 3]) });
    return { input: [rows, columns], inputDtype: fault === 'numbers' ? 'FLOAT' : 'STRING', layers: s.layers };
  },
  integersMoved(broken) {
    const s = modernStack();
    const length = pick([4, 6, 8]);
    const fault = broken ? pick(['conv', 'strings']) : null;
    const move = pick(['ZeroPadding1D', 'RepeatVector', 'Dropout', 'Flatten']);
    let input = [length];
    if (move === 'ZeroPadding1D') {
      input = [length, 1];
      s.add('ZeroPadding1D', { padding: [1] });
      s.add('Flatten');
    } else if (move === 'RepeatVector') {
      s.add('RepeatVector', { n: 2 });
      s.add('Flatten');
    } else {
      s.add(move, move === 'Dropout' ? { rate: 0.1 } : {});
    }
    if (fault === 'conv') {
      s.add('Reshape', { targetShape: [-1, 1] });
      s.add('Conv1D', { filters: 2, kernelSize: [3] });
      s.add('Flatten');
    }
    const vocabulary = pick([8, 20]);
    s.add('IntegerLookup', { vocabularySize: vocabulary, outputMode: pick(['MULTI_HOT', 'COUNT']) });
    s.add('Dense', { units: pick([2, 4]), activation: 'SOFTMAX' });
    return { input, inputDtype: fault === 'strings' ? 'STRING' : pick(['INT64', 'INT32']), layers: s.layers };
  },
};

/** A recurrent cell for RNN: {type, args}. */
function cell(units) {
  const type = pick(['SimpleRNNCell', 'LSTMCell', 'GRUCell']);
  const args = { units };
  if (chance(0.2)) args.dropout = 0.1;
  if (type === 'GRUCell' && chance(0.3)) args.resetAfter = false;
  if (type !== 'SimpleRNNCell' && chance(0.2)) args.recurrentActivation = 'HARD_SIGMOID';
  return { type, args };
}

Object.assign(LATEST_TEMPLATES, {
  rnnCells(broken) {
    const s = modernStack();
    const steps = chance(0.2) ? -1 : pick([5, 10, 20]);
    const vocabulary = pick([100, 1000]);
    const fault = broken ? pick(['units', 'rank', 'stateful']) : null;
    let input = [steps];
    s.add('Embedding', { inputDim: vocabulary, outputDim: pick([8, 16]) });
    const count = pick([1, 1, 2, 3]);
    const cells = [];
    for (let i = 0; i < count; i++) cells.push(cell(pick([4, 8, 16])));
    if (fault === 'units') cells[cells.length - 1].args.units = pick([0, -4]);
    const args = {};
    if (chance(0.3)) args.returnSequences = true;
    if (chance(0.15)) args.goBackwards = true;
    if (chance(0.1) && steps > 0) args.unroll = true;
    if (fault === 'stateful') args.stateful = true; // without a fixed batch size
    const wrapped = cells.length === 1 ? cells[0] : cells;
    if (chance(0.2) && !args.stateful) s.add('Bidirectional', {}, { type: 'RNN', args, wrapped });
    else s.add('RNN', args, wrapped);
    if (args.returnSequences) s.add(fault === 'rank' ? 'Conv2D' : 'GlobalMaxPooling1D', fault === 'rank' ? { filters: 2, kernelSize: [3] } : {});
    else if (fault === 'rank') s.add('Conv1D', { filters: 2, kernelSize: [3] });
    s.add('Dense', { units: pick([1, 5]), activation: pick(['SIGMOID', 'SOFTMAX']) });
    return { input, layers: s.layers };
  },
});

function latestSequentialMain() {
  random = prng(SEED + 5);
  const names = Object.keys(LATEST_TEMPLATES);
  const models = [];
  for (let i = 0; models.length < LATEST_SEQUENTIAL_COUNT; i++) {
    const template = names[i % names.length];
    const broken = chance(0.33);
    const model = LATEST_TEMPLATES[template](broken);
    model.layers.forEach((l, j) => {
      l.name = `l${j}_${l.type.toLowerCase()}`;
    });
    const entry = { name: `latest_${String(models.length).padStart(3, '0')}_${template}${broken ? '_broken' : ''}`, input: model.input };
    if (model.inputDtype && model.inputDtype !== 'FLOAT') entry.inputDtype = model.inputDtype;
    models.push(Object.assign(entry, { layers: model.layers, kerasOnly: LATEST_NOTE }));
  }
  return write('random-latest.json', models);
}

/** A typed input node. */
function typedInput(g, shape, stem, dtype) {
  const name = g.input(shape, stem);
  if (dtype && dtype !== 'FLOAT') g.find(name).dtype = dtype;
  return name;
}

/** A nested Sequential model node: one layer of class Sequential holding `layers`. */
function nested(g, layers, from, stem) {
  const name = g.fresh(stem);
  g.nodes.push({ kind: 'layer', name, type: 'Sequential', model: { layers: layers.map((l) => Object.assign({ name: `${name}_${l.stem}` }, { type: l.type, args: l.args })) }, inbound: [from] });
  return name;
}

const LATEST_GRAPHS = {
  nestedStages(broken) {
    const g = new Graph();
    const size = pick([16, 32]);
    let width = pick([8, 16]);
    const fault = broken ? pick(['stemKernel', 'residual', 'units']) : null;
    const x = g.input([size, size, 3], 'image');
    const patch = fault === 'stemKernel' ? size * 2 : 4;
    let y = nested(g, [
      { stem: 'conv', type: 'Conv2D', args: { filters: width, kernelSize: [patch], strides: [4] } },
      { stem: 'layernorm', type: 'LayerNormalization', args: { epsilon: 1e-6 } },
    ], x, 'stem');
    const stages = int(1, 2);
    for (let i = 0; i < stages; i++) {
      const conv = g.layer('Conv2D', { filters: width, kernelSize: [3], padding: fault === 'residual' && i === 0 ? 'VALID' : 'SAME', groups: width }, y, 'block_conv');
      const inner = chance(0.5)
        ? nested(g, [
          { stem: 'dense', type: 'Dense', args: { units: fault === 'units' && i === 0 ? 0 : width * 2, activation: 'GELU' } },
          { stem: 'project', type: 'Dense', args: { units: width } },
        ], conv, 'mlp')
        : g.layer('Dense', { units: width }, conv, 'mlp');
      y = g.layer('Add', {}, [y, inner], 'add');
      if (i < stages - 1) {
        width *= 2;
        y = nested(g, [
          { stem: 'layernorm', type: 'LayerNormalization', args: { epsilon: 1e-6 } },
          { stem: 'conv', type: 'Conv2D', args: { filters: width, kernelSize: [2], strides: [2] } },
        ], y, 'downsampling');
      }
    }
    const pooled = g.layer('GlobalAveragePooling2D', {}, y, 'pool');
    if (chance(0.5)) {
      nested(g, [
        { stem: 'norm', type: 'LayerNormalization', args: {} },
        { stem: 'dense', type: 'Dense', args: { units: pick([2, 10]) } },
      ], pooled, 'head');
    } else {
      g.layer('Dense', { units: pick([2, 10]) }, pooled, 'head');
    }
    return g;
  },
  featureCross(broken) {
    const g = new Graph();
    const fault = broken ? pick(['float', 'wide', 'three']) : null;
    const a = typedInput(g, [1], 'country', pick(['STRING', 'INT64']));
    const b = typedInput(g, fault === 'wide' ? [2] : [1], 'language', fault === 'float' ? 'FLOAT' : pick(['STRING', 'INT64', 'INT32']));
    const features = [a, b];
    if (fault === 'three') features.push(typedInput(g, [1], 'device', 'STRING'));
    const bins = pick([8, 16, 64]);
    const oneHot = chance(0.5);
    const crossed = g.layer('HashedCrossing', oneHot ? { numBins: bins, outputMode: 'ONE_HOT' } : { numBins: bins }, features, 'crossed');
    let encoded = crossed;
    if (!oneHot) {
      const embedded = g.layer('Embedding', { inputDim: bins, outputDim: pick([4, 8]) }, crossed, 'embed');
      encoded = g.layer('Flatten', {}, embedded, 'flat');
    }
    const numbers = g.input([pick([3, 6])], 'numbers');
    const numeric = g.layer('Dense', { units: 8, activation: 'RELU' }, numbers, 'numeric');
    const joined = g.layer('Concatenate', {}, [encoded, numeric], 'joined');
    g.layer('Dense', { units: 1, activation: 'SIGMOID' }, joined, 'click');
    return g;
  },
  typedFrontEnds(broken) {
    const g = new Graph();
    const fault = broken ? pick(['dense', 'lookup']) : null;
    const length = pick([3, 5]);
    const text = typedInput(g, [length], 'words', 'STRING');
    const ids = typedInput(g, [length], 'ids', pick(['INT64', 'INT32']));
    const words = pick([20, 100]);
    let left;
    if (fault === 'dense') left = g.layer('Dense', { units: 4 }, text, 'dense');
    else left = g.layer('StringLookup', { vocabularySize: words, outputMode: 'MULTI_HOT' }, text, 'bag');
    const codes = pick([10, 30]);
    const right = fault === 'lookup'
      ? g.layer('StringLookup', { vocabularySize: codes, outputMode: 'COUNT' }, ids, 'codes')
      : g.layer('IntegerLookup', { vocabularySize: codes, outputMode: 'COUNT' }, ids, 'codes');
    const joined = g.layer('Concatenate', {}, [left, right], 'joined');
    const hidden = g.layer('Dense', { units: 16, activation: 'RELU' }, joined, 'hidden');
    g.layer('Dense', { units: pick([2, 4]), activation: 'SOFTMAX' }, hidden, 'label');
    return g;
  },
};

function latestFunctionalMain() {
  random = prng(SEED + 6);
  const names = Object.keys(LATEST_GRAPHS);
  const models = [];
  for (let i = 0; models.length < LATEST_FUNCTIONAL_COUNT; i++) {
    const template = names[i % names.length];
    const broken = chance(0.3);
    const g = LATEST_GRAPHS[template](broken);
    models.push({
      name: `latest_${String(models.length).padStart(3, '0')}_${template}${broken ? '_broken' : ''}`,
      functional: true,
      nodes: g.nodes,
      outputs: g.outputs,
      kerasOnly: LATEST_NOTE,
    });
  }
  return write('functional-latest.json', models);
}

const same = [main(), functionalMain(), modernFunctionalMain(), modernSequentialMain(),
  recentSequentialMain(), recentFunctionalMain(), latestSequentialMain(),
  latestFunctionalMain()].every(Boolean);
if (!same) {
  console.log('Run `node generate.js` in conformance/ (and then `node oracle.js`) and review the diff.');
  process.exit(1);
}
