package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Cropping2D}: removes rows from the ends of the spatial axes of {@code (height,
 * width, channels)}.
 *
 * <p>Output per spatial axis: {@code n - before - after}, which must stay positive; an unknown
 * (None) axis stays unknown. Channels pass through. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Cropping2D {
  /**
   * The rows and columns removed: one value for every side; 2 values {@code (height, width)}, each
   * removed at both ends of its axis; or 4 values {@code (top, bottom, left, right)}, Keras's
   * {@code ((top, bottom), (left, right))} flattened. Values must not be negative.
   */
  int[] cropping() default 0;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
