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
 * Keras {@code Conv3D}: a 3-D convolution over {@code (depth, height, width, channels)} inputs,
 * e.g. volumes or video.
 *
 * <p>Output per spatial axis: {@code VALID} gives {@code floor((n - ((k - 1) * d + 1)) / s) + 1},
 * {@code SAME} gives {@code ceil(n / s)}. Parameters: {@code kd * kh * kw * (channels / groups) *
 * filters}, plus {@code filters} biases when {@code useBias}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Conv3D {
  /** The number of output channels. */
  int filters();

  /** The window depth, height and width; one value is used for all three. */
  int[] kernelSize();

  /** The step between windows per axis; one value is used for all three. */
  int[] strides() default 1;

  /** {@code VALID} (no padding) or {@code SAME}. */
  Padding padding() default Padding.VALID;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The spacing between kernel taps per axis; Keras forbids it above 1 with strides above 1. */
  int[] dilationRate() default 1;

  /** Split input and output channels into this many independent groups. */
  int groups() default 1;

  /** The activation applied to the output. */
  Activations activation() default Activations.LINEAR;

  /** Whether the layer adds one bias per filter. */
  boolean useBias() default true;
}
