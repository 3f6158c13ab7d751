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
 * Keras {@code Conv1D}: a 1-D convolution over {@code (steps, channels)} inputs, e.g. sequences.
 *
 * <p>Output per spatial axis: {@code VALID} gives {@code floor((n - ((k - 1) * d + 1)) / s) + 1},
 * {@code SAME} and {@code CAUSAL} (left padding only, so no output sees later steps) give {@code
 * ceil(n / s)}. Parameters: {@code k * (channels / groups) * filters}, plus {@code filters} biases
 * when {@code useBias}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Conv1D {
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
