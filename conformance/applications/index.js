#!/usr/bin/env node
// The Keras Applications oracle: builds ResNet50, MobileNetV2, DenseNet121, InceptionV3 and
// Xception with TensorFlow.js exactly as keras/src/applications/*.py builds them (include_top,
// 1000 classes, default input sizes) and records each model's parameter totals and, per layer in
// creation order, its Keras name, class, output shape and parameters. The examples module declares
// the same five models with ShapeCheck's functional DSL; ApplicationsConformanceTest holds the
// generated models to this file.
//
// Usage: node applications/index.js            regenerate expected/applications.json
//        node applications/index.js --check    regenerate in memory, fail if the file differs
'use strict';

// tfjs-core advertises its native Node backend on first use; the oracle needs none of its speed.
for (const stream of ['warn', 'log']) {
  const print = console[stream];
  console[stream] = (...args) => {
    if (!String(args[0]).includes('tfjs-node') && !/^=+$/.test(String(args[0]))) print(...args);
  };
}

const fs = require('fs');
const path = require('path');
require('@tensorflow/tfjs-backend-cpu');
const tf = require('@tensorflow/tfjs-core');

const TARGET = path.join(__dirname, '..', 'expected', 'applications.json');
const MODELS = ['resnet50', 'mobilenet_v2', 'densenet121', 'inception_v3', 'xception'];

/** One model per block, one layer per line: reviewable diffs, stable across runs. */
function render(results) {
  const model = (r) => {
    const head = Object.entries(r).filter(([k]) => k !== 'layers')
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ');
    const layers = r.layers.map((l) => '      ' + JSON.stringify(l)).join(',\n');
    return `  {${head},\n    "layers": [\n${layers}\n    ]}`;
  };
  return '[\n' + results.map(model).join(',\n') + '\n]\n';
}

function main() {
  const check = require('../mode')();
  const results = MODELS.map((file) => {
    const module = require(`./${file}`);
    const built = module.build();
    return Object.assign({ name: built.name, keras: module.keras }, built);
  });
  tf.disposeVariables();
  const text = render(results);
  for (const r of results) {
    console.log(`applications: ${r.name} ${r.totalParams} params (${r.nonTrainableParams} non-trainable), ${r.layers.length} layers`);
  }
  if (!check) {
    fs.writeFileSync(TARGET, text);
    return;
  }
  const committed = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : '';
  if (committed !== text) {
    console.log('expected/applications.json is not what TensorFlow.js gives: run `node applications/index.js` in conformance/ and review the diff.');
    process.exit(1);
  }
}

main();
