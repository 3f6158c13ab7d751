package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * A layer whose arguments have been validated, ready to compute its output for an input shape.
 *
 * <p>Specs are pure functions of their arguments and the input; the model evaluator decides which
 * shape reaches which layer, so a branching graph reuses every spec unchanged.
 */
interface LayerSpec {
  /**
   * The output shape and weights for {@code input}.
   *
   * @param input the incoming shape (batch kept apart, see {@link Shape})
   * @param in describes the input for messages ("the (2, 2, 64) output of pool2")
   */
  LayerOutput apply(Shape input, InputDescription in) throws ShapeError;

  /**
   * Whether the layer takes strings (a model input of {@code InputDType.STRING}, an inverted
   * StringLookup's output). Keras's other layers take numbers: the engine rejects strings for them.
   */
  default boolean takesStrings() {
    return false;
  }

  /** Whether the layer's output is strings (an inverted StringLookup's); numbers otherwise. */
  default boolean outputsStrings() {
    return false;
  }
}
