package dev.shapecheck.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines Keras 3 prints outside its table ({@code Model: "..."} and the parameter totals) as
 * rich's {@code Console.print} lays them out on a terminal: wrapped at its width, a word longer
 * than the line folded onto the next ones, and, unlike a table cell, nothing padded or stripped: a
 * line that breaks after a space keeps it.
 *
 * <p>This is rich's {@code Text.wrap} with its defaults ({@code overflow="fold"}, {@code
 * justify="default"}) over {@code rich._wrap.divide_line}, for text of one cell per character.
 */
final class RichConsoleLines {
  private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*");

  private RichConsoleLines() {}

  /** {@code text} (one line, no {@code '\n'}) as rich prints it {@code width} columns wide. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int at : foldingBreaks(text, width)) {
      lines.add(fit(text.substring(from, at), width));
      from = at;
    }
    lines.add(fit(text.substring(from), width));
    return lines;
  }

  /** rich's {@code divide_line(text, width, fold=True)}: the offsets where lines start. */
  private static List<Integer> foldingBreaks(String text, int width) {
    List<Integer> breaks = new ArrayList<>();
    int offset = 0;
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      int start = words.start();
      String word = words.group();
      int length = word.stripTrailing().length();
      if (width - offset >= length) {
        offset += word.length();
      } else if (length > width) {
        // rich chops the word with its trailing spaces into lines of the full width.
        for (int chunk = 0; chunk < word.length(); chunk += width) {
          if (start + chunk > 0) {
            breaks.add(start + chunk);
          }
          offset = Math.min(width, word.length() - chunk);
        }
      } else if (offset > 0 && start > 0) {
        breaks.add(start);
        offset = word.length();
      }
    }
    return breaks;
  }

  /** rich's {@code rstrip_end(width)}: only the spaces beyond the width go; then cropped to it. */
  private static String fit(String line, int width) {
    if (line.length() <= width) {
      return line;
    }
    String stripped = line.stripTrailing();
    String kept = line.substring(0, Math.max(stripped.length(), width));
    return kept.length() <= width ? kept : kept.substring(0, width);
  }
}
