"""The lookup layers' data, for the Keras scripts (oracle.py, tojson.py, summaries.py).

StringLookup and IntegerLookup hold a vocabulary, which is data: the corpus declares only its size
(`vocabularySize`, as Keras's vocabulary_size() counts it, mask and OOV indices included), and a
model's input may be strings or integers (`inputDtype`: "STRING", "INT32", "INT64"; absent or
"FLOAT" for numbers). Here:

- input_dtype(model) is the dtype keras.Input takes; zeros(shape, model) the array a run feeds:
  float32 zeros, integer zeros, or empty strings (a tf.constant: Keras 3's predict() takes no NumPy
  string array);
- construct(keras, layer, name) builds a lookup layer as a user with a data vocabulary does: it
  adapts the layer to a synthetic vocabulary of the declared size, "" (or 0) and then "t1", "t2", ...
  (or 1, 2, ...), skipping the mask and OOV tokens, so the inputs fed are in the vocabulary.
  Keras first judges a layer given that vocabulary as `vocabulary=` (which it checks: empty, larger
  than max_tokens); the layer kept is the adapted one, whose config writes "vocabulary": null and
  "vocabulary_size" (what ShapeCheck's KERAS_JSON writes), and Keras's own vocabulary_size() of it
  must be the declared one.
"""
import numpy as np

LOOKUPS = {"StringLookup", "IntegerLookup", "TextVectorization"}


def input_dtype(model):
    """keras.Input's dtype for a corpus model ("inputDtype") or a functional input node ("dtype",
    as @Input names it): None for numbers (float32)."""
    dtype = (model.get("dtype") if model.get("kind") == "input" else model.get("inputDtype")) \
        or "FLOAT"
    return None if dtype == "FLOAT" else dtype.lower()


def zeros(shape, model):
    """The zeros of a run: float32, integers, or empty strings as a tf.constant."""
    dtype = input_dtype(model)
    if dtype == "string":
        import tensorflow as tf

        return tf.constant(np.full(shape, "", dtype=str))
    return np.zeros(shape, dtype=dtype or "float32")


def handles(layer):
    return layer["type"] in LOOKUPS


def kwargs_of(layer):
    """The Keras constructor arguments of a corpus lookup layer, vocabulary_size apart."""
    args = dict(layer.get("args") or {})
    strings = layer["type"] == "StringLookup"
    kwargs = {}
    if "maxTokens" in args:
        kwargs["max_tokens"] = None if args["maxTokens"] == -1 else args["maxTokens"]
    if "numOovIndices" in args:
        kwargs["num_oov_indices"] = args["numOovIndices"]
    if "maskToken" in args:
        mask = args["maskToken"]
        if strings:
            kwargs["mask_token"] = mask or None
        else:  # an int[]: empty is None, one value the token (several: Keras rejects the list)
            kwargs["mask_token"] = None if not mask else mask[0] if len(mask) == 1 else list(mask)
    if "oovToken" in args:
        kwargs["oov_token"] = args["oovToken"]
    if "invert" in args:
        kwargs["invert"] = args["invert"]
    if "outputMode" in args:
        kwargs["output_mode"] = args["outputMode"].lower()
    if "padToMaxTokens" in args:
        kwargs["pad_to_max_tokens"] = args["padToMaxTokens"]
    if "oovMethod" in args:
        kwargs["oov_method"] = args["oovMethod"].lower()
    if "salt" in args:
        salt = args["salt"]
        kwargs["salt"] = None if not salt else salt[0] if len(salt) == 1 else list(salt)
    return kwargs, args.get("vocabularySize")


def terms(strings, count, kwargs):
    """count vocabulary terms: the fill value of the runs first, none a mask or OOV token."""
    special = {kwargs.get("mask_token"), kwargs.get("oov_token", "[UNK]" if strings else -1)}
    found, i = [], 0
    while len(found) < count:
        term = ("" if i == 0 else f"t{i}") if strings else i
        if term not in special:
            found.append(term)
        i += 1
    return found


