#!/usr/bin/env python3
"""The Keras Applications as Keras 3 builds them: the expected file of KerasApplicationsTest.

The examples module declares Keras Applications (MODELS below) with ShapeCheck's functional DSL,
each layer carrying the name keras.applications gives it. This script builds each of them with
Keras itself (keras.applications.<Model>(weights=None), every other
argument at its default) and records, per model, its parameter totals and, per layer in
model.layers order, the layer's name, class, output shape and parameters (total, trainable,
non-trainable), and its place in the order the Python source creates the layers ("created", from
0), which is the order in which Keras numbers the layers it names itself (conv2d, conv2d_1, ...).

Each model is built in a fresh naming scope (keras.backend.clear_session()), as in a new Python
process: Keras numbers automatic names per session, so the second model built in one session
would start at input_layer_1.

Usage (from conformance/, with the Python of the oracle profile's venv, see README.md):
    python keras/applications.py            rewrite expected/keras/applications.json (= --write)
    python keras/applications.py --check    rebuild in memory, fail with a diff if the file differs

Needs keras==3.15.1 and tensorflow-cpu==2.21.0; no network (weights=None).
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
TARGET = os.path.join(os.path.dirname(HERE), "expected", "keras", "applications.json")

# The constructors of keras.applications the examples declare, in the examples' order.
MODELS = ("ResNet50", "MobileNetV2", "DenseNet121", "InceptionV3", "Xception", "VGG16", "MobileNet",
          "VGG19", "ResNet101", "ResNet152", "ResNet50V2", "ResNet101V2", "ResNet152V2",
          "DenseNet169", "DenseNet201", "NASNetMobile", "NASNetLarge", "InceptionResNetV2",
          "EfficientNetB0", "EfficientNetB1", "EfficientNetB2", "EfficientNetB3",
          "EfficientNetB4", "EfficientNetB5", "EfficientNetB6", "EfficientNetB7",
          "EfficientNetV2B0", "EfficientNetV2B1", "EfficientNetV2B2", "EfficientNetV2B3",
          "EfficientNetV2S", "EfficientNetV2M", "EfficientNetV2L",
          "ConvNeXtTiny", "ConvNeXtSmall", "ConvNeXtBase", "ConvNeXtLarge", "ConvNeXtXLarge",
          "MobileNetV3Small", "MobileNetV3Large")


def count(weights):
    return sum(math.prod(w.shape) for w in weights)


def build(keras, constructor):
    """One model in a fresh naming scope, with the layers in the order their constructors ran.

    The rows are the model's operations (model.operations, what its summary lists): its layers
    (model.layers) and the keras.ops operations applied to its tensors in the functional graph,
    such as ConvNeXt's residual `inputs + x` (a keras.src.ops.numpy.Add, named add, add_1, ...
    from the same counter as the layers). An operation's row says "operation": true; it has no
    weights.
    """
    from keras.src.layers.layer import Layer
    from keras.src.ops.operation import Operation

    keras.backend.clear_session()
    created = []
    original = Operation.__init__

    def recording(self, *args, **kwargs):
        original(self, *args, **kwargs)
        if not any(layer is self for layer in created):
            created.append(self)

    Operation.__init__ = recording
    try:
        # Weights with shapes but no values: the counts are all this records, and initializing
        # ConvNeXtXLarge's 350 million values would cost most of this script's time.
        with keras.StatelessScope(initialize_variables=False):
            model = getattr(keras.applications, constructor)(weights=None)
    finally:
        Operation.__init__ = original
    members = {id(layer) for layer in model.operations}
    order = [id(layer) for layer in created if id(layer) in members]
    layers = [
        {
            "name": layer.name,
            "class": type(layer).__name__,
            "outputShape": list(layer.output.shape),
            "params": layer.count_params() if isinstance(layer, Layer) else 0,
            "trainable": count(getattr(layer, "trainable_weights", [])),
            "nonTrainable": count(getattr(layer, "non_trainable_weights", [])),
            "created": order.index(id(layer)),
            **({} if isinstance(layer, Layer) else {"operation": True}),
        }
        for layer in model.operations
    ]
    return {
        "name": model.name,
        "keras": f"keras.applications.{constructor}(weights=None)",
        "totalParams": model.count_params(),
        "trainableParams": count(model.trainable_weights),
        "nonTrainableParams": count(model.non_trainable_weights),
        "layers": layers,
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
        print(f"the Keras applications oracle needs keras=={KERAS_VERSION}, "
              f"this is {keras.__version__}", file=sys.stderr)
        sys.exit(2)
    results = [build(keras, constructor) for constructor in MODELS]
    for r in results:
        print(f"keras-applications: {r['name']} {r['totalParams']} params "
              f"({r['nonTrainableParams']} non-trainable), {len(r['layers'])} layers")
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
            "committed expected/keras/applications.json", f"Keras {KERAS_VERSION}", n=0))
        print("expected/keras/applications.json is not what Keras gives: run "
              "`python keras/applications.py --write` in conformance/ and review the diff.")
        sys.exit(1)


if __name__ == "__main__":
    main()
