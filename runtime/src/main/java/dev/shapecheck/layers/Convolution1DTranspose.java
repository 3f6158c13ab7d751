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
 * Keras {@code Convolution1DTranspose}: the alias {@code keras.layers} exports for {@link
 * Conv1DTranspose}, the same layer with the same arguments. Keras builds a {@code Conv1DTranspose}
 * from it, so summaries, names and the Keras JSON show {@code Conv1DTranspose}; see {@link
 * Conv1DTranspose} for its rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Convolution1DTranspose {
  /** The number of output channels. */
  int filters();

  /** The window length. */
  int[] kernelSize();

  /** The stride of the matching convolution: the factor by which each axis grows. */
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
