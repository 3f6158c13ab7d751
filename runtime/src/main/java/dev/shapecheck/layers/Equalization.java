package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Equalization}: histogram equalization of each channel. The output shape is the input
 * shape; no parameters. Keras 3.15.1's call returns its input tensor itself, so Keras builds a
 * model with it only where that tensor is the model's input and is not the model's output: the
 * first layers of a {@code @Sequential} model, followed by another layer (and there it never runs).
 * Elsewhere Keras fails ("... is part of a cycle") and so does ShapeCheck ({@code
 * ReturnsItsInput}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Equalization {
  /**
   * The range of the input's values, two numbers (Keras's default {@code (0, 255)}), stored sorted.
   */
  double[] valueRange() default {0, 255};

  /** The number of histogram bins (Keras's default 256); Keras checks nothing of it. */
  int bins() default 256;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
