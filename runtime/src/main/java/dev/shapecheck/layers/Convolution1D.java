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
 * Keras {@code Convolution1D}: the alias {@code keras.layers} exports for {@link Conv1D}, the same
 * layer with the same arguments. Keras builds a {@code Conv1D} from it, so summaries, names and the
 * Keras JSON show {@code Conv1D}; see {@link Conv1D} for its rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Convolution1D {
  /** The number of output channels. */
  int filters();

  /** The window length. */
  int[] kernelSize();

  /** The step between windows. */
  int[] strides() default 1;

  /** {@code VALID} (no padding), {@code SAME}, or {@code CAUSAL}. */
  Padding padding() default Padding.VALID;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The spacing between kernel taps; Keras forbids it above 1 with strides above 1. */
  int[] dilationRate() default 1;

  /** Split input and output channels into this many independent groups. */
  int groups() default 1;

  /** The activation applied to the output. */
  Activations activation() default Activations.LINEAR;

  /** Whether the layer adds one bias per filter. */
  boolean useBias() default true;
}
