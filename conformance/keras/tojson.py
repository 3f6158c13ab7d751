#!/usr/bin/env python3
"""Keras 3's model.to_json() of every valid corpus model: what KERAS_JSON must be.

For every corpus model that is valid as Keras 3 judged it in expected/keras/ (keras/oracle.py;
but the kerasOpen ones, where ShapeCheck follows TensorFlow.js), this script builds the model with
Keras 3 as a user would declare it in Python, and records json.loads(model.to_json()) in
expected/keras-json/<corpus file>.json. Keras3JsonConformanceTest compares the engine's
kerasJson() (the generated KERAS_JSON) of the same model with it, as parsed JSON.

The model, as built here:
- sequential: keras.Sequential([keras.Input(shape, batch_size), layer, ...], name=name), in a
  fresh session (keras.backend.clear_session()), so the input is named input_layer;
- functional: keras.Input(shape, batch_size, name=...) per input, each layer called on its inbound
  tensors (one tensor, or a list for several), keras.Model(inputs, outputs, name=name) with the
  declared outputs (else every layer nothing declared after it consumes), one input or output
  given as itself, several as a list;
- a node's "inboundOutputs" (@From(output = k)) takes output k of the named layer, and a recurrent
  layer's inputs after its sequence are its initial_state (layer(x, initial_state=[h, c]));
- a wrapper's layer is named <wrapper name>_<to_snake_case(type)> (bi_lstm), as ShapeCheck names
  it; arguments are translated as oracle.py translates them.

Nothing in the recorded JSON is random: initializers, dropouts and GRU/LSTM are unseeded (seed
null), names are given or are a fresh session's, and Keras 3's to_json writes no version or
backend. So nothing is normalized or excluded: a difference anywhere is a difference.

Each recorded JSON is also checked here, for Keras itself: keras.models.model_from_json of it
must rebuild a model with the same layer names, output shapes and parameter counts, whose
to_json() is the same JSON again. A KERAS_JSON equal to the recorded JSON is therefore rebuilt by
Keras 3 into the model ShapeCheck checked, and written back by Keras unchanged.

Usage (from conformance/, with the venv the oracle profile makes, see README.md):
    python keras/tojson.py            rewrite expected/keras-json/<corpus file>.json
    python keras/tojson.py --check    regenerate in memory, fail with a diff if a file differs
    python keras/tojson.py --check functional-graphs.json   the same for the corpus files named
"""
import json
import os
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402  (sets up the environment before TensorFlow loads)

EXPECTED = os.path.join(oracle.CONFORMANCE, "expected", "keras-json")


def batch_size(node):
    batch = node.get("batchSize", -1)
    return None if batch is None or batch < 0 else batch


def shape(dims):
    return tuple(None if d < 0 else d for d in dims)


def sequential(keras, model):
    oracle.fresh_session(keras)
    inputs = keras.Input(shape=shape(model["input"]), batch_size=batch_size(model),
                         dtype=oracle.lookup.input_dtype(model))
    layers = [oracle.construct(layer, layer["name"]) for layer in model["layers"]]
    return keras.Sequential([inputs] + layers, name=model["name"])


def output_names(model):
    """The declared outputs, else every layer no member declared after it consumes."""
    if model.get("outputs"):
        return model["outputs"]
    declared, consumed = set(), set()
    for node in model["nodes"]:
        consumed.update(n for n in node.get("inbound", []) if n in declared)
        declared.add(node["name"])
    return [n["name"] for n in model["nodes"]
            if n["kind"] != "input" and n["name"] not in consumed]


def functional(keras, model):
    oracle.fresh_session(keras)
    tensors, inputs = {}, []
    for node in model["nodes"]:
        if node["kind"] == "input":
            tensors[node["name"]] = keras.Input(
                shape=shape(node["shape"]), batch_size=batch_size(node), name=node["name"],
                dtype=oracle.lookup.input_dtype(node))
            inputs.append(tensors[node["name"]])
            continue
        inbound = oracle.inbound_tensors(node, tensors)
        layer = oracle.construct(node, node["name"])
        if node["type"] in oracle.RECURRENT and len(inbound) > 1:
            tensors[node["name"]] = layer(inbound[0], initial_state=inbound[1:])
        elif oracle.positional(node["type"]):
            tensors[node["name"]] = layer(*inbound)
        else:
            tensors[node["name"]] = layer(inbound if len(inbound) > 1 else inbound[0])
    return functional_model(keras, model, inputs, tensors)


def functional_model(keras, model, inputs, tensors):
    """The functional model of these input tensors and node outputs (by name), as a user declares
    it: one input or output given as itself, several as a list."""
    outputs = [oracle.output0(tensors[n]) for n in output_names(model)]
    one = lambda xs: xs[0] if len(xs) == 1 else xs  # noqa: E731
    return keras.Model(inputs=one(inputs), outputs=one(outputs), name=model["name"])


