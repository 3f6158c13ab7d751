#!/usr/bin/env node
// TensorFlow.js's own model.summary() text for every valid corpus model, the reference for
// ShapeCheck's SummaryStyle.TFJS (TfjsSummaryTest): the tf.sequential() of a sequential corpus
// model, the tf.model() of a functional one (corpus/functional-*.json), as the oracle builds them.
// Models built with a Keras correction (a "keras" note in the oracle's result) are not full tfjs
// models and are left out.
//
// Usage: node summaries.js OUT.json [CORPUS.json ...]   (default: every corpus/*.json)
// Writes {"<corpus file stem>/<model name>": "<summary text, one '\n' after each line>"}.
'use strict';

const fs = require('fs');
const path = require('path');
const { CORPUS, evaluate } = require('./oracle');

function main() {
  const [out, ...files] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node summaries.js OUT.json [CORPUS.json ...]');
    process.exit(2);
  }
  const corpora = files.length
    ? files
    : fs.readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(CORPUS, f));
  const summaries = {};
  for (const file of corpora) {
    const stem = path.basename(file, '.json');
    for (const model of JSON.parse(fs.readFileSync(file, 'utf8'))) {
      const evaluated = evaluate(model);
      if (!evaluated || !evaluated.model) {
        continue; // kerasOnly, invalid, or corrected: no complete tfjs model to summarize
      }
      const lines = [];
      evaluated.model.summary(undefined, undefined, (line) => lines.push(line));
      summaries[`${stem}/${model.name}`] = lines.map((line) => line + '\n').join('');
    }
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(summaries, null, 1) + '\n');
}

main();
