package dev.shapecheck.render;

/**
 * How rich fits the columns Keras 3 asks for into the table Keras asks for ({@code
 * rich.table.Table._calculate_column_widths} with {@code rich._ratio.ratio_reduce}).
 *
 * <p>Keras gives every column a fixed width and the table a width equal to their sum, but rich
 * counts a column's width without its padding (one space each side) and the table's with its
 * borders (one per column, plus one). So the columns never fit: they are {@code 3n + 1} too wide
 * for {@code n} columns, and rich takes the excess off evenly, rounding Python's way (half to
 * even), first column first. That is the only step of rich's algorithm Keras's tables reach: no
 * column may wrap its width (they are fixed), and the table is never too narrow to fill.
 */
final class RichColumnWidths {
  private static final int PADDING = 2;

  private RichColumnWidths() {}

  /**
   * The text width of each column, padding and borders excluded, of a table {@code tableWidth} wide
   * whose columns Keras sized at {@code columnWidths}.
   *
   * @throws IllegalArgumentException if the columns do not add up to the table, as Keras's always
   *     do
   */
  static int[] contentWidths(int[] columnWidths, int tableWidth) {
    int sum = 0;
    for (int width : columnWidths) {
      sum += width;
    }
    if (sum != tableWidth) {
      throw new IllegalArgumentException(
          "columns of " + sum + " in a table of " + tableWidth + ": Keras's add up to the table");
    }
    int borders = columnWidths.length + 1;
    int available = tableWidth - borders;
    int[] padded = new int[columnWidths.length];
    int[] ones = new int[columnWidths.length];
    for (int i = 0; i < columnWidths.length; i++) {
      padded[i] = Math.min(columnWidths[i] + PADDING, available); // Measurement.with_maximum
      ones[i] = 1;
    }
    int[] reduced = ratioReduce(sum + PADDING * columnWidths.length - available, ones, padded);
    int[] content = new int[reduced.length];
    for (int i = 0; i < reduced.length; i++) {
      content[i] = Math.max(0, reduced[i] - PADDING);
    }
    return content;
  }

  /**
   * rich's {@code ratio_reduce(total, ratios, maximums=values, values)}: {@code total} taken off
   * {@code values} in proportion to {@code ratios}, each share rounded half to even as Python's
   * {@code round} does and at most the value itself.
   */
  static int[] ratioReduce(int total, int[] ratios, int[] values) {
    int totalRatio = 0;
    int[] effective = new int[ratios.length];
    for (int i = 0; i < ratios.length; i++) {
      effective[i] = values[i] != 0 ? ratios[i] : 0;
      totalRatio += effective[i];
    }
    int[] result = values.clone();
    int remaining = total;
    for (int i = 0; i < values.length && totalRatio > 0; i++) {
      if (effective[i] == 0) {
        continue;
      }
      int share = (int) Math.rint((double) effective[i] * remaining / totalRatio);
      int distributed = Math.min(values[i], share);
      result[i] = values[i] - distributed;
      remaining -= distributed;
      totalRatio -= effective[i];
    }
    return result;
  }
}
