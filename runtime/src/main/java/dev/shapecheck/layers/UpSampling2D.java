package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Interpolation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code UpSampling2D}: enlarges {@code (height, width, channels)} images by integer factors.
 *
 * <p>Output: {@code (height * size[0], width * size[1], channels)}; an unknown (None) axis stays
 * unknown. The interpolation never changes the shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UpSampling2D {
  /** The factors for height and width; one value is used for both. Must be positive. */
  int[] size() default 2;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** How the new rows and columns are filled in. */
  Interpolation interpolation() default Interpolation.NEAREST;
}
