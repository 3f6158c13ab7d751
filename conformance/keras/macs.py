"""The multiply-accumulates TensorFlow runs for one layer of a built Keras model, for one sample:
the oracle for ShapeCheck's MAC counts (`Layer.macs()`, docs/guide.md "Cost figures") of the
layers whose work is matrix products and convolutions.

The layer is called again, as in its first call, on inputs of batch 1 inside a `tf.function`, and
every matrix product in the traced graph is counted: a `MatMul` or `BatchMatMul` as its output's
size times the contracted size, an `Einsum` as the product of the sizes of its distinct indices
(one product per combination of them: what a naive einsum does, and a matmul for a contraction).
Element-wise work (biases, softmax, a scaled tanh summed) is not counted, as ShapeCheck does not.

Convolutions are counted too (`Conv2D`, `Conv3D`, `DepthwiseConv2dNative`: every output value
a sum over the kernel's window; the transposed ones: every input value scattered through the
kernel). Only the layer classes in COUNTED are traced; a layer whose graph loops (a `While`), runs
on a space-to-batch rearrangement (a dilated convolution TensorFlow pads up to the rate) or whose
inputs have an unknown size other than the batch gets no count.
"""

COUNTED = {
    "MultiHeadAttention",
    "GroupedQueryAttention",
    "Attention",
    "AdditiveAttention",
    "EinsumDense",
    "Dense",
    "Dot",
    "Conv1D",
    "Conv2D",
    "Conv3D",
    "SeparableConv1D",
    "SeparableConv2D",
    "DepthwiseConv1D",
    "DepthwiseConv2D",
    "Conv1DTranspose",
    "Conv2DTranspose",
    "Conv3DTranspose",
}

PRODUCTS = {"MatMul", "BatchMatMul", "BatchMatMulV2", "BatchMatMulV3", "Einsum"}
CONVOLUTIONS = {"Conv2D", "Conv3D", "DepthwiseConv2dNative"}
TRANSPOSED = {"Conv2DBackpropInput", "Conv3DBackpropInputV2"}
LOOPS = {"While", "StatelessWhile"}
COUNTS = {}  # the counts traced in this process, by layer class, configuration and call shapes
# TensorFlow runs some dilated convolutions on a space-to-batch copy of the input, padded up to a
# multiple of the rate (and a strided one at stride 1, subsampled after): its count is then the
# rearrangement's, not the convolution's.
REARRANGED = {"SpaceToBatchND", "BatchToSpaceND"}


def count(keras, layer):
    """The MACs of layer's first call for one sample, or None when not counted."""
    if type(layer).__name__ not in COUNTED or not layer._inbound_nodes:
        return None
    import tensorflow as tf
    from keras.src import tree

    arguments = layer._inbound_nodes[0].arguments
    structure = (arguments.args, arguments.kwargs)
    symbolic = [t for t in tree.flatten(structure) if isinstance(t, keras.KerasTensor)]
    shapes = [(1,) + tuple(t.shape[1:]) for t in symbolic]
    if any(size is None for shape in shapes for size in shape):
        return None

    def call(*tensors):
        given = iter(tensors)
        args, kwargs = tree.map_structure(
            lambda t: next(given) if isinstance(t, keras.KerasTensor) else t, structure)
        return layer(*args, **kwargs)

    config = {k: v for k, v in layer.get_config().items() if k != "name"}
    key = (type(layer).__name__, repr(sorted(config.items())), repr(structure_shapes(structure)))
    if key not in COUNTS:
        specs = [tf.TensorSpec(shape, t.dtype) for shape, t in zip(shapes, symbolic)]
        graph = tf.function(call, autograph=False).get_concrete_function(*specs).graph
        COUNTS[key] = traced(graph)
    return COUNTS[key]


def structure_shapes(structure):
    """The call's arguments with every tensor replaced by its shape and dtype."""
    import keras
    from keras.src import tree

    return tree.map_structure(
        lambda t: (tuple(t.shape[1:]), t.dtype) if isinstance(t, keras.KerasTensor) else t,
        structure)


def traced(graph):
    """The MACs of a traced graph's products and convolutions, or None (see the module's text)."""
    total = 0
    for op in operations(graph):
        if op.type in LOOPS or op.type in REARRANGED:
            return None
        if op.type in PRODUCTS:
            total += products(op)
        elif op.type in CONVOLUTIONS:
            total += convolution(op)
        elif op.type in TRANSPOSED:
            total += transposed(op)
    return total


def operations(graph):
    """The graph's operations and those of the functions it calls."""
    for op in graph.get_operations():
        yield op
    for function in graph._functions.values():
        inner = getattr(function, "graph", None)
        if inner is not None:
            yield from operations(inner)


def products(op):
    """The multiply-accumulates of one MatMul, BatchMatMul or Einsum operation."""
    shapes = [input.shape.as_list() for input in op.inputs]
    if op.type == "Einsum":
        return einsum(op.get_attr("equation").decode(), shapes)
    out = 1
    for size in op.outputs[0].shape.as_list():
        out *= size
    left = shapes[0]
    transposed = op.get_attr("transpose_a" if op.type == "MatMul" else "adj_x")
    return out * (left[-2] if transposed else left[-1])


def size(shape):
    total = 1
    for dim in shape:
        total *= dim
    return total


def convolution(op):
    """A convolution's: every output value is a sum over the kernel's window of its input
    channels (a depthwise one's over its window alone)."""
    kernel = op.inputs[1].shape.as_list()
    window = kernel[:-2] if op.type == "DepthwiseConv2dNative" else kernel[:-1]
    return size(op.outputs[0].shape.as_list()) * size(window)


def transposed(op):
    """A transposed convolution's (the gradient of a convolution with respect to its input):
    every value it is given is scattered through the whole kernel."""
    kernel = op.inputs[1].shape.as_list()
    given = op.inputs[2].shape.as_list()
    return size(given) * size(kernel[:-1])


def einsum(equation, shapes):
    """The product of the sizes of an einsum's distinct indices; the axes "..." stands for are
    indices too, aligned from the right across the operands as NumPy broadcasts them."""
    operands = equation.split("->")[0].split(",")
    sizes = {}
    for letters, shape in zip(operands, shapes):
        if "..." in letters:
            before, after = letters.split("...")
            elided = len(shape) - len(before) - len(after)
            indices = list(before) + [f"...{elided - i}" for i in range(elided)] + list(after)
        else:
            indices = list(letters)
        for index, size in zip(indices, shape):
            sizes[index] = max(sizes.get(index, 1), size)
    total = 1
    for size in sizes.values():
        total *= size
    return total
