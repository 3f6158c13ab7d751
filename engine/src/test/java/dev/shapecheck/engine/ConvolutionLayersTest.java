package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the oracle cannot give for the convolution family: the layers TensorFlow.js 4.22 lacks
 * ({@code Conv1DTranspose}, {@code DepthwiseConv1D}, {@code SeparableConv1D}) and {@code groups} on
 * {@code Conv1D}/{@code Conv3D} (tfjs ignores them), each hand-worked from the Keras source cited,
 * mirroring the corpus's kerasOnly models; and the kinds, placement and wording of the family's
 * errors. Everything tfjs can shape is checked by the conformance corpus instead.
 */
class ConvolutionLayersTest {
  private static ModelCheck one(int[] input, String type, String arguments) {
    return check(input, layer("c", type, arguments));
  }

  private static void assertLayer(ModelCheck check, Shape shape, long params) {
    assertTrue(check.isClean(), () -> check.problems().toString());
    assertEquals(shape, check.summary().outputShape());
    assertEquals(params, check.summary().trainableParams());
    assertEquals(0, check.summary().nonTrainableParams());
  }

  // ---------------------------------------------------------------- groups (tfjs ignores them)

  /**
   * BaseConv.build: kernel_shape = kernel_size + (input_channel // groups, filters); output by
   * compute_conv_output_shape: 10 - 3 + 1 = 8 steps. Corpus: conv1d_groups_2.
   */
  @Test
  void conv1dGroupsDivideTheKernelsInputChannels() {
    assertLayer(
        one(dims(10, 4), "Conv1D", "filters: 6, kernelSize: [3], groups: 2"),
        Shape.of(8, 6),
        3 * (4 / 2) * 6 + 6);
  }

  /** Causal padding keeps the length (ceil(10 / 1)); groups = 4. Corpus: conv1d_causal_groups. */
  @Test
  void conv1dCausalWithGroups() {
    assertLayer(
        one(dims(10, 4), "Conv1D", "filters: 8, kernelSize: [3], groups: 4, padding: 'CAUSAL'"),
        Shape.of(10, 8),
        3 * (4 / 4) * 8 + 8);
  }

  /** 6 - 3 + 1 = 4 per axis; kernel 3 * 3 * 3 * (4 / 4) * 8. Corpus: conv3d_groups_4. */
  @Test
  void conv3dGroups() {
    assertLayer(
        one(dims(6, 6, 6, 4), "Conv3D", "filters: 8, kernelSize: [3], groups: 4"),
        Shape.of(4, 4, 4, 8),
        27 * (4 / 4) * 8 + 8);
  }

  /** Channels first: 6 channels, spatial (5, 5, 5). Corpus: conv3d_channels_first_groups. */
  @Test
  void conv3dChannelsFirstGroups() {
    assertLayer(
        one(
            dims(6, 5, 5, 5),
            "Conv3D",
            "filters: 4, kernelSize: [3], groups: 2, dataFormat: 'CHANNELS_FIRST'"),
        Shape.of(4, 3, 3, 3),
        27 * (6 / 2) * 4 + 4);
  }

  /**
   * BaseConv.build: "The number of input channels must be evenly divisible by the number of
   * groups". Corpus: conv3d_channels_not_divisible.
   */
  @Test
  void conv3dChannelsMustSplitIntoGroups() {
    ModelCheck check = one(dims(5, 5, 5, 3), "Conv3D", "filters: 4, kernelSize: [3], groups: 2");
    assertEquals(List.of("ChannelsNotDivisible@0:groups"), tags(check));
  }

  // ---------------------------------------------------------------- Conv1DTranspose (not in tfjs)

  /**
   * compute_conv_transpose_output_shape, "valid" without output_padding: (n - 1) * s + max(k, s) =
   * 9 + 3; BaseConvTranspose.build: kernel_size + (filters, in_channels) = 3 * 4 * 3, plus 4
   * biases. Corpus: conv1dt_basic.
   */
  @Test
  void conv1dTransposeValid() {
    assertLayer(
        one(dims(10, 3), "Conv1DTranspose", "filters: 4, kernelSize: [3]"),
        Shape.of(12, 4),
        3 * 4 * 3 + 4);
  }

