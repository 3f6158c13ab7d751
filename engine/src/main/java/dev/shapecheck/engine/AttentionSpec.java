package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.List;

/**
 * What Keras's attention layers share: they take a query, a value and optionally a key (Keras's
 * call arguments in its order, the value standing in for an absent key), so only a functional model
 * can connect them, and their weights depend on the sizes Keras builds their projections on. Their
 * multiply-accumulates are left unknown (the project counts them only for layers with one weight
 * matrix; see "Cost figures" in the guide).
 */
abstract class AttentionSpec implements MultiInputSpec {
  private final String type;

  AttentionSpec(String type) {
    this.type = type;
  }

  @Override
  public final int minInputs() {
    return 2;
  }

  @Override
  public final int maxInputs() {
    return 3;
  }

  /** The output for a query, a value and a key (the value when no key is given). */
  abstract LayerOutput attend(
      Shape query, Shape value, Shape key, boolean keyGiven, List<InputDescription> ins)
      throws ShapeError;

  @Override
  public final LayerOutput apply(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
    if (inputs.size() < 2 || inputs.size() > 3) {
      throw new ShapeError(
          ErrorKind.WRONG_INPUT_COUNT,
          null,
          type + " takes a query, a value and optionally a key, but receives " + inputs.size(),
          "2 or 3 inputs: query, value[, key]",
          "name the query, the value and the key layers as the method's parameters, in that order");
    }
    boolean keyGiven = inputs.size() == 3;
    return attend(
        inputs.get(0), inputs.get(1), keyGiven ? inputs.get(2) : inputs.get(1), keyGiven, ins);
  }

  /** A Sequential model hands every layer one input: the value is missing. */
  @Override
  public final LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    throw new ShapeError(
        ErrorKind.WRONG_INPUT_COUNT,
        null,
        type
            + " attends from a query over a value, but in a Sequential model it receives only "
            + in,
        "2 or 3 inputs (query, value[, key]), which only a functional model can connect",
        "declare the model with @Functional and name the query and the value (and the key) as the"
            + " method's parameters, e.g. @"
            + type
            + " Layer attended(Layer query, Layer value);");
  }

  /** The description of input {@code index} (0 query, 1 value, 2 key; the value for no key). */
  static InputDescription describe(List<InputDescription> ins, int index) {
    return ins.get(Math.min(index, ins.size() - 1));
  }

  /** The last dimension of {@code shape}, which must be known to size a kernel. */
  final int knownLast(Shape shape, InputDescription in, String role, String weights)
      throws ShapeError {
    int last = shape.dim(shape.rank() - 1);
    if (Checked.unknown(last)) {
      throw new ShapeError(
          ErrorKind.UNKNOWN_DIMENSION,
          null,
          "the last axis of the " + role + ", " + in + ", is unknown (None)",
          "a known last dimension, to size " + weights,
          "give that dimension a size (a fixed @Input shape), or project the "
              + role
              + " with a Dense first");
    }
    return last;
  }

  /** A size as Keras prints it. */
  static String dim(int size) {
    return size == Shape.NONE ? "None" : Integer.toString(size);
  }

  /** A shape with its batch as Keras prints it, {@code (None, 5, 8)}. */
  static String withBatch(Shape shape) {
    StringBuilder text = new StringBuilder("(").append(dim(shape.batchSize()));
    for (int d : shape.dims()) {
      text.append(", ").append(dim(d));
    }
    return text.append(")").toString();
  }

  final String type() {
    return type;
  }
}
