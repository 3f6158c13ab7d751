#!/usr/bin/env python3
"""The Keras 3 oracle: builds and runs every kerasOnly corpus model with Keras itself.

TensorFlow.js (oracle.js) cannot build some layer kinds, or builds them unlike Keras; the corpus
marks those models "kerasOnly". This script builds each of them with Keras 3 (the version the
project follows, on the TensorFlow backend) as keras.Sequential([keras.Input(...), ...]) and
records, in the record format of oracle.js, per layer the output shape and the trainable /
non-trainable parameter counts, or the layer at which Keras rejects the model.

The project's rule for edge cases: a model is valid only if Keras builds it AND runs it
(model.predict on zeros, batch 1 or the declared batch size, an unknown dimension 16 or else 64;
see run()).
A model Keras builds but cannot run is invalid at the layer whose call fails. The layer at fault
in an invalid model is the one whose constructor, build (the call on Keras's symbolic input) or
run raised.

Usage (from conformance/, with the venv the oracle profile makes, see README.md):
    python keras/oracle.py            rewrite expected/keras/<corpus file>.json (the same as --write)
    python keras/oracle.py --check    regenerate in memory, fail with a diff if a committed file differs
    python keras/oracle.py --check functional-graphs.json   the same for the corpus files named

Needs keras==3.15.1 and tensorflow-cpu==2.21.0; nothing else.
"""
import os
import sys

# Keras's messages print sets ({'valid', 'same'}): string hashing must not vary between runs.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

# Before TensorFlow loads: no log noise, the TensorFlow backend, CPU only.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ["KERAS_BACKEND"] = "tensorflow"
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")
# TensorFlow's own CPU kernels run convolutions in channels_last only ("The Conv2D op currently
# only supports the NHWC tensor format on the CPU"); its oneDNN kernels, on by default on x86
# Linux, run channels_first too, as GPUs do. Pinned, so a channels_first model is judged by Keras
# and not by the machine.
os.environ["TF_ENABLE_ONEDNN_OPTS"] = "1"

import difflib  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import warnings  # noqa: E402

import macs  # noqa: E402  (the MACs of the attention layers and EinsumDense)
import lookup  # noqa: E402  (the lookup layers' vocabularies and string inputs)
import scalar_op  # noqa: E402  (ShapeCheck's @ScalarOp: keras/scalar_op.py)

KERAS_VERSION = "3.15.1"
HERE = os.path.dirname(os.path.abspath(__file__))
CONFORMANCE = os.path.dirname(HERE)
CORPUS = os.path.join(CONFORMANCE, "corpus")
EXPECTED = os.path.join(CONFORMANCE, "expected", "keras")

# The sizes an unknown (-1) input dimension takes in the runs, in turn: a model with unknown
# dimensions is valid if Keras runs it for one of them (a stack of windows may need the larger),
# or for one of the sizes its inputs declare (an unknown length concatenated with a known one runs
# when it is that length).
UNKNOWN_RUN_SIZES = (16, 64)


def run_sizes(samples):
    """The sizes to try for the unknown dimensions of these input shapes, in turn."""
    if not any(None in sample for sample in samples):
        return UNKNOWN_RUN_SIZES[:1]
    declared = sorted({d for sample in samples for d in sample if d is not None} - set(UNKNOWN_RUN_SIZES))
    return UNKNOWN_RUN_SIZES + tuple(declared)

