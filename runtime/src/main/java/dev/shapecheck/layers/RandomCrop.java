package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomCrop}: crops a random {@code height x width} part of images while training
 * (the central one at inference; an image smaller than that is resized to it, as Keras does). Input
 * {@code (height, width, channels)} ({@code (channels, height, width)} with {@code
 * CHANNELS_FIRST}); output the same with {@code height} and {@code width} replaced. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomCrop {
  /** The output height, positive. */
  int height();

  /** The output width, positive. */
  int width();

  /**
   * The random seed; {@code -1} (the default) stands for Keras's {@code None}, for which Keras
   * draws a seed and stores it in its config (ShapeCheck's {@code KERAS_JSON} writes {@code null},
   * and Keras draws a new one when it loads the model).
   */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
