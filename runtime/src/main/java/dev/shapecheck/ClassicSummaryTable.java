package dev.shapecheck;

import java.util.List;
import java.util.Locale;

/**
 * Renders the summary table of tf.keras 2.x ({@code print_summary} for sequential models).
 *
 * <p>The layout is Keras's: 65 columns, cells starting at columns 0, 29 and 55, each row padded
 * with spaces to its full width. A cell longer than its column is cut at the next column's start,
 * and the last character kept is overwritten by the space that separates it from the next cell —
 * the exact behaviour of Keras's {@code print_row}, so long names look as they do in Keras.
 */
final class ClassicSummaryTable {
  static final int LINE_LENGTH = 65;
  private static final int[] POSITIONS = {29, 55, LINE_LENGTH};

  private ClassicSummaryTable() {}

  static String render(ModelSummary summary) {
    StringBuilder out = new StringBuilder();
    out.append("Model: \"").append(summary.name()).append("\"\n");
    rule(out, '_');
    row(out, "Layer (type)", "Output Shape", "Param #");
    rule(out, '=');
    List<Layer> layers = summary.layers();
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      row(
          out,
          layer.name() + " (" + layer.type() + ")",
          layer.outputShape().toString(),
          Long.toString(layer.params()));
      rule(out, i == layers.size() - 1 ? '=' : '_');
    }
    out.append("Total params: ").append(grouped(summary.totalParams())).append('\n');
    out.append("Trainable params: ").append(grouped(summary.trainableParams())).append('\n');
    out.append("Non-trainable params: ").append(grouped(summary.nonTrainableParams())).append('\n');
    rule(out, '_');
    return out.toString();
  }

  /** Python's {@code '{:,}'.format(n)}, whatever the default locale. */
  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static void rule(StringBuilder out, char c) {
    out.append(String.valueOf(c).repeat(LINE_LENGTH)).append('\n');
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
