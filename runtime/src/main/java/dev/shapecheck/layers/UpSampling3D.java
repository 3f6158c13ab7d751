package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code UpSampling3D}: repeats each slice, row and column of {@code (depth, height, width,
 * channels)} volumes by integer factors.
 *
 * <p>Output: {@code (depth * size[0], height * size[1], width * size[2], channels)}; an unknown
 * (None) axis stays unknown. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UpSampling3D {
  /** The factors for depth, height and width; one value is used for all three. Must be positive. */
  int[] size() default 2;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
