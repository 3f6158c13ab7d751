package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code CenterCrop}: crops the central {@code height x width} part of images (an image
 * smaller than that is resized to it, as Keras does). Input {@code (height, width, channels)}
 * ({@code (channels, height, width)} with {@code CHANNELS_FIRST}); output the same with {@code
 * height} and {@code width} replaced. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CenterCrop {
  /** The output height, positive. */
  int height();

  /** The output width, positive. */
  int width();

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