  /** "same" without output_padding: n * s = 20. Corpus: conv1dt_strides_2_same. */
  @Test
  void conv1dTransposeSameMultipliesByTheStride() {
    assertLayer(
        one(
            dims(10, 3),
            "Conv1DTranspose",
            "filters: 4, kernelSize: [3], strides: [2], padding: 'SAME'"),
        Shape.of(20, 4),
        3 * 4 * 3 + 4);
  }

  /**
   * "valid" with output_padding 1: (n - 1) * s + k + p = 18 + 3 + 1. Corpus:
   * conv1dt_output_padding.
   */
  @Test
  void conv1dTransposeOutputPadding() {
    assertLayer(
        one(
            dims(10, 3),
            "Conv1DTranspose",
            "filters: 4, kernelSize: [3], strides: [2], outputPadding: [1]"),
        Shape.of(22, 4),
        3 * 4 * 3 + 4);
  }

  /**
   * The dilated kernel spans (3 - 1) * 2 + 1 = 5: 9 + max(5, 1) = 14 steps; channels first; no
   * bias. Corpus: conv1dt_channels_first_dilated.
   */
  @Test
  void conv1dTransposeDilatedChannelsFirst() {
    assertLayer(
        one(
            dims(3, 10),
            "Conv1DTranspose",
            "filters: 4, kernelSize: [3], dilationRate: [2], dataFormat: 'CHANNELS_FIRST',"
                + " useBias: false"),
        Shape.of(4, 14),
        3 * 4 * 3);
  }

  /** BaseConvTranspose calls standardize_padding without allow_causal. Corpus: conv1dt_causal. */
  @Test
  void conv1dTransposeRejectsCausalPadding() {
    ModelCheck check =
        one(dims(10, 3), "Conv1DTranspose", "filters: 4, kernelSize: [3], padding: 'CAUSAL'");
    assertEquals(List.of("InvalidArgument@0:padding"), tags(check));
    assertEquals(
        "c (Conv1DTranspose): padding = Padding.CAUSAL, but Conv1DTranspose pads only VALID or"
            + " SAME",
        check.problems().get(0).headline());
  }

  @Test
  void conv1dTransposeRejectsStridesWithDilation() {
    ModelCheck check =
        one(
            dims(10, 3),
            "Conv1DTranspose",
            "filters: 4, kernelSize: [3], strides: [2], dilationRate: [2]");
    assertEquals(List.of("ConflictingArguments@0:dilationRate"), tags(check));
  }

  // ---------------------------------------------------------------- DepthwiseConv1D (not in tfjs)

  /**
   * compute_conv_output_shape with depth_multiplier * input_channel = 6 outputs, 10 - 3 + 1 = 8
   * steps; BaseDepthwiseConv.build: kernel_size + (input_channel, depth_multiplier) = 3 * 3 * 2,
   * bias (depth_multiplier * input_channel,). Corpus: dwconv1d_basic.
   */
  @Test
  void depthwiseConv1dMultipliesChannels() {
    assertLayer(
        one(dims(10, 3), "DepthwiseConv1D", "kernelSize: [3], depthMultiplier: 2"),
        Shape.of(8, 6),
        3 * 3 * 2 + 3 * 2);
  }

  /**
   * "same": ceil(10 / 3) = 4 steps; channels first; no bias. Corpus: dwconv1d_same_channels_first.
   */
  @Test
  void depthwiseConv1dSameChannelsFirst() {
    assertLayer(
        one(
            dims(3, 10),
            "DepthwiseConv1D",
            "kernelSize: [4], strides: [3], padding: 'SAME', dataFormat: 'CHANNELS_FIRST',"
                + " useBias: false"),
        Shape.of(3, 4),
        4 * 3 * 1);
  }

