#!/usr/bin/env node
// Loads Keras model JSON files (what ShapeCheck's KerasJson writes, Keras's model.to_json() form)
// with TensorFlow.js's own loader, tf.models.modelFromJSON, and records what tfjs built: per
// layer its class, name, output shape, trainable / non-trainable counts and the layers feeding it,
// the model's input and output layers, and (for the Keras Applications) its model.summary() text.
// The files are made by KerasJsonFiles (a test class, run by the oracle profile just before this
// script) under target/keras-json/<set>/; the results go to the committed
// expected/roundtrip-<set>.json, each with the SHA-256 of the file tfjs loaded, and
// KerasJsonRoundTripTest compares them with the oracle's expected/*.json and the engine's
// summaries without running Node.
//
// Usage: node roundtrip.js            regenerate expected/roundtrip-{sequential,functional,
//                                     applications}.json from target/keras-json/
//        node roundtrip.js --check    regenerate in memory and fail if a committed file differs
// Each result: {"file", "sha256", "loaded": true, "standIns": [...], "inputs", "outputs",
//               "layers": [...], "summary": [line, ...] (applications only)}
//            | {"file", "sha256", "loaded": false, "standIns": [...], "error"}
//
// The JSON is loaded as written, except for stand-ins where tfjs 4.22 cannot construct what
// Keras accepts. Each stand-in changes no output shape and no weight count (the oracle uses the
// same ones when it builds the corpus), and every use is reported in "standIns" so the test can
// count them:
// - activations tfjs lacks (leaky_relu, log_softmax, exponential) -> "linear";
// - UpSampling2D interpolations tfjs lacks (bicubic, lanczos3, lanczos5) -> "nearest";
// - ELU alpha other than 1 (tfjs throws NotImplementedError) -> 1;
// - Subtract (tfjs 4.22 has no such layer) -> the oracle's Keras Subtract, a tfjs Merge with
//   Keras's rule (families/merge.js), registered for the loader under Keras's class name;
// - SeparableConv kernel_initializer / kernel_regularizer / kernel_constraint, which tf.keras 2
//   writes (unused: the separable layer has depthwise_* and pointwise_* ones) and tfjs 4.22
//   refuses -> dropped;
// - GRU reset_after=True without biases (tfjs throws on reset_after=True) -> False: without
//   biases both forms have the same kernels. With biases Keras has 3 * units more than tfjs can
//   build: the oracle corrects those layers and KerasJsonRoundTripTest does not compare them.
'use strict';

// tfjs-core advertises its native Node backend on first use, and the orthogonal initializer
// warns that it is slow on large matrices; this script needs no speed.
const NOISE = [/tfjs-node/, /^=+$/, /^Orthogonal initializer is being called/];
const quiet = (print) => (...args) => {
  if (!NOISE.some((pattern) => pattern.test(String(args[0])))) print(...args);
};
console.warn = quiet(console.warn);
const print = console.log;
console.log = quiet(console.log);

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');
const tfl = require('@tensorflow/tfjs-layers');
require('./families/merge'); // registers the oracle's Subtract, which tfjs lacks

// The full @tensorflow/tfjs package registers tfjs-core's chained ops (tensor.flatten(), ...);
// the bare tfjs-core used here does not, and the loader's default recurrent initializer
// ('orthogonal') calls them. Most chained ops are the op of the same name applied to the tensor,
// as tfjs-core/src/public/chained_ops/*.ts define them; flatten is reshape to one axis.
(function registerChainedOps() {
  const dir = path.join(path.dirname(require.resolve('@tensorflow/tfjs-core/package.json')),
    'dist', 'public', 'chained_ops');
  const proto = tf.Tensor.prototype;
  for (const file of fs.readdirSync(dir)) {
    const match = /^([a-z0-9_]+)\.js$/.exec(file);
    if (!match || match[1].endsWith('_test') || match[1] === 'register_all_chained_ops') {
      continue;
    }
    const op = match[1].replace(/_([a-z0-9])/g, (m, c) => c.toUpperCase());
    if (typeof tf[op] === 'function' && proto[op] === undefined) {
      proto[op] = function (...args) {
        return tf[op](this, ...args);
      };
    }
  }
  // The one chained op the initializers use that is not an op of the same name.
  proto.flatten = function () {
    return tf.reshape(this, [this.size]);
  };
})();

const MISSING_ACTIVATIONS = ['leaky_relu', 'log_softmax', 'exponential'];
const MISSING_INTERPOLATIONS = ['bicubic', 'lanczos3', 'lanczos5'];
const SEPARABLE = ['SeparableConv1D', 'SeparableConv2D'];

