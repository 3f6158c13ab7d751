package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.List;

/**
 * What every merge layer shares: how many inputs it takes, the count check, and the error for a
 * merge declared in a {@code @Sequential} model, whose evaluator hands every layer exactly one
 * input through the single-input {@link #apply(Shape, InputDescription)}.
 */
abstract class MergeSpec implements MultiInputSpec {
  private final String type;
  private final int minInputs;
  private final int maxInputs;

  MergeSpec(String type, int minInputs, int maxInputs) {
    this.type = type;
    this.minInputs = minInputs;
    this.maxInputs = maxInputs;
  }

  @Override
  public final int minInputs() {
    return minInputs;
  }

  @Override
  public final int maxInputs() {
    return maxInputs;
  }

  /** The output for inputs whose count is already known to be in range. */
  abstract LayerOutput merge(List<Shape> inputs, List<InputDescription> ins) throws ShapeError;

  @Override
  public final LayerOutput apply(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
    if (inputs.size() < minInputs || inputs.size() > maxInputs) {
      // The graph evaluator checks the count before calling; this keeps the spec safe alone.
      throw new ShapeError(
          ErrorKind.WRONG_INPUT_COUNT,
          null,
          type + " takes " + takes() + ", but receives " + inputs.size(),
          takes(),
          "name "
              + (maxInputs == 2 ? "exactly two" : "two or more")
              + " inbound layers as the method's parameters");
    }
    return merge(inputs, ins);
  }

  /**
   * Only a {@code @Sequential} model calls a layer with one input: a merge there has nothing to
   * merge with, which Keras reports as "A merge layer should be called on a list of inputs".
   */
  @Override
  public final LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    throw new ShapeError(
        ErrorKind.WRONG_INPUT_COUNT,
        null,
        type + " merges " + takes() + ", but in a Sequential model it receives only " + in,
        takes() + ", which only a functional model can connect",
        "declare the model with @Functional and name the layers to merge as the method's "
            + "parameters, e.g. @"
            + type
            + " Layer merged(Layer a, Layer b);");
  }

  /** "exactly 2 inputs", "2 or more inputs". */
  private String takes() {
    if (minInputs == maxInputs) {
      return "exactly " + minInputs + " inputs";
    }
    return maxInputs == Integer.MAX_VALUE
        ? minInputs + " or more inputs"
        : minInputs + " to " + maxInputs + " inputs";
  }

  /**
   * The batch size all inputs share: the one known size, or None when none is known. Two different
   * known sizes are an error, as in Keras's {@code Merge.build} ("Cannot merge tensors with
   * different batch sizes") and {@code batch_dot}.
   *
   * @param action how the message starts, e.g. "cannot add "
   */
  static int commonBatch(List<Shape> inputs, List<InputDescription> ins, String action)
      throws ShapeError {
    int known = -1;
    for (int i = 0; i < inputs.size(); i++) {
      int batch = inputs.get(i).batchSize();
      if (batch == Shape.NONE) {
        continue;
      }
      if (known < 0) {
        known = i;
      } else if (batch != inputs.get(known).batchSize()) {
        throw new ShapeError(
            ErrorKind.INCOMPATIBLE_INPUTS,
            null,
            action
                + ins.get(known)
                + " and "
                + ins.get(i)
                + ": their batch sizes are "
                + inputs.get(known).batchSize()
                + " and "
                + batch,
            "inputs of one batch size (or None)",
            "merged tensors come from one batch; give every @Input the same batchSize, or none");
      }
    }
    return known < 0 ? Shape.NONE : inputs.get(known).batchSize();
  }
}
