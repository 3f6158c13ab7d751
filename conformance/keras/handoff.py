#!/usr/bin/env python3
"""Runs the Python hand-off of docs/guide.md on the seed model, as a user would.

The guide's "Training it in Keras 3" section shows the lines that load a generated model's
KERAS_JSON in Keras 3 and train it. This script takes the ```python block of that section as it
is, writes the seed model's KERAS_JSON (MnistCnnModel, from the file the conformance suite writes)
to mnist_cnn.json in a fresh directory, runs the block there with x_train / y_train of random
data (64 images of 28x28x1, labels 0-9), and fails unless Keras built the seed model with its
93,322 parameters, the generated layer names, and one epoch of fit gave a finite loss.

Usage (from conformance/, with the Keras venv, see README.md):
    python keras/handoff.py target/keras-json/keras3-examples/MnistCnn.json
"""
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ["KERAS_BACKEND"] = "tensorflow"
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

import json  # noqa: E402
import math  # noqa: E402
import re  # noqa: E402
import tempfile  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(HERE, "..", "..", "docs", "guide.md")
SECTION = "### Training it in Keras 3"


def python_block():
    with open(GUIDE, encoding="utf-8") as f:
        text = f.read()
    start = text.find(SECTION)
    if start < 0:
        sys.exit(f"docs/guide.md has no section '{SECTION}'")
    match = re.search(r"```python\n(.*?)```", text[start:], re.S)
    if not match:
        sys.exit(f"the section '{SECTION}' of docs/guide.md has no ```python block")
    return match.group(1)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: handoff.py <the seed model's KERAS_JSON file>")
    with open(sys.argv[1], encoding="utf-8") as f:
        keras_json = f.read()
    import numpy as np

    block = python_block()
    workdir = tempfile.mkdtemp(prefix="shapecheck-handoff-")
    with open(os.path.join(workdir, "mnist_cnn.json"), "w", encoding="utf-8") as f:
        f.write(keras_json)
    rng = np.random.default_rng(0)
    scope = {
        "x_train": rng.random((64, 28, 28, 1), dtype="float32"),
        "y_train": rng.integers(0, 10, size=(64,)),
    }
    os.chdir(workdir)
    exec(compile(block, "docs/guide.md (" + SECTION + ")", "exec"), scope)  # noqa: S102

    model = scope.get("model")
    history = scope.get("history")
    if model is None or history is None:
        sys.exit("the guide's block must leave `model` and `history` (what fit returns)")
    names = [layer.name for layer in model.layers]
    wanted = [layer["config"]["name"] for layer in json.loads(keras_json)["config"]["layers"]
              if layer["class_name"] != "InputLayer"]
    loss = history.history["loss"][-1]
    problems = []
    if model.count_params() != 93322:
        problems.append(f"Keras counts {model.count_params()} parameters, not 93,322")
    if names != wanted:
        problems.append(f"layer names {names}, KERAS_JSON has {wanted}")
    if not math.isfinite(loss):
        problems.append(f"fit gave the loss {loss}")
    if problems:
        sys.exit("handoff: " + "; ".join(problems))
    import keras

    print(f"handoff: keras {keras.__version__} loaded the seed's KERAS_JSON with the guide's lines: "
          f"{len(names)} layers, {model.count_params():,} parameters, one epoch of fit, "
          f"loss {loss:.3f}")


if __name__ == "__main__":
    main()
