"""ShapeCheck's @ScalarOp in the Keras oracles: a keras.ops operation between a tensor and a
Python number (x + 3.0), built as Keras 3 records the Python expression.

`x + 3.0` on a KerasTensor calls keras.ops.add(x, 3.0), which records a
keras.src.ops.numpy.Add operation called on (x, 3.0): a row of model.operations (and of the
summary), not of model.layers. `bound` gives that operation, named as the corpus node, as a
callable the oracles call like a layer on the node's inbound tensor; `rows` lists what a model's
summary lists (its layers and such declared operations, not the operations Keras adds itself,
such as a mask's not_equal).
"""

# Operator constant -> the class of keras.src.ops.numpy that Python's operator records.
CLASSES = {"ADD": "Add", "SUBTRACT": "Subtract", "MULTIPLY": "Multiply",
           "TRUE_DIVIDE": "TrueDivide", "POWER": "Power"}


class Bound:
    """The operation with its number, called as the corpus node's inbound tensors are given."""

    def __init__(self, operation, value, scalar_first):
        self.operation = operation
        self.value = value
        self.scalar_first = scalar_first
        operation._shapecheck_declared = True

    def __call__(self, inputs):
        tensors = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
        # One tensor is the Python expression; more are passed on as they come, for Keras to judge.
        args = [self.value] + tensors if self.scalar_first else tensors + [self.value]
        return self.operation(*args)

    # What oracle.py reads of a built layer (it has no weights).
    trainable_weights = []
    non_trainable_weights = []


def is_scalar_op(layer):
    return layer["type"] == "ScalarOp"


def bound(layer, name):
    from keras.src.ops import numpy as numpy_ops

    args = layer.get("args") or {}
    operation = getattr(numpy_ops, CLASSES[args["op"]])(name=name)
    return Bound(operation, float(args["value"]), bool(args.get("scalarFirst", False)))


def rows(graph):
    """The model's layers and its declared operations, in model.operations order."""
    from keras.src.layers.layer import Layer

    return [op for op in graph.operations
            if isinstance(op, Layer) or getattr(op, "_shapecheck_declared", False)]
