#!/usr/bin/env python3
"""The Transformer examples as a Keras user writes them: the expected file of ReferenceModelsTest.

The examples module declares two Transformer models with ShapeCheck's functional DSL:
TransformerClassifier (keras.io "Text classification with Transformer") and VisionTransformer (a
small ViT). This script builds the same two models in Keras 3 the way a Keras user writes them --
layers created inline in call order, Keras naming every layer itself, the learned position
embedding a custom layer class defined here (PositionEmbedding: a (sequence, features) weight
added to its input) -- runs each once on zeros (model.predict), and records per model its
parameter totals and, per layer in model.layers order, the layer's name, class, output shape and
parameters (total, trainable, non-trainable).

Each model is built in a fresh naming scope (keras.backend.clear_session()).

Usage (from conformance/, with the Python of the oracle profile's venv, see README.md):
    python keras/reference_models.py           rewrite expected/keras/reference-models.json (= --write)
    python keras/reference_models.py --check   rebuild in memory, fail with a diff if the file differs

Needs keras==3.15.1 and tensorflow-cpu==2.21.0; no network.
"""
import os
import sys

# Before TensorFlow loads: no log noise, the TensorFlow backend, CPU only.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ["KERAS_BACKEND"] = "tensorflow"
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

import difflib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402

KERAS_VERSION = "3.15.1"
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(os.path.dirname(HERE), "expected", "keras", "reference-models.json")


def position_embedding_class(keras):
    """The user's layer: a learned embedding per position, added to the (batch, length, features)
    input; its weight is (length, features)."""

    class PositionEmbedding(keras.layers.Layer):
        def build(self, input_shape):
            self.positions = self.add_weight(
                shape=(input_shape[-2], input_shape[-1]), initializer="zeros", name="positions")

        def call(self, inputs):
            return inputs + self.positions

        def compute_output_shape(self, input_shape):
            return input_shape

    return PositionEmbedding


def transformer_classifier(keras):
    """keras.io text_classification_with_transformer: maxlen 200, vocab 20000, embed 32, 2 heads,
    feed-forward 32; the encoder block written inline with Add layers."""
    layers = keras.layers
    maxlen, vocab_size, embed_dim, num_heads, ff_dim = 200, 20000, 32, 2, 32
    inputs = layers.Input(shape=(maxlen,))
    x = layers.Embedding(input_dim=vocab_size, output_dim=embed_dim)(inputs)
    x = position_embedding_class(keras)()(x)
    attn_output = layers.MultiHeadAttention(num_heads=num_heads, key_dim=embed_dim)(x, x)
    attn_output = layers.Dropout(0.1)(attn_output)
    out1 = layers.LayerNormalization(epsilon=1e-6)(layers.Add()([x, attn_output]))
    ffn_output = layers.Dense(ff_dim, activation="relu")(out1)
    ffn_output = layers.Dense(embed_dim)(ffn_output)
    ffn_output = layers.Dropout(0.1)(ffn_output)
    x = layers.LayerNormalization(epsilon=1e-6)(layers.Add()([out1, ffn_output]))
    x = layers.GlobalAveragePooling1D()(x)
    x = layers.Dropout(0.1)(x)
    x = layers.Dense(20, activation="relu")(x)
    x = layers.Dropout(0.1)(x)
    outputs = layers.Dense(2, activation="softmax")(x)
    return keras.Model(inputs=inputs, outputs=outputs, name="transformer_classifier")


