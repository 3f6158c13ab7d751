// tfjs 4.22's model.summary() texts for the graphs the runtime's FunctionalSummaryTest builds by
// hand, the committed runtime/src/test/resources/functional/*.tfjs.txt.
// Usage (in conformance/): node functional-goldens.js            rewrite those files
//                          node functional-goldens.js --check    fail if a committed one differs
'use strict';

// tfjs-core advertises its native Node backend on first use; these graphs need none of its speed.
for (const stream of ['warn', 'log']) {
  const print = console[stream];
  console[stream] = (...args) => {
    if (!String(args[0]).includes('tfjs-node') && !/^=+$/.test(String(args[0]))) print(...args);
  };
}

const fs = require('fs');
const path = require('path');
const tfl = require('@tensorflow/tfjs-layers');
require('@tensorflow/tfjs-backend-cpu');

const CHECK = require('./mode')();
const DIR = path.join(__dirname, '..', 'runtime', 'src', 'test', 'resources', 'functional');
const differing = [];
let count = 0;

/** Writes (or, with --check, compares) one golden. */
function save(file, model) {
  const lines = [];
  model.summary(undefined, undefined, (l) => lines.push(l + '\n'));
  const text = lines.join('');
  const target = path.join(DIR, file);
  count++;
  if (!CHECK) {
    fs.writeFileSync(target, text);
  } else if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
    differing.push(file);
  }
}

{
  const in1 = tfl.input({shape: [8, 8, 4], name: 'in1'});
  const conv = tfl.layers.conv2d({filters: 4, kernelSize: 3, padding: 'same', name: 'conv'}).apply(in1);
  const bn = tfl.layers.batchNormalization({name: 'bn'}).apply(conv);
  const flat = tfl.layers.flatten({name: 'flat'}).apply(in1);
  const add = tfl.layers.add({name: 'add'}).apply([bn, in1]);
  save('residual.tfjs.txt', tfl.model({inputs: in1, outputs: [add, flat], name: 'residual'}));
}
{
  const x = tfl.input({shape: [3], name: 'x'});
  const d = tfl.layers.dense({units: 2, name: 'd'}).apply(x);
  save('chain.tfjs.txt', tfl.model({inputs: x, outputs: d, name: 'chain'}));
}
{
  const a = tfl.input({shape: [16], name: 'a'});
  const b = tfl.input({shape: [4], name: 'b'});
  const h1 = tfl.layers.dense({units: 8, name: 'h1'}).apply(a);
  const h2 = tfl.layers.dense({units: 8, name: 'h2'}).apply(h1);
  const cat = tfl.layers.concatenate({name: 'cat'}).apply([h2, b]);
  save('two_inputs.tfjs.txt', tfl.model({inputs: [a, b], outputs: cat, name: 'two_inputs'}));
}
{
  // A layer no output depends on ('spare') is not part of the model: neither listed nor counted.
  const x = tfl.input({shape: [4], name: 'x'});
  const d = tfl.layers.dense({units: 2, name: 'd'}).apply(x);
  tfl.layers.dense({units: 3, name: 'spare'}).apply(x);
  const e = tfl.layers.dense({units: 2, name: 'e'}).apply(d);
  save('unused_layer.tfjs.txt', tfl.model({inputs: x, outputs: e, name: 'unused_layer'}));
}
{
  // The same with a side branch, so the connected layout applies.
  const x = tfl.input({shape: [4], name: 'x'});
  const d = tfl.layers.dense({units: 2, name: 'd'}).apply(x);
  const spare = tfl.layers.dense({units: 3, name: 'spare'}).apply(x);
  tfl.layers.dense({units: 5, name: 'spare_head'}).apply(spare);
  const s = tfl.layers.dense({units: 2, name: 's'}).apply(x);
  const sum = tfl.layers.add({name: 'sum'}).apply([d, s]);
  save('unused_branch.tfjs.txt', tfl.model({inputs: x, outputs: sum, name: 'unused_branch'}));
}

console.log(`functional-goldens: ${count} tfjs summaries, `
  + (CHECK ? `${differing.length} differing` + (differing.length ? ` (${differing.join(', ')})` : '') + ' in'
    : 'written to') + ' runtime/src/test/resources/functional');
if (differing.length) {
  console.log('Run `node functional-goldens.js` in conformance/ and review the diff.');
  process.exit(1);
}
