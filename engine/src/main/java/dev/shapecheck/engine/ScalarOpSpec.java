package dev.shapecheck.engine;

import dev.shapecheck.Operator;
import dev.shapecheck.Shape;

/**
 * A {@code keras.ops} operation between a tensor and a Python number ({@code x + 3.0}, {@link
 * dev.shapecheck.layers.ScalarOp}): Keras's {@code compute_output_spec} broadcasts the tensor's
 * shape with the number's, {@code ()}, which is the tensor's shape whatever its rank. No weights,
 * and no multiply-accumulates (one operation per value, counted as 0 like an activation).
 */
final class ScalarOpSpec implements LayerSpec {
  private ScalarOpSpec() {}

  /** The operator must be given, the number finite (Keras's JSON holds no NaN or infinity). */
  static ScalarOpSpec parse(Arguments args) {
    args.enumValue("op", Operator.class, Operator.ADD);
    args.finiteDouble("value");
    args.bool("scalarFirst");
    return new ScalarOpSpec();
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) {
    return new LayerOutput(input, 0, 0);
  }
}
