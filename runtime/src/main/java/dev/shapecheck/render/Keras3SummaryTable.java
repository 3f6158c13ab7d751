package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
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
 *
 * <p>A functional model lists its layers in Keras's order ({@link KerasLayerOrder}), its {@code
 * InputLayer} rows included. Unless it is a plain chain, Keras asks for 108 columns at 30%, 56%,
 * 74% and 100% (32, 28, 19 and 29) with a "Connected to" column: 116 with the padding in 103, so
 * rich takes 3, 3, 4 and 3 off, leaving 29, 25, 15 and 26. The connections are {@code name[0][0]}
 * joined by ", " and wrapped like any cell; an input has "-". Both widths assume a terminal of at
 * least 112 columns (Keras uses the terminal's width minus 4 when it is smaller).
 */
public final class Keras3SummaryTable {
  private static final BoxTable TABLE =
      new BoxTable(
          new int[] {36, 27, 15},
          new BoxTable.Align[] {BoxTable.Align.LEFT, BoxTable.Align.LEFT, BoxTable.Align.RIGHT},
          BoxTable.Overflow.ELLIPSIS);
  private static final String[] HEADER = {"Layer (type)", "Output Shape", "Param #"};
  private static final BoxTable CONNECTED_TABLE =
      new BoxTable(
          new int[] {29, 25, 15, 26},
          new BoxTable.Align[] {
            BoxTable.Align.LEFT, BoxTable.Align.LEFT, BoxTable.Align.RIGHT, BoxTable.Align.LEFT
          },
          BoxTable.Overflow.ELLIPSIS);
  private static final String[] CONNECTED_HEADER = {
    "Layer (type)", "Output Shape", "Param #", "Connected to"
  };

  private Keras3SummaryTable() {}

  public static String render(ModelSummary summary) {
    boolean connected = summary.isFunctional() && !KerasLayerOrder.isSequentialLike(summary);
    List<Layer> layers =
        summary.isFunctional() ? KerasLayerOrder.layers(summary) : summary.layers();
    List<String[]> rows = new ArrayList<>();
    for (Layer layer : layers) {
      String name = layer.name() + " (" + layer.type() + ")";
      String shape = layer.outputShape().toString();
      String params = Readable.grouped(layer.params());
      if (connected) {
        List<String> connections = KerasLayerOrder.connections(layer);
        String cell = connections.isEmpty() ? "-" : String.join(", ", connections);
        rows.add(new String[] {name, shape, params, cell});
      } else {
        rows.add(new String[] {name, shape, params});
      }
    }
    int bytes = summary.dtype().bytes();
    StringBuilder out = new StringBuilder();
    out.append("Model: \"").append(summary.name()).append("\"\n");
    out.append(
        connected ? CONNECTED_TABLE.render(CONNECTED_HEADER, rows) : TABLE.render(HEADER, rows));
    KerasLayerOrder.Totals totals = KerasLayerOrder.totals(summary);
    totals(out, "Total params: ", totals.total(), bytes);
    totals(out, "Trainable params: ", totals.trainable(), bytes);
    totals(out, "Non-trainable params: ", totals.nonTrainable(), bytes);
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
