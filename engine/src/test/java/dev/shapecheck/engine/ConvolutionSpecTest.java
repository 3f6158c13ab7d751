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
 * What the oracle cannot give: {@code groups} (TensorFlow.js 4.22 ignores it), the placement and
 * wording of errors, and arithmetic at the edges of {@code int} and {@code long}. Shapes and counts
 * of ordinary convolutions are checked against TensorFlow.js by {@link OracleConformanceTest}.
 */
class ConvolutionSpecTest {
  /**
   * Keras's BaseConv.build: kernel_shape = kernel_size + (input_channel // groups, filters), and
   * filters biases; so 3 * 3 * (4 / 2) * 6 + 6 for groups = 2.
   */
  @Test
  void groupsDivideTheKernelsInputChannels() {
    ModelCheck grouped =
        check(dims(8, 8, 4), layer("c", "Conv2D", "filters: 6, kernelSize: [3], groups: 2"));
    ModelCheck depthwiseLike =
        check(dims(8, 8, 4), layer("c", "Conv2D", "filters: 4, kernelSize: [3], groups: 4"));
    assertEquals(3 * 3 * (4 / 2) * 6 + 6, grouped.summary().totalParams());
    assertEquals(3 * 3 * (4 / 4) * 4 + 4, depthwiseLike.summary().totalParams());
    assertEquals(Shape.of(6, 6, 6), grouped.summary().outputShape());
  }

  /** Keras: "The number of filters must be evenly divisible by the number of groups." */
  @Test
  void filtersMustSplitIntoGroups() {
    ModelCheck check =
        check(dims(8, 8, 6), layer("c", "Conv2D", "filters: 10, kernelSize: [3], groups: 3"));
    assertEquals(List.of("ConflictingArguments@0:groups"), tags(check));
  }

  /** Keras: "The number of input channels must be evenly divisible by the number of groups." */
  @Test
  void inputChannelsMustSplitIntoGroups() {
    ModelCheck check =
        check(dims(8, 8, 3), layer("c", "Conv2D", "filters: 4, kernelSize: [3], groups: 2"));
    assertEquals(List.of("ChannelsNotDivisible@0:groups"), tags(check));
    assertTrue(check.problems().get(0).headline().contains("3 input channels"));
  }

  @Test
  void groupsMustBePositive() {
    ModelCheck check =
        check(dims(8, 8, 3), layer("c", "Conv2D", "filters: 4, kernelSize: [3], groups: 0"));
    assertEquals("InvalidArgument@0:groups", tags(check).get(0));
  }