  /** BaseDepthwiseConv calls standardize_padding without allow_causal. Corpus: dwconv1d_causal. */
  @Test
  void depthwiseConv1dRejectsCausalPadding() {
    ModelCheck check = one(dims(10, 3), "DepthwiseConv1D", "kernelSize: [3], padding: 'CAUSAL'");
    assertEquals(List.of("InvalidArgument@0:padding"), tags(check));
    assertTrue(check.problems().get(0).render().contains("only Conv1D pads causally"));
  }

  /**
   * Keras 3.15.1's BaseDepthwiseConv, unlike BaseConv, does not raise for strides > 1 with
   * dilation_rate > 1: it builds and runs the layer (corpus: expected/keras/convolution.json), so
   * only the warning that the stride skips input steps remains.
   */
  @Test
  void depthwiseConv1dAcceptsStridesWithDilationAsKeras3Does() {
    ModelCheck check =
        one(dims(20, 3), "DepthwiseConv1D", "kernelSize: [3], strides: [2], dilationRate: [2]");
    assertEquals(List.of("DroppedInput@0:padding"), tags(check));
  }

  @Test
  void depthwiseConv1dUnknownStepsStayUnknown() {
    assertLayer(
        one(dims(Shape.NONE, 3), "DepthwiseConv1D", "kernelSize: [3], depthMultiplier: 4"),
        Shape.of(Shape.NONE, 12),
        3 * 3 * 4 + 12);
  }

  // ---------------------------------------------------------------- SeparableConv1D (not in tfjs)

  /**
   * BaseSeparableConv.build: depthwise kernel_size + (input_channel, depth_multiplier) = 3 * 3 * 2,
   * pointwise (1,) + (depth_multiplier * input_channel, filters) = 6 * 4, bias (filters,). Corpus:
   * sepconv1d_basic.
   */
  @Test
  void separableConv1dCountsBothKernels() {
    assertLayer(
        one(dims(10, 3), "SeparableConv1D", "filters: 4, kernelSize: [3], depthMultiplier: 2"),
        Shape.of(8, 4),
        3 * 3 * 2 + 3 * 2 * 4 + 4);
  }

  /**
   * "same" keeps the 10 steps despite the dilation. Corpus: sepconv1d_same_dilated_channels_first.
   */
  @Test
  void separableConv1dSameDilatedChannelsFirst() {
    assertLayer(
        one(
            dims(3, 10),
            "SeparableConv1D",
            "filters: 4, kernelSize: [3], dilationRate: [2], padding: 'SAME',"
                + " dataFormat: 'CHANNELS_FIRST', useBias: false"),
        Shape.of(4, 10),
        3 * 3 + 3 * 4);
  }

  /** Valid padding with dilation 2: 10 - 5 + 1 = 6 steps. */
  @Test
  void separableConv1dValidDilated() {
    assertLayer(
        one(dims(10, 3), "SeparableConv1D", "filters: 5, kernelSize: [3], dilationRate: [2]"),
        Shape.of(6, 5),
        3 * 3 + 3 * 5 + 5);
  }

  /** BaseSeparableConv calls standardize_padding without allow_causal. Corpus: sepconv1d_causal. */
  @Test
  void separableConv1dRejectsCausalPadding() {
    ModelCheck check =
        one(dims(10, 3), "SeparableConv1D", "filters: 4, kernelSize: [3], padding: 'CAUSAL'");
    assertEquals(List.of("InvalidArgument@0:padding"), tags(check));
  }

  @Test
  void separableConv1dKernelTooLargeShowsFiltersInTheWouldBeOutput() {
    ModelCheck check = one(dims(2, 3), "SeparableConv1D", "filters: 7, kernelSize: [3]");
    assertEquals(List.of("KernelTooLarge@0:kernelSize"), tags(check));
    assertEquals(
        "c (SeparableConv1D): 3 kernel does not fit the model input (2, 3) — output would be (0,"
            + " 7)",
        check.problems().get(0).headline());
  }

  // ---------------------------------------------------------------- argument errors and wording

