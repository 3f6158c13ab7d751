package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code STFTSpectrogram}: Keras's 1-D convolution arithmetic and kernel counts (recorded by {@code
 * conformance/keras/oracle.py} in {@code expected/keras/stft-spectrogram.json}, which the
 * conformance suites hold its 38 corpus models to), and its errors.
 */
class StftSpectrogramTest {
  private static Layer layerOf(int[] input, String args) {
    ModelCheck check = check(input, layer("s", "STFTSpectrogram", args));
    assertTrue(check.isClean(), () -> check.problems().toString());
    return check.layers().get(0);
  }

  @Test
  void framesAndBinsFollowTheConvolutionAndTheFftLength() {
    // 400 samples, frames of 64 every 32: 11 frames; fft 64: 33 bins; two 64 x 33 kernels
    Layer log = layerOf(dims(400, 1), "frameLength: 64");
    assertEquals(Shape.of(11, 33), log.outputShape());
    assertEquals(2 * 64 * 33, log.params());
    assertEquals(
        Shape.of(11, 66, 2),
        layerOf(dims(400, 2), "frameLength: 64, mode: 'STFT', expandDims: true").outputShape());
    assertEquals(
        Shape.of(66, 11),
        layerOf(dims(2, 400), "frameLength: 64, dataFormat: 'CHANNELS_FIRST'").outputShape());
    assertEquals(64 * 33, layerOf(dims(400, 1), "frameLength: 64, mode: 'REAL'").params());
    // SAME: ceil(400 / 30) frames; a frame of 100 takes the next power of two, 128: 65 bins
    assertEquals(
        Shape.of(14, 33),
        layerOf(dims(400, 1), "frameLength: 64, frameStep: 30, padding: 'SAME'").outputShape());
    assertEquals(Shape.of(7, 65), layerOf(dims(400, 1), "frameLength: 100").outputShape());
  }

  @Test
  void rejectsWhatKerasCannotBuild() {
    assertEquals(
        List.of("KernelTooLarge@0:null"),
        tags(check(dims(40, 1), layer("s", "STFTSpectrogram", "frameLength: 64"))));
    assertEquals(
        List.of("UnknownDimension@0:null"),
        tags(check(dims(400, Shape.NONE), layer("s", "STFTSpectrogram", "frameLength: 64"))));
    assertEquals(
        List.of("WrongRank@0:null"),
        tags(check(dims(400), layer("s", "STFTSpectrogram", "frameLength: 64"))));
    assertEquals(
        List.of("InvalidArgument@0:frameStep"),
        tags(check(dims(400, 1), layer("s", "STFTSpectrogram", "frameLength: 64, frameStep: 65"))));
    assertEquals(
        List.of("InvalidArgument@0:fftLength"),
        tags(check(dims(400, 1), layer("s", "STFTSpectrogram", "frameLength: 64, fftLength: 32"))));
    assertEquals(
        List.of("InvalidArgument@0:frameLength"),
        tags(check(dims(400, 1), layer("s", "STFTSpectrogram", "frameLength: 1"))));
  }
}
