#!/usr/bin/env python3
"""Keras 3's own model.summary() text, the reference for ShapeCheck's SummaryStyle.KERAS3.

Builds models with Keras 3 and records, byte for byte, the text model.summary(print_fn=...) hands
print_fn (one call: every line ends in "\n", the last one too) on terminals of several widths,
under expected/keras/summaries/. Keras3SummaryTest (conformance) holds ModelSummary's
toString(KERAS3) and toString(KERAS3, columns) to it.

What Keras prints depends on the terminal even when print_fn captures it: print_summary makes its
table min(88, columns - 4) wide (108 with "Connected to"), columns being
shutil.get_terminal_size()'s, and rich's Console wraps the title and the totals at its own idea
of the width. Both read the COLUMNS variable first, so COLUMNS=<n> here prints exactly what a
terminal of n columns shows (--pty checks it against a pseudo-terminal of that size). Where no
terminal is attached and COLUMNS is unset (CI, a pipe, a log file), both fall back to 80.
Recorded for each model, as <model>.<width>.txt:
    full   a terminal wider than any line (FULL_COLUMNS, checked): Keras's full table and
           nothing wrapped outside it; what toString(KERAS3) prints
    120    a terminal of 120 columns: toString(KERAS3, 120)
    80     a terminal of 80 columns, or none: toString(KERAS3, 80)
and, in sweep/<model>.txt, two small models at every width from 16 to 64 columns, each text under
a "#### COLUMNS=<n>" line, or that line with Keras's ValueError where it prints nothing.

The models:
    corpus/<file>/<name>   the corpus models named in SELECTED, as text, each chosen for what it
                           exercises; every other corpus model Keras builds (the sequential ones
                           keras/oracle.py judges valid, the functional graphs that build) by the
                           SHA-256 of each text, in corpus.sha256 (sha256sum's format; --print
                           shows one). Sequential models are built as keras/oracle.py builds them,
                           functional ones one layer call per node in declaration order.
    summaries/<key>        keras/summary-models.json: corpus-format models made for the summary
                           (long titles, terabytes of weights, crowded "Connected to" cells, the
                           two sweep models)
    examples/<Interface>   every model of examples/ (as text those of EXAMPLES_AS_TEXT, the others
                           by the SHA-256 of each text, in examples.sha256), from the KERAS_JSON its generated class
                           holds, written to target/keras3-summaries/examples/ by the test class
                           Keras3SummaryExamples, which the oracle profile runs first. Keras 3
                           forbids "/" in a name, which ShapeCheck's block layers have: it is "_"
                           here, and the test replaces it the same way.
Every model is built inside keras.StatelessScope(initialize_variables=False): its weights have
shapes and dtypes (all the summary counts) but no values, so terabytes of weights cost nothing.

Usage (from conformance/, with the venv of README.md):
    python keras/summaries.py              rewrite expected/keras/summaries/ (same as --write)
    python keras/summaries.py --check      regenerate in memory, fail with a diff if a file differs
    python keras/summaries.py --print P    print Keras's text of one file P (e.g. a corpus.sha256
                                           line's corpus/random/random_001_mlp.80.txt)
    python keras/summaries.py --pty        check that COLUMNS=<n> prints what a pseudo-terminal of
                                           n columns without COLUMNS prints, and exit

Needs keras==3.15.1, tensorflow-cpu==2.21.0 and rich==15.0.0 (requirements.txt): rich lays out
the table, so its version is pinned and checked as Keras's is.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# oracle.py sets up the environment (hash seed, TensorFlow backend, quiet TensorFlow) on import
# and translates corpus layers to Keras constructor arguments: one translation for both scripts.
import oracle  # noqa: E402

import difflib  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402

RICH_VERSION = "15.0.0"
CONFORMANCE = oracle.CONFORMANCE
TARGET = os.path.join(CONFORMANCE, "expected", "keras", "summaries")
SUMMARY_MODELS = os.path.join(HERE, "summary-models.json")
EXAMPLES = os.path.join(CONFORMANCE, "target", "keras3-summaries", "examples")

# A terminal wider than any line of any summary here: the "full" text (checked: no line reaches it).
FULL_COLUMNS = 1000
WIDTHS = (("full", FULL_COLUMNS), ("120", 120), ("80", 80))
# Small models printed at every width from below the narrowest Keras accepts (20 columns; 23 with
# "Connected to", which it refuses at 24) to 64: rich's arithmetic leaves cells of 0 and 1
# characters there, and Keras's integer fractions change at every width.
SWEEP = ("summaries/sweep_sequential", "summaries/sweep_connected")
SWEEP_COLUMNS = range(16, 65)
SWEEP_HEADER = "#### COLUMNS="

# The corpus models recorded, each for what it exercises in the summary. Sequential ones are the
# corpus's own (Keras 3 judges them valid in expected/keras/); functional ones are built here.
SELECTED = {
    "foundation": [
        "seed_mnist_cnn",  # the seed, built from the corpus rather than its Keras JSON
        "vgg16",  # 138 million parameters: MB
        "mlp",
        "conv_batch_size",  # a fixed batch dimension
        "conv_unknown_spatial",  # None in the shapes
    ],
    "core": [
        "core_permute_ten_axes",  # the longest shape, wrapped
        "core_gaussian_dropout",
    ],
    "convolution": [
        "conv3d_video_stack",
        "conv3dt_output_padding",  # a long type name: Conv3DTranspose
    ],
    "normalization": [
        "bn_cnn",  # non-trainable parameters
        "bn_large_channels",
        "gn_unknown_spatial",
    ],
    "recurrent": [
        "embedding_then_lstm_classifier",  # 1.3 million parameters
        "time_distributed_bidirectional_lstm",  # wrappers
        "bidirectional_simple_rnn",
        "embedding_fixed_batch",
    ],
    "shaping": [
        "shaping_unknown_spatial_stack",
        "gap2d_unknown_spatial_keepdims_channels_first",  # a long name
    ],
    "random": [
        "random_175_cnn1d",  # long layer names, 13 layers, non-trainable parameters
        "random_060_cnn2d",
        "random_162_cnn2d",
        "random_283_cnn1d",
    ],
    "functional-graphs": [
        "residual_add",
        "residual_projection",
        "inception_concat",
        "squeeze_excite_keepdims",
        "squeeze_excite_reshape",
        "two_inputs",
        "two_outputs",
        "declared_outputs",
        "dot_of_two_encodings",
        "average_maximum_minimum",
        "concat_unknown_length",
        "merge_fixed_batch",
        "siamese_towers_subtract",
        "dense_net_style_concat",
    ],
    "functional-random": [
        "graph_060_residual",  # the largest graphs
        "graph_000_residual",
        "graph_025_inception",
        "graph_039_multiInput",
        "graph_021_multiInput",
    ],
    "functional-render": [
        "render_long_names",
        "render_text_wrappers",
        "render_unknown_length",
        "render_batch_inputs",
        "render_outputs_reordered",
        "render_chain_two_outputs",
        "render_shaping_graph",
        "render_three_way",
        "render_unused_input",
    ],
}
# Every other corpus model Keras 3 builds (the sequential ones it judges valid in expected/keras/,
# the functional ones it builds here) is recorded by the SHA-256 of each of its texts, in
# sha256sum's format: all of the corpus is compared, and the texts kept are the ones worth reading.
HASHED = "corpus.sha256"
# The examples recorded as text; every other example (the Keras Applications added since, of up to
# 1,041 rows and megabytes of text each) by the SHA-256 of each text, in examples.sha256.
EXAMPLES_AS_TEXT = {"ConstrainedMnistCnn", "DenseNet121", "ImdbBidirectionalLstm", "InceptionV3",
                    "LstmSeq2Seq", "MnistCnn", "MobileNetV1", "MobileNetV2", "ResNet50",
                    "ResidualBlock", "Vgg16", "Xception"}
EXAMPLES_HASHED = "examples.sha256"


def import_keras():
    keras = oracle.import_keras()
    import rich

    version = getattr(rich, "__version__", None)
    if version is None:
        from importlib.metadata import version as installed

        version = installed("rich")
    if keras.__version__ != oracle.KERAS_VERSION or version != RICH_VERSION:
        print(f"the summary oracle needs keras=={oracle.KERAS_VERSION} and rich=={RICH_VERSION}, "
              f"this is keras {keras.__version__}, rich {version}", file=sys.stderr)
        sys.exit(2)
    return keras


def sequential(keras, model):
    """A sequential corpus model, as keras/oracle.py builds it."""
    batch = model.get("batchSize", -1)
    shape = tuple(None if d < 0 else d for d in model["input"])
    inputs = keras.Input(shape=shape, batch_size=None if batch < 0 else batch,
                         dtype=oracle.lookup.input_dtype(model))
    layers = [oracle.construct(layer, layer["name"]) for layer in model["layers"]]
    return keras.Sequential([inputs] + layers, name=model["name"])


def functional(keras, model):
    """A functional corpus model: every node called on its inbound tensors in declaration order;
    the inputs in declaration order; the declared outputs, else the layers nothing consumes."""
    tensors = {}
    inputs = []
    for node in model["nodes"]:
        if node["kind"] == "input":
            batch = node.get("batchSize", -1)
            tensor = keras.Input(shape=tuple(None if d < 0 else d for d in node["shape"]),
                                 batch_size=None if batch < 0 else batch, name=node["name"],
                                 dtype=oracle.lookup.input_dtype(node))
            inputs.append(tensor)
        else:
            inbound = oracle.inbound_tensors(node, tensors)
            layer = oracle.construct(node, node["name"])
            if node["type"] in oracle.RECURRENT and len(inbound) > 1:
                tensor = layer(inbound[0], initial_state=inbound[1:])
            elif oracle.positional(node["type"]):
                tensor = layer(*inbound)
            else:
                tensor = layer(inbound if len(inbound) > 1 else inbound[0])
        tensors[node["name"]] = tensor
    consumed = {name for node in model["nodes"] for name in node.get("inbound", [])}
    outputs = model.get("outputs") or [n["name"] for n in model["nodes"]
                                       if n["kind"] != "input" and n["name"] not in consumed]
    return keras.Model(inputs, [oracle.output0(tensors[name]) for name in outputs],
                       name=model["name"])


def from_corpus(keras, model):
    return functional(keras, model) if model.get("functional") else sequential(keras, model)


def keras_name(name):
    """Keras 3 rejects "/" in a name; ShapeCheck's block layers are named "block/layer"."""
    return name.replace("/", "_")