  /** BaseConvTranspose: "`output_padding` must be < `strides`", checked axis by axis. */
  @Test
  void outputPaddingMustBeBelowTheStride() {
    ModelCheck check =
        one(
            dims(5, 5, 3),
            "Conv2DTranspose",
            "filters: 4, kernelSize: [3], strides: [2, 1], outputPadding: [1]");
    assertEquals(List.of("ConflictingArguments@0:outputPadding"), tags(check));
    assertEquals(
        "c (Conv2DTranspose): outputPadding=(1, 1) with strides=(2, 1): Keras needs every output"
            + " padding below its stride",
        check.problems().get(0).headline());
  }

  /** standardize_tuple(..., allow_zero=True) rejects values < 0 and tuples of the wrong length. */
  @Test
  void outputPaddingMustBeNonNegativeWithOneValueOrOnePerAxis() {
    assertEquals(
        List.of("InvalidArgument@0:outputPadding"),
        tags(
            one(
                dims(5, 5, 3),
                "Conv2DTranspose",
                "filters: 4, kernelSize: [3], strides: [2], outputPadding: [-1]")));
    ModelCheck arity =
        one(
            dims(5, 5, 3),
            "Conv2DTranspose",
            "filters: 4, kernelSize: [3], strides: [2], outputPadding: [1, 1, 1]");
    assertEquals(List.of("InvalidArgument@0:outputPadding"), tags(arity));
    assertTrue(arity.problems().get(0).render().contains("or 2 values (height, width)"));
  }

  @Test
  void zeroOutputPaddingIsAllowedBelowAnyStride() {
    assertLayer(
        one(dims(5, 3), "Conv1DTranspose", "filters: 2, kernelSize: [3], outputPadding: [0]"),
        Shape.of(7, 2),
        3 * 2 * 3 + 2);
  }

  @Test
  void everyTransposedArgumentErrorIsReported() {
    ModelCheck check =
        one(
            dims(5, 5, 3),
            "Conv2DTranspose",
            "filters: 0, kernelSize: [], outputPadding: [-2], padding: 'CAUSAL'");
    assertEquals(
        List.of(
            "InvalidArgument@0:filters",
            "InvalidArgument@0:kernelSize",
            "InvalidArgument@0:outputPadding",
            "InvalidArgument@0:padding"),
        tags(check));
  }

  /** (n - 1) * s + k' % 2 + p = 0 for a 1-long axis, an even kernel and output_padding 0. */
  @Test
  void sameTransposeWithEvenKernelAndZeroOutputPaddingEmptiesALengthOneAxis() {
    ModelCheck check =
        one(
            dims(1, 4, 3),
            "Conv2DTranspose",
            "filters: 4, kernelSize: [2], padding: 'SAME', outputPadding: [0]");
    assertEquals(List.of("InvalidArgument@0:outputPadding"), tags(check));
    assertEquals(
        "c (Conv2DTranspose): outputPadding=(0, 0) with padding = Padding.SAME and a 2-wide kernel"
            + " turns the 1-long height axis of the model input (1, 4, 3) into 0",
        check.problems().get(0).headline());
  }

  @Test
  void depthMultiplierMustBePositive() {
    assertEquals(
        List.of("InvalidArgument@0:depthMultiplier"),
        tags(one(dims(8, 8, 3), "DepthwiseConv2D", "kernelSize: [3], depthMultiplier: 0")));
    assertEquals(
        List.of("InvalidArgument@0:depthMultiplier"),
        tags(
            one(
                dims(8, 8, 3),
                "SeparableConv2D",
                "filters: 2, kernelSize: [3], depthMultiplier: -1")));
  }

  @Test
  void depthwiseKernelTooLargeShowsTheMultipliedChannels() {
    ModelCheck check = one(dims(2, 8, 3), "DepthwiseConv2D", "kernelSize: [3], depthMultiplier: 2");
    assertEquals(List.of("KernelTooLarge@0:kernelSize"), tags(check));
    assertEquals(
        "c (DepthwiseConv2D): 3x3 kernel does not fit the model input (2, 8, 3) — output would be"
            + " (0, 6, 6)",
        check.problems().get(0).headline());
  }

