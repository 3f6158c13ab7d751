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
 * Keras {@code SeparableConvolution1D}: the alias {@code keras.layers} exports for {@link
 * SeparableConv1D}, the same layer with the same arguments. Keras builds a {@code SeparableConv1D}
 * from it, so summaries, names and the Keras JSON show {@code SeparableConv1D}; see {@link
 * SeparableConv1D} for its rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SeparableConvolution1D {
  /** The number of output channels of the pointwise step. */
  int filters();

  /** The window length. */
  int[] kernelSize();

  /** The step between windows. */
  int[] strides() default 1;

  /** {@code VALID} (no padding) or {@code SAME}. */
  Padding padding() default Padding.VALID;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The spacing between kernel taps; Keras forbids it above 1 with strides above 1. */
  int[] dilationRate() default 1;

  /** How many depthwise output channels each input channel gets. */
  int depthMultiplier() default 1;

  /** The activation applied to the output. */
  Activations activation() default Activations.LINEAR;

  /** Whether the layer adds one bias per filter. */
  boolean useBias() default true;
}
