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
 * Keras {@code DepthwiseConv2D}: a 2-D depthwise convolution over {@code (height, width, channels)}
 * inputs, which convolves every input channel on its own with {@code depthMultiplier} kernels and
 * never mixes channels.
 *
 * <p>Output per spatial axis as for {@code Conv2D}: {@code VALID} gives {@code floor((n - ((k - 1)
 * * d + 1)) / s) + 1}, {@code SAME} gives {@code ceil(n / s)}; output channels are {@code channels
 * * depthMultiplier}. Parameters: {@code kh * kw * channels * depthMultiplier}, plus {@code
 * channels * depthMultiplier} biases when {@code useBias}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DepthwiseConv2D {
  /** The window height and width; one value is used for both. */
  int[] kernelSize();

  /** The step between windows per axis; one value is used for both. */
  int[] strides() default 1;

  /** {@code VALID} (no padding) or {@code SAME}. */
  Padding padding() default Padding.VALID;

  /** How many output channels each input channel gets. */
  int depthMultiplier() default 1;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The spacing between kernel taps; Keras forbids it above 1 with strides above 1. */
  int[] dilationRate() default 1;

  /** The activation applied to the output. */
  Activations activation() default Activations.LINEAR;

  /** Whether the layer adds one bias per output channel. */
  boolean useBias() default true;
}