# Attributes that are one value per spatial axis: a single value applies to every axis (Keras's
# standardize_tuple broadcasts an int), an empty one is Keras's None (pooling strides, the
# transposed convolutions' output_padding).
TUPLES = {"kernelSize", "strides", "dilationRate", "poolSize", "outputPadding", "size", "outputSize"}
# Attributes whose -1 is ShapeCheck's spelling of None.
SEED_LIKE = {"seed"}
# double[] attributes that are a float or a list in Keras (Rescaling, Normalization): one value is
# Keras's float, several its list; an empty one is None (mean, variance) or the empty list.
FLOAT_LISTS = {"scale": [], "offset": [], "mean": None, "variance": None,
               # the image augmentation layers' factors (a float or a (lower, upper) pair)
               "factor": None, "heightFactor": None, "widthFactor": None, "valueRange": None,
               # RandomGaussianBlur's sigma, RandomShear's factors; RandomErasing's fill value
               # (a double[] there: empty is None; a double elsewhere, untouched)
               "sigma": None, "xFactor": None, "yFactor": None, "fillValue": None,
               # Discretization's boundaries: a list, empty for None (one value stays a list)
               "binBoundaries": None,
               # Hashing's mask value: empty is None, one value its number
               "maskValue": None,
               # Solarization's factors
               "additionFactor": None, "thresholdFactor": None,
               # RandomColorJitter's factors: empty is None (no such augmentation)
               "brightnessFactor": None, "contrastFactor": None, "saturationFactor": None,
               "hueFactor": None}
# int attributes whose -1 is ShapeCheck's spelling of None (besides seed).
NONE_INTS = {"numBins"}


