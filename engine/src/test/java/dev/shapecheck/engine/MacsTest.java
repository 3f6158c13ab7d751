package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.wrapper;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MAC definitions of "Cost figures" (docs/guide.md), layer kind by layer kind: one MAC per
 * kernel weight per position the kernel is applied at, none for biases or weightless layers.
 * (VGG16's and MobileNet v1's published totals are checked in the examples.)
 */
class MacsTest {
  private static long macs(int[] input, LayerConfig... layers) {
    List<Layer> computed = check(input, layers).summary().layers();
    return computed.get(computed.size() - 1).macs();
  }

  @Test
  void convolutionIsOutputPositionsTimesKernelWeights() {
    // 6x6 output positions; kernel 3x3 over 4 / 2 channels per group, 6 filters
    assertEquals(
        6 * 6 * (3 * 3 * 2 * 6),
        macs(dims(8, 8, 4), layer("c", "Conv2D", "filters: 6, kernelSize: [3], groups: 2")));
    assertEquals(
        5 * (3 * 4 * 8), macs(dims(7, 4), layer("c", "Conv1D", "filters: 8, kernelSize: [3]")));
  }

  @Test
  void denseIsPositionsTimesKernel() {
    assertEquals(64 * 10, macs(dims(64), layer("d", "Dense", "units: 10")));
    assertEquals(5 * 64 * 10, macs(dims(5, 64), layer("d", "Dense", "units: 10")));
  }

  @Test
  void depthwiseAndSeparableCountBothParts() {
    assertEquals(
        6 * 6 * (3 * 3 * 4 * 2),
        macs(dims(8, 8, 4), layer("d", "DepthwiseConv2D", "kernelSize: [3], depthMultiplier: 2")));
    assertEquals(
        6 * 6 * (3 * 3 * 4) + 6 * 6 * (4 * 16),
        macs(dims(8, 8, 4), layer("s", "SeparableConv2D", "filters: 16, kernelSize: [3]")));
  }

  @Test
  void transposedConvolutionScattersEveryInputPosition() {
    assertEquals(
        4 * 4 * (3 * 3 * 2 * 5),
        macs(
            dims(4, 4, 2),
            layer("t", "Conv2DTranspose", "filters: 5, kernelSize: [3], strides: [2]")));
  }

  @Test
  void recurrentLayersAreGateMatmulsPerTimestep() {
    // LSTM: 4 gates x units x (features + units), 10 timesteps
    assertEquals(10 * 4 * 16 * (8 + 16), macs(dims(10, 8), layer("l", "LSTM", "units: 16")));
    assertEquals(10 * 3 * 16 * (8 + 16), macs(dims(10, 8), layer("g", "GRU", "units: 16")));
    assertEquals(10 * 16 * (8 + 16), macs(dims(10, 8), layer("r", "SimpleRNN", "units: 16")));
  }

  @Test
  void wrappersMultiplyTheWrappedLayersWork() {
    assertEquals(
        2 * 10 * 4 * 16 * (8 + 16),
        macs(dims(10, 8), wrapper("Bidirectional", "", layer("b", "LSTM", "units: 16"))));
    assertEquals(
        10 * 8 * 4,
        macs(dims(10, 8), wrapper("TimeDistributed", "", layer("t", "Dense", "units: 4"))));
  }

  @Test
  void weightlessAndNormalizationLayersCountNone() {
    assertEquals(0, macs(dims(8, 8, 4), layer("p", "MaxPooling2D", "")));
    assertEquals(0, macs(dims(8, 8, 4), layer("b", "BatchNormalization", "")));
    assertEquals(0, macs(dims(10), layer("e", "Embedding", "inputDim: 100, outputDim: 8")));
  }

  @Test
  void unknownDimensionsMakeTheCountUnknown() {
    assertEquals(
        Layer.UNKNOWN,
        macs(dims(Shape.NONE, 8), layer("c", "Conv1D", "filters: 4, kernelSize: [3]")));
    assertEquals(Layer.UNKNOWN, macs(dims(Shape.NONE, 8), layer("l", "LSTM", "units: 4")));
    assertEquals(
        Layer.UNKNOWN,
        check(dims(Shape.NONE, 8), layer("l", "LSTM", "units: 4")).summary().totalMacs());
  }

  @Test
  void countsBeyondLongAreUnknownNotWrapped() {
    long macs =
        macs(
            dims(65536, 65536, 65536),
            layer("c", "Conv2D", "filters: 2147483647, kernelSize: [1]"));
    assertEquals(Layer.UNKNOWN, macs);
  }
}
