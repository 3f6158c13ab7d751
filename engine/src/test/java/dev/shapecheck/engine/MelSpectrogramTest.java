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
 * {@code MelSpectrogram}: the shapes Keras 3.15.1 gives (recorded by {@code
 * conformance/keras/oracle.py} in {@code expected/keras/audio-preprocessing.json}, which the
 * conformance suites hold every corpus model to), and its errors.
 */
class MelSpectrogramTest {
  private static Shape shape(int[] input, String args) {
    ModelCheck check = check(input, layer("m", "MelSpectrogram", args));
    assertTrue(check.isClean(), () -> check.problems().toString());
    Layer layer = check.layers().get(0);
    assertEquals(0, layer.params());
    return layer.outputShape();
  }

  /**
   * Keras's compute_output_shape: (samples + stride + 1) // stride frames, not 1 + samples //
   * stride.
   */
  @Test
  void framesFollowKerasComputeOutputShape() {
    assertEquals(Shape.of(128, 32), shape(dims(16000), ""));
    String small = "fftLength: 64, sequenceStride: 16";
    assertEquals(Shape.of(128, 63), shape(dims(1000), small));
    assertEquals(Shape.of(128, 64), shape(dims(1007), small));
    assertEquals(Shape.of(128, 65), shape(dims(1024), small));
    assertEquals(Shape.of(40, 63), shape(dims(1000), small + ", numMelBins: 40"));
    assertEquals(Shape.of(128, Shape.NONE), shape(dims(Shape.NONE), small));
    // the shortest signal its reflection padding of 32 runs on
    assertEquals(Shape.of(128, 3), shape(dims(33), small));
  }

  @Test
  void rejectsWhatKerasCannotBuildOrRun() {
    String small = "fftLength: 64, sequenceStride: 16";
    ModelCheck tooShort = check(dims(32), layer("m", "MelSpectrogram", small));
    assertEquals(List.of("KernelTooLarge@0:fftLength"), tags(tooShort));
    assertEquals(
        List.of("WrongRank@0:null"),
        tags(check(dims(1000, 2), layer("m", "MelSpectrogram", small))));
    assertEquals(
        List.of("InvalidArgument@0:sequenceStride"),
        tags(check(dims(1000), layer("m", "MelSpectrogram", "sequenceStride: 0"))));
    assertEquals(
        List.of("ConflictingArguments@0:sequenceLength"),
        tags(check(dims(1000), layer("m", "MelSpectrogram", small + ", sequenceLength: 128"))));
    ModelCheck empty = check(dims(1000), layer("m", "MelSpectrogram", small + ", numMelBins: 0"));
    assertEquals(List.of("InvalidArgument@0:numMelBins"), tags(empty));
  }

  /** Keras stores None's stand-ins: sequence_length as fft_length, max_freq as half the rate. */
  @Test
  void writesWhatKerasStores() {
    String json =
        check(
                dims(1000),
                layer(
                    "m",
                    "MelSpectrogram",
                    "fftLength: 64, sequenceStride: 16, samplingRate: 8000, window: 'NONE'"))
            .kerasJson();
    assertTrue(
        json.contains("\"sequence_length\": 64, \"window\": null, \"sampling_rate\": 8000"), json);
    assertTrue(json.contains("\"max_freq\": 4000,"), json);
  }
}
