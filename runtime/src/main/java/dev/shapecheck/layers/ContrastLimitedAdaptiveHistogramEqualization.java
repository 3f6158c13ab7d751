package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code ContrastLimitedAdaptiveHistogramEqualization} (CLAHE): equalizes each tile of a grid
 * over the image, in training and at inference. Input {@code (height, width, channels)}; the output
 * shape is the input shape. No parameters. Keras pads the image symmetrically to whole tiles, which
 * needs each padding no larger than the side it pads.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ContrastLimitedAdaptiveHistogramEqualization {
  /**
   * The range of the input's values, two numbers (Keras's default {@code (0, 255)}), stored as
   * given.
   */
  double[] valueRange() default {0, 255};

  /** Limits the contrast amplification in each tile (Keras's default 4.0; 0 or less: no limit). */
  double clipLimit() default 4.0;

  /** The grid of tiles, {@code (rows, columns)}, each at least 1 (Keras's default (8, 8)). */
  int[] tileGridSize() default {8, 8};

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
