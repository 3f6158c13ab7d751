package dev.shapecheck.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table drawn with box characters as the Python library rich draws Keras 3's summary: rich's
 * default heavy-headed box, one space of padding on each side of a cell, a rule between body rows,
 * every row as tall as its tallest cell (rich aligns the header's cells at the bottom of their row,
 * the others at the top).
 *
 * <p>Cells wrap as rich wraps text ({@code rich._wrap.divide_line}): a line breaks before the first
 * word that no longer fits, a word being a run of non-spaces with the spaces that follow. A word
 * longer than the whole column is where the two tables differ: Keras 3 keeps rich's default and
 * cuts it to the column with a trailing "…"; ShapeCheck's detailed table folds it onto as many
 * lines as it needs, so no character is ever lost.
 */
final class BoxTable {
  enum Align {
    LEFT,
    RIGHT
  }

  /** What happens to a word longer than its column. */
  enum Overflow {
    ELLIPSIS,
    FOLD
  }

  private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*");
  private static final char ELLIPSIS = '\u2026';

  private final int[] widths;
  private final Align[] aligns;
  private final Overflow overflow;

  /** {@code widths} are the content widths of the columns, padding and borders not included. */
  BoxTable(int[] widths, Align[] aligns, Overflow overflow) {
    this.widths = widths.clone();
    this.aligns = aligns.clone();
    this.overflow = overflow;
  }

  /** The table, each line ending in {@code '\n'}. */
  String render(String[] header, List<String[]> rows) {
    StringBuilder out = new StringBuilder();
    rule(out, '┏', '━', '┳', '┓');
    row(out, header, '┃', true);
    rule(out, '┡', '━', '╇', '┩');
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        rule(out, '├', '─', '┼', '┤');
      }
      row(out, rows.get(i), '│', false);
    }
    rule(out, '└', '─', '┴', '┘');
    return out.toString();
  }

  private void rule(StringBuilder out, char left, char line, char cross, char right) {
    out.append(left);
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        out.append(cross);
      }
      out.append(String.valueOf(line).repeat(widths[i] + 2));
    }
    out.append(right).append('\n');
  }

  /** One row, as tall as its tallest cell: body cells at the top, header cells at the bottom. */
  private void row(StringBuilder out, String[] cells, char border, boolean header) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < widths.length; i++) {
      List<String> lines = wrap(cells[i], widths[i], overflow);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int line = 0; line < height; line++) {
      out.append(border);
      for (int i = 0; i < widths.length; i++) {
        if (i > 0) {
          out.append(border);
        }
        List<String> lines = wrapped.get(i);
        int at = header ? line - (height - lines.size()) : line;
        String text = at >= 0 && at < lines.size() ? lines.get(at) : "";
        String pad = " ".repeat(widths[i] - text.length());
        out.append(' ');
        out.append(aligns[i] == Align.LEFT ? text + pad : pad + text);
        out.append(' ');
      }
      out.append(border).append('\n');
    }
  }

  /**
   * The lines of a cell at {@code width}, trailing spaces removed and none longer than {@code
   * width}; {@code '\n'} starts a new line. None at all for a width below 1.
   */
  static List<String> wrap(String text, int width, Overflow overflow) {
    List<String> lines = new ArrayList<>();
    if (width < 1) {
      return lines; // rich renders nothing in no space; the row's other cells give its height
    }
    for (String paragraph : text.split("\n", -1)) {
      int from = 0;
      for (int at : breaks(paragraph, width, overflow)) {
        lines.add(fit(paragraph.substring(from, at), width));
        from = at;
      }
      lines.add(fit(paragraph.substring(from), width));
    }
    return lines;
  }

  /** Where a paragraph breaks into lines: rich's {@code divide_line}, fold done word by word. */
  private static List<Integer> breaks(String text, int width, Overflow overflow) {
    List<Integer> breaks = new ArrayList<>();
    int offset = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      int start = word.start();
      String token = word.group();
      int length = token.stripTrailing().length();
      if (width - offset >= length) {
        offset += token.length();
      } else if (length > width) {
        // A word that fits on no line: it starts one of its own, then it is cut or folded.
        if (start > 0) {
          breaks.add(start);
        }
        offset = token.length();
        if (overflow == Overflow.FOLD) {
          // Chunks of the word itself (rich chops the trailing spaces too, which can leave a
          // line holding one space); the last chunk keeps the spaces and the line continues.
          for (int chunk = start + width; chunk < start + length; chunk += width) {
            breaks.add(chunk);
            offset = token.length() - (chunk - start);
          }
        }
      } else if (offset > 0 && start > 0) {
        breaks.add(start);
        offset = token.length();
      }
    }
    return breaks;
  }

  /** A line without its trailing spaces, cut with "…" when a word did not fit (Keras 3 only). */
  private static String fit(String line, int width) {
    String text = line.stripTrailing();
    return text.length() <= width ? text : text.substring(0, width - 1) + ELLIPSIS;
  }
}