def text_kwargs(layer):
    """TextVectorization's constructor arguments, vocabulary_size apart."""
    args = dict(layer.get("args") or {})
    kwargs = {}
    if "maxTokens" in args:
        kwargs["max_tokens"] = None if args["maxTokens"] == -1 else args["maxTokens"]
    for attribute, key in (("standardize", "standardize"), ("split", "split")):
        if attribute in args:
            kwargs[key] = None if args[attribute] == "NONE" else args[attribute].lower()
    if "ngrams" in args:
        ngrams = args["ngrams"]
        kwargs["ngrams"] = None if not ngrams else ngrams[0] if len(ngrams) == 1 else tuple(ngrams)
    if "outputMode" in args:
        kwargs["output_mode"] = args["outputMode"].lower()
    if "outputSequenceLength" in args:
        length = args["outputSequenceLength"]
        kwargs["output_sequence_length"] = None if length == -1 else length
    if "padToMaxTokens" in args:
        kwargs["pad_to_max_tokens"] = args["padToMaxTokens"]
    return kwargs, args.get("vocabularySize")


def construct_text(keras, layer, name):
    """A TextVectorization adapted to terms that each standardization and split keeps whole: one
    CJK character per document (no case, no punctuation, one token, one character)."""
    kwargs, size = text_kwargs(layer)
    cls = keras.layers.TextVectorization
    mode = kwargs.get("output_mode", "int")
    start = 2 if mode == "int" else 1  # the mask "" (in INT output) and one OOV index
    vocabulary = [chr(0x4E00 + i) for i in range(max(0, (size or 0) - start))]
    idf = [1.0] * len(vocabulary) if mode == "tf_idf" else None
    cls(name=name, vocabulary=vocabulary, idf_weights=idf, **kwargs)
    built = cls(name=name, **kwargs)
    built.adapt(np.array(vocabulary, dtype=str))
    if built.vocabulary_size() != size:
        raise ValueError(f"a vocabulary of {size} (vocabularySize) is not one this layer can "
                         f"have: after adapt() to {len(vocabulary)} terms, Keras's "
                         f"vocabulary_size() is {built.vocabulary_size()}")
    return built


def construct(keras, layer, name):
    if layer["type"] == "TextVectorization":
        return construct_text(keras, layer, name)
    kwargs, size = kwargs_of(layer)
    cls = getattr(keras.layers, layer["type"])
    strings = layer["type"] == "StringLookup"
    mode = kwargs.get("output_mode", "int")
    start = kwargs.get("num_oov_indices", 1)
    start = start if isinstance(start, int) else 0
    if kwargs.get("mask_token") is not None and mode == "int":
        start += 1
    vocabulary = terms(strings, max(0, (size or 0) - start), kwargs)
    idf = [1.0] * len(vocabulary) if mode == "tf_idf" else None
    # Keras's checks of the arguments and of a vocabulary of that size, in its order.
    cls(name=name, vocabulary=vocabulary, idf_weights=idf, **kwargs)
    built = cls(name=name, **kwargs)
    built.adapt(np.array(vocabulary, dtype=str if strings else "int64"))
    if built.vocabulary_size() != size:
        raise ValueError(f"a vocabulary of {size} (vocabularySize) is not one this layer can "
                         f"have: after adapt() to {len(vocabulary)} terms, Keras's "
                         f"vocabulary_size() is {built.vocabulary_size()}")
    return built


def only_vocabulary_sizes_differ(rebuilt, written, same):
    """Whether two to_json() dicts differ only in TextVectorization's "vocabulary_size": its
    get_config writes the size of its lookup table, which a model rebuilt by model_from_json has
    empty (the terms are the model's assets, not its JSON), so Keras's own round trip changes it."""
    if isinstance(rebuilt, dict) and isinstance(written, dict):
        if rebuilt.keys() != written.keys():
            return False
        return all(same(rebuilt[k], written[k]) or only_vocabulary_sizes_differ(rebuilt[k], written[k], same)
                   or (k == "vocabulary_size" and rebuilt.get("vocabulary") is None
                       and "standardize" in rebuilt) for k in rebuilt)
    if isinstance(rebuilt, list) and isinstance(written, list):
        return len(rebuilt) == len(written) and all(
            same(a, b) or only_vocabulary_sizes_differ(a, b, same) for a, b in zip(rebuilt, written))
    return False
