package dev.shapecheck;

/**
 * The dialects {@link ModelSummary#toString(SummaryStyle)} prints a model summary in: the tables of
 * the frameworks users already read, character for character, and ShapeCheck's own table with
 * everything the engine computes.
 */
public enum SummaryStyle {
  /**
   * tf.keras 2.x {@code model.summary()}: 65 columns of underscores and equals signs, over-long
   * cells cut. The same text as {@link ModelSummary#toString()}.
   */
  KERAS_CLASSIC,

  /**
   * Keras 3 {@code model.summary()}: the box-drawn table Keras renders with the rich library, a
   * rule between rows, thousands separators, and parameter memory in Keras's units, byte for byte
   * what Keras hands {@code print_fn}. Cells wrap at spaces inside their column; a word longer than
   * its column ends in "…", as in Keras. Keras sizes the table by the terminal: {@link
   * ModelSummary#toString(SummaryStyle)} prints it on a terminal wide enough for all of it (a table
   * of 88 columns, 108 with "Connected to"), {@link ModelSummary#toString(SummaryStyle, int)} on a
   * terminal of a given width (80 is also what Keras prints where no terminal is attached).
   */
  KERAS3,

  /**
   * TensorFlow.js {@code model.summary()} (tfjs-layers 4.22): 90 columns, an input shape column,
   * shapes as JSON arrays ({@code [null,26,26,32]}), counts without separators, no model name.
   */
  TFJS,

  /**
   * ShapeCheck's table: input and output shapes, parameters with their non-trainable part,
   * multiply-accumulates and output memory per layer, then parameter, activation and training
   * memory totals. Nothing is ever cut: long cells wrap inside their column.
   */
  DETAILED
}
