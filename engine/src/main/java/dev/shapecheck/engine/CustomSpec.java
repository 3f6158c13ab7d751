package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A layer whose code ShapeCheck cannot read — Keras's {@code Lambda} and a user's own subclass of
 * {@code keras.layers.Layer} ({@code @Custom}) — declared by what it gives: its output shape and
 * its weight counts, which ShapeCheck trusts (that the Python code agrees is the user's
 * responsibility). What it checks is what such a declaration can get wrong by itself: a shape Keras
 * cannot hold, negative counts, a class name Python cannot have.
 *
 * <p>Like Keras's {@code Lambda.compute_output_shape}, the stated shape has no batch axis and takes
 * the first input's batch; the layer takes one input or a list of them.
 */
final class CustomSpec implements MultiInputSpec {
  private static final Pattern PYTHON_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The stated shape without the batch, or null: the first input's. */
  private final int[] outputShape;

  private final long trainable;
  private final long nonTrainable;

  /** A Lambda (whose function is called on a list as given), not a user's layer class. */
  private final boolean lambda;

  private CustomSpec(int[] outputShape, long trainable, long nonTrainable) {
    this(outputShape, trainable, nonTrainable, false);
  }

  private CustomSpec(int[] outputShape, long trainable, long nonTrainable, boolean lambda) {
    this.lambda = lambda;
    this.outputShape = outputShape;
    this.trainable = trainable;
    this.nonTrainable = nonTrainable;
  }

  /** Keras's {@code Lambda(output_shape=...)}: a stated shape, no weights. */
  static CustomSpec lambda(Arguments args) {
    int[] shape = args.intArray("outputShape");
    if (shape.length == 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "outputShape",
          "outputShape is empty, but ShapeCheck needs the Lambda's output shape",
          "state the shape the function returns, without the batch axis, e.g. outputShape ="
              + " {32}; -1 for a size known only when the model runs");
    }
    return new CustomSpec(checkedShape(args, shape), 0, 0, true);
  }

  /** A user's own layer class: its name, its stated shape (or its input's) and weight counts. */
  static CustomSpec custom(Arguments args) {
    Object type = args.text("type");
    if (!(type instanceof String) || !PYTHON_IDENTIFIER.matcher((String) type).matches()) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "type",
          "type = \"" + type + "\", but it must be the layer's Python class name",
          "give the class name as Python spells it, e.g. type = \"LayerScale\"");
    }
    int[] shape = args.intArray("outputShape");
    int params = args.intAtLeast("params", 0);
    int nonTrainable = args.intAtLeast("nonTrainableParams", 0);
    if (nonTrainable > params) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "nonTrainableParams",
          "nonTrainableParams = "
              + nonTrainable
              + ", but the layer has only params = "
              + params
              + " in all",
          "params counts every weight, the non-trainable ones included (Keras's \"Param #\")");
      nonTrainable = 0;
    }
    return new CustomSpec(
        shape.length == 0 ? null : checkedShape(args, shape), params - nonTrainable, nonTrainable);
  }

  private static int[] checkedShape(Arguments args, int[] shape) {
    for (int dim : shape) {
      if (dim <= 0 && dim != Shape.NONE) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "outputShape",
            "outputShape = "
                + Arguments.format(shape)
                + ", but every size must be positive, or -1 for one known only when it runs",
            "Keras holds no shape with a size of 0 or below -1; use positive sizes or -1");
        break;
      }
    }
    return shape;
  }

  /**
   * A {@code @Sequential} Lambda after a layer with several outputs gets their list, as Keras calls
   * the function; a user's layer class is rejected there, as Keras 3 rejects the corpus's stand-in
   * for one (its {@code call} and {@code compute_output_shape} take one tensor).
   */
  @Override
  public boolean takesOutputList() {
    return lambda;
  }

  @Override
  public int minInputs() {
    return 1;
  }

  @Override
  public int maxInputs() {
    return Integer.MAX_VALUE;
  }

  @Override
  public LayerOutput apply(List<Shape> inputs, List<InputDescription> ins) {
    Shape first = inputs.get(0);
    Shape output = outputShape == null ? first : first.withDims(outputShape);
    // Its code is not seen: no MACs are counted for it (the guide's cost figures say so).
    return new LayerOutput(output, trainable, nonTrainable, 0);
  }
}
