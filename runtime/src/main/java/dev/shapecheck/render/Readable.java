package dev.shapecheck.render;

import dev.shapecheck.Layer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formats shared by the summary dialects, fixed to what Python and Keras print so a summary
 * reads the same on every machine whatever its default locale.
 */
final class Readable {
  private static final String[] MEMORY_UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};
  private static final String[] COUNT_UNITS = {"", "K", "M", "G", "T", "P", "E"};

  private Readable() {}

  /**
   * Python's {@code '{:,}'.format(n)}: digits in groups of three, comma-separated, whatever the
   * default locale. Written out rather than {@code String.format("%,d")}: the processor calls it
   * for every row of every generated summary, and a cold {@code Formatter} costs more than the rest
   * of the table.
   */
  static String grouped(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + (length - 1) / 3);
    int firstGroup = length % 3 == 0 ? 3 : length % 3;
    out.append(digits, 0, sign + firstGroup);
    for (int at = sign + firstGroup; at < digits.length(); at += 3) {
      out.append(',').append(digits, at, at + 3);
    }
    return out.toString();
  }

  /**
   * Keras 3's {@code readable_memory_size}: divide by 1024 until the value is below 1024 (or the
   * units run out at PB), then two decimals: {@code 364.54 KB}, {@code 0.00 B}. The divisions are
   * done in doubles, in Keras's order, so every figure rounds exactly as Keras's does.
   */
  static String memory(double bytes) {
    double size = bytes;
    for (String unit : MEMORY_UNITS) {
      if (size / 1024 < 1) {
        return twoDecimals(size) + " " + unit;
      }
      size /= 1024;
    }
    return twoDecimals(size) + " " + MEMORY_UNITS[MEMORY_UNITS.length - 1];
  }

  /** {@link #memory(double)} of a byte count, or {@code unknown} for {@link Layer#UNKNOWN}. */
  static String memory(long bytes) {
    return bytes == Layer.UNKNOWN ? "unknown" : memory((double) bytes);
  }

  /**
   * A count in decimal units as papers quote MACs: {@code 568.74 M}, {@code 2.94 M}, {@code 650}.
   */
  static String count(long n) {
    double value = n;
    int unit = 0;
    while (value >= 1000 && unit < COUNT_UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return unit == 0 ? Long.toString(n) : twoDecimals(value) + " " + COUNT_UNITS[unit];
  }

  /**
   * Python's {@code '{:.2f}'}: the double's exact binary value rounded half-even, which is what
   * Python's correctly rounded formatting amounts to ({@code String.format} rounds half-up on a
   * decimal approximation and differs on values such as 0.125).
   */
  static String twoDecimals(double value) {
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
