package dev.shapecheck;

/**
 * Renders TensorFlow.js's {@code model.summary()} for a sequential model ({@code printSummary} in
 * tfjs-layers 4.22, {@code src/utils/layer_utils.ts}).
 *
 * <p>tfjs prints 90 columns with cells at 32%, 61% and 89% of the line (columns 0, 28, 54 and 80,
 * floored), an input shape column that tf.keras dropped, shapes as {@code JSON.stringify} writes
 * them ({@code [[null,28,28,1]]} for the list of input shapes, {@code [null,26,26,32]} for the
 * output), counts without separators, and no model name. Cells are cut exactly as in tf.keras 2
 * ({@link ClassicSummaryTable}): at the next column, the last kept character replaced by the
 * separating space.
 */
final class TfjsSummaryTable {
  static final int LINE_LENGTH = 90;
  private static final int[] POSITIONS = {28, 54, 80, LINE_LENGTH};

  private TfjsSummaryTable() {}

  static String render(ModelSummary summary) {
    StringBuilder out = new StringBuilder();
    rule(out, '_');
    row(out, "Layer (type)", "Input Shape", "Output shape", "Param #");
    rule(out, '=');
    for (int i = 0; i < summary.layers().size(); i++) {
      Layer layer = summary.layers().get(i);
      row(
          out,
          layer.name() + " (" + layer.type() + ")",
          "[" + json(layer.inputShape()) + "]",
          json(layer.outputShape()),
          Long.toString(layer.params()));
      rule(out, i == summary.layers().size() - 1 ? '=' : '_');
    }
    out.append("Total params: ").append(summary.totalParams()).append('\n');
    out.append("Trainable params: ").append(summary.trainableParams()).append('\n');
    out.append("Non-trainable params: ").append(summary.nonTrainableParams()).append('\n');
    rule(out, '_');
    return out.toString();
  }

  /** {@code JSON.stringify} of a tfjs shape: the batch first, {@code null} for unknown. */
  private static String json(Shape shape) {
    StringBuilder out = new StringBuilder("[");
    appendDim(out, shape.batchSize());
    for (int dim : shape.dims()) {
      out.append(',');
      appendDim(out, dim);
    }
    return out.append(']').toString();
  }

  private static void appendDim(StringBuilder out, int dim) {
    out.append(dim == Shape.NONE ? "null" : Integer.toString(dim));
  }

  private static void rule(StringBuilder out, char c) {
    out.append(String.valueOf(c).repeat(LINE_LENGTH)).append('\n');
  }

  private static void row(StringBuilder out, String... fields) {
    ClassicSummaryTable.row(out, POSITIONS, fields);
  }
}
