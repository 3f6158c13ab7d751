package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders Keras 3's {@code model.summary()} ({@code keras/src/utils/summary_utils.py} with the rich
 * library) as Keras prints it when its output is captured with {@code print_fn}: no colours, no
 * bold, every line ending in {@code '\n'}, the last one too.
 *
 * <p>What Keras prints depends on the terminal's width, even when captured: {@link Keras3Layout}
 * sizes the table from it, {@link RichColumnWidths} fits the columns as rich does, {@link BoxTable}
 * draws the table (cells wrap at spaces, a word longer than its column ends in "…") and {@link
 * RichConsoleLines} wraps the title and the totals at the terminal's width. On a terminal of at
 * least 92 columns (112 for a functional model with "Connected to") the table has Keras's full 88
 * (108) columns.
 *
 * <p>A functional model lists its layers in Keras's order ({@link KerasLayerOrder}), its {@code
 * InputLayer} rows included; unless it is a plain chain, with a "Connected to" column: the inbound
 * layers as {@code name[0][0]} joined by ", ", or "-" for an input.
 */
public final class Keras3SummaryTable {
  /** A terminal no line of the summary reaches: the full table, nothing wrapped but cells. */
  public static final int UNLIMITED_COLUMNS = Integer.MAX_VALUE;

  private Keras3SummaryTable() {}

  /** The summary on a terminal wide enough for all of it. */
  public static String render(ModelSummary summary) {
    return render(summary, UNLIMITED_COLUMNS);
  }

  /**
   * The summary on a terminal {@code columns} wide.
   *
   * @throws IllegalArgumentException if Keras prints no summary that narrow
   */
  public static String render(ModelSummary summary, int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("a terminal has at least one column: " + columns);
    }
    boolean connected = summary.isFunctional() && !KerasLayerOrder.isSequentialLike(summary);
    Keras3Layout layout = connected ? Keras3Layout.CONNECTED : Keras3Layout.SEQUENTIAL;
    int lineLength = layout.lineLength(columns);
    int[] widths = RichColumnWidths.contentWidths(layout.columnWidths(columns), lineLength);
    List<Layer> layers =
        summary.isFunctional() ? KerasLayerOrder.layers(summary) : summary.layers();
    List<String[]> rows = new ArrayList<>();
    for (Layer layer : layers) {
      String name = layer.name() + " (" + layer.type() + ")";
      String shape = KerasLayerOrder.outputShape(layer);
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
    line(out, "Model: \"" + summary.name() + "\"", columns);
    out.append(
        new BoxTable(widths, layout.aligns(), BoxTable.Overflow.ELLIPSIS)
            .render(layout.header(), rows));
    KerasLayerOrder.Totals totals = KerasLayerOrder.totals(summary);
    long int64 = summary.int64Params(); // 8 bytes each, as Keras counts an int64 weight
    line(out, totals("Total params: ", totals.total(), bytes, int64), columns);
    line(out, totals("Trainable params: ", totals.trainable(), bytes, 0), columns);
    line(out, totals("Non-trainable params: ", totals.nonTrainable(), bytes, int64), columns);
    return out.toString();
  }

  private static void line(StringBuilder out, String text, int columns) {
    for (String line : RichConsoleLines.wrap(text, columns)) {
      out.append(line).append('\n');
    }
  }

  /** Keras counts bytes as a float (bits / 8), so this never overflows where a long would. */
  private static String totals(String label, long count, int bytesPerWeight, long int64) {
    return " "
        + label
        + Readable.grouped(count)
        + " ("
        + Readable.memory((double) (count - int64) * bytesPerWeight + (double) int64 * Long.BYTES)
        + ")";
  }
}
