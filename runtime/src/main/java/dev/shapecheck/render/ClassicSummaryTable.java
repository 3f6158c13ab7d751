package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;

/**
 * Renders the summary table of tf.keras 2.x ({@code print_summary} for sequential models).
 *
 * <p>The layout is Keras's: 65 columns, cells starting at columns 0, 29 and 55, each row padded
 * with spaces to its full width. A cell longer than its column is cut at the next column's start,
 * and the last character kept is overwritten by the space that separates it from the next cell —
 * the exact behaviour of Keras's {@code print_row}, so long names look as they do in Keras.
 *
 * <p>A functional model lists its layers in Keras's order ({@link KerasLayerOrder}), its {@code
 * InputLayer} rows with the output shape as Keras prints that layer's: a list, {@code [(None, 28,
 * 28, 1)]}. Unless it is a plain chain, Keras's {@code print_layer_summary_with_connections} layout
 * applies: 98 columns, cells at 32, 53 and 65 ({@code [.33, .55, .67, 1.]} of the line), a
 * "Connected to" column with {@code name[0][0]} per inbound layer, the second and later ones on
 * lines of their own.
 */
public final class ClassicSummaryTable {
  static final int LINE_LENGTH = 65;
  private static final int[] POSITIONS = {29, 55, LINE_LENGTH};
  static final int CONNECTED_LINE_LENGTH = 98;
  private static final int[] CONNECTED_POSITIONS = {32, 53, 65, CONNECTED_LINE_LENGTH};

  private ClassicSummaryTable() {}

  public static String render(ModelSummary summary) {
    if (summary.isFunctional() && !KerasLayerOrder.isSequentialLike(summary)) {
      return renderConnected(summary);
    }
    StringBuilder out = new StringBuilder();
    out.append("Model: \"").append(summary.name()).append("\"\n");
    rule(out, '_', LINE_LENGTH);
    row(out, "Layer (type)", "Output Shape", "Param #");
    rule(out, '=', LINE_LENGTH);
    List<Layer> layers =
        summary.isFunctional() ? KerasLayerOrder.layers(summary) : summary.layers();
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      row(
          out,
          layer.name() + " (" + layer.type() + ")",
          outputShape(layer),
          Long.toString(layer.params()));
      rule(out, i == layers.size() - 1 ? '=' : '_', LINE_LENGTH);
    }
    totals(out, summary, LINE_LENGTH);
    return out.toString();
  }

  private static String renderConnected(ModelSummary summary) {
    StringBuilder out = new StringBuilder();
    out.append("Model: \"").append(summary.name()).append("\"\n");
    rule(out, '_', CONNECTED_LINE_LENGTH);
    row(out, CONNECTED_POSITIONS, "Layer (type)", "Output Shape", "Param #", "Connected to");
    rule(out, '=', CONNECTED_LINE_LENGTH);
    List<Layer> layers = KerasLayerOrder.layers(summary);
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      List<String> connections = KerasLayerOrder.connections(layer);
      row(
          out,
          CONNECTED_POSITIONS,
          layer.name() + " (" + layer.type() + ")",
          outputShape(layer),
          Long.toString(layer.params()),
          connections.isEmpty() ? "" : connections.get(0));
      for (int c = 1; c < connections.size(); c++) {
        row(out, CONNECTED_POSITIONS, "", "", "", connections.get(c));
      }
      rule(out, i == layers.size() - 1 ? '=' : '_', CONNECTED_LINE_LENGTH);
    }
    totals(out, summary, CONNECTED_LINE_LENGTH);
    return out.toString();
  }

  /** tf.keras 2 gives an {@code InputLayer} the list of its node's output shapes. */
  private static String outputShape(Layer layer) {
    String shape = KerasLayerOrder.outputShape(layer);
    return layer.type().equals("InputLayer") ? "[" + shape + "]" : shape;
  }

  private static void totals(StringBuilder out, ModelSummary summary, int lineLength) {
    KerasLayerOrder.Totals totals = KerasLayerOrder.totals(summary);
    out.append("Total params: ").append(Readable.grouped(totals.total())).append('\n');
    out.append("Trainable params: ").append(Readable.grouped(totals.trainable())).append('\n');
    out.append("Non-trainable params: ")
        .append(Readable.grouped(totals.nonTrainable()))
        .append('\n');
    rule(out, '_', lineLength);
  }

  private static void rule(StringBuilder out, char c, int lineLength) {
    out.append(String.valueOf(c).repeat(lineLength)).append('\n');
  }

  private static void row(StringBuilder out, String... fields) {
    row(out, POSITIONS, fields);
  }

  /**
   * Keras's {@code print_row}, which TensorFlow.js's {@code printRow} copies: append each field,
   * cut the line at the field's column end, pad to it, and let the next field overwrite the last
   * character with the separating space.
   */
  static void row(StringBuilder out, int[] positions, String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.setCharAt(line.length() - 1, ' ');
      }
      line.append(fields[i]);
      line.setLength(Math.min(line.length(), positions[i]));
      while (line.length() < positions[i]) {
        line.append(' ');
      }
    }
    out.append(line).append('\n');
  }
}
