package dev.shapecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders Keras 3's {@code model.summary()} for a Sequential model ({@code
 * keras/src/utils/summary_utils.py} with the rich library), as Keras prints it when its output is
 * captured: no colours, no bold.
 *
 * <p>Keras asks rich for a table 88 wide with columns at 45%, 80% and 100% of the line, i.e. 39, 31
 * and 18 columns. Rich takes 4 for the borders and needs 2 more per column for the padding, so 94
 * do not fit in 84: it shrinks every column evenly ({@code ratio_reduce} of the excess 10: 3, 4,
 * 3), which leaves 36, 27 and 15 characters of text per cell. Those are the widths here.
 */
final class Keras3SummaryTable {
  private static final BoxTable TABLE =
      new BoxTable(
          new int[] {36, 27, 15},
          new BoxTable.Align[] {BoxTable.Align.LEFT, BoxTable.Align.LEFT, BoxTable.Align.RIGHT},
          BoxTable.Overflow.ELLIPSIS);
  private static final String[] HEADER = {"Layer (type)", "Output Shape", "Param #"};

  private Keras3SummaryTable() {}

  static String render(ModelSummary summary) {
    List<String[]> rows = new ArrayList<>();
    for (Layer layer : summary.layers()) {
      rows.add(
          new String[] {
            layer.name() + " (" + layer.type() + ")",
            layer.outputShape().toString(),
            Readable.grouped(layer.params())
          });
    }
    int bytes = summary.dtype().bytes();
    StringBuilder out = new StringBuilder();
    out.append("Model: \"").append(summary.name()).append("\"\n");
    out.append(TABLE.render(HEADER, rows));
    totals(out, "Total params: ", summary.totalParams(), bytes);
    totals(out, "Trainable params: ", summary.trainableParams(), bytes);
    totals(out, "Non-trainable params: ", summary.nonTrainableParams(), bytes);
    return out.toString();
  }

  /** Keras counts bytes as a float (bits / 8), so this never overflows where a long would. */
  private static void totals(StringBuilder out, String label, long count, int bytesPerWeight) {
    out.append(' ')
        .append(label)
        .append(Readable.grouped(count))
        .append(" (")
        .append(Readable.memory((double) count * bytesPerWeight))
        .append(")\n");
  }
}
