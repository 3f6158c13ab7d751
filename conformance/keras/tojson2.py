#!/usr/bin/env python3
"""tf.keras 2's model.to_json() of every valid corpus model: what KERAS2_JSON must be.

tf.keras 2 lives on as the tf_keras package (2.21.0, the version TensorFlow 2.21 pairs with). For
every corpus model that Keras 3 judged valid (the models tojson.py records), this script builds the
model with tf_keras as a tf.keras 2 user would declare it, and records json.loads(model.to_json())
in expected/keras2-json/<corpus file>.json, one layer per line. Keras2JsonConformanceTest compares
the engine's KERAS2_JSON of the same model with it, as parsed JSON.

The model, as built here:
- sequential: tf_keras.Sequential([layer, ...], name=name), the first layer given
  batch_input_shape (the input shape with the batch size, or None), in a fresh session: tf.keras 2
  then names the input <first layer>_input and repeats batch_input_shape on the first layer;
- functional: tf_keras.Input(shape, batch_size, name=...) per input, each layer called on its
  inbound tensors, tf_keras.Model(inputs, outputs, name=name), as tojson.py builds them;
- arguments are translated as oracle.py translates them for Keras 3, but for the names tf.keras 2
  gives them differently (LeakyReLU's negative_slope is its alpha).

Models tf.keras 2 does not build (a layer kind it lacks, an argument it does not take) are listed
as {"name", "notBuilt": <first line of its error>}, as are models with a @Lambda or @Custom layer,
whose KERAS2_JSON has no loadable form (class "Custom"). Nothing recorded is random: initializers
and dropouts are unseeded and names are given or a fresh session's.

tf_keras is not on the package index the oracle venv is made from, so CI has no tf_keras: without
it this script says so and exits 0 (the committed files stay as they are). Run it where tf_keras
imports, e.g. PYTHONPATH=<dir holding tf_keras> python keras/tojson2.py --write.

Usage (from conformance/):
    python keras/tojson2.py            rewrite expected/keras2-json/<corpus file>.json
    python keras/tojson2.py --check    regenerate in memory, fail with a diff if a file differs
    python keras/tojson2.py --check core.json   the same for the corpus files named
"""
import json
import os
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402  (sets up the environment before TensorFlow loads)
import tojson  # noqa: E402

TF_KERAS_VERSION = "2.21.0"
EXPECTED = os.path.join(oracle.CONFORMANCE, "expected", "keras2-json")
# Keras 3 argument names tf.keras 2 spells otherwise, by layer type.
RENAMED = {("LeakyReLU", "negative_slope"): "alpha"}
NO_FORM = {"Lambda", "Custom"}


def import_tf_keras():
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        import tensorflow as tf
        try:
            import tf_keras
        except ImportError:
            return None
    finally:
        os.dup2(saved, 2)
        os.close(devnull)
        os.close(saved)
    tf.get_logger().setLevel("ERROR")
    return tf_keras


def snake_case(name):
    """tf.keras 2's generic_utils.to_snake_case, as ShapeCheck names a wrapped layer."""
    from tf_keras.utils.generic_utils import to_snake_case
    return to_snake_case(name)


def kwargs_of(layer):
    kwargs = {}
    for key, value in oracle.keras_kwargs(layer).items():
        kwargs[RENAMED.get((layer["type"], key), key)] = value
    return kwargs


def construct(k2, layer, name, **extra):
    if "model" in layer:
        # A nested model (@Apply of a @Sequential): tf_keras.Sequential(layers, name=...), with its
        # Input when it declares one; a first layer's batch_input_shape goes to its first layer.
        model = layer["model"]
        members = [construct(k2, inner, inner["name"], **(extra if i == 0 else {}))
                   for i, inner in enumerate(model["layers"])]
        if "input" in model:
            members.insert(0, k2.Input(shape=tojson.shape(model["input"])))
        return k2.Sequential(members, name=name)
    kwargs = kwargs_of(layer)
    kwargs.update(extra)
    if isinstance(layer.get("wrapped"), list):  # an RNN's stacked cells (wt-rnn)
        kwargs["cell"] = [construct(k2, inner, name + "_" + snake_case(inner["type"]))
                          for inner in layer["wrapped"]]
    elif "wrapped" in layer:
        inner = layer["wrapped"]
        key = "cell" if layer["type"] == "RNN" else "layer"  # RNN(cell) (wt-rnn)
        kwargs[key] = construct(k2, inner, name + "_" + snake_case(inner["type"]))
    return getattr(k2.layers, layer["type"])(name=name, **kwargs)


