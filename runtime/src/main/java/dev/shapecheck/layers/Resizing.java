package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.FillMode;
import dev.shapecheck.Interpolation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Resizing}: resizes images to {@code height x width}. Input {@code (height, width,
 * channels)} ({@code (channels, height, width)} with {@code CHANNELS_FIRST}); output the same with
 * {@code height} and {@code width} replaced, the channels kept. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resizing {
  /** The output height, positive. */
  int height();

  /** The output width, positive. */
  int width();

  /** How the resized image is computed (Keras's default {@code BILINEAR}). */
  Interpolation interpolation() default Interpolation.BILINEAR;

  /** Crops to the target aspect ratio first, so the image is not distorted. */
  boolean cropToAspectRatio() default false;

  /** Pads to the target aspect ratio first (with {@code fillValue}); not with cropping. */
  boolean padToAspectRatio() default false;

  /** How padding is filled; Keras's TensorFlow backend runs only {@code CONSTANT}. */
  FillMode fillMode() default FillMode.CONSTANT;

  /** The value padding is filled with. */
  double fillValue() default 0.0;

  /** Whether to use an anti-aliasing filter when downsampling. */
  boolean antialias() default false;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
