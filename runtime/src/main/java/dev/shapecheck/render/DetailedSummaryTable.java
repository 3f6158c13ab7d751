package dev.shapecheck.render;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import dev.shapecheck.SummaryStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * Renders ShapeCheck's own summary ({@link SummaryStyle#DETAILED}): what Keras, tfjs and torchinfo
 * show between them, in one table, without ever cutting a cell.
 *
 * <p>Per layer: input and output shapes, parameters (with the non-trainable part on a second line
 * where a layer has any), multiply-accumulates and output memory for one sample; then totals for
 * parameters and their memory (Keras 3's units), MACs, activation memory per sample, and a
 * training-memory estimate at {@value #TRAINING_BATCH} samples per batch. The table is drawn like
 * Keras 3's; each column is as wide as its longest cell up to a maximum, and longer cells wrap at
 * spaces, words longer than the column folding onto the next line. {@link MarkdownSummary} and
 * {@link CsvSummary} print the same figures.
 *
 * <p>A functional model keeps its declaration order and gains a last column, "Connected to", naming
 * each layer's inbound layers in order ("-" for an input); a layer with several inputs lists every
 * input shape, one per line.
 */
public final class DetailedSummaryTable {
  /**
   * The batch size of the training-memory total: Keras's default for {@code fit()} (and the usual
   * first try), so the estimate answers "will the default run fit?".
   */
  static final int TRAINING_BATCH = 32;

  /** Marks a figure that depends on an unknown (None) dimension. */
  static final String UNKNOWN_CELL = "?";

  static final String[] HEADER = {
    "Layer (type)", "Input Shape", "Output Shape", "Param #", "MACs", "Output memory"
  };
  static final String CONNECTED_HEADER = "Connected to";
  private static final int[] MAX_WIDTHS = {36, 24, 24, 26, 17, 13, 30};
  private static final BoxTable.Align[] ALIGNS = {
    BoxTable.Align.LEFT,
    BoxTable.Align.LEFT,
    BoxTable.Align.LEFT,
    BoxTable.Align.RIGHT,
    BoxTable.Align.RIGHT,
    BoxTable.Align.RIGHT,
    BoxTable.Align.LEFT
  };

  private DetailedSummaryTable() {}

  public static String render(ModelSummary summary) {
    List<String[]> rows = new ArrayList<>();
    for (Layer layer : summary.layers()) {
      rows.add(cells(layer, summary, "\n"));
    }
    String[] header = header(summary);
    int[] widths = new int[header.length];
    for (int i = 0; i < widths.length; i++) {
      int needed = longestLine(header[i]);
      for (String[] row : rows) {
        needed = Math.max(needed, longestLine(row[i]));
      }
      widths[i] = Math.min(needed, MAX_WIDTHS[i]);
    }
    StringBuilder out = new StringBuilder();
    out.append(title(summary)).append('\n');
    BoxTable.Align[] aligns = Arrays.copyOf(ALIGNS, header.length);
    out.append(new BoxTable(widths, aligns, BoxTable.Overflow.FOLD).render(header, rows));
    for (String line : totals(summary)) {
      out.append(' ').append(line).append('\n');
    }
    return out.toString();
  }

  static String title(ModelSummary summary) {
    return "Model: \"" + summary.name() + "\" (" + summary.dtype().kerasName() + ")";
  }

  /** The column titles: {@link #HEADER}, and "Connected to" for a functional model. */
  static String[] header(ModelSummary summary) {
    if (!summary.isFunctional()) {
      return HEADER.clone();
    }
    String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
    header[HEADER.length] = CONNECTED_HEADER;
    return header;
  }

  /**
   * One layer's cells, in {@link #header} order; {@code lineBreak} goes between a parameter count
   * and its non-trainable part, and between the input shapes of a layer with several inputs.
   */
  static String[] cells(Layer layer, ModelSummary summary, String lineBreak) {
    String[] cells = cells(layer, summary.dtype(), lineBreak);
    if (!summary.isFunctional()) {
      return cells;
    }
    StringJoiner inputs = new StringJoiner(lineBreak);
    for (Shape shape : layer.inputShapes()) {
      inputs.add(shape.toString());
    }
    cells[1] = inputs.toString();
    String[] all = Arrays.copyOf(cells, cells.length + 1);
    all[cells.length] = layer.inbound().isEmpty() ? "-" : String.join(", ", layer.inbound());
    return all;
  }

  static String[] cells(Layer layer, DType dtype, String lineBreak) {
    String params = Readable.grouped(layer.params());
    if (layer.nonTrainableParams() > 0) {
      params += lineBreak + "(" + Readable.grouped(layer.nonTrainableParams()) + " non-trainable)";
    }
    long bytes = CostFigures.times(layer.outputElements(), dtype.bytes());
    return new String[] {
      layer.name() + " (" + layer.type() + ")",
      layer.inputShape().toString(),
      layer.outputShape().toString(),
      params,
      layer.macs() == Layer.UNKNOWN ? UNKNOWN_CELL : Readable.grouped(layer.macs()),
      bytes == Layer.UNKNOWN ? UNKNOWN_CELL : Readable.memory((double) bytes)
    };
  }

  /** The lines under the table (without the leading space the text table puts before each). */
  static List<String> totals(ModelSummary summary) {
    List<String> lines = new ArrayList<>();
    lines.add(params("Total params: ", summary.totalParams(), summary.paramBytes()));
    lines.add(
        params("Trainable params: ", summary.trainableParams(), summary.trainableParamBytes()));
    lines.add(
        params(
            "Non-trainable params: ",
            summary.nonTrainableParams(),
            summary.nonTrainableParamBytes()));
    String unknown = "unknown (" + unknownReason(summary) + ")";
    long macs = summary.totalMacs();
    lines.add(
        "MACs per sample: "
            + (macs == Layer.UNKNOWN
                ? unknown
                : Readable.grouped(macs) + " (" + Readable.count(macs) + ")"));
    long activations = summary.activationBytes();
    lines.add(
        "Activation memory per sample: "
            + (activations == Layer.UNKNOWN ? unknown : Readable.memory(activations)));
    long training = summary.trainingMemoryBytes(TRAINING_BATCH);
    lines.add(
        "Training memory, batch "
            + TRAINING_BATCH
            + " with Adam: "
            + (training == Layer.UNKNOWN ? unknown : Readable.memory(training)));
    for (Layer layer : summary.layers()) {
      if (Arrays.asList(cells(layer, summary.dtype(), " ")).contains(UNKNOWN_CELL)) {
        lines.add(UNKNOWN_CELL + " = " + unknownReason(summary));
        break;
      }
    }
    return lines;
  }

  /** Why a figure is unknown: almost always a None dimension, else beyond a long's range. */
  private static String unknownReason(ModelSummary summary) {
    for (Layer layer : summary.layers()) {
      if (!layer.inputShape().isFullyDefined() || !layer.outputShape().isFullyDefined()) {
        return "depends on a None dimension";
      }
    }
    return "more than 2^63 - 1";
  }

  private static String params(String label, long count, long bytes) {
    return label + Readable.grouped(count) + " (" + Readable.memory(bytes) + ")";
  }

  private static int longestLine(String cell) {
    int longest = 0;
    for (String line : cell.split("\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }
}