def snake_case(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def spatial_rank(layer_type):
    match = re.search(r"(\d)D", layer_type)
    return int(match.group(1)) if match else None


def edges(values, rank):
    """ZeroPadding / Cropping amounts: ours are one value, one per axis, or the pairs flattened."""
    if len(values) == 1:
        return values[0]
    if rank == 1 and len(values) == 2:
        return tuple(values)  # (left, right), as Keras's 1-D layers take it
    if len(values) == rank:
        return tuple(values)
    if len(values) == 2 * rank:
        return tuple((values[2 * i], values[2 * i + 1]) for i in range(rank))
    return tuple(values)  # an arity Keras rejects: let Keras say so


def keras_value(layer_type, attribute, value):
    """One annotation argument as the Keras 3 constructor takes it (see engine KerasJson)."""
    if attribute in NONE_INTS:
        return None if value == -1 else value
    if layer_type == "STFTSpectrogram" and attribute in ("frameStep", "fftLength"):
        return None if value == -1 else value  # STFTSpectrogram's None
    if attribute in ("sequenceLength", "maxFreq") and value == -1:
        return None  # MelSpectrogram's None
    if attribute in ("window", "scaling") and value == "NONE":
        return None  # MelSpectrogram's, STFTSpectrogram's None
    if attribute == "salt" and isinstance(value, list):
        # Hashing's salt: empty is None, one int an int, two a pair
        return None if not value else value[0] if len(value) == 1 else list(value)
    if attribute == "binBoundaries":
        return [float(v) for v in value] if value else None
    if attribute in SEED_LIKE:
        return None if value == -1 else value
    if attribute == "noiseShape":
        return None if not value else tuple(None if d == -1 else d for d in value)
    if attribute == "sharedAxes":
        return None if not value else list(value)
    if attribute in ("padding", "cropping") and isinstance(value, list):
        return edges(value, spatial_rank(layer_type))
    if attribute in TUPLES and isinstance(value, list):
        if not value:
            return None
        return value[0] if len(value) == 1 else tuple(value)
    if attribute in ("axis", "axes") and isinstance(value, list):
        # Keras keeps an int as an int; only an axis list is a list.
        return value[0] if len(value) == 1 else list(value)
    if attribute in ("targetShape", "dims") and isinstance(value, list):
        return tuple(value)
    if layer_type == "RandomPosterization" and attribute == "factor":
        # bits, ints: Keras's randint takes no float bounds (its int[] here)
        return None if not value else value[0] if len(value) == 1 else list(value)
    if attribute in FLOAT_LISTS and isinstance(value, list):
        values = [float(v) for v in value]
        if not values:
            return FLOAT_LISTS[attribute]
        return values[0] if len(values) == 1 else values
    if attribute == "equation":
        return value  # text, as written
    if attribute == "biasAxes":
        return value or None  # empty: None
    if attribute == "outputShape" and layer_type == "EinsumDense":
        return tuple(None if d == -1 else d for d in value)
    if attribute in ("valueDim", "slidingWindow"):
        return None if value == -1 else value  # MultiHeadAttention's None
    if attribute == "attentionAxes":
        return None if not value else tuple(value)  # () would be no axis at all, not None
    if isinstance(value, str):
        # Enum constants: Padding, DataFormat, Activations, Interpolation, MergeMode.
        return value.lower()
    return value


def keras_kwargs(layer):
    kwargs = {}
    for attribute, value in (layer.get("args") or {}).items():
        kwargs[snake_case(attribute)] = keras_value(layer["type"], attribute, value)
    return kwargs


def import_keras():
    """Imports Keras without TensorFlow's C++ start-up notices (absl, oneDNN) on stderr."""
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        import keras  # noqa: F401
        import tensorflow as tf
    finally:
        os.dup2(saved, 2)
        os.close(devnull)
        os.close(saved)
    tf.get_logger().setLevel("ERROR")  # tf.function retracing: one model after the other
    return keras


# Models built since the last full garbage collection (fresh_session).
_SESSIONS = [0]


def fresh_session(keras):
    """A fresh naming scope, as in a new Python process: keras.backend.clear_session().

    Without its gc.collect(), which costs a seventh of a second with TensorFlow loaded (more than
    building and running most corpus models), but with one every hundred models, which frees as
    much."""
    keras.backend.clear_session(free_memory=False)
    _SESSIONS[0] += 1
    if _SESSIONS[0] % 100 == 0:
        import gc

        gc.collect()


# The Python objects the custom corpus layers are built with, by the name Keras serializes them
# under: tojson.py rebuilds models from their to_json() with these as custom objects.
CUSTOM_OBJECTS = {}
# A @Custom layer's stated shape and counts, by layer name: Keras rebuilds a custom layer from
# its base config (name, trainable, dtype) alone, as ShapeCheck writes it.
CUSTOM_SPECS = {}


def unknown_as_none(shape):
    return tuple(None if d == -1 else d for d in shape)


def stated_zeros(inputs, shape):
    """Zeros of the stated shape (an unknown size as 2) after the first input's batch."""
    from keras import ops

    first = inputs[0] if isinstance(inputs, (list, tuple)) else inputs
    return ops.zeros((ops.shape(first)[0],) + tuple(2 if d == -1 else d for d in shape),
                     dtype=first.dtype)


def lambda_layer(keras, layer, name):
    """A Lambda as a user writes one: a Python function named like the layer, its output_shape."""
    shape = (layer.get("args") or {}).get("outputShape")

    def function(inputs):
        return stated_zeros(inputs, shape)

    function.__name__ = function.__qualname__ = name
    CUSTOM_OBJECTS[name] = function
    return keras.layers.Lambda(function, output_shape=unknown_as_none(shape), name=name)


def custom_class(keras, type_name):
    """The user's layer class type_name, registered as Keras's register_keras_serializable() does
    for a class of the main script: add_weight of the stated counts, its stated shape."""
    registered = "Custom>" + type_name
    if registered in CUSTOM_OBJECTS:
        return CUSTOM_OBJECTS[registered]

    class Stated(keras.layers.Layer):
        def build(self, input_shape):
            _, trainable, non_trainable = CUSTOM_SPECS[self.name]
            if trainable:
                self.add_weight(shape=(trainable,), initializer="zeros", name="kernel")
            if non_trainable:
                self.add_weight(shape=(non_trainable,), initializer="zeros", name="state",
                                trainable=False)

        def compute_output_shape(self, input_shape):
            shape = CUSTOM_SPECS[self.name][0]
            first = input_shape[0] if isinstance(input_shape, list) else input_shape
            return tuple(first) if shape is None else (first[0],) + unknown_as_none(shape)

        def call(self, inputs):
            shape = CUSTOM_SPECS[self.name][0]
            first = inputs[0] if isinstance(inputs, (list, tuple)) else inputs
            return first if shape is None else stated_zeros(inputs, shape)

        def get_config(self):
            return super().get_config()

    Stated.__name__ = Stated.__qualname__ = type_name
    Stated.__module__ = "__main__"
    keras.saving.register_keras_serializable(package="Custom", name=type_name)(Stated)
    CUSTOM_OBJECTS[registered] = Stated
    return Stated


def register_custom_layers(keras, text, specs):
    """Readies Keras to load a Keras JSON with custom layers (registered_name "Custom>..."): a
    stand-in class per class name, and per layer its stated (shape without the batch, trainable,
    non-trainable) from specs, by layer name (none given: its first input's shape, no weights)."""
    for entry in json.loads(text)["config"]["layers"]:
        if str(entry.get("registered_name") or "").startswith("Custom>"):
            custom_class(keras, entry["class_name"])
            shape, trainable, non_trainable = specs.get(entry["config"]["name"], (None, 0, 0))
            CUSTOM_SPECS[entry["config"]["name"]] = (
                None if shape is None else [-1 if d is None else d for d in shape],
                trainable, non_trainable)


def custom_layer(keras, layer, name):
    """A Lambda or @Custom corpus layer built as a user would, or None for a Keras layer."""
    if scalar_op.is_scalar_op(layer):  # a keras.ops operation (x + 3.0): keras/scalar_op.py
        return scalar_op.bound(layer, name)
    if layer["type"] == "Lambda":
        return lambda_layer(keras, layer, name)
    if layer["type"] != "Custom":
        return None
    args = layer.get("args") or {}
    params = args.get("params", 0)
    non_trainable = args.get("nonTrainableParams", 0)
    CUSTOM_SPECS[name] = (args.get("outputShape") or None, params - non_trainable, non_trainable)
    return custom_class(keras, args["type"])(name=name)


def construct(layer, name):
    """One corpus layer as a Keras layer; a wrapper's layer named <wrapper name>_<snake_case type>
    (bi_simple_rnn), as ShapeCheck names it."""
    import keras
    from keras.src.utils.naming import to_snake_case

    if "model" in layer:
        # A nested model (@Apply of a @Sequential): keras.Sequential(layers, name=...), with its
        # keras.Input when it declares one, called on the tensor before as one layer.
        model = layer["model"]
        members = [construct(inner, inner["name"]) for inner in model["layers"]]
        if "input" in model:
            members.insert(0, keras.Input(shape=tuple(None if d < 0 else d for d in model["input"])))
        return keras.Sequential(members, name=name)
    custom = custom_layer(keras, layer, name)
    if custom is not None:
        return custom
    if lookup.handles(layer):  # a vocabulary of the declared size (keras/lookup.py)
        return lookup.construct(keras, layer, name)
    kwargs = keras_kwargs(layer)
    if isinstance(layer.get("wrapped"), list):
        # RNN([cell, ...]): Keras stacks the cells (StackedRNNCells), named as ShapeCheck names
        # them: <rnn>_<cell type>, then _1, _2, ... for a type again (wt-rnn).
        seen = {}
        cells = []
        for inner in layer["wrapped"]:
            k = seen[inner["type"]] = seen.get(inner["type"], -1) + 1
            suffix = "" if k == 0 else f"_{k}"
            cells.append(construct(inner, f"{name}_{to_snake_case(inner['type'])}{suffix}"))
        kwargs["cell"] = keras.layers.StackedRNNCells(cells, name=name + "_stacked_rnn_cells")
    elif "wrapped" in layer:
        inner = layer["wrapped"]
        # RNN(cell): the wrapped annotation is its cell, Keras's argument `cell` (wt-rnn).
        key = "cell" if layer["type"] == "RNN" else "layer"
        kwargs[key] = construct(inner, name + "_" + to_snake_case(inner["type"]))
    cls = getattr(keras.layers, layer["type"], None)
    if cls is None:
        raise SystemExit(f"keras.layers has no {layer['type']} (layer {name})")
    return cls(name=name, **kwargs)


def first_line(error):
    """What Keras says, on one line: the cause Keras wraps, the op's message TensorFlow wraps."""
    if str(error).startswith("Exception encountered when calling") and error.__context__:
        error = error.__context__  # Keras's "Exception encountered when calling X.call()."
    lines = [line for line in str(error).splitlines() if line.strip()]
    if str(error).startswith("Graph execution error"):
        # TensorFlow's op message follows the traceback it prints; node names carry counters.
        lines = [line for line in lines if not line[0].isspace()][-1:]
    message = re.sub(r"\x1b\[[0-9;]*m", "", lines[0] if lines else "")
    message = re.sub(r" at 0x[0-9a-f]+", "", message)
    message = re.sub(r"\{\{node [^}]*\}\}", "{{node}}", message)
    return f"{type(error).__name__}: {message}"[:300]


def weight_count(weights):
    total = 0
    for weight in weights:
        size = 1
        for d in weight.shape:
            size *= int(d)
        total += size
    return total


def shape_list(shape):
    return [None if d is None else int(d) for d in shape]


def evaluate(model, keep=None):
    """The record oracle.js writes for one model, from Keras 3; the model Keras built and ran
    in keep["model"] (keep: a dict, or None) when it is valid."""
    import keras
    import numpy as np

    fresh_session(keras)
    keras.utils.set_random_seed(0)
    name = model["name"]
    batch = model.get("batchSize", -1)
    batch = None if batch is None or batch < 0 else batch
    sample = [None if d < 0 else d for d in model["input"]]

    def invalid(index, why):
        return {"name": name, "valid": False, "errorLayer": index, "keras": why}

    inputs = keras.Input(shape=tuple(sample), batch_size=batch, dtype=lookup.input_dtype(model))
    input_name = inputs._keras_history.operation.name  # Keras's "input_layer"
    tensor = inputs
    layers = []
    rows = []
    for index, layer in enumerate(model["layers"]):
        try:
            built = construct(layer, layer["name"])
        except Exception as e:  # noqa: BLE001 - Keras raises ValueError, TypeError, ...
            return invalid(index, "constructor: " + first_line(e))
        try:
            tensor = built(tensor)
        except Exception as e:  # noqa: BLE001
            return invalid(index, "build: " + first_line(e))
        layers.append(built)
        # A layer with several outputs (returnState) hands the next one their list (wt-seqstate).
        outs = list(flat(tensor))
        rows.append({
            "outputShape": shape_list(outs[0].shape),
            "trainable": weight_count(built.trainable_weights),
            "nonTrainable": weight_count(built.non_trainable_weights),
        })
        if len(outs) > 1:
            rows[-1]["outputShapes"] = [shape_list(t.shape) for t in outs]

    try:
        sequential = keras.Sequential([inputs] + layers, name=name)
    except Exception:  # noqa: BLE001
        # A layer whose call returns its input tensor (Equalization) has made the input tensor
        # its own output above, which Sequential then refuses as no Input: build it as a user
        # writes it, keras.Sequential([keras.Input(...), ...]), on a fresh input of the same name.
        fresh = keras.Input(shape=tuple(sample), batch_size=batch, dtype=lookup.input_dtype(model),
                            name=input_name)
        try:
            sequential = keras.Sequential([fresh] + layers, name=name)
        except Exception as e:  # noqa: BLE001 - "... from operation 'eq' is part of a cycle"
            return invalid(named_in(e, [layer["name"] for layer in model["layers"]]),
                           "build: " + cycle_line(e))
    fault = None
    for size in run_sizes([sample]):
        zeros = lookup.zeros([1 if batch is None else batch]
                             + [size if d is None else d for d in sample], model)
        try:
            run(sequential, zeros)
            fault = None
            break
        except Exception:  # noqa: BLE001
            fault = fault or run_fault(keras, sample, batch, layers, zeros,
                                       lookup.input_dtype(model))
    if fault:
        return invalid(*fault)
    if sequential.count_params() != sum(r["trainable"] + r["nonTrainable"] for r in rows):
        raise SystemExit(f"{name}: the model counts {sequential.count_params()} parameters")
    for built, row in zip(layers, rows):
        with_macs(keras, built, row)
    if keep is not None:
        keep["model"] = sequential
    return {"name": name, "valid": True, "layers": rows}


def with_macs(keras, layer, row):
    """row with "macs", the MACs TensorFlow runs for layer on one sample (keras/macs.py), for the
    layer classes that count is made for."""
    counted = macs.count(keras, layer)
    if counted is not None:
        row["macs"] = counted


def named_in(error, names):
    """The index of the layer Keras names in a model-building error ("Tensor ... from operation
    'eq' is part of a cycle": Equalization's call returns its input tensor), else the last one."""
    match = re.search(r"from operation '([^']*)'", str(error))
    if match and match.group(1) in names:
        return names.index(match.group(1))
    return len(names) - 1


def cycle_line(error):
    """first_line without the tensor Keras prints, whose name counts the session's tensors."""
    return re.sub(r"<KerasTensor [^>]*>", "<KerasTensor>", first_line(error))


def run(model, zeros):
    """Runs model on zeros (an array, or a list of one per input) as model.predict does: its
    compiled predict step, by predict_on_batch, which skips predict's per-call data pipeline
    (most of predict's cost on a small model) but not what the step runs. A batch of 0 goes
    through predict itself, which refuses it (predict_on_batch would run it)."""
    first = zeros[0] if isinstance(zeros, list) else zeros
    if first.shape[0] == 0:
        return model.predict(zeros, verbose=0)
    return model.predict_on_batch(zeros)


def run_fault(keras, sample, batch, layers, zeros, dtype=None):
    """The layer at fault in a run: the first one whose prefix of the model cannot run.

    A declared batch of 0 is the model's fault, not a layer's (-1, as ShapeCheck places it on
    batchSize): Keras builds such a model, and its predict fails before any layer runs.
    """
    if batch == 0:
        try:
            keras.Sequential([keras.Input(shape=tuple(sample), batch_size=0, dtype=dtype)]
                             + layers[:1]).predict(zeros, verbose=0)
        except Exception as e:  # noqa: BLE001
            return -1, "run: a batch of 0: " + first_line(e)
    for index in range(len(layers)):
        try:
            prefix = keras.Sequential([keras.Input(shape=tuple(sample), batch_size=batch,
                                                   dtype=dtype)] + layers[:index + 1])
        except ValueError:
            continue  # a prefix ending at an Equalization, whose output is its input: no model
        try:
            run(prefix, zeros)
        except Exception as e:  # noqa: BLE001
            return index, "run: " + first_line(e)
    raise AssertionError("the model cannot run, yet every prefix of it runs")


# Layers Keras calls with their inputs as positional arguments: mha(query, value, key).
POSITIONAL = {"MultiHeadAttention", "GroupQueryAttention"}


def positional(layer_type):
    """Whether Keras calls a layer of this type as layer(query, value[, key])."""
    return layer_type in POSITIONAL


MERGES = {"Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate", "Dot"}


def evaluate_functional(model, keep=None):
    """The record oracle.js writes for one functional corpus model, from Keras 3; when it is
    valid, keep (a dict, or None) receives the graph ("model"), its "inputs" and every node's
    output ("tensors", by name).

    Each node is built in declaration order (keras.Input for an input, the layer called on its
    inbound tensors otherwise), then keras.Model(inputs, outputs) holds the graph: the declared
    outputs, or else the layers nobody consumes, in declaration order. Rows are Keras's
    model.layers, in Keras's order, inputs included. Valid only if Keras builds it and runs it.
    """
    import keras
    import numpy as np

    fresh_session(keras)
    keras.utils.set_random_seed(0)
    nodes = model["nodes"]
    tensors = {}
    inputs = []
    samples = []

    def invalid(index, why):
        return {"name": model["name"], "functional": True, "valid": False, "errorLayer": index,
                "errorName": nodes[index]["name"], "keras": why}

    for index, node in enumerate(nodes):
        if node["kind"] == "input":
            batch = node.get("batchSize", -1)
            batch = None if batch is None or batch < 0 else batch
            sample = [None if d < 0 else d for d in node["shape"]]
            tensor = keras.Input(shape=tuple(sample), batch_size=batch, name=node["name"],
                                 dtype=lookup.input_dtype(node))
            inputs.append(tensor)
            samples.append((batch, sample, node))
            tensors[node["name"]] = tensor
            continue
        try:
            built = construct(node, node["name"])
        except Exception as e:  # noqa: BLE001
            return invalid(index, "constructor: " + first_line(e))
        try:
            inbound = inbound_tensors(node, tensors)
            if node["type"] in RECURRENT and len(inbound) > 1:
                # @From and a recurrent layer's extra inputs: its initial_state, as a user writes
                # decoder(target, initial_state=[state_h, state_c]).
                tensors[node["name"]] = built(inbound[0], initial_state=inbound[1:])
            elif positional(node["type"]):
                # An attention layer takes query, value[, key] as positional arguments.
                tensors[node["name"]] = built(*inbound)
            else:
                # A merge takes a list even of one tensor; another layer its one tensor, or the
                # list it is given (which Keras then rejects or, like Dense, reads as a stacked
                # tensor).
                several = len(inbound) > 1 or node["type"] in MERGES
                tensors[node["name"]] = built(inbound if several else inbound[0])
        except Exception as e:  # noqa: BLE001
            return invalid(index, "build: " + first_line(e))

    consumed = {name for node in nodes for name in node.get("inbound", [])}
    outputs = model.get("outputs") or [
        n["name"] for n in nodes if n["kind"] != "input" and n["name"] not in consumed]
    # A model output names a layer's output 0 (a state is taken by a layer through @From).
    try:
        graph = keras.Model(inputs=inputs, outputs=[output0(tensors[name]) for name in outputs],
                            name=model["name"])
    except Exception as e:  # noqa: BLE001 - a layer whose call returns its input: a cycle
        return invalid(named_in(e, [node["name"] for node in nodes]), "build: " + cycle_line(e))
    fault = None
    for size in run_sizes([sample for _, sample, _ in samples]):
        # zeros of each input's dtype: float32, integers, or empty strings (keras/lookup.py)
        zeros = [lookup.zeros([1 if batch is None else batch]
                              + [size if d is None else d for d in sample], node)
                 for batch, sample, node in samples]
        try:
            run(graph, zeros)
            fault = None
            break
        except Exception:  # noqa: BLE001
            fault = fault or functional_run_fault(keras, nodes, inputs, tensors, zeros)
    if fault:
        return invalid(*fault)
    rows = []
    for layer in scalar_op.rows(graph):  # graph.layers and the declared operations
        outs = list(flat(layer.output))
        row = {
            "name": layer.name,
            "outputShape": shape_list(outs[0].shape),
            "trainable": weight_count(getattr(layer, "trainable_weights", [])),  # an operation
            "nonTrainable": weight_count(getattr(layer, "non_trainable_weights", [])),  # has none
        }
        if len(outs) > 1:  # a recurrent layer's return_state: [output, state_h, state_c]
            row["outputShapes"] = [shape_list(t.shape) for t in outs]
        with_macs(keras, layer, row)
        rows.append(row)
    totals = {"trainable": weight_count(graph.trainable_weights),
              "nonTrainable": weight_count(graph.non_trainable_weights)}
    if graph.count_params() != sum(r["trainable"] + r["nonTrainable"] for r in rows):
        raise SystemExit(f"{model['name']}: the model counts {graph.count_params()} parameters")
    if keep is not None:
        keep.update(model=graph, inputs=inputs, tensors=tensors)
    return {"name": model["name"], "functional": True, "valid": True, "layers": rows,
            "outputs": [t._keras_history.operation.name for t in graph.outputs], "totals": totals}


RECURRENT = {"LSTM", "GRU", "SimpleRNN", "Bidirectional"}
RECURRENT |= {"ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D"}  # their initial_state too
RECURRENT |= {"RNN"}  # RNN(cell) (wt-rnn)


def flat(tensor):
    """A layer's outputs as one list, in order: Keras's flat tensor indices. An RNN of stacked
    cells with return_state returns (output, [h, c], state) (wt-rnn); the others a flat list."""
    if isinstance(tensor, (list, tuple)) and any(isinstance(t, (list, tuple)) for t in tensor):
        return [t for part in tensor for t in flat(part)]
    return tensor if isinstance(tensor, (list, tuple)) else [tensor]  # as given: flat already


def inbound_tensors(node, tensors):
    """A node's inbound tensors: output k of each named layer (a corpus node's "inboundOutputs",
    @From(output = k); 0 when absent), k indexing the layer's outputs flattened (flat)."""
    outputs = node.get("inboundOutputs") or [0] * len(node["inbound"])
    found = []
    for name, k in zip(node["inbound"], outputs):
        tensor = tensors[name]
        if isinstance(tensor, (list, tuple)):
            found.append(flat(tensor)[k])
        elif k == 0:
            found.append(tensor)
        else:
            raise IndexError(f"{name} has one output, not an output {k}")
    return found


def output_k(tensor, k):
    """Output k of a layer's output (a tensor, or the list of a layer with several)."""
    return flat(tensor)[k] if isinstance(tensor, (list, tuple)) else tensor


def output0(tensor):
    """A layer's first output: the one Keras's summary shows first and outputs=[...] names."""
    return flat(tensor)[0] if isinstance(tensor, (list, tuple)) else tensor


def functional_run_fault(keras, nodes, inputs, tensors, zeros):
    """The node at fault in a run: the first one whose sub-graph cannot run."""
    for index, node in enumerate(nodes):
        if node["kind"] == "input":
            continue
        prefix = keras.Model(inputs=inputs, outputs=tensors[node["name"]])
        try:
            run(prefix, zeros)
        except Exception as e:  # noqa: BLE001
            return index, "run: " + first_line(e)
    raise AssertionError("the model cannot run, yet every node of it runs")


def render(results):
    """One model per line, as oracle.js writes: reviewable diffs, stable across runs."""
    lines = [json.dumps(r, separators=(",", ":")) for r in results]
    return ('{"keras":"' + KERAS_VERSION + '","models":[\n  '
            + ",\n  ".join(lines) + "\n]}\n")


def settle(check, target, text, shown):
    """Writes text to target, or with check compares them: True (and the diff printed) if the
    committed file differs. Shared by the scripts that write expected files."""
    if not check:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)
        return False
    committed = ""
    if os.path.exists(target):
        with open(target, encoding="utf-8") as f:
            committed = f.read()
    if committed == text:
        return False
    sys.stdout.writelines(difflib.unified_diff(
        committed.splitlines(True), text.splitlines(True),
        f"committed {shown}", f"Keras {KERAS_VERSION}", n=0))
    return True


