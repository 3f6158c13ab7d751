#!/usr/bin/env python3
"""Loads every example's generated KERAS_JSON with Keras 3's keras.models.model_from_json.

KerasJsonFiles (a test class the oracle profile runs first) writes, per example of the examples
module, target/keras-json/keras3-examples/<Model>.json (the generated KERAS_JSON) and
<Model>.summary.json (the generated SUMMARY: per layer, in Keras's model.layers order, its name,
output shape and trainable / non-trainable counts). For each example this script checks that
Keras 3 builds the model from the JSON, that every layer's name, output shape and counts are the
summary's, and that the model's own to_json() is the JSON it was built from (as parsed JSON,
numbers by value). Any example that fails fails the check, with the reason.

Usage (from conformance/, after KerasJsonFiles wrote the files; see README.md):
    python keras/examples.py --check
"""
import json
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402  (sets up the environment before TensorFlow loads)
import tojson  # noqa: E402

FILES = os.path.join(oracle.CONFORMANCE, "target", "keras-json", "keras3-examples")


def weights(keras_weights):
    return oracle.weight_count(keras_weights)


def first_difference(path, expected, actual):
    """Where two parsed JSON values differ first (numbers by value, true is not 1), or None."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            if key not in actual:
                return f"{path}.{key}: missing"
            if key not in expected:
                return f"{path}.{key}: not expected"
            found = first_difference(f"{path}.{key}", expected[key], actual[key])
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        for i, (e, a) in enumerate(zip(expected, actual)):
            found = first_difference(f"{path}[{i}]", e, a)
            if found:
                return found
        return None if len(expected) == len(actual) else f"{path}: {len(actual)} items, not {len(expected)}"
    return None if tojson.same(expected, actual) else f"{path}: {json.dumps(actual)[:120]}, not {json.dumps(expected)[:120]}"


def root_cause(error):
    """The error Keras's deserialization wrapped (in turn, per nesting level), not the wrapper."""
    while error.__cause__ or error.__context__:
        error = error.__cause__ or error.__context__
    return error


def check(keras, name):
    """None if Keras loads the example as generated, else why not."""
    with open(os.path.join(FILES, name + ".json"), encoding="ascii") as f:
        text = f.read()
    with open(os.path.join(FILES, name + ".summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    keras.backend.clear_session()
    # A @Custom layer's Python class is the user's: a stand-in builds the summary's shape and counts.
    oracle.register_custom_layers(keras, text, {
        row["name"]: (row["outputShape"][1:], row["trainable"], row["nonTrainable"])
        for row in summary["layers"]})
    try:
        # Weights with shapes but no values (the counts are all this compares): initializing the
        # larger Keras Applications' would cost most of this script's time.
        with keras.StatelessScope(initialize_variables=False):
            model = keras.models.model_from_json(text)
    except Exception as e:  # noqa: BLE001 - Keras raises ValueError, TypeError, ...
        return "model_from_json: " + oracle.first_line(root_cause(e))
    # A layer with several outputs (return_state): the summary's outputShape is output 0's.
    # A functional model's operations: the layers and the keras.ops operations (@ScalarOp), as
    # the summary lists them. A Sequential has no operations attribute: its layers.
    members = model.operations if hasattr(model, "operations") else model.layers
    got = [{"name": layer.name, "outputShape": oracle.shape_list(oracle.output0(layer.output).shape),
            "trainable": weights(getattr(layer, "trainable_weights", [])),
            "nonTrainable": weights(getattr(layer, "non_trainable_weights", []))}
           for layer in members]
    if model.name != summary["name"]:
        return f"the model is named {model.name}, not {summary['name']}"
    if len(got) != len(summary["layers"]):
        return f"{len(got)} layers, not the summary's {len(summary['layers'])}"
    for row, expected in zip(got, summary["layers"]):
        if row != expected:
            return f"layer {expected['name']}: Keras builds {row}, the summary has {expected}"
    difference = first_difference("$", json.loads(text), json.loads(model.to_json()))
    if difference:
        return "the rebuilt model's to_json() differs from KERAS_JSON at " + difference
    return None


def main():
    if sys.argv[1:] not in ([], ["--check"], ["--write"]):
        print(f"{' '.join(sys.argv[1:])}: the mode is --check (--write checks too: "
              "nothing is written)", file=sys.stderr)
        sys.exit(2)
    if not os.path.isdir(FILES):
        print(f"{FILES} is missing: KerasJsonFiles writes it (mvn -Poracle verify runs both)",
              file=sys.stderr)
        sys.exit(2)
    keras = oracle.import_keras()
    warnings.simplefilter("ignore")
    names = sorted(f[:-len(".json")] for f in os.listdir(FILES)
                   if f.endswith(".json") and not f.endswith(".summary.json"))
    failures = []
    for name in names:
        why = check(keras, name)
        if why is None:
            print(f"examples: {name}: loaded by Keras 3, layers and to_json() as generated")
        else:
            failures.append(name)
            print(f"examples: {name}: FAILED: {why}")
    print(f"examples: {len(names)} examples, {len(names) - len(failures)} loaded by Keras 3 as"
          f" generated, {len(failures)} failed" + (f" ({', '.join(failures)})" if failures else ""))
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
