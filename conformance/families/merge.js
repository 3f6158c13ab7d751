// The merge family: Add, Subtract, Multiply, Average, Maximum, Minimum, Concatenate and Dot, the
// layers that take several inbound tensors (functional corpus entries only).
//
// Keras 3 (keras/src/layers/merging/*) against tfjs-layers 4.22 (src/layers/merge.ts), where the
// tfjs record differs from Keras 3's and the tfjs suites leave the model out:
// - tfjs has no Subtract layer; the one below is a tfjs Merge subclass with Keras's rule
//   (Merge's broadcasting plus "exactly 2 inputs").
// - Concatenate: Keras 3 compares the non-axis sizes ignoring None; tfjs requires them equal,
//   None included. An axis outside the rank is an IndexError in Keras; tfjs builds a wrong shape.
// - Dot: tfjs supports ranks up to 3 (batch included) only; Keras any rank. With a pair of axes
//   tfjs indexes the shapes with the raw (negative) numbers and so skips the size check; Keras
//   indexes as Python does. A positive axis beyond the rank is an IndexError in Keras; tfjs
//   compares undefined with undefined and builds a wrong shape.
// - Merge layers on one input: Keras 3 accepts them ("at least 1 input"), tf.keras 2 and tfjs
//   reject them. The corpus leaves that case out.
'use strict';
const tf = require('@tensorflow/tfjs-core');
const tfl = require('@tensorflow/tfjs-layers');

// tfjs's Merge base class is not exported; Add's superclass is it.
const Merge = Object.getPrototypeOf(tfl.layers.add({}).constructor);

/** Keras's Subtract: inputs[0] - inputs[1], with Merge's broadcasting rule for the shape. */
class Subtract extends Merge {
  build(inputShape) {
    if (!Array.isArray(inputShape[0]) || inputShape.length !== 2) {
      throw new Error(`A Subtract layer should be called on exactly 2 inputs, got ${inputShape.length}`);
    }
    super.build(inputShape);
  }

  mergeFunction(inputs) {
    return tf.sub(inputs[0], inputs[1]);
  }
}
Subtract.className = 'Subtract';
tf.serialization.registerClass(Subtract);

module.exports = {
  layers: {
    Add: (c) => tfl.layers.add(c),
    Subtract: (c) => new Subtract(c),
    Multiply: (c) => tfl.layers.multiply(c),
    Average: (c) => tfl.layers.average(c),
    Maximum: (c) => tfl.layers.maximum(c),
    Minimum: (c) => tfl.layers.minimum(c),
    Concatenate: (c) => tfl.layers.concatenate(c),
    Dot: (c) => tfl.layers.dot(c),
  },

  translate: {
    // @Dot(axes = {a}) is Keras's axes=a (both inputs), {a, b} is axes=(a, b).
    Dot: (a) => ({ axes: a.axes && a.axes.length === 1 ? a.axes[0] : a.axes }),
  },
};