  @Test
  void kernelTooLargeNamesTheSourceLayerAndTheWouldBeOutput() {
    ModelCheck check =
        check(
            dims(4, 4, 64),
            layer("pool2", "MaxPooling2D", "poolSize: [2]"),
            layer("conv3", "Conv2D", "filters: 64, kernelSize: [3]"),
            layer("flatten", "Flatten", ""));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("KernelTooLarge@1:kernelSize"), tags(check));
    assertEquals(
        "conv3 (Conv2D): 3x3 kernel does not fit the (2, 2, 64) output of pool2"
            + " — output would be (0, 0, 64)",
        problem.headline());
    String message = problem.render();
    assertTrue(message.startsWith("[ShapeCheck/KernelTooLarge] conv3 (Conv2D)"), message);
    assertTrue(message.contains("input:  (None, 2, 2, 64) from pool2"), message);
    assertTrue(message.contains("hint:   use padding = Padding.SAME"), message);
    assertTrue(
        message.contains("the shapes of the 1 layer(s) after conv3 were not checked"), message);
  }

  @Test
  void dilatedKernelMessageGivesTheSpan() {
    ModelCheck check =
        check(
            dims(8, 8, 1), layer("c", "Conv2D", "filters: 2, kernelSize: [3], dilationRate: [4]"));
    assertTrue(
        check.problems().get(0).headline().contains("3x3 kernel dilated by (4, 4) (spanning 9x9)"),
        check.problems().get(0).headline());
  }

  @Test
  void stridesAndDilationAboveOneConflictOnDilationRate() {
    ModelCheck check =
        check(
            dims(16, 16, 1),
            layer(
                "c",
                "Conv2D",
                "filters: 2, kernelSize: [3], strides: [1, 2], dilationRate: [2, 1]"));
    assertEquals(List.of("ConflictingArguments@0:dilationRate"), tags(check));
  }

  @Test
  void causalPaddingIsOnlyForOneDimensionalConvolutions() {
    ModelCheck check =
        check(
            dims(8, 8, 1), layer("c", "Conv2D", "filters: 2, kernelSize: [3], padding: 'CAUSAL'"));
    assertEquals(List.of("InvalidArgument@0:padding"), tags(check));
  }

  @Test
  void everyArgumentErrorOfALayerIsReported() {
    ModelCheck check =
        check(
            dims(8, 8, 1),
            layer(
                "c",
                "Conv2D",
                "filters: 0, kernelSize: [3, 3, 3], strides: [0], dilationRate: []"));
    assertEquals(
        List.of(
            "InvalidArgument@0:filters",
            "InvalidArgument@0:kernelSize",
            "InvalidArgument@0:strides",
            "InvalidArgument@0:dilationRate"),
        tags(check));
  }

  @Test
  void tupleArityMessageSaysWhatIsAccepted() {
    ModelCheck check =
        check(dims(8, 8, 1), layer("c", "Conv2D", "filters: 2, kernelSize: [3, 3, 3]"));
    Problem problem = check.problems().get(0);
    assertEquals(
        "c (Conv2D): kernelSize has 3 values, but Conv2D takes 1 or 2", problem.headline());
    assertTrue(problem.render().contains("or 2 values (height, width)"), problem.render());
  }

  @Test
  void unknownChannelsAreRejected() {
    ModelCheck check =
        check(dims(8, 8, Shape.NONE), layer("c", "Conv2D", "filters: 2, kernelSize: [3]"));
    assertEquals(List.of("UnknownDimension@0:null"), tags(check));
  }

  @Test
  void flatInputHintSaysToMoveFlatten() {
    ModelCheck check =
        check(
            dims(8, 8, 1),
            layer("f", "Flatten", ""),
            layer("c", "Conv2D", "filters: 2, kernelSize: [3]"));
    assertEquals(List.of("WrongRank@1:null"), tags(check));
    assertTrue(
        check
            .problems()
            .get(0)
            .render()
            .contains("apply Conv2D before @Flatten or global pooling"));
  }

  @Test
  void higherRankInputHintNamesOnlyLayersTheEngineHas() {
    ModelCheck check = check(dims(4, 8, 8, 3), layer("c", "Conv2D", "filters: 2, kernelSize: [3]"));
    String message = check.problems().get(0).render();
    assertTrue(message.contains("reshape the input to (height, width, channels)"), message);
    assertTrue(!message.contains("Conv3D") || ShapeEngine.layerTypes().contains("Conv3D"), message);
  }

  /** 65536 * 65536 * 2147483647 * 2147483647 is about 2^94: the count must not wrap around. */
  @Test
  void parameterCountOverflowIsAnError() {
    ModelCheck check =
        check(
            dims(65536, 65536, Integer.MAX_VALUE),
            layer("c", "Conv2D", "filters: 2147483647, kernelSize: [65536]"));
    assertEquals(List.of("ParameterOverflow@0:null"), tags(check));
  }

  @Test
  void hugeKernelIsAShapeErrorNotAnOverflow() {
    ModelCheck check =
        check(
            dims(28, 28, 1), layer("c", "Conv2D", "filters: 2147483647, kernelSize: [2147483647]"));
    assertEquals(List.of("KernelTooLarge@0:kernelSize"), tags(check));
  }

  @Test
  void hugeButValidSizesAreExact() {
    ModelCheck check =
        check(
            dims(1, 1, Integer.MAX_VALUE),
            layer("c", "Conv2D", "filters: 2147483647, kernelSize: [1]"));
    long expected = (long) Integer.MAX_VALUE * Integer.MAX_VALUE + Integer.MAX_VALUE;
    assertEquals(expected, check.summary().totalParams());
  }
}
