#!/usr/bin/env node
// TensorFlow.js's own model.summary() text for every valid corpus model, the reference for
// ShapeCheck's SummaryStyle.TFJS (TfjsSummaryTest reads expected/summaries.json): the
// tf.sequential() of a sequential corpus model, the tf.model() of a functional one
// (corpus/functional-*.json), as the oracle builds them: every model tfjs builds, the Java suite
// comparing only those where tfjs agrees with Keras 3 (Corpus.tfjsEntries).
//
// Usage: node summaries.js            regenerate expected/summaries.json from corpus/*.json
//        node summaries.js --check    regenerate in memory and fail if the committed file differs
// Writes {"<corpus file stem>/<model name>": ["<summary line>", ...]}, one printed line per line
// of the file: a reviewable diff shows which line of which summary changed.
'use strict';

const fs = require('fs');
const path = require('path');
const { CORPUS, evaluate } = require('./oracle');

const TARGET = path.join(__dirname, 'expected', 'summaries.json');

function main() {
  const check = require('./mode')();
  const summaries = {};
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort()) {
    const stem = path.basename(file, '.json');
    for (const model of JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8'))) {
      const evaluated = evaluate(model);
      if (!evaluated || !evaluated.model) {
        continue; // kerasOnly, or invalid in tfjs: no tfjs model to summarize
      }
      const lines = [];
      evaluated.model.summary(undefined, undefined, (line) => lines.push(line));
      summaries[`${stem}/${model.name}`] = lines;
    }
  }
  const text = JSON.stringify(summaries, null, 1) + '\n';
  const count = Object.keys(summaries).length;
  if (!check) {
    fs.writeFileSync(TARGET, text);
    console.log(`summaries: ${count} tfjs summaries -> expected/summaries.json`);
    return;
  }
  const same = fs.existsSync(TARGET) && fs.readFileSync(TARGET, 'utf8') === text;
  console.log(`summaries: ${count} tfjs summaries, ${same ? 'same as' : 'DIFFERENT from'} expected/summaries.json`);
  if (!same) {
    console.log('expected/summaries.json is not what TensorFlow.js prints: run `node summaries.js` in conformance/ and review the diff.');
    process.exit(1);
  }
}

main();
