package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import dev.shapecheck.Scaling;
import dev.shapecheck.Shape;
import dev.shapecheck.StftMode;
import dev.shapecheck.Window;
import dev.shapecheck.layers.STFTSpectrogram;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code STFTSpectrogram} ({@code keras/src/layers/preprocessing/stft_spectrogram.py}): a
 * 1-D convolution of each channel with fixed Fourier kernels, so its shape is that of {@code
 * compute_conv_output_shape} with a window of {@code frame_length} and a stride of {@code
 * frame_step} (half a frame by default), {@code fft_length // 2 + 1} bins (doubled for {@code
 * stft}) per channel; its weights are the kernels its {@code build} adds, {@code (frame_length, 1,
 * bins)} each, the real one unless {@code imag}, the imaginary one unless {@code real}.
 */
final class StftSpectrogramSpec implements LayerSpec {
  private final StftMode mode;
  private final int frameLength;
  private final int frameStep;
  private final int fftLength;
  private final boolean same;
  private final boolean expandDims;
  private final boolean channelsFirst;

  private StftSpectrogramSpec(
      StftMode mode,
      int frameLength,
      int frameStep,
      int fftLength,
      boolean same,
      boolean expandDims,
      boolean channelsFirst) {
    this.mode = mode;
    this.frameLength = frameLength;
    this.frameStep = frameStep;
    this.fftLength = fftLength;
    this.same = same;
    this.expandDims = expandDims;
    this.channelsFirst = channelsFirst;
  }

  static void register() {
    LayerCatalog.layer(
            STFTSpectrogram.class,
            StftSpectrogramSpec::parse,
            "mode",
            "frameLength",
            "frameStep",
            "fftLength",
            "window",
            "periodic",
            "scaling",
            "padding",
            "dataFormat",
            "expandDims")
        .keras3(
            "name trainable dtype mode frame_length frame_step fft_length window periodic scaling"
                + " padding data_format expand_dims")
        .keras3Stored(StftSpectrogramSpec::stored);
  }

  static StftSpectrogramSpec parse(Arguments args) {
    StftMode mode = args.enumValue("mode", StftMode.class, StftMode.LOG);
    int frameLength = args.positiveInt("frameLength");
    int step = args.anyInt("frameStep");
    int fft = args.anyInt("fftLength");
    args.enumValue("window", Window.class, Window.HANN);
    args.enumValue("scaling", Scaling.class, Scaling.DENSITY);
    args.bool("periodic");
    Padding padding = args.enumValue("padding", Padding.class, Padding.VALID);
    boolean expand = args.bool("expandDims");
    DataFormat format = args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    if (step != -1 && (step > frameLength || step < 1)) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "frameStep",
          "frameStep = "
              + step
              + ", but Keras takes a positive step not greater than frameLength = "
              + frameLength,
          "give 1 to " + frameLength + ", or leave it out (-1: half a frame)");
      step = -1;
    }
    if (fft != -1 && fft < frameLength) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "fftLength",
          "fftLength = " + fft + ", but Keras takes no less than frameLength = " + frameLength,
          "give " + frameLength + " or more (a power of two), or leave it out (-1)");
      fft = -1;
    }
    if (padding == Padding.CAUSAL) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "padding",
          "padding = Padding.CAUSAL, but Keras's STFTSpectrogram takes only VALID and SAME",
          "use Padding.VALID (the default) or Padding.SAME");
    }
    if (step == -1 && frameLength == 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "frameLength",
          "frameLength = 1 without frameStep: Keras's default step is frameLength // 2 = 0, and"
              + " it cannot build the layer",
          "set frameStep = 1, or a frameLength of 2 or more");
    }
    int frameStep = step == -1 ? Math.max(1, frameLength / 2) : step;
    int fftLength = fft == -1 ? nextPowerOfTwo(frameLength) : fft;
    return new StftSpectrogramSpec(
        mode,
        frameLength,
        frameStep,
        fftLength,
        padding == Padding.SAME,
        expand,
        format == DataFormat.CHANNELS_FIRST);
  }

  /** {@code 2 ** ceil(log2(n))}, Keras's default FFT length. */
  private static int nextPowerOfTwo(int n) {
    int power = 1;
    while (power < n && power < (1 << 30)) {
      power <<= 1;
    }
    return power;
  }

  /** Keras keeps None for an unset frame step and FFT length (-1), and for no scaling. */
  private static void stored(Map<String, Object> config, List<Object> shape) {
    for (String key : List.of("frame_step", "fft_length")) {
      if (Integer.valueOf(-1).equals(config.get(key))) {
        config.put(key, null);
      }
    }
    for (String key : List.of("scaling", "window")) {
      if ("none".equals(config.get(key))) {
        config.put(key, null);
      }
    }
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int[] dims = input.dims();
    if (dims.length != 2) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects 2 dims "
              + (channelsFirst ? "(channels, samples)" : "(samples, channels)")
              + ", but "
              + in
              + " has "
              + dims.length,
          "an input of rank 2 (batch not counted)",
          "give each signal a channel axis, e.g. input = {16000, 1}");
    }
    int samples = channelsFirst ? dims[1] : dims[0];
    int channels = channelsFirst ? dims[0] : dims[1];
    if (channels == Shape.NONE) {
      throw new ShapeError(
          ErrorKind.UNKNOWN_DIMENSION,
          null,
          "needs a known number of channels, but " + in + " has None",
          "a known channel axis (Keras multiplies the frequency bins by it)",
          "give the channels, e.g. input = {16000, 1}");
    }
    int frames = Shape.NONE;
    if (samples != Shape.NONE) {
      frames =
          same
              ? (samples + frameStep - 1) / frameStep
              : samples < frameLength ? 0 : (samples - frameLength) / frameStep + 1;
      if (frames <= 0) {
        throw new ShapeError(
            ErrorKind.KERNEL_TOO_LARGE,
            null,
            "frames of "
                + frameLength
                + " samples do not fit the "
                + samples
                + " samples of "
                + in
                + " with padding = Padding.VALID",
            "at least " + frameLength + " samples",
            "use padding = Padding.SAME, or a shorter frameLength");
      }
    }
    long bins = fftLength / 2 + 1;
    long perChannel = mode == StftMode.STFT ? 2 * bins : bins;
    int binsOut = Checked.dim(perChannel, null);
    int[] out;
    if (expandDims) {
      out =
          channelsFirst
              ? new int[] {channels, frames, binsOut}
              : new int[] {frames, binsOut, channels};
    } else {
      int features = channels == Shape.NONE ? Shape.NONE : Checked.dim(perChannel * channels, null);
      out = channelsFirst ? new int[] {features, frames} : new int[] {frames, features};
    }
    int kernels = (mode == StftMode.REAL || mode == StftMode.IMAG) ? 1 : 2;
    long params = Checked.params("STFTSpectrogram kernels", kernels, frameLength, bins);
    return new LayerOutput(Shape.withBatch(input.batchSize(), out), params, 0);
  }
}
