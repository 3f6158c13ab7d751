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

  /**
   * The dtype of the layer's output tensor as Keras's symbolic call gives it, a Keras dtype name
   * ({@code "int64"}), or null for the model's float dtype: Keras's {@code compute_output_spec},
   * which most layers leave to their compute dtype whatever they receive. KERAS_JSON writes it on
   * the tensors the layer feeds. (The layers that keep their input's, Flatten and the like, are
   * {@link LayerTrait#KEEPS_DTYPE}.)
   *
   * @param input the symbolic dtype of its first input, null for the model's float dtype
   */
  default String tensorDtype(String input) {
    return null;
  }

  /**
   * Whether this layer, with its arguments, runs on strings and gives them back where its kind is
   * not {@link LayerTrait#RUNS_ON_STRINGS} for every argument: a linear {@code Activation}, whose
   * call returns its input as it is.
   */
  default boolean runsOnStrings() {
    return false;
  }

  /**
   * Whether the layer's output holds integers when the model runs, whatever Keras's symbolic dtype
   * says: a lookup's ONE_HOT, MULTI_HOT and COUNT encodings are int64 tensors (its symbolic output
   * is float). An integer {@link #tensorDtype} counts as integers without this.
   */
  default boolean outputsIntegers() {
    return false;
  }

  /** Whether the layer's output is strings (an inverted StringLookup's); numbers otherwise. */
  default boolean outputsStrings() {
    return false;
  }

  /**
   * Whether the layer, called on a list of tensors (what a {@code @Sequential} model hands the
   * layer after one with several outputs, such as an LSTM with {@code returnState}), returns the
   * list as it is, as Keras 3's {@code Dropout}, noise layers, {@code Identity}, {@code
   * ActivityRegularization} and a linear {@code Activation} do when the model runs; Keras's other
   * single-input layers reject the list.
   */
  default boolean passesOutputsThrough() {
    return false;
  }

  /**
   * Whether the layer takes such a list as its inputs: Keras's merge layers and {@code Lambda}
   * (true by default for a {@link MultiInputSpec}).
   */
  default boolean takesOutputList() {
    return this instanceof MultiInputSpec;
  }
}