def same(a, b):
    """JSON equality as the Java test has it: numbers by value, but true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(map(same, a, b))
    return a == b


def rows(model):
    return [(layer.name, str(shapes(layer.output)), layer.count_params()) for layer in model.layers]


def shapes(output):
    """A layer's output shape, or the list of them (a recurrent layer's return_state)."""
    return [t.shape for t in output] if isinstance(output, (list, tuple)) else output.shape


def record(keras, corpus_model):
    """The recorded entry of one model: Keras's to_json(), checked to rebuild into the model."""
    try:
        built = (functional(keras, corpus_model) if corpus_model.get("functional")
                 else sequential(keras, corpus_model))
    except Exception as e:  # noqa: BLE001 - Keras raises ValueError, TypeError, ...
        # The oracle judged the graph valid, Keras 3 does not build it: recorded, not compared.
        return {"name": corpus_model["name"], "notBuilt": oracle.first_line(e)}
    return recorded(keras, corpus_model["name"], built)


def recorded(keras, name, built):
    """The recorded entry of a model built: its to_json(), checked to rebuild into the model."""
    text = built.to_json()
    parsed = json.loads(text)
    expected_rows = rows(built)
    oracle.fresh_session(keras)
    try:
        with keras.saving.custom_object_scope(oracle.CUSTOM_OBJECTS):
            rebuilt = keras.models.model_from_json(text)
    except Exception as e:  # noqa: BLE001
        # Keras writes a config its own constructor rejects (RandomShear stores a factor f as
        # (-f, f) and takes only values in [0, 1]): recorded and compared, said not to load.
        while e.__cause__ or e.__context__:  # the constructor's own error, not the wrapper's
            e = e.__cause__ or e.__context__
        return {"name": name, "json": parsed, "notLoadable": oracle.first_line(e)}
    if rows(rebuilt) != expected_rows:
        raise SystemExit(f"{name}: model_from_json rebuilds {rows(rebuilt)}, not {expected_rows}")
    if not same(json.loads(rebuilt.to_json()), parsed) and not \
            oracle.lookup.only_vocabulary_sizes_differ(json.loads(rebuilt.to_json()), parsed, same):
        raise SystemExit(f"{name}: the model rebuilt from its to_json() writes another JSON")
    return {"name": name, "json": parsed}


def dumps(value):
    return json.dumps(value, separators=(",", ":"), sort_keys=False)


def render(results):
    """One model per entry and one layer per line: reviewable diffs, stable across runs."""
    entries = []
    for r in results:
        if "json" not in r:
            entries.append("  " + dumps(r))
            continue
        model = r["json"]
        layers = model["config"]["layers"]
        model["config"]["layers"] = "\0"
        entry = {"name": r["name"], "json": model}
        if "notLoadable" in r:
            entry["notLoadable"] = r["notLoadable"]
        head, tail = dumps(entry).split('"\\u0000"')
        model["config"]["layers"] = layers
        entries.append("  " + head + "[\n"
                       + ",\n".join("    " + dumps(layer) for layer in layers) + "\n  ]" + tail)
    return '{"keras":"' + oracle.KERAS_VERSION + '","models":[\n' + ",\n".join(entries) + "\n]}\n"


def valid_models(file):
    """The corpus models of one file that Keras 3 judged valid (expected/keras/), to record."""
    keras_file = os.path.join(oracle.EXPECTED, file)
    if not os.path.exists(keras_file):
        return []
    with open(os.path.join(oracle.CORPUS, file), encoding="utf-8") as f:
        corpus = json.load(f)
    with open(keras_file, encoding="utf-8") as f:
        judged = {r["name"]: r for r in json.load(f)["models"]}
    # "kerasOpen": ShapeCheck follows TensorFlow.js's verdict there, not Keras's (docs/conformance.md).
    return [m for m in corpus if m["name"] in judged and judged[m["name"]]["valid"]
            and "kerasOpen" not in m]


def main():
    check, only = oracle.mode()
    keras = oracle.import_keras()
    if keras.__version__ != oracle.KERAS_VERSION:
        print(f"tojson.py needs keras=={oracle.KERAS_VERSION}, this is {keras.__version__}",
              file=sys.stderr)
        sys.exit(2)
    warnings.simplefilter("ignore")
    started = time.time()
    models = not_built = not_loadable = 0
    differing = []
    for file in sorted(f for f in os.listdir(oracle.CORPUS) if f.endswith(".json")):
        if only and file not in only:
            continue
        judged = valid_models(file)
        if not judged:
            continue
        results = [record(keras, model) for model in judged]
        models += len(results)
        not_built += sum("json" not in r for r in results)
        not_loadable += sum("notLoadable" in r for r in results)
        target = os.path.join(EXPECTED, file)
        if oracle.settle(check, target, render(results), f"expected/keras-json/{file}"):
            differing.append(file)
    print(f"keras-json: {models} valid models, {models - not_built} to_json() recorded and rebuilt"
          f" by model_from_json unchanged but {not_loadable} Keras cannot load,"
          f" {not_built} not built by Keras 3,"
          f" {len(differing)} differing files"
          + (f" ({', '.join(differing)})" if differing else "")
          + f" ({time.time() - started:.0f} s)")
    if differing:
        print("The committed expected/keras-json files are not what Keras gives: run "
              "`python keras/tojson.py --write` in conformance/ and review the diff.")
        sys.exit(1)


if __name__ == "__main__":
    main()