def from_keras_json(keras, text, custom=None):
    """A model from the Keras JSON ShapeCheck writes. The tf.keras 2 form (what KERAS_JSON holds
    now) is built layer by layer, as Keras 3's loader does not read it; a Keras 3 form is loaded."""
    spec = json.loads(text)
    if not spec.get("keras_version", "").startswith("2."):
        oracle.register_custom_layers(keras, text, custom or {})
        return keras.models.model_from_json(text)

    def layer(entry):
        config = dict(entry["config"], name=keras_name(entry["config"]["name"]))
        config.pop("batch_input_shape", None)  # tf.keras 2's input on the first layer
        if "layer" in config:  # a wrapper's layer: the same form
            config["layer"] = dict(config["layer"], module="keras.layers")
        return keras.layers.deserialize(
            {"class_name": entry["class_name"], "config": config, "module": "keras.layers"})

    def input_layer(entry):
        config = entry["config"]
        return keras.Input(batch_shape=tuple(config["batch_input_shape"]),
                           dtype=config.get("dtype"), name=keras_name(config["name"]))

    config = spec["config"]
    if spec["class_name"] == "Sequential":
        return keras.Sequential(
            [input_layer(e) if e["class_name"] == "InputLayer" else layer(e)
             for e in config["layers"]],
            name=config["name"])
    tensors = {}
    for entry in config["layers"]:
        if entry["class_name"] == "InputLayer":
            tensors[entry["name"]] = input_layer(entry)
            continue
        (node,) = entry["inbound_nodes"]  # ShapeCheck calls every layer once
        inbound = [oracle.output_k(tensors[name], k) for name, _, k, _ in node]
        tensors[entry["name"]] = layer(entry)(inbound if len(inbound) > 1 else inbound[0])
    return keras.Model([tensors[name] for name, _, _ in config["input_layers"]],
                       [tensors[name] for name, _, _ in config["output_layers"]],
                       name=config["name"])


