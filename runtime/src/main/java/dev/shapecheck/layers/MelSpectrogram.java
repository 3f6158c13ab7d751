package dev.shapecheck.layers;

import dev.shapecheck.Window;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code MelSpectrogram}: the mel-scaled spectrogram of a batch of 1-D signals. Input {@code
 * (samples)}; output {@code (numMelBins, (samples + sequenceStride + 1) / sequenceStride)}, as
 * Keras's {@code compute_output_shape} gives it. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MelSpectrogram {
  /**
   * The FFT size, at least 1 and at least {@code sequenceLength}; signals must be longer than half
   * of it.
   */
  int fftLength() default 2048;

  /** The hop between frames, at least 1. */
  int sequenceStride() default 512;

  /** The frame length; {@code -1} (the default; 0 too, as Keras reads it) is {@code fftLength}. */
  int sequenceLength() default -1;

  /** The window applied to each frame. */
  Window window() default Window.HANN;

  /** The signal's sampling rate in Hz. */
  int samplingRate() default 16000;

  /** The number of mel bins, at least 1. */
  int numMelBins() default 128;

  /** The lowest frequency of the mel bins, in Hz. */
  double minFreq() default 20.0;

  /**
   * The highest frequency, in Hz; {@code -1} (the default) is Keras's {@code None}, half the rate.
   */
  double maxFreq() default -1;

  /** Whether the spectrogram is converted to decibels. */
  boolean powerToDb() default true;

  /** The decibel floor below the peak, for {@code powerToDb}. */
  double topDb() default 80.0;

  /** The exponent of the magnitude (2 for power). */
  double magExp() default 2.0;

  /** The smallest power kept before the conversion to decibels. */
  double minPower() default 1e-10;

  /** The reference power of 0 dB. */
  double refPower() default 1.0;
}
