package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import java.util.StringJoiner;

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
 *
 * <p>A functional model (a tfjs {@code LayersModel}) lists its layers in Keras's order ({@link
 * KerasLayerOrder}), {@code InputLayer} rows included. Unless it is a plain chain, tfjs's {@code
 * printLayerSummaryWithConnections} layout applies: 115 columns, cells at 27, 55, 80 and 92 ({@code
 * [0.24, 0.48, 0.70, 0.80, 1]} of the line, floored), every inbound shape in the input cell, and a
 * "Receives inputs" column with {@code name[0][0]} per inbound layer, the second and later ones on
 * lines of their own.
 */
public final class TfjsSummaryTable {
  static final int LINE_LENGTH = 90;
  private static final int[] POSITIONS = {28, 54, 80, LINE_LENGTH};
  static final int CONNECTED_LINE_LENGTH = 115;
  private static final int[] CONNECTED_POSITIONS = {27, 55, 80, 92, CONNECTED_LINE_LENGTH};

  private TfjsSummaryTable() {}

  public static String render(ModelSummary summary) {
    boolean connected = summary.isFunctional() && !KerasLayerOrder.isSequentialLike(summary);
    int lineLength = connected ? CONNECTED_LINE_LENGTH : LINE_LENGTH;
    int[] positions = connected ? CONNECTED_POSITIONS : POSITIONS;
    StringBuilder out = new StringBuilder();
    rule(out, '_', lineLength);
    if (connected) {
      row(
          out,
          positions,
          "Layer (type)",
          "Input Shape",
          "Output shape",
          "Param #",
          "Receives inputs");
    } else {
      row(out, positions, "Layer (type)", "Input Shape", "Output shape", "Param #");
    }
    rule(out, '=', lineLength);
    List<Layer> layers =
        summary.isFunctional() ? KerasLayerOrder.layers(summary) : summary.layers();
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      String name = layer.name() + " (" + layer.type() + ")";
      String inputs = inputShapes(layer);
      String output = json(layer.outputShape());
      String params = Long.toString(layer.params());
      if (connected) {
        List<String> connections = KerasLayerOrder.connections(layer);
        String first = connections.isEmpty() ? "" : connections.get(0);
        row(out, positions, name, inputs, output, params, first);
        for (int c = 1; c < connections.size(); c++) {
          row(out, positions, "", "", "", "", connections.get(c));
        }
      } else {
        row(out, positions, name, inputs, output, params);
      }
      rule(out, i == layers.size() - 1 ? '=' : '_', lineLength);
    }
    KerasLayerOrder.Totals totals = KerasLayerOrder.totals(summary);
    out.append("Total params: ").append(totals.total()).append('\n');
    out.append("Trainable params: ").append(totals.trainable()).append('\n');
    out.append("Non-trainable params: ").append(totals.nonTrainable()).append('\n');
    rule(out, '_', lineLength);
    return out.toString();
  }

  /** {@code JSON.stringify} of the node's list of input shapes. */
  private static String inputShapes(Layer layer) {
    StringJoiner shapes = new StringJoiner(",", "[", "]");
    for (Shape shape : layer.inputShapes()) {
      shapes.add(json(shape));
    }
    return shapes.toString();
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

  private static void rule(StringBuilder out, char c, int lineLength) {
    out.append(String.valueOf(c).repeat(lineLength)).append('\n');
  }

  private static void row(StringBuilder out, int[] positions, String... fields) {
    ClassicSummaryTable.row(out, positions, fields);
  }
}