def vision_transformer(keras):
    """A small ViT: 4x4 patches of a 32x32x3 image by a strided Conv2D, 64 patches of 64, a learned
    position embedding, two pre-norm encoder blocks (a helper function, called twice), a final
    LayerNormalization, average pooling, a 10-way softmax."""
    layers = keras.layers

    def encoder_block(x):
        y = layers.LayerNormalization(epsilon=1e-6)(x)
        y = layers.MultiHeadAttention(num_heads=4, key_dim=16)(y, y)
        x = layers.Add()([y, x])
        y = layers.LayerNormalization(epsilon=1e-6)(x)
        y = layers.Dense(128, activation="gelu")(y)
        y = layers.Dense(64)(y)
        return layers.Add()([y, x])

    inputs = layers.Input(shape=(32, 32, 3))
    x = layers.Conv2D(64, kernel_size=4, strides=4)(inputs)
    x = layers.Reshape((64, 64))(x)
    x = position_embedding_class(keras)()(x)
    for _ in range(2):
        x = encoder_block(x)
    x = layers.LayerNormalization(epsilon=1e-6)(x)
    x = layers.GlobalAveragePooling1D()(x)
    outputs = layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs=inputs, outputs=outputs, name="vision_transformer")


# The examples' interfaces, and how Keras builds each.
MODELS = (("TransformerClassifier", transformer_classifier),
          ("VisionTransformer", vision_transformer))


def count(weights):
    return sum(math.prod(w.shape) for w in weights)


def build(keras, example, constructor):
    """One model in a fresh naming scope, run once on zeros."""
    import numpy as np

    keras.backend.clear_session()
    model = constructor(keras)
    model.predict(np.zeros((1,) + tuple(model.input.shape[1:])), verbose=0)
    return {
        "example": example,
        "name": model.name,
        "totalParams": model.count_params(),
        "trainableParams": count(model.trainable_weights),
        "nonTrainableParams": count(model.non_trainable_weights),
        "layers": [
            {
                "name": layer.name,
                "class": type(layer).__name__,
                "outputShape": list(layer.output.shape),
                "params": layer.count_params(),
                "trainable": count(layer.trainable_weights),
                "nonTrainable": count(layer.non_trainable_weights),
            }
            for layer in model.layers
        ],
    }


def render(results):
    """One model per block, one layer per line: reviewable diffs, stable across runs."""
    blocks = []
    for result in results:
        head = ", ".join(
            f"{json.dumps(k)}: {json.dumps(v)}"
            for k, v in result.items()
            if k != "layers")
        layers = ",\n".join("      " + json.dumps(layer, separators=(",", ":"))
                            for layer in result["layers"])
        blocks.append(f"  {{{head},\n    \"layers\": [\n{layers}\n    ]}}")
    return '{"keras": "' + KERAS_VERSION + '", "models": [\n' + ",\n".join(blocks) + "\n]}\n"


def mode():
    flags = sys.argv[1:]
    if len(flags) > 1 or any(f not in ("--check", "--write") for f in flags):
        print(f"{' '.join(flags)}: the mode is --check or --write (the default)",
              file=sys.stderr)
        sys.exit(2)
    return flags == ["--check"]


def main():
    check = mode()
    import keras

    if keras.__version__ != KERAS_VERSION:
        print(f"the reference models oracle needs keras=={KERAS_VERSION}, "
              f"this is {keras.__version__}", file=sys.stderr)
        sys.exit(2)
    results = [build(keras, example, constructor) for example, constructor in MODELS]
    for r in results:
        print(f"reference-models: {r['example']} ({r['name']}) {r['totalParams']} params "
              f"({r['nonTrainableParams']} non-trainable), {len(r['layers'])} layers, "
              "ran on zeros")
    text = render(results)
    if not check:
        os.makedirs(os.path.dirname(TARGET), exist_ok=True)
        with open(TARGET, "w", encoding="utf-8") as f:
            f.write(text)
        return
    committed = ""
    if os.path.exists(TARGET):
        with open(TARGET, encoding="utf-8") as f:
            committed = f.read()
    if committed != text:
        sys.stdout.writelines(difflib.unified_diff(
            committed.splitlines(True), text.splitlines(True),
            "committed expected/keras/reference-models.json", f"Keras {KERAS_VERSION}", n=0))
        print("expected/keras/reference-models.json is not what Keras gives: run "
              "`python keras/reference_models.py --write` in conformance/ and review the diff.")
        sys.exit(1)


if __name__ == "__main__":
    main()
