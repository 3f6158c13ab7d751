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
 * Keras {@code Conv3DTranspose}: a transposed 3-D convolution (sometimes called deconvolution) over
 * {@code (depth, height, width, channels)} inputs, which grows volumes where a convolution shrinks
 * them.
 *
 * <p>Output per spatial axis of length {@code n}, with the dilated kernel {@code k' = (k - 1) * d +
 * 1} (Keras's {@code compute_conv_transpose_output_shape}): {@code VALID} gives {@code (n - 1) * s
 * + max(k', s)}, {@code SAME} gives {@code n * s}; with an explicit {@code outputPadding p}, {@code
 * VALID} gives {@code (n - 1) * s + k' + p} and {@code SAME} gives {@code (n - 1) * s + k' % 2 +
 * p}. Parameters: {@code kd * kh * kw * filters * channels}, plus {@code filters} biases when
 * {@code useBias}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Conv3DTranspose {
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
