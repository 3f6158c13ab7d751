// A recorder around tfjs's functional API for building Keras Applications as Keras builds them:
// every layer gets the name Keras would give it (the explicit name, else Keras's automatic
// snake_case name with _1, _2, ... suffixes), and the layers are remembered in the order they
// were created, which is the order of the Python source and of the Java declarations.
'use strict';

const tfl = require('@tensorflow/tfjs-layers');

/** tfjs factories by Keras class name; each takes a tfjs config that already has its name. */
const FACTORIES = {
  Conv2D: (c) => tfl.layers.conv2d(c),
  DepthwiseConv2D: (c) => tfl.layers.depthwiseConv2d(c),
  SeparableConv2D: (c) => tfl.layers.separableConv2d(c),
  BatchNormalization: (c) => tfl.layers.batchNormalization(c),
  Activation: (c) => tfl.layers.activation(c),
  ReLU: (c) => tfl.layers.reLU(c),
  ZeroPadding2D: (c) => tfl.layers.zeroPadding2d(c),
  MaxPooling2D: (c) => tfl.layers.maxPooling2d(c),
  AveragePooling2D: (c) => tfl.layers.averagePooling2d(c),
  GlobalAveragePooling2D: (c) => tfl.layers.globalAveragePooling2d(c),
  Dense: (c) => tfl.layers.dense(c),
  Add: (c) => tfl.layers.add(c),
  Concatenate: (c) => tfl.layers.concatenate(c),
};

/** Keras's automatic layer name stem: the class name in snake_case (Conv2D -> conv2d). */
function snake(type) {
  return type.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

const count = (weights) => weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);

/** One model under construction. */
class Graph {
  constructor(name) {
    this.name = name;
    this.created = [];
    this.used = new Map();
  }

  /** Keras's uniquified automatic name: conv2d, conv2d_1, conv2d_2, ... */
  autoName(type) {
    const stem = { ReLU: 're_lu', InputLayer: 'input_layer' }[type] || snake(type);
    const n = this.used.get(stem) || 0;
    this.used.set(stem, n + 1);
    return n === 0 ? stem : `${stem}_${n}`;
  }

  /** keras.Input(shape): Keras 3 names the first input layer "input_layer" automatically. */
  input(shape) {
    this.inputTensor = tfl.input({ shape, name: this.autoName('InputLayer') });
    this.created.push({ layer: this.inputTensor.sourceLayer, type: 'InputLayer', auto: true });
    return this.inputTensor;
  }

  /** Creates a layer of Keras class `type` from a tfjs config and calls it on `inputs`. */
  layer(type, config, inputs) {
    const name = config.name || this.autoName(type);
    const layer = FACTORIES[type](Object.assign({}, config, { name }));
    this.created.push({ layer, type, auto: !config.name });
    return layer.apply(inputs);
  }

  /** The finished model and, per created layer, what the expected file records. */
  finish(output) {
    const model = tfl.model({ inputs: this.inputTensor, outputs: output, name: this.name });
    // "auto": the name is Keras's automatic one, not chosen by the Applications source.
    const layers = this.created.map(({ layer, type, auto }) => Object.assign({
      name: layer.name,
      type,
      outputShape: layer.outputShape,
      trainable: count(layer.trainableWeights),
      nonTrainable: count(layer.nonTrainableWeights),
    }, auto ? { auto: true } : {}));
    const trainable = count(model.trainableWeights);
    const nonTrainable = count(model.nonTrainableWeights);
    if (layers.length !== model.layers.length) {
      throw new Error(`${this.name}: created ${layers.length} layers, the model holds ${model.layers.length}`);
    }
    return {
      name: this.name,
      totalParams: trainable + nonTrainable,
      trainableParams: trainable,
      nonTrainableParams: nonTrainable,
      layers,
    };
  }
}

module.exports = { Graph };