def mode():
    """(check, corpus files to judge: all of them when none is named)."""
    flags = [a for a in sys.argv[1:] if a.startswith("--")]
    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(flags) > 1 or any(f not in ("--check", "--write") for f in flags) \
            or any(not os.path.exists(os.path.join(CORPUS, f)) for f in files):
        print(f"{' '.join(sys.argv[1:])}: usage: oracle.py [--check | --write] [corpus file ...]",
              file=sys.stderr)
        sys.exit(2)
    return flags == ["--check"], files


def main():
    check, only = mode()
    keras = import_keras()

    if keras.__version__ != KERAS_VERSION:
        print(f"the Keras oracle needs keras=={KERAS_VERSION}, this is {keras.__version__}",
              file=sys.stderr)
        sys.exit(2)
    warnings.simplefilter("ignore")
    models = layers = valid = 0
    differing = []
    for file in sorted(f for f in os.listdir(CORPUS) if f.endswith(".json")):
        if only and file not in only:
            continue
        with open(os.path.join(CORPUS, file), encoding="utf-8") as f:
            corpus = json.load(f)
        # "keras2": a Keras 2 layer Keras 3 removed (ThresholdedReLU); TensorFlow.js judges those.
        judged = [m for m in corpus if "keras2" not in m]
        if not judged:
            continue
        results = []
        for model in judged:
            if model.get("functional"):
                results.append(evaluate_functional(model))
                layers += len(model["nodes"])
            else:
                results.append(evaluate(model))
                layers += len(model["layers"])
            models += 1
            valid += results[-1]["valid"]
        if settle(check, os.path.join(EXPECTED, file), render(results), f"expected/keras/{file}"):
            differing.append(file)
    print(f"keras-oracle: {models} models ({valid} valid), {layers} layers, "
          f"{len(differing)} differing files" + (f" ({', '.join(differing)})" if differing else ""))
    if differing:
        print("The committed expected/keras files are not what Keras gives: run "
              "`python keras/oracle.py --write` in conformance/ and review the diff.")
        sys.exit(1)


if __name__ == "__main__":
    main()
