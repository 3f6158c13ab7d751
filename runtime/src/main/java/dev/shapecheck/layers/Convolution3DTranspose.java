package dev.shapecheck.layers;

import dev.shapecheck.Activations;
import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Convolution3DTranspose}: the alias {@code keras.layers} exports for {@link
 * Conv3DTranspose}, the same layer with the same arguments. Keras builds a {@code Conv3DTranspose}
 * from it, so summaries, names and the Keras JSON show {@code Conv3DTranspose}; see {@link
 * Conv3DTranspose} for its rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Convolution3DTranspose {
  /** The number of output channels. */
  int filters();

  /** The window depth, height and width; one value is used for all three. */
  int[] kernelSize();

  /**
   * The stride of the matching convolution: the factor by which each axis grows; one value is used
   * for all three.
   */
  int[] strides() default 1;

  /** {@code VALID} or {@code SAME}. */
  Padding padding() default Padding.VALID;

  /**
   * Extra length at the end of each output axis, each value from 0 to its stride - 1. Empty (the
   * default) means Keras's {@code None}: the length follows from {@link #padding()}.
   */
  int[] outputPadding() default {};

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The spacing between kernel taps; Keras forbids it above 1 with strides above 1. */
  int[] dilationRate() default 1;

  /** The activation applied to the output. */
  Activations activation() default Activations.LINEAR;

  /** Whether the layer adds one bias per filter. */
  boolean useBias() default true;
}
