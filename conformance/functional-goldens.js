#!/usr/bin/env node
// Writes tfjs 4.22 model.summary() texts for the hand-built graphs of the runtime's
// FunctionalSummaryTest. Usage (in conformance/): node functional-goldens.js ../runtime/src/test/resources/functional
// Prints tfjs 4.22's model.summary() of the graphs FunctionalSummaryTest builds by hand.
const tfl = require('@tensorflow/tfjs-layers');
require('@tensorflow/tfjs-backend-cpu');
const fs = require('fs');
const out = process.argv[2];
function save(file, model) {
  const lines = [];
  model.summary(undefined, undefined, (l) => lines.push(l + '\n'));
  fs.writeFileSync(out + '/' + file, lines.join(''));
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