  @Test
  void unknownChannelsAreRejectedByEveryKernelSizedByThem() {
    for (String layer :
        List.of(
            "Conv1DTranspose|filters: 2, kernelSize: [3]",
            "DepthwiseConv1D|kernelSize: [3]",
            "SeparableConv1D|filters: 2, kernelSize: [3]")) {
      String[] parts = layer.split("\\|");
      ModelCheck check = one(dims(10, Shape.NONE), parts[0], parts[1]);
      assertEquals(List.of("UnknownDimension@0:null"), tags(check), parts[0]);
    }
  }

  // ---------------------------------------------------------------- wrong rank hints

  @Test
  void wrongRankHintNamesTheSiblingOfTheRightRank() {
    String transposed =
        one(dims(8, 3), "Conv2DTranspose", "filters: 2, kernelSize: [3]")
            .problems()
            .get(0)
            .render();
    assertTrue(transposed.contains("for 1-D inputs use Conv1DTranspose"), transposed);
    String depthwise =
        one(dims(8, 3), "DepthwiseConv2D", "kernelSize: [3]").problems().get(0).render();
    assertTrue(depthwise.contains("for 1-D inputs use DepthwiseConv1D"), depthwise);
  }

  /** Keras has no SeparableConv3D, so the hint must not suggest one. */
  @Test
  void wrongRankHintNeverNamesALayerKerasLacks() {
    ModelCheck check = one(dims(4, 8, 8, 3), "SeparableConv2D", "filters: 2, kernelSize: [3]");
    assertEquals(List.of("WrongRank@0:null"), tags(check));
    String message = check.problems().get(0).render();
    assertTrue(message.contains("reshape the input to (height, width, channels)"), message);
    assertTrue(!message.contains("SeparableConv3D"), message);
  }

  @Test
  void transposedAfterFlattenSaysToApplyItBeforeFlatten() {
    ModelCheck check =
        check(
            dims(4, 4, 2),
            layer("f", "Flatten", ""),
            layer("up", "Conv2DTranspose", "filters: 2, kernelSize: [3]"));
    assertEquals(List.of("WrongRank@1:null"), tags(check));
    assertTrue(check.problems().get(0).render().contains("apply Conv2DTranspose before @Flatten"));
  }

  // ---------------------------------------------------------------- int and long edges

  @Test
  void transposedOutputAboveIntIsAnError() {
    ModelCheck check =
        one(dims(65536, 1), "Conv1DTranspose", "filters: 1, kernelSize: [1], strides: [65536]");
    assertEquals(List.of("OutputTooLarge@0:strides"), tags(check));
  }

  @Test
  void depthwiseChannelsAboveIntAreAnError() {
    ModelCheck check =
        one(dims(4, 65536), "DepthwiseConv1D", "kernelSize: [1], depthMultiplier: 65536");
    assertEquals(List.of("OutputTooLarge@0:depthMultiplier"), tags(check));
  }

  /** 2^31-1 channels * 2^31-1 multiplier * 2^31-1 filters is about 2^93: no wrap-around. */
  @Test
  void separableParameterOverflowIsAnError() {
    ModelCheck check =
        one(
            dims(1, Integer.MAX_VALUE),
            "SeparableConv1D",
            "filters: 2147483647, kernelSize: [1], depthMultiplier: 2147483647");
    assertEquals(List.of("ParameterOverflow@0:null"), tags(check));
  }

  @Test
  void hugeButValidTransposedCountIsExact() {
    ModelCheck check =
        one(dims(1, Integer.MAX_VALUE), "Conv1DTranspose", "filters: 2147483647, kernelSize: [1]");
    long expected = (long) Integer.MAX_VALUE * Integer.MAX_VALUE + Integer.MAX_VALUE;
    assertLayer(check, Shape.of(1, Integer.MAX_VALUE), expected);
  }
}
