// The merge family: Add, Subtract, Multiply, Average, Maximum, Minimum, Concatenate and Dot, the
// layers that take several inbound tensors (functional corpus entries only). Kinds: inputs that
// cannot be merged are IncompatibleInputs, an axis an input does not have WrongRank, a merge given
// the wrong number of inputs WrongInputCount.
//
// Corrections here take a third argument, the list of every inbound shape (the second is the
// first inbound shape, as for single-input layers); they return null, {invalid, kind} or
// {shape, note}. `kind` is the ShapeCheck ErrorKind tag the Java suites compare.
//
// Keras 3 (keras/src/layers/merging/*) against tfjs-layers 4.22 (src/layers/merge.ts):
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

const MERGES = ['Add', 'Subtract', 'Multiply', 'Average', 'Maximum', 'Minimum', 'Concatenate', 'Dot'];
const ELEMENTWISE = ['Add', 'Subtract', 'Multiply', 'Average', 'Maximum', 'Minimum'];

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

const args = (layer) => layer.args || {};

/** Keras's (Python's) list index: negative counts from the end; null when out of range. */
function pythonIndex(axis, rank) {
  const i = axis < 0 ? axis + rank : axis;
  return i >= 0 && i < rank ? i : null;
}

/** Keras's Dot axes for two shapes (batch included): an int applies to both, negative mod rank. */
function dotAxes(layer, shape1, shape2) {
  const axes = args(layer).axes || [];
  if (axes.length === 1) {
    const a = axes[0];
    const mod = (n) => ((a % n) + n) % n; // Python's a % n for a negative a
    return a < 0 ? [mod(shape1.length), mod(shape2.length)]
      : [pythonIndex(a, shape1.length), pythonIndex(a, shape2.length)];
  }
  return [pythonIndex(axes[0], shape1.length), pythonIndex(axes[1], shape2.length)];
}

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

  corrections: [
    // Concatenate (Keras 3's Concatenate.build): the axis must exist (IndexError otherwise), the
    // ranks must agree, and each other axis may differ only where a size is None. The output takes
    // the first input's sizes and sums the axis (None if any is None). tfjs rejects None against a
    // size and accepts an axis outside the rank.
    (layer, inputShape, inputShapes) => {
      if (layer.type !== 'Concatenate' || !inputShapes || inputShapes.length < 2) {
        return null;
      }
      const axisArg = args(layer).axis === undefined ? -1 : args(layer).axis;
      const rank = inputShapes[0].length;
      const axis = pythonIndex(axisArg, rank);
      if (axis === null) {
        // The input lacks the axis: ShapeCheck's kind for an input with too few dimensions.
        return { invalid: `Keras's Concatenate indexes the shape with axis ${axisArg}: IndexError`,
          kind: 'WrongRank' };
      }
      const known = (i) => new Set(inputShapes.map((s) => s[i]).filter((d) => d !== null));
      if (inputShapes.some((s) => s.length !== rank)
          || inputShapes[0].some((d, i) => i !== axis && known(i).size > 1)) {
        return null; // Keras rejects it, and so does tfjs (its error is recorded)
      }
      const tfjsWouldReject = inputShapes.some((s) => s.some((d, i) => i !== axis && d !== inputShapes[0][i]));
      if (!tfjsWouldReject) {
        return null; // tfjs computes what Keras computes
      }
      const shape = inputShapes[0].slice();
      shape[axis] = inputShapes.some((s) => s[axis] === null) ? null
        : inputShapes.reduce((n, s) => n + s[axis], 0);
      return { shape, note: 'Keras ignores None against a size off the concatenation axis; tfjs rejects it' };
    },
    // Elementwise merges share tfjs's and Keras's Merge rule; their failures are one kind.
    // (Nothing to correct: the tfjs error is classified by the oracle as IncompatibleInputs.)
    // Dot (Keras 3's Dot.build and compute_output_shape): axes index the shapes as Python does,
    // the two sizes must be equal (None equals only None), and the output is shape1 without its
    // axis followed by shape2 without its batch and its axis, (batch, 1) when that leaves one axis.
    (layer, inputShape, inputShapes) => {
      if (layer.type !== 'Dot' || !inputShapes || inputShapes.length !== 2) {
        return null;
      }
      const [s1, s2] = inputShapes;
      const axes = dotAxes(layer, s1, s2);
      if (axes.some((a) => a === null || a === undefined)) {
        return { invalid: `Keras's Dot indexes the shapes with axes ${JSON.stringify(args(layer).axes)}: IndexError`,
          kind: 'WrongRank' }; // as for Concatenate
      }
      const raw = args(layer).axes || [];
      const highRank = s1.length > 3 || s2.length > 3;
      if (!highRank && !(raw.length === 2 && raw.some((a) => a < 0))) {
        return null; // tfjs checks and computes what Keras does
      }
      if (s1[axes[0]] !== s2[axes[1]]) {
        return { invalid: `Keras's Dot needs equal sizes on its axes: ${s1[axes[0]]} != ${s2[axes[1]]}`
            + (highRank ? '' : '; tfjs skips the check for negative axes'),
          kind: 'IncompatibleInputs' };
      }
      if (!highRank) {
        return null; // tfjs's splice with negative axes gives Keras's shape
      }
      const shape = s1.filter((d, i) => i !== axes[0]).concat(s2.filter((d, i) => i !== 0 && i !== axes[1]));
      if (shape.length === 1) {
        shape.push(1);
      }
      return { shape, note: 'Keras takes a Dot of inputs of rank 4 or more; tfjs does not' };
    },
  ],

  // How many inbound tensors each layer takes: Subtract and Dot exactly 2 (Keras raises "should
  // be called on exactly 2 inputs"); the other merges at least 2 (the corpus never gives one);
  // every other layer exactly one (Keras hands a single-input layer's call a list, which fails;
  // tfjs sometimes builds it on the first tensor). The oracle checks this before any correction.
  inboundCount(layer, n) {
    const exactly2 = layer.type === 'Subtract' || layer.type === 'Dot';
    const merge = MERGES.includes(layer.type);
    if (exactly2 ? n === 2 : merge ? n >= 2 : n === 1) {
      return null;
    }
    const takes = exactly2 ? 'exactly 2' : merge ? 'at least 2' : '1';
    return { invalid: `Keras's ${layer.type} takes ${takes} input(s), got ${n}`, kind: 'WrongInputCount' };
  },

  /** The ShapeCheck error kind of a tfjs error at a merge layer (its inputs cannot be merged). */
  kindOf(layer) {
    return MERGES.includes(layer.type) ? 'IncompatibleInputs' : null;
  },

  MERGES,
  ELEMENTWISE,
};
