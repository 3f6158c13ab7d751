package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import dev.shapecheck.Window;
import dev.shapecheck.layers.MelSpectrogram;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code MelSpectrogram} ({@code keras/src/layers/preprocessing/mel_spectrogram.py}): a
 * batch of 1-D signals to {@code (num_mel_bins, frames)}, {@code frames = (samples + stride + 1) //
 * stride} as its {@code compute_output_shape} gives it; no weights. Its {@code stft} pads each
 * signal by reflection with {@code fft_length // 2} samples, which TensorFlow runs only on a signal
 * longer than that.
 */
final class MelSpectrogramSpec implements LayerSpec {
  private final int fftLength;
  private final int stride;
  private final int melBins;

  private MelSpectrogramSpec(int fftLength, int stride, int melBins) {
    this.fftLength = fftLength;
    this.stride = stride;
    this.melBins = melBins;
  }

  static void register() {
    LayerCatalog.layer(
            MelSpectrogram.class,
            MelSpectrogramSpec::parse,
            "fftLength",
            "sequenceStride",
            "sequenceLength",
            "window",
            "samplingRate",
            "numMelBins",
            "minFreq",
            "maxFreq",
            "powerToDb",
            "topDb",
            "magExp",
            "minPower",
            "refPower")
        .keras3(
            "name trainable dtype fft_length sequence_stride sequence_length window sampling_rate"
                + " num_mel_bins min_freq max_freq power_to_db top_db mag_exp min_power"
                + " ref_power")
        .keras3Stored(MelSpectrogramSpec::stored);
  }

  static MelSpectrogramSpec parse(Arguments args) {
    int fft = args.positiveInt("fftLength");
    int stride = args.positiveInt("sequenceStride");
    int length = args.anyInt("sequenceLength");
    if (length < -1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "sequenceLength",
          "sequenceLength = " + length + ", but a frame length must be positive (-1 is None)",
          "leave sequenceLength out to use fftLength, or give 1 to fftLength");
    } else if (length > fft) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "sequenceLength",
          "sequenceLength = "
              + length
              + " is longer than fftLength = "
              + fft
              + ": Keras's MelSpectrogram needs fftLength >= sequenceLength",
          "raise fftLength to " + length + " or more, or shorten sequenceLength");
    }
    args.enumValue("window", Window.class, Window.HANN);
    args.anyInt("samplingRate"); // Keras checks nothing of it
    int melBins = args.anyInt("numMelBins");
    if (melBins <= 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "numMelBins",
          "numMelBins = "
              + melBins
              + ", but it must be a positive integer"
              + (melBins < 0
                  ? " (Keras cannot build a negative dimension)"
                  : " (Keras would give an empty axis, which ShapeCheck's shapes cannot hold)"),
          "use 1 or more, e.g. numMelBins = 128 (the default)");
      melBins = 1;
    }
    for (String attribute : List.of("minFreq", "topDb", "magExp", "minPower", "refPower")) {
      args.finiteDouble(attribute);
    }
    args.finiteDouble("maxFreq");
    args.bool("powerToDb");
    return new MelSpectrogramSpec(fft, stride, melBins);
  }

  /** What Keras stores: None's stand-ins resolved, the window's None as null. */
  private static void stored(Map<String, Object> config, List<Object> shape) {
    int length = (Integer) config.get("sequence_length");
    if (length <= 0) {
      config.put("sequence_length", config.get("fft_length")); // sequence_length or fft_length
    }
    if ((Double) config.get("max_freq") == -1) {
      config.put("max_freq", (int) ((Integer) config.get("sampling_rate") / 2.0));
    }
    if ("none".equals(config.get("window"))) {
      config.put("window", null);
    }
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (input.rank() != 1) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects 1-D signals, 1 dim (samples), but " + in + " has " + input.rank(),
          "an input of rank 1 (samples) (batch not counted)",
          input.rank() == 2
              ? "Keras builds it on (samples, channels) but cannot run it: give one channel,"
                  + " (samples), e.g. @Reshape first"
              : "give MelSpectrogram one signal per sample, (samples)");
    }
    int samples = input.dim(0);
    if (samples != Shape.NONE && samples <= fftLength / 2) {
      throw new ShapeError(
          ErrorKind.KERNEL_TOO_LARGE,
          "fftLength",
          "a signal of "
              + samples
              + " samples is too short for fftLength = "
              + fftLength
              + ": Keras builds it, but its reflection padding of fftLength / 2 = "
              + fftLength / 2
              + " samples fails when it runs",
          "a signal longer than " + fftLength / 2 + " samples",
          "use a smaller fftLength or a longer signal");
    }
    long frames = samples == Shape.NONE ? Shape.NONE : ((long) samples + stride + 1) / stride;
    if (frames > Integer.MAX_VALUE) {
      throw new ShapeError(
          ErrorKind.OUTPUT_TOO_LARGE,
          null,
          "an output dimension would be " + frames + ", more than 2^31 - 1",
          "every output dimension at most " + Integer.MAX_VALUE,
          "use a larger sequenceStride or a shorter signal");
    }
    return new LayerOutput(Shape.withBatch(input.batchSize(), melBins, (int) frames), 0, 0);
  }
}
