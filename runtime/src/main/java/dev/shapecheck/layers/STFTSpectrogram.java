package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import dev.shapecheck.Scaling;
import dev.shapecheck.StftMode;
import dev.shapecheck.Window;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code STFTSpectrogram}: the short-time Fourier transform of each channel of a {@code
 * (samples, channels)} signal, as a 1-D convolution with fixed kernels: frames of {@code
 * frameLength} samples every {@code frameStep}, {@code fftLength / 2 + 1} frequency bins (twice as
 * many for {@code STFT}), one per channel: {@code (frames, bins * channels)}, or {@code (frames,
 * bins, channels)} with {@code expandDims}. Its real and imaginary kernels ({@code frameLength *
 * (fftLength / 2 + 1)} weights each; {@code REAL} and {@code IMAG} keep one) are weights Keras
 * counts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface STFTSpectrogram {
  /** What to output: {@code LOG} (Keras's default), MAGNITUDE, PSD, REAL, IMAG, ANGLE or STFT. */
  StftMode mode() default StftMode.LOG;

  /** Samples per frame, at least 1 (Keras's default 256). */
  int frameLength() default 256;

  /** Samples between frames, from 1 to {@code frameLength}; -1 (the default) is half a frame. */
  int frameStep() default -1;

  /** The FFT size, at least {@code frameLength}; -1 (the default) is the next power of two. */
  int fftLength() default -1;

  /** The window: {@code HANN} (Keras's default), {@code HAMMING}, or {@code NONE}. */
  Window window() default Window.HANN;

  /** A periodic rather than symmetric window. */
  boolean periodic() default false;

  /** The window's scaling: {@code DENSITY} (Keras's default), {@code SPECTRUM} or {@code NONE}. */
  Scaling scaling() default Scaling.DENSITY;

  /** {@code VALID} (Keras's default): whole frames only; {@code SAME}: padded. */
  Padding padding() default Padding.VALID;

  /** Keep the channels as their own axis: {@code (frames, bins, channels)}. */
  boolean expandDims() default false;

  /** Where the channels are: {@code CHANNELS_LAST} (Keras's default) or first. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
