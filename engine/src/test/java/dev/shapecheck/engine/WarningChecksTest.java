package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static dev.shapecheck.engine.Models.wrapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each warning rule of {@link Rules#WARNINGS}, with the cases it must leave alone. */
class WarningChecksTest {
  private static final LayerConfig[] SEED = {
    layer("conv1", "Conv2D", "filters: 32, kernelSize: [3], activation: 'RELU'"),
    layer("pool1", "MaxPooling2D", "poolSize: [2]"),
    layer("conv2", "Conv2D", "filters: 64, kernelSize: [3], activation: 'RELU'"),
    layer("pool2", "MaxPooling2D", "poolSize: [2]"),
    layer("conv3", "Conv2D", "filters: 64, kernelSize: [3], activation: 'RELU'"),
    layer("flatten", "Flatten", ""),
    layer("dense1", "Dense", "units: 64, activation: 'RELU'"),
    layer("output", "Dense", "units: 10, activation: 'SOFTMAX'"),
  };

  /** The only problem of {@code check}, which must be a warning of a clean model. */
  private static Problem onlyWarning(ModelCheck check, String tag) {
    assertEquals(1, check.problems().size(), check.problems().toString());
    Problem warning = check.problems().get(0);
    assertEquals(tag, warning.kind().tag(), warning.render());
    assertTrue(warning.kind().isWarning());
    assertTrue(check.isClean(), "a warning must not make the model unclean");
    check.summary(); // and the summary is still there
    return warning;
  }

  private static void assertContains(Problem problem, String... words) {
    for (String word : words) {
      assertTrue(problem.render().contains(word), "missing <" + word + "> in\n" + problem.render());
    }
  }

  private static void assertNoWarnings(int[] input, LayerConfig... layers) {
    assertEquals(List.of(), tags(check(input, layers)));
  }

  // DroppedInput

  @Test
  void seedPool2DropsOneRowAndOneColumn() {
    Problem warning = onlyWarning(check(dims(28, 28, 1), SEED), "DroppedInput");
    assertEquals(3, warning.layerIndex());
    assertEquals("padding", warning.attribute());
    assertContains(
        warning,
        "pool2 (MaxPooling2D): 2x2 pool with strides 2 and Padding.VALID drops the last row"
            + " (height) and the last column (width) of the (11, 11, 64) output of conv2: 21 of"
            + " 121 positions per channel never reach a window",
        "in model test_model, layer 4 of 8",
        "input:   (None, 11, 11, 64) from conv2",
        "covered: height (5 - 1) * 2 + 2 = 10 of 11, width (5 - 1) * 2 + 2 = 10 of 11",
        "height 10 or 12 (not 11)",
        "hint:    use padding = Padding.SAME (output (None, 6, 6, 64))",
        "poolSize = 3 with strides = 2 keeps the output (None, 5, 5, 64)");
  }

  @Test
  void droppedAxesAreNamedOneByOne() {
    Problem warning =
        onlyWarning(
            check(
                dims(12, 10, 3), layer("p", "AveragePooling2D", "poolSize: [2, 3], strides: [2]")),
            "DroppedInput");
    assertContains(warning, "drops the last column (width)", "width (4 - 1) * 2 + 3 = 9 of 10");
    assertTrue(!warning.render().contains("row"), warning.render());
    warning =
        onlyWarning(
            check(dims(10, 4), layer("p", "MaxPooling1D", "poolSize: [4]")), "DroppedInput");
    assertContains(
        warning, "4 pool with strides 4 and Padding.VALID drops the last 2 steps of the model");
    warning =
        onlyWarning(
            check(dims(5, 8, 8, 1), layer("p", "MaxPooling3D", "poolSize: [2]")), "DroppedInput");
    assertContains(warning, "drops the last slice (depth)");
  }

  @Test
  void stridedConvolutionsDropTheirRemainder() {
    Problem warning =
        onlyWarning(
            check(
                dims(10, 10, 3), layer("c", "Conv2D", "filters: 8, kernelSize: [3], strides: [2]")),
            "DroppedInput");
    assertContains(
        warning,
        "c (Conv2D): 3x3 kernel with strides 2 and Padding.VALID drops the last row (height) and"
            + " the last column (width) of the model input (10, 10, 3)",
        "kernelSize = 4 keeps the output (None, 4, 4, 8)",
        "use padding = Padding.SAME (output (None, 5, 5, 8))");
    onlyWarning(
        check(dims(10, 3), layer("c", "Conv1D", "filters: 8, kernelSize: [3], strides: [2]")),
        "DroppedInput");
    onlyWarning(
        check(dims(10, 10, 3), layer("d", "DepthwiseConv2D", "kernelSize: [3], strides: [2]")),
        "DroppedInput");
    onlyWarning(
        check(
            dims(10, 10, 3),
            layer("s", "SeparableConv2D", "filters: 4, kernelSize: [3], strides: [2]")),
        "DroppedInput");
  }

  @Test
  void channelsFirstLooksAtTheSpatialAxes() {
    Problem warning =
        onlyWarning(
            check(
                dims(3, 11, 10),
                layer("p", "MaxPooling2D", "poolSize: [2], dataFormat: 'CHANNELS_FIRST'")),
            "DroppedInput");
    assertContains(warning, "drops the last row (height) of", "(None, 3, 6, 5)");
  }

  @Test
  void exactFitsSamePaddingStrideOneAndSkippingStridesDoNotWarn() {
    assertNoWarnings(dims(28, 28, 1), layer("p", "MaxPooling2D", "poolSize: [2]"));
    assertNoWarnings(dims(11, 11, 1), layer("p", "MaxPooling2D", "poolSize: [2], padding: 'SAME'"));
    assertNoWarnings(dims(11, 11, 1), layer("p", "MaxPooling2D", "poolSize: [3], strides: [2]"));
    assertNoWarnings(dims(11, 11, 1), layer("c", "Conv2D", "filters: 4, kernelSize: [2]"));
    assertNoWarnings(
        dims(11, 11, 1),
        layer("c", "Conv2D", "filters: 4, kernelSize: [3], strides: [2], padding: 'SAME'"));
    // 1x1 with strides 2 skips every other column by design (ResNet's shortcut): no warning
    assertNoWarnings(
        dims(56, 56, 8), layer("c", "Conv2D", "filters: 4, kernelSize: [1], strides: [2]"));
    // transposed convolutions scatter, they never drop
    assertNoWarnings(
        dims(11, 11, 1),
        layer("t", "Conv2DTranspose", "filters: 4, kernelSize: [3], strides: [2]"));
    // unknown lengths cannot be judged
    assertNoWarnings(dims(-1, 4), layer("p", "MaxPooling1D", "poolSize: [2]"));
  }

  // ParameterExplosion

  private static LayerConfig[] vggTop() {
    return new LayerConfig[] {
      layer("block5_conv", "Conv2D", "filters: 512, kernelSize: [3], padding: 'SAME'"),
      layer("flatten", "Flatten", ""),
      layer("fc1", "Dense", "units: 4096, activation: 'RELU'"),
      layer("predictions", "Dense", "units: 1000, activation: 'SOFTMAX'"),
    };
  }

  @Test
  void aFlattenFedDenseWithMostWeightsWarnsAndProposesGlobalPooling() {
    Problem warning = onlyWarning(check(dims(7, 7, 512), vggTop()), "ParameterExplosion");
    assertEquals(2, warning.layerIndex());
    assertEquals("units", warning.attribute());
    assertContains(
        warning,
        "fc1 (Dense): holds 102,764,544 of the model's 109,221,352 parameters (94.1%)",
        "flatten (Flatten) turns the (7, 7, 512) output of block5_conv into 25,088 features",
        "replace flatten with @GlobalAveragePooling2D (fc1 would take 512 inputs: 2,101,248"
            + " parameters instead of 102,764,544)");
  }

  @Test
  void aDenseWithoutFlattenIsToldToShrink() {
    Problem warning =
        onlyWarning(
            check(
                dims(10),
                layer("wide", "Dense", "units: 2000"),
                layer("huge", "Dense", "units: 1000"),
                layer("out", "Dense", "units: 2")),
            "ParameterExplosion");
    assertContains(warning, "huge (Dense): holds 2,001,000", "give huge fewer units");
  }

  @Test
  void smallModelsBalancedModelsAndSingleLayersDoNotExplode() {
    assertNoWarnings(dims(28, 28, 1), SEED[0], SEED[1], SEED[2]); // and the seed, 93,322: above
    // 2,001,000 in one Dense, but it is the only weighted layer
    assertNoWarnings(dims(2000), layer("only", "Dense", "units: 1000"));
    // just under half: 1,001,000 of 2,003,001
    assertNoWarnings(
        dims(1000),
        layer("a", "Dense", "units: 1000"),
        layer("b", "Dense", "units: 1000"),
        layer("c", "Dense", "units: 1"));
    // a large Embedding is how NLP models look, not a Flatten mistake
    assertNoWarnings(
        dims(100),
        layer("e", "Embedding", "inputDim: 20000, outputDim: 128"),
        layer("pool", "GlobalAveragePooling1D", ""),
        layer("out", "Dense", "units: 1"));
  }

  @Test
  void sharesOfCountsNearTheLongLimitAreExact() {
    int max = Integer.MAX_VALUE;
    LayerConfig embedding =
        layer("embedding", "Embedding", "inputDim: " + max + ", outputDim: " + max);
    // max^2 of 2 * max^2: exactly half
    onlyWarning(
        check(dims(max), layer("d", "Dense", "units: " + max + ", useBias: false"), embedding),
        "ParameterExplosion");
    // max^2 - max - 2 of 2 * max^2 - max - 2: just under half
    assertNoWarnings(dims(max), layer("d", "Dense", "units: " + (max - 2)), embedding);
  }

  // SoftmaxNotLast

  @Test
  void softmaxBeforeAnotherComputingLayerWarns() {
    Problem warning =
        onlyWarning(
            check(
                dims(16),
                layer("probs", "Dense", "units: 8, activation: 'SOFTMAX'"),
                layer("out", "Dense", "units: 2")),
            "SoftmaxNotLast");
    assertEquals(0, warning.layerIndex());
    assertEquals("activation", warning.attribute());
    assertContains(
        warning,
        "probs (Dense): applies softmax, but it is not the last layer: out (Dense) computes on"
            + " its probabilities",
        "activation = Activations.RELU");
    warning =
        onlyWarning(
            check(dims(16), layer("sm", "Softmax", ""), layer("out", "Dense", "units: 2")),
            "SoftmaxNotLast");
    assertEquals(null, warning.attribute());
    assertContains(warning, "remove sm");
    onlyWarning(
        check(
            dims(16),
            layer("act", "Activation", "activation: 'SOFTMAX'"),
            layer("out", "Dense", "units: 2")),
        "SoftmaxNotLast");
  }

  @Test
  void softmaxLastOrOnlyFollowedByLayersThatMoveValuesDoesNotWarn() {
    assertNoWarnings(dims(16), layer("out", "Dense", "units: 2, activation: 'SOFTMAX'"));
    assertNoWarnings(
        dims(4, 4),
        layer("out", "Dense", "units: 2, activation: 'SOFTMAX'"),
        layer("flat", "Flatten", ""),
        layer("shape", "Reshape", "targetShape: [4, 2]"),
        layer("linear", "Activation", "activation: 'LINEAR'"));
    assertNoWarnings(
        dims(16),
        layer("out", "Dense", "units: 2, activation: 'SOFTMAX'"),
        layer("same", "Identity", ""));
    // the dropout is the root cause, reported once: DropoutLast
    assertEquals(
        List.of("DropoutLast@1:null"),
        tags(
            check(
                dims(16),
                layer("out", "Dense", "units: 2, activation: 'SOFTMAX'"),
                layer("drop", "Dropout", "rate: 0.5"))));
  }

  // DropoutLast

  @Test
  void everyDropoutAndNoiseLayerLastWarns() {
    for (String type : List.of("Dropout", "GaussianDropout", "AlphaDropout", "GaussianNoise")) {
      String args = type.equals("GaussianNoise") ? "stddev: 0.1" : "rate: 0.5";
      Problem warning =
          onlyWarning(
              check(dims(16), layer("out", "Dense", "units: 2"), layer("drop", type, args)),
              "DropoutLast");
      assertContains(
          warning,
          "drop (" + type + "): is the last layer",
          "does nothing at inference",
          "hint:   move drop before out, or remove it");
    }
    for (int rank = 1; rank <= 3; rank++) {
      int[] input = rank == 1 ? dims(8, 3) : rank == 2 ? dims(8, 8, 3) : dims(4, 8, 8, 3);
      onlyWarning(
          check(input, layer("drop", "SpatialDropout" + rank + "D", "rate: 0.2")), "DropoutLast");
    }
  }

  @Test
  void dropoutBeforeTheOutputDoesNotWarn() {
    assertNoWarnings(
        dims(16), layer("drop", "Dropout", "rate: 0.5"), layer("out", "Dense", "units: 2"));
  }

  // RedundantActivation

  @Test
  void reluAfterReluChangesNothing() {
    Problem warning =
        onlyWarning(
            check(
                dims(8, 8, 1),
                layer("conv", "Conv2D", "filters: 4, kernelSize: [3], activation: 'RELU'"),
                layer("act", "ReLU", "")),
            "RedundantActivation");
    assertEquals(1, warning.layerIndex());
    assertContains(
        warning,
        "act (ReLU): relu changes nothing after the relu of conv: every value is already in"
            + " [0, ∞), where relu returns its input",
        "remove act, or give conv activation = Activations.LINEAR");
    warning =
        onlyWarning(
            check(
                dims(8),
                layer("a", "Activation", "activation: 'RELU'"),
                layer("b", "Activation", "activation: 'RELU'")),
            "RedundantActivation");
    assertEquals("activation", warning.attribute());
    onlyWarning(
        check(
            dims(8),
            layer("d", "Dense", "units: 4, activation: 'RELU'"),
            layer("b", "Activation", "activation: 'RELU'")),
        "RedundantActivation");
    // relu6 after relu6, and relu after a sigmoid (whose values are all positive)
    onlyWarning(
        check(
            dims(8),
            layer("d", "Dense", "units: 4, activation: 'RELU6'"),
            layer("r", "ReLU", "maxValue: 6.0")),
        "RedundantActivation");
    onlyWarning(
        check(
            dims(8),
            layer("d", "Dense", "units: 4, activation: 'SIGMOID'"),
            layer("r", "Activation", "activation: 'RELU'")),
        "RedundantActivation");
  }

  @Test
  void softmaxAfterSoftmaxIsReportedOnceAsANormalizationTwice() {
    Problem warning =
        onlyWarning(
            check(
                dims(8),
                layer("out", "Dense", "units: 4, activation: 'SOFTMAX'"),
                layer("sm", "Softmax", "")),
            "RedundantActivation");
    assertContains(warning, "softmax after the softmax of out normalizes twice", "remove sm");
    // a softmax on another axis is a different normalization: not redundant, but not last either
    assertEquals(
        List.of("SoftmaxNotLast@0:null"),
        tags(
            check(
                dims(3, 8), layer("a", "Softmax", "axis: 1"), layer("b", "Softmax", "axis: -1"))));
    // axis 2 of a (batch, 3, 8) input is axis -1
    onlyWarning(
        check(dims(3, 8), layer("a", "Softmax", "axis: 2"), layer("b", "Softmax", "axis: -1")),
        "RedundantActivation");
  }

  @Test
  void activationsThatDoChangeValuesAreNotRedundant() {
    // relu6 clips what relu leaves above 6
    assertNoWarnings(
        dims(8),
        layer("d", "Dense", "units: 4, activation: 'RELU'"),
        layer("r", "ReLU", "maxValue: 6.0"));
    assertNoWarnings(
        dims(8),
        layer("d", "Dense", "units: 4, activation: 'RELU'"),
        layer("r", "Activation", "activation: 'RELU6'"));
    // relu after tanh zeroes its negative half; a threshold moves values up to it
    assertNoWarnings(
        dims(8), layer("d", "Dense", "units: 4, activation: 'TANH'"), layer("r", "ReLU", ""));
    assertNoWarnings(dims(8), layer("a", "ReLU", ""), layer("r", "ReLU", "threshold: 0.5"));
    // a leaky ReLU lets negative values through, which a following relu then zeroes
    assertNoWarnings(
        dims(8), layer("a", "LeakyReLU", "negativeSlope: 0.3"), layer("r", "ReLU", ""));
    // a linear Dense has no activation to repeat
    assertNoWarnings(dims(8), layer("d", "Dense", "units: 4"), layer("r", "ReLU", ""));
    // an activation on the layer itself is not a second activation
    assertNoWarnings(
        dims(8),
        layer("a", "Activation", "activation: 'RELU'"),
        layer("d", "Dense", "units: 4, activation: 'RELU'"));
  }

  @Test
  void wrappedLayersAreNotInspected() {
    assertNoWarnings(
        dims(5, 8),
        wrapper("TimeDistributed", "", layer("td", "Dense", "units: 4, activation: 'SOFTMAX'")),
        layer("out", "Dense", "units: 2"));
  }

  @Test
  void warningsWaitForErrorsToBeFixed() {
    // on 16x16 images pool2 drops a row and a column of (5, 5), but conv3 does not fit the
    // (2, 2) left: only the error
    assertEquals(List.of("KernelTooLarge@4:kernelSize"), tags(check(dims(16, 16, 1), SEED)));
  }
}
