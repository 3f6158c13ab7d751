package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code GlobalAveragePooling2D}: the mean over all spatial positions of {@code (height,
 * width, channels)}, per channel.
 *
 * <p>Output: {@code (channels)}, or with {@code keepdims} {@code (1, 1, channels)} in the input's
 * layout. Spatial axes may be unknown (None). No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GlobalAveragePooling2D {
  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** Keep every spatial axis with length 1 instead of dropping it. */
  boolean keepdims() default false;
}