/** Applies the stand-ins to one layer entry (and the layer it wraps); records each in notes. */
function standIn(entry, notes) {
  const c = entry.config;
  for (const key of ['activation', 'recurrent_activation']) {
    if (MISSING_ACTIVATIONS.includes(c[key])) {
      notes.push(`${c.name}: ${key} ${c[key]} -> linear`);
      c[key] = 'linear';
    }
  }
  if (entry.class_name === 'UpSampling2D' && MISSING_INTERPOLATIONS.includes(c.interpolation)) {
    notes.push(`${c.name}: interpolation ${c.interpolation} -> nearest`);
    c.interpolation = 'nearest';
  }
  if (entry.class_name === 'GRU' && c.reset_after === true && c.use_bias === false) {
    notes.push(`${c.name}: GRU reset_after true -> false (no biases)`);
    c.reset_after = false;
  }
  if (entry.class_name === 'Subtract') {
    notes.push(`${c.name}: Subtract -> the oracle's Keras Subtract`);
  }
  if (entry.class_name === 'ELU' && c.alpha !== 1) {
    notes.push(`${c.name}: ELU alpha ${c.alpha} -> 1`);
    c.alpha = 1;
  }
  if (SEPARABLE.includes(entry.class_name) && 'kernel_initializer' in c) {
    // tf.keras 2's SeparableConv inherits Conv's kernel_* arguments and writes them, unused;
    // tfjs 4.22 refuses them ("invalid for SeparableConv2D"). Its depthwise_* and pointwise_*
    // ones are the separable layer's own.
    notes.push(`${c.name}: SeparableConv kernel_initializer, kernel_regularizer, kernel_constraint dropped`);
    delete c.kernel_initializer;
    delete c.kernel_regularizer;
    delete c.kernel_constraint;
  }
  if (c.layer) {
    standIn(c.layer, notes);
  }
}

/**
 * The layers feeding a layer's first node, as the loader wired them from "inbound_nodes" (none
 * for an InputLayer). A ShapeCheck layer is called once, so its first node is its only one.
 */
const inboundNames = (layer) =>
  layer.inboundNodes.length ? layer.inboundNodes[0].inboundLayers.map((l) => l.name) : [];

const count = (weights) => weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);

async function load(dir, file, withSummary) {
  const bytes = fs.readFileSync(path.join(dir, file));
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const json = JSON.parse(bytes.toString('utf8'));
  const standIns = [];
  json.config.layers.forEach((entry) => standIn(entry, standIns));
  try {
    const model = await tfl.models.modelFromJSON(json);
    const inputs = model.inputLayers.map((layer) => layer.name);
    const outputs = model.outputLayers.map((layer) => layer.name);
    const layers = model.layers.map((layer) => ({
      className: layer.getClassName(),
      name: layer.name,
      outputShape: layer.outputShape,
      trainable: count(layer.trainableWeights),
      nonTrainable: count(layer.nonTrainableWeights),
      inbound: inboundNames(layer),
    }));
    const result = { file, sha256, loaded: true, standIns, inputs, outputs, layers };
    if (withSummary) {
      result.summary = [];
      model.summary(undefined, undefined, (line) => result.summary.push(line));
    }
    model.dispose();
    return result;
  } catch (e) {
    return { file, sha256, loaded: false, standIns, error: String(e.message).split('\n')[0] };
  }
}

// The sets KerasJsonFiles writes; only the Applications' summaries are compared by the test.
const SETS = [
  { name: 'sequential', summary: false },
  { name: 'functional', summary: false },
  { name: 'applications', summary: true },
];
const FILES = path.join(__dirname, 'target', 'keras-json');
const EXPECTED = path.join(__dirname, 'expected');

/** One result per line, its layers and summary lines one per line: reviewable diffs. */
function render(results) {
  const result = (r) => {
    const head = Object.entries(r).filter(([k]) => k !== 'layers' && k !== 'summary')
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ');
    const lists = ['layers', 'summary'].filter((k) => r[k])
      .map((k) => `,\n    "${k}": [\n` + r[k].map((e) => '      ' + JSON.stringify(e)).join(',\n') + '\n    ]');
    return `  {${head}${lists.join('')}}`;
  };
  return '[\n' + results.map(result).join(',\n') + '\n]\n';
}

async function main() {
  const check = require('./mode')();
  const differing = [];
  for (const set of SETS) {
    const dir = path.join(FILES, set.name);
    if (!fs.existsSync(dir)) {
      throw new Error(`${dir} is missing: KerasJsonFiles writes it (mvn -Poracle verify runs both)`);
    }
    const results = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      results.push(await load(dir, file, set.summary));
    }
    const text = render(results);
    const target = path.join(EXPECTED, `roundtrip-${set.name}.json`);
    const same = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
    if (!check) {
      fs.writeFileSync(target, text);
    } else if (!same) {
      differing.push(path.basename(target));
    }
    const loaded = results.filter((r) => r.loaded).length;
    print(`roundtrip: ${set.name}: ${results.length} files, ${loaded} loaded by tfjs, `
      + (check ? `${same ? 'same as' : 'DIFFERENT from'}` : 'written to') + ` expected/roundtrip-${set.name}.json`);
  }
  tf.disposeVariables();
  if (differing.length) {
    print(`The committed ${differing.join(', ')} are not what TensorFlow.js builds from target/keras-json/:`
      + ' regenerate with `mvn -Poracle -Doracle.mode=write verify` and review the diff.');
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