def sequential(k2, model):
    k2.backend.clear_session()
    batch_shape = (tojson.batch_size(model),) + tojson.shape(model["input"])
    layers = [construct(k2, layer, layer["name"], **({"batch_input_shape": batch_shape} if i == 0
                                                     else {}))
              for i, layer in enumerate(model["layers"])]
    return k2.Sequential(layers, name=model["name"])


def functional(k2, model):
    k2.backend.clear_session()
    tensors, inputs = {}, []
    for node in model["nodes"]:
        if node["kind"] == "input":
            tensors[node["name"]] = k2.Input(shape=tojson.shape(node["shape"]),
                                             batch_size=tojson.batch_size(node), name=node["name"])
            inputs.append(tensors[node["name"]])
            continue
        inbound = [tensors[n] for n in node["inbound"]]
        tensors[node["name"]] = construct(k2, node, node["name"])(
            inbound if len(inbound) > 1 else inbound[0])
    outputs = [tensors[n] for n in tojson.output_names(model)]
    one = lambda xs: xs[0] if len(xs) == 1 else xs  # noqa: E731
    return k2.Model(inputs=one(inputs), outputs=one(outputs), name=model["name"])


def types(model):
    found = set()
    for layer in model.get("layers") or model.get("nodes") or []:
        pending = [layer]
        while pending:
            layer = pending.pop()
            if isinstance(layer, list):  # an RNN's stacked cells (wt-rnn)
                pending.extend(layer)
            elif layer:
                found.add(layer.get("type"))
                pending.append(layer.get("wrapped"))
    return found


def record(k2, model):
    name = model["name"]
    if types(model) & NO_FORM:
        return {"name": name, "notBuilt": "a @Lambda or @Custom layer: KERAS2_JSON has no form"}
    if oracle.lookup.input_dtype(model):  # keras/lookup.py: @Sequential(inputDtype) not FLOAT
        return {"name": name, "notBuilt": "a typed input (inputDtype): tf.keras 2 takes one only"
                " as an explicit InputLayer, not as the first layer's batch_input_shape"}
    if any(oracle.lookup.input_dtype(node) for node in model.get("nodes") or []
           if node.get("kind") == "input"):  # @Input(dtype) not FLOAT
        return {"name": name, "notBuilt": "a typed functional input (@Input(dtype)): KERAS2_JSON"
                " writes its InputLayer with the model's float dtype (not yet tf.keras 2's form)"}
    try:
        built = functional(k2, model) if model.get("functional") else sequential(k2, model)
        text = built.to_json()
    except Exception as e:  # noqa: BLE001 - tf.keras raises ValueError, TypeError, ...
        return {"name": name, "notBuilt": oracle.first_line(e)}
    return {"name": name, "json": json.loads(text)}


def render(results):
    return tojson.render(results).replace('{"keras":"' + oracle.KERAS_VERSION + '"',
                                          '{"tf_keras":"' + TF_KERAS_VERSION + '"', 1)


def main():
    check, only = oracle.mode()
    k2 = import_tf_keras()
    if k2 is None:
        print("keras2-json: skipped, tf_keras is not installed (the committed expected/keras2-json"
              " files stand; see keras/tojson2.py)")
        return
    if k2.__version__ != TF_KERAS_VERSION:
        print(f"tojson2.py needs tf_keras=={TF_KERAS_VERSION}, this is {k2.__version__}",
              file=sys.stderr)
        sys.exit(2)
    warnings.simplefilter("ignore")
    started = time.time()
    models = not_built = 0
    differing = []
    for file in sorted(f for f in os.listdir(oracle.CORPUS) if f.endswith(".json")):
        if only and file not in only:
            continue
        judged = tojson.valid_models(file)
        if not judged:
            continue
        results = [record(k2, model) for model in judged]
        models += len(results)
        not_built += sum("json" not in r for r in results)
        if oracle.settle(check, os.path.join(EXPECTED, file), render(results),
                         f"expected/keras2-json/{file}"):
            differing.append(file)
    print(f"keras2-json: {models} valid models, {models - not_built} to_json() recorded by"
          f" tf_keras {TF_KERAS_VERSION}, {not_built} not built by tf.keras 2,"
          f" {len(differing)} differing files"
          + (f" ({', '.join(differing)})" if differing else "")
          + f" ({time.time() - started:.0f} s)")
    if differing:
        print("The committed expected/keras2-json files are not what tf.keras 2 gives: run "
              "`python keras/tojson2.py --write` in conformance/ and review the diff.")
        sys.exit(1)


if __name__ == "__main__":
    main()
