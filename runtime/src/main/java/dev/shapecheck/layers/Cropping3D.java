package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Cropping3D}: removes rows from the ends of the spatial axes of {@code (depth,
 * height, width, channels)}.
 *
 * <p>Output per spatial axis: {@code n - before - after}, which must stay positive; an unknown
 * (None) axis stays unknown. Channels pass through. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Cropping3D {
  /**
   * The slices removed: one value for every side; 3 values {@code (depth, height, width)}, each
   * removed at both ends of its axis; or 6 values, Keras's {@code ((depth_before, depth_after),
   * (top, bottom), (left, right))} flattened. Values must not be negative.
   */
  int[] cropping() default 1;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