def capture(model, columns):
    """What model.summary hands print_fn on a terminal of `columns` columns."""
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    printed = []
    try:
        model.summary(print_fn=printed.append)
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    if len(printed) != 1 or not printed[0].endswith("\n"):
        raise SystemExit(f"{model.name}: print_fn got {printed!r}")
    return printed[0]


def models(keras):
    """(key, builder, recorded as text) for every model recorded."""
    built = []
    for stem in sorted(f[:-5] for f in os.listdir(oracle.CORPUS) if f.endswith(".json")):
        with open(os.path.join(oracle.CORPUS, stem + ".json"), encoding="utf-8") as f:
            corpus = json.load(f)
        selected = SELECTED.get(stem, [])
        unknown = set(selected) - {m["name"] for m in corpus}
        if unknown:
            raise SystemExit(f"corpus/{stem}.json has no model {sorted(unknown)}")
        valid = keras_valid(stem)
        for model in corpus:
            # "kerasOpen": a difference from Keras 3 not settled (docs/conformance.md), where
            # ShapeCheck follows TensorFlow.js's verdict: no Keras summary to hold it to.
            # A functional model Keras builds but cannot run (an attention layer's scores, an
            # initial_state mismatch) is invalid: no summary, as for a sequential one.
            if "kerasOpen" not in model and (
                    (model.get("functional") and valid.get(model["name"], True))
                    or valid.get(model["name"])):
                built.append((f"corpus/{stem}/{model['name']}",
                              lambda m=model: from_corpus(keras, m), model["name"] in selected))
            elif model["name"] in selected:
                raise SystemExit(f"corpus/{stem}/{model['name']} is selected, but not a sequential "
                                 "model Keras judges valid (expected/keras/)")
    return built + other_models(keras)


