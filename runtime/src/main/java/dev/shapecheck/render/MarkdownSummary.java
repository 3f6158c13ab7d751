package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.StringJoiner;

/**
 * The detailed summary ({@link DetailedSummaryTable}) as GitHub Flavored Markdown, for READMEs,
 * pull requests and notebooks: the same cells as a pipe table (numbers right-aligned), then the
 * totals as a list.
 *
 * <p>Names are written as code spans so that underscores in layer names stay literal; a {@code |}
 * anywhere in a cell is escaped, because GFM splits cells on it even inside code spans.
 *
 * <p>A functional model gains the detailed table's "Connected to" column, inbound names as code
 * spans.
 */
public final class MarkdownSummary {
  private MarkdownSummary() {}

  public static String render(ModelSummary summary) {
    StringBuilder out = new StringBuilder();
    out.append("Model: ")
        .append(cell(codeSpan(summary.name())))
        .append(" (")
        .append(summary.dtype().kerasName())
        .append(")\n\n");
    out.append('|');
    for (String header : DetailedSummaryTable.header(summary)) {
      out.append(' ').append(header).append(" |");
    }
    out.append("\n| :--- | :--- | :--- | ---: | ---: | ---: |");
    out.append(summary.isFunctional() ? " :--- |\n" : "\n");
    for (Layer layer : summary.layers()) {
      String[] cells = DetailedSummaryTable.cells(layer, summary, " ");
      cells[0] = codeSpan(layer.name()) + " (" + layer.type() + ")";
      if (summary.isFunctional()) {
        cells[cells.length - 1] = inbound(layer);
      }
      out.append('|');
      for (String cell : cells) {
        out.append(' ').append(cell(cell)).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
    for (String line : DetailedSummaryTable.totals(summary)) {
      out.append("- ").append(line).append('\n');
    }
    return out.toString();
  }

  private static String inbound(Layer layer) {
    if (layer.inbound().isEmpty()) {
      return "-";
    }
    StringJoiner names = new StringJoiner(", ");
    for (String name : layer.inbound()) {
      names.add(codeSpan(name));
    }
    return names.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** A CommonMark code span around any text: a fence longer than any run of backticks in it. */
  static String codeSpan(String text) {
    int longest = 0;
    int run = 0;
    for (char c : text.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = text.startsWith("`") || text.endsWith("`");
    return pad ? fence + " " + text + " " + fence : fence + text + fence;
  }
}
