#!/usr/bin/env node
// The TensorFlow.js oracle: builds every model of the corpus with tf.sequential() and records,
// per layer, the output shape and the trainable / non-trainable parameter counts, or the layer at
// which the model is invalid. ShapeCheck's tests compare the engine against these files.
//
// Functional corpus entries ("functional": true) are built with tf.input, layer.apply and
// tf.model instead: see evaluateFunctional().
//
// Usage: node oracle.js            regenerate expected/*.json from corpus/*.json
//        node oracle.js --check    regenerate in memory and fail if a committed file differs
//        require('./oracle')       evaluate(model) builds one corpus model (summaries.js)
//
// Keras semantics are the law, and Keras 3 itself judges every corpus model (keras/oracle.py,
// expected/keras/). This script records what TensorFlow.js 4.22 does, uncorrected: the suites
// that compare with tfjs (its summary dialect, its loading of KERAS2_JSON) use a tfjs record only
// where it agrees with Keras 3's (Corpus.tfjsEntries), and TfjsDifferencesTest counts the rest.
'use strict';

// tfjs-core advertises its native Node backend on first use; the oracle needs none of its speed.
const warn = console.warn;
const log = console.log;
const quiet = (print) => (...args) => {
  if (!String(args[0]).includes('tfjs-node') && !/^=+$/.test(String(args[0]))) print(...args);
};
console.warn = quiet(warn);
console.log = quiet(log);

const fs = require('fs');
const path = require('path');
const tfl = require('@tensorflow/tfjs-layers');
require('@tensorflow/tfjs-backend-cpu');
const tf = require('@tensorflow/tfjs-core');

const CORPUS = path.join(__dirname, 'corpus');
const EXPECTED = path.join(__dirname, 'expected');

// ShapeCheck enum constants -> the strings TensorFlow.js takes.
const DATA_FORMATS = { CHANNELS_LAST: 'channelsLast', CHANNELS_FIRST: 'channelsFirst' };
const ACTIVATIONS = {
  LINEAR: 'linear', RELU: 'relu', RELU6: 'relu6', ELU: 'elu', SELU: 'selu', GELU: 'gelu',
  SWISH: 'swish', SILU: 'swish', MISH: 'mish', SIGMOID: 'sigmoid', HARD_SIGMOID: 'hardSigmoid',
  TANH: 'tanh', SOFTMAX: 'softmax', SOFTPLUS: 'softplus', SOFTSIGN: 'softsign',
  // tfjs lacks these; an activation never changes a shape or a count, so 'linear' stands in.
  LEAKY_RELU: 'linear', LOG_SOFTMAX: 'linear', EXPONENTIAL: 'linear',
  HARD_SILU: 'linear', HARD_SWISH: 'linear',
};
const TUPLES = ['kernelSize', 'strides', 'dilationRate', 'poolSize'];

/** ShapeCheck annotation attributes -> a tfjs layer config (tfjs defaults equal Keras's). */
function tfjsConfig(layer) {
  const config = { name: layer.name };
  const special = TRANSLATORS[layer.type] ? TRANSLATORS[layer.type](layer.args || {}) : {};
  for (const [key, value] of Object.entries(layer.args || {})) {
    if (key in special) {
      continue;
    }
    if (TUPLES.includes(key)) {
      // One value applies to every axis; an empty tuple is Keras's None (pooling strides).
      config[key] = value.length === 0 ? null : value.length === 1 ? value[0] : value;
    } else if (key === 'padding') {
      config[key] = value.toLowerCase();
    } else if (key === 'dataFormat') {
      config[key] = DATA_FORMATS[value];
    } else if (key === 'activation') {
      config[key] = ACTIVATIONS[value];
    } else {
      config[key] = value;
    }
  }
  for (const [key, value] of Object.entries(special)) {
    if (value !== undefined) {
      config[key] = value;
    }
  }
  return config;
}

// Each family module (families/*.js) exports:
//   layers:      { KerasType: (tfjsConfig, layer, wrapped) => tfjs layer }  (wrapped: for wrappers)
//   translate:   { KerasType: (args) => tfjs config entries }   optional, for arguments whose
//                tfjs form differs from the generic translation in tfjsConfig()
const FAMILIES = fs.readdirSync(path.join(__dirname, 'families'))
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => require(path.join(__dirname, 'families', f)));
const FACTORIES = Object.assign({}, ...FAMILIES.map((f) => f.layers || {}));
const TRANSLATORS = Object.assign({}, ...FAMILIES.map((f) => f.translate || {}));

/** Builds one corpus layer (and the layer it wraps, for wrappers) as a tfjs layer. */
function build(layer, extra = {}) {
  const factory = FACTORIES[layer.type];
  if (!factory) {
    throw new Error(`the oracle has no factory for ${layer.type}: add it to a families/*.js module`);
  }
  const wrapped = layer.wrapped
    ? build(Object.assign({ name: `${layer.name}_${layer.wrapped.type.toLowerCase()}` }, layer.wrapped))
    : undefined;
  return factory(Object.assign(tfjsConfig(layer), extra), layer, wrapped);
}

/**
 * Builds one corpus model with tfjs. Returns null for kerasOnly models, else {result, model}:
 * result is what expected/*.json records, model the tf.sequential() holding every layer (only when
 * the model is valid).
 */