def other_models(keras):
    """(key, builder, recorded as text) for the models recorded that are not corpus models: those
    of summary-models.json, and the examples."""
    built = []
    with open(SUMMARY_MODELS, encoding="utf-8") as f:
        for key, model in json.load(f).items():
            built.append((f"summaries/{key}", lambda m=model: from_corpus(keras, m), True))
    if not os.path.isdir(EXAMPLES):
        raise SystemExit(f"{EXAMPLES} is missing: the oracle profile writes it (the test class "
                         "Keras3SummaryExamples) before it runs this script")
    for file in sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".json")):
        with open(os.path.join(EXAMPLES, file), encoding="utf-8") as f:
            text = f.read()
        custom = {}
        sidecar = os.path.join(EXAMPLES, "custom", file)
        if os.path.exists(sidecar):  # the stated shapes and counts of its @Custom layers
            with open(sidecar, encoding="utf-8") as f:
                custom = json.load(f)
        built.append((f"examples/{file[:-5]}",
                      lambda t=text, c=custom: from_keras_json(keras, t, c),
                      file[:-5] in EXAMPLES_AS_TEXT))
    return built


def keras_valid(stem):
    """{name: valid} of the sequential models of corpus/<stem>.json, as keras/oracle.py judged."""
    path = os.path.join(CONFORMANCE, "expected", "keras", stem + ".json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return {r["name"]: r["valid"] for r in json.load(f)["models"]}


def summaries(keras):
    """{relative file path: text}: every file of expected/keras/summaries/."""
    entries = []
    built = set()
    # No keras.backend.clear_session() between models: every name that shows is given, and it
    # costs a quarter of a second a model.
    for key, build, as_text in models(keras):
        with keras.StatelessScope(initialize_variables=False):
            try:
                model = build()
            except Exception:  # noqa: BLE001 - a functional graph Keras rejects
                if not key.startswith("corpus/functional-") or as_text:
                    raise
                continue
            entries += model_entries(key, model, as_text)
        built.add(key)
    return assemble(entries, built)


def model_entries(key, model, as_text):
    """What one model adds to expected/keras/summaries/: ("text", path, text) for a file,
    ("hash", path, text) for a corpus.sha256 line, ("example", path, text) for an examples.sha256
    line, with the key's sweep file when it is a sweep model."""
    entries = []
    for width, columns in WIDTHS:
        text = capture(model, columns)
        if columns == FULL_COLUMNS and max(map(len, text.split("\n"))) >= columns:
            raise SystemExit(f"{key}: a line reaches {columns} columns; widen FULL_COLUMNS")
        kind = "text" if as_text else "example" if key.startswith("examples/") else "hash"
        entries.append((kind, f"{key}.{width}.txt", text))
    if key in SWEEP:
        sweep = []
        for columns in SWEEP_COLUMNS:
            try:
                sweep.append(f"{SWEEP_HEADER}{columns}\n{capture(model, columns)}")
            except ValueError as e:  # "Insufficient console width to print summary."
                sweep.append(f"{SWEEP_HEADER}{columns}: ValueError: {e}\n")
        entries.append(("text", f"sweep/{key.split('/')[-1]}.txt", "".join(sweep)))
    return entries


def assemble(entries, built):
    """{relative file path: text} of the entries of every model (model_entries); built: the keys
    of the models built, which must include the sweep models."""
    missing = [key for key in SWEEP if key not in built]
    if missing:
        raise SystemExit(f"the sweep models {missing} are not built")
    files = {}
    hashes = {"hash": [], "example": []}
    for kind, path, text in entries:
        if kind == "text":
            files[path] = text
        else:
            hashes[kind].append(f"{hashlib.sha256(text.encode()).hexdigest()}  {path}\n")
    by_path = lambda line: line.split("  ")[1]  # noqa: E731
    files[HASHED] = "".join(sorted(hashes["hash"], key=by_path))
    files[EXAMPLES_HASHED] = "".join(sorted(hashes["example"], key=by_path))
    return files


def print_one(keras, path):
    """--print <path>: the text behind one file or sha256 line, for a diff with ShapeCheck's."""
    key, width = path.rsplit(".", 2)[0], path.rsplit(".", 2)[1]
    for candidate, build, _ in models(keras):
        if candidate == key:
            with keras.StatelessScope(initialize_variables=False):
                sys.stdout.write(capture(build(), dict(WIDTHS)[width]))
            return
    raise SystemExit(f"no model {key}")


def committed():
    """{relative file path: text} of the files now under expected/keras/summaries/."""
    files = {}
    for root, _, names in os.walk(TARGET):
        for name in names:
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", newline="") as f:
                files[os.path.relpath(path, TARGET).replace(os.sep, "/")] = f.read()
    return files


def pty_check(keras):
    """That COLUMNS=<n> is a terminal of n columns: the summary printed with print_fn in a process
    whose standard streams are a pseudo-terminal n columns wide, COLUMNS unset, against capture()."""
    import fcntl
    import pty
    import select
    import struct
    import termios

    with open(SUMMARY_MODELS, encoding="utf-8") as f:
        chosen = json.load(f)
    child = ("import os, sys; sys.path.insert(0, {here!r}); import summaries as s;"
             "k = s.import_keras(); m = s.from_corpus(k, {model!r}); p = [];"
             "m.summary(print_fn=p.append); os.write(3, p[0].encode())")
    failures = 0
    for key in ("sweep_sequential", "crowded_connections", "long_title_with_spaces"):
        for columns in (30, 80, 100, 120, 200):
            read, write = os.pipe()
            pid, fd = pty.fork()
            if pid == 0:  # the child's standard streams are the terminal
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
                os.dup2(write, 3)
                env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
                env["PYTHONHASHSEED"] = "0"
                script = child.format(here=HERE, model=chosen[key])
                os.execve(sys.executable, [sys.executable, "-c", script], env)
            os.close(write)
            printed = []
            open_fds = [read, fd]
            while open_fds:  # drain the terminal too, or a chatty TensorFlow blocks the child
                for ready in select.select(open_fds, [], [])[0]:
                    try:
                        chunk = os.read(ready, 65536)
                    except OSError:
                        chunk = b""
                    if not chunk:
                        open_fds.remove(ready)
                    elif ready == read:
                        printed.append(chunk)
            os.waitpid(pid, 0)
            os.close(read)
            os.close(fd)
            with keras.StatelessScope(initialize_variables=False):
                captured = capture(from_corpus(keras, chosen[key]), columns)
            same = b"".join(printed).decode() == captured
            failures += not same
            print(f"{key} on a terminal of {columns} columns: "
                  f"{'the same as' if same else 'NOT the same as'} COLUMNS={columns}")
    sys.exit(1 if failures else 0)


def main():
    if sys.argv[1:] == ["--pty"]:
        pty_check(import_keras())
    if sys.argv[1:2] == ["--print"] and len(sys.argv) == 3:
        print_one(import_keras(), sys.argv[2])
        return
    check, _ = oracle.mode()
    keras = import_keras()
    import warnings

    warnings.simplefilter("ignore")
    files = summaries(keras)
    if settle_all(check, files):
        sys.exit(1)


def settle_all(check, files):
    """Writes files (summaries()) to expected/keras/summaries/, removing any other file there,
    or with check compares them and prints the diff: the paths that differed or were written."""
    now = committed()
    differing = sorted(p for p in files.keys() | now.keys() if files.get(p) != now.get(p))
    where = "expected/keras/summaries"
    if not check:
        for path in sorted(now.keys() - files.keys()):
            os.remove(os.path.join(TARGET, path))
        for path in differing:
            if path in files:
                os.makedirs(os.path.dirname(os.path.join(TARGET, path)), exist_ok=True)
                with open(os.path.join(TARGET, path), "w", encoding="utf-8", newline="") as f:
                    f.write(files[path])
        print(f"keras-summaries: {len(files)} summary files, {len(differing)} written or removed "
              f"in {where}/")
        return []
    print(f"keras-summaries: {len(files)} summary files, {len(differing)} differing from {where}/"
          + (f" ({', '.join(differing)})" if differing else ""))
    for path in differing:
        sys.stdout.writelines(difflib.unified_diff(
            now.get(path, "").splitlines(True), files.get(path, "").splitlines(True),
            f"committed {where}/{path}", f"Keras {oracle.KERAS_VERSION}", n=0))
    if differing:
        print(f"The committed {where} files are not what Keras prints: run "
              "`python keras/summaries.py --write` in conformance/ and review the diff.")
    return [f"{where}/{path}" for path in differing]


if __name__ == "__main__":
    main()
