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
 * Keras {@code ConvLSTM3D}: an {@code LSTM} whose input and recurrent transformations are 3-D
 * convolutions, over a sequence of volumes.
 *
 * <p>Input {@code (timesteps, depth, height, width, channels)} ({@code timesteps} may be {@code
 * Shape.NONE}; {@code depth}, {@code height}, {@code width} and {@code channels} must be known);
 * {@code CHANNELS_FIRST} puts the channels right after the timesteps. Each step is convolved as by
 * {@code Conv3D} ({@code VALID}: {@code floor((n - ((k - 1) * d + 1)) / s) + 1} per axis, {@code
 * SAME}: {@code ceil(n / s)}); the output is that step's shape {@code (newDepth, newHeight,
 * newWidth, filters)}, with the timesteps first when {@code returnSequences}. Parameters: a kernel
 * of {@code kd * kh * kw * channels * 4 * filters}, a recurrent kernel of {@code kd * kh * kw *
 * filters * 4 * filters} and {@code 4 * filters} biases when {@code useBias}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ConvLSTM3D {
  /** The number of output channels (and of the state's channels). */
  int filters();

  /** The convolution window per axis; one value is used for all three. */
  int[] kernelSize();

  /**
   * The step between windows per axis of the input convolution (the recurrent one always steps by
   * 1); Keras forbids it above 1 with a dilation above 1.
   */
  int[] strides() default 1;

  /** {@code VALID} (no padding) or {@code SAME}; Keras's ConvLSTMs do not pad causally. */
  Padding padding() default Padding.VALID;

  /** Where the channels sit in each step. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The spacing between kernel taps per axis; Keras forbids it above 1 with strides above 1. */
  int[] dilationRate() default 1;

  /** The activation of the output (the candidate state). */
  Activations activation() default Activations.TANH;

  /** The activation of the gates. */
  Activations recurrentActivation() default Activations.SIGMOID;

  /** Whether the layer adds biases. */
  boolean useBias() default true;

  /** Whether the forget gate's biases start at 1; changes no shape and no count. */
  boolean unitForgetBias() default true;

  /**
   * The fraction of the inputs to drop in training. Keras clamps it to {@code [0, 1]} rather than
   * rejecting it, so any finite value is accepted.
   */
  double dropout() default 0;

  /** The fraction of the recurrent state to drop in training; clamped to {@code [0, 1]}. */
  double recurrentDropout() default 0;

  /** Whether to output every step, with the timesteps first, or the last one. */
  boolean returnSequences() default false;

  /**
   * Whether to return the final states after the output: the layer then has Keras's outputs {@code
   * [output, state_h, state_c]}, each state shaped as one output step; a parameter takes one with
   * {@code @From(value = "encoder", output = k)}, and a later ConvLSTM3D takes both as its initial
   * state (its parameters after the sequence).
   */
  boolean returnState() default false;

  /** Whether to read the sequence from its end; the output shape is the same. */
  boolean goBackwards() default false;
}