function evaluate(model) {
  if (model.kerasOnly) {
    return null; // judged by Keras 3 itself: keras/oracle.py, expected/keras/
  }
  if (model.functional) {
    return evaluateFunctional(model);
  }
  const seq = tfl.sequential({ name: model.name });
  const batch = model.batchSize === undefined || model.batchSize < 0 ? null : model.batchSize;
  const inputShape = [batch, ...model.input.map((d) => (d < 0 ? null : d))];
  const layers = [];
  for (let i = 0; i < model.layers.length; i++) {
    try {
      // The first layer carries the input shape, as Keras's input_shape argument does.
      seq.add(build(model.layers[i], i === 0 ? { batchInputShape: inputShape } : {}));
    } catch (e) {
      return { result: { name: model.name, valid: false, errorLayer: i, tfjs: e.message.split('\n')[0] } };
    }
    const built = seq.layers[seq.layers.length - 1];
    layers.push({ outputShape: built.outputShape, trainable: weightCount(built.trainableWeights),
      nonTrainable: weightCount(built.nonTrainableWeights) });
  }
  return { result: { name: model.name, valid: true, layers }, model: seq };
}

// ---- Functional models: corpus entries with "functional": true (docs/functional-design.md) ----
//
// Each node is built in declaration order with tf.input() or layer.apply() on its inbound
// tensors, then tf.model({inputs, outputs}) holds the graph. Recorded: every node (inputs too)
// with its output shape and counts, the outputs (declared, or inferred: the layers nobody
// consumes, in declaration order), the totals; or the first node tfjs rejects and its name.

const weightCount = (weights) => weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);

/** Builds one functional corpus model with tfjs: {result, model} (model only when valid). */
function evaluateFunctional(model) {
  const tensors = new Map();
  const inputs = [];
  const rows = [];
  for (let i = 0; i < model.nodes.length; i++) {
    const node = model.nodes[i];
    if (node.kind === 'input') {
      const batch = node.batchSize === undefined || node.batchSize < 0 ? null : node.batchSize;
      const shape = [batch, ...node.shape.map((d) => (d < 0 ? null : d))];
      const tensor = tfl.input({ batchShape: shape, name: node.name });
      inputs.push(tensor);
      tensors.set(node.name, tensor);
      rows.push({ name: node.name, outputShape: shape, trainable: 0, nonTrainable: 0 });
      continue;
    }
    const inbound = node.inbound.map((name) => {
      if (!tensors.has(name)) {
        // Unknown names and forward references are ShapeCheck's own errors: Keras has no names.
        throw new Error(`${model.name}: ${node.name} names ${name}, which is no earlier node`);
      }
      return tensors.get(name);
    });
    let layer;
    let output;
    try {
      layer = build(node);
      output = layer.apply(inbound.length === 1 ? inbound[0] : inbound);
    } catch (e) {
      return { result: { name: model.name, functional: true, valid: false, errorLayer: i,
        errorName: node.name, tfjs: e.message.split('\n')[0] } };
    }
    tensors.set(node.name, output);
    rows.push({ name: node.name, outputShape: output.shape, trainable: weightCount(layer.trainableWeights),
      nonTrainable: weightCount(layer.nonTrainableWeights) });
  }
  const consumed = new Set(model.nodes.flatMap((n) => n.inbound || []));
  const outputs = model.outputs && model.outputs.length ? model.outputs
    : model.nodes.filter((n) => n.kind !== 'input' && !consumed.has(n.name)).map((n) => n.name);
  const graph = tfl.model({ name: model.name, inputs, outputs: outputs.map((name) => tensors.get(name)) });
  const totals = {
    trainable: rows.reduce((n, r) => n + r.trainable, 0),
    nonTrainable: rows.reduce((n, r) => n + r.nonTrainable, 0),
  };
  if (graph.countParams() !== totals.trainable + totals.nonTrainable) {
    throw new Error(`${model.name}: tf.model counts ${graph.countParams()} parameters, its layers ${totals.trainable + totals.nonTrainable}`);
  }
  return { result: { name: model.name, functional: true, valid: true, layers: rows, outputs, totals },
    model: graph };
}

/** What expected/*.json records for one corpus model, or null for a kerasOnly model. */
function run(model) {
  const evaluated = evaluate(model);
  return evaluated && evaluated.result;
}

function render(results) {
  // One model per line: reviewable diffs, stable across runs.
  return '[\n' + results.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n';
}

function main() {
  const check = require('./mode')();
  let models = 0;
  let layers = 0;
  let differing = [];
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort()) {
    const corpus = JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8'));
    const results = corpus.map(run).filter((r) => r !== null);
    models += results.length;
    layers += corpus.reduce((n, m) => n + (m.kerasOnly ? 0 : (m.nodes || m.layers).length), 0);
    const text = render(results);
    const target = path.join(EXPECTED, file);
    if (check) {
      const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
      if (committed !== text) {
        differing.push(file);
      }
    } else {
      fs.writeFileSync(target, text);
    }
  }
  tf.disposeVariables();
  console.log(`oracle: ${models} models, ${layers} layers, ${differing.length} differing files`
      + (differing.length ? ` (${differing.join(', ')})` : ''));
  if (differing.length) {
    console.log('The committed expected files are not what TensorFlow.js gives: run `node oracle.js` in conformance/ and review the diff.');
    process.exit(1);
  }
}

module.exports = { CORPUS, evaluate, run };

if (require.main === module) {
  main();
}
