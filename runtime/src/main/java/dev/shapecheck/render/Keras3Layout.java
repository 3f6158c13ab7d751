package dev.shapecheck.render;

/**
 * The two table layouts of Keras 3's {@code print_summary} ({@code
 * keras/src/utils/summary_utils.py}) and the column arithmetic Keras does before it hands the table
 * to rich: a line length from the terminal, then a width per column from fixed fractions of it.
 *
 * <p>Keras reads the terminal even when {@code print_fn} captures the text: the line length is
 * {@code min(default, columns - 4)}, {@code columns} being {@code shutil.get_terminal_size()}'s
 * (the {@code COLUMNS} variable, else the terminal of standard output, else 80). So the full
 * 88-column (108 with "Connected to") table needs a terminal of 92 (112) columns, and a capture
 * without a terminal, as in CI or a log file, is the 80-column one. Keras refuses to print when a
 * column would be narrower than 4, and so does this class.
 */
enum Keras3Layout {
  /** Sequential models and functional chains: Keras's {@code sequential_like}. */
  SEQUENTIAL(
      88,
      new double[] {0.45, 0.80, 1.0},
      new String[] {"Layer (type)", "Output Shape", "Param #"},
      new BoxTable.Align[] {BoxTable.Align.LEFT, BoxTable.Align.LEFT, BoxTable.Align.RIGHT}),

  /** Any other functional model, with the "Connected to" column. */
  CONNECTED(
      108,
      new double[] {0.3, 0.56, 0.74, 1.0},
      new String[] {"Layer (type)", "Output Shape", "Param #", "Connected to"},
      new BoxTable.Align[] {
        BoxTable.Align.LEFT, BoxTable.Align.LEFT, BoxTable.Align.RIGHT, BoxTable.Align.LEFT
      });

  /** What Keras subtracts from the terminal's width for the table's line length. */
  private static final int TERMINAL_MARGIN = 4;

  /** Keras's narrowest column: {@code "Insufficient console width to print summary."} below. */
  private static final int NARROWEST_COLUMN = 4;

  private final int defaultLineLength;
  private final double[] positions;
  private final String[] header;
  private final BoxTable.Align[] aligns;

  Keras3Layout(
      int defaultLineLength, double[] positions, String[] header, BoxTable.Align[] aligns) {
    this.defaultLineLength = defaultLineLength;
    this.positions = positions;
    this.header = header;
    this.aligns = aligns;
  }

  String[] header() {
    return header.clone();
  }

  BoxTable.Align[] aligns() {
    return aligns.clone();
  }

  /** The table's width on a terminal of {@code columns} columns: Keras's {@code line_length}. */
  int lineLength(int columns) {
    return Math.min(defaultLineLength, columns - TERMINAL_MARGIN);
  }

  /**
   * The widths Keras gives rich for each column on a terminal {@code columns} wide, padding
   * included: {@code int(position * line_length)} minus the columns before, in doubles as Python
   * computes them. They add up to {@link #lineLength}.
   *
   * @throws IllegalArgumentException where Keras raises its {@code ValueError}
   */
  int[] columnWidths(int columns) {
    int[] widths = tryColumnWidths(lineLength(columns));
    if (widths == null) {
      throw new IllegalArgumentException(
          "Keras 3 prints no summary on a terminal of "
              + columns
              + " columns (\"Insufficient console width to print summary.\"): a column of its"
              + " table would be narrower than "
              + NARROWEST_COLUMN
              + "; it prints one on every terminal of at least "
              + alwaysPrintsFrom()
              + " columns");
    }
    return widths;
  }

  /**
   * The narrowest terminal from which on Keras always prints this layout. Not the narrowest on
   * which it prints: the integer fractions are not monotonic (a connected table prints at 23
   * columns, not at 24).
   */
  int alwaysPrintsFrom() {
    int columns = defaultLineLength + TERMINAL_MARGIN;
    while (tryColumnWidths(lineLength(columns - 1)) != null) {
      columns--;
    }
    return columns;
  }

  private int[] tryColumnWidths(int lineLength) {
    int[] widths = new int[positions.length];
    int current = 0;
    for (int i = 0; i < positions.length; i++) {
      int width = (int) (positions[i] * lineLength) - current;
      if (width < NARROWEST_COLUMN) {
        return null;
      }
      widths[i] = width;
      current += width;
    }
    return widths;
  }
}
