package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Design constraints: {@code expectOutput} and {@code @ExpectShape} against the computed shapes,
 * the three budgets against the computed totals, and constraints that can never hold.
 */
class ConstraintChecksTest {
  private static final long NONE = DesignConstraints.NONE;

  /** The seed model (TensorFlow's CNN tutorial), 93,322 parameters. */
  private static List<LayerConfig> seed() {
    return List.of(
        layer("conv1", "Conv2D", "filters: 32, kernelSize: [3], activation: 'RELU'"),
        layer("pool1", "MaxPooling2D", "poolSize: [2]"),
        layer("conv2", "Conv2D", "filters: 64, kernelSize: [3], activation: 'RELU'"),
        layer("pool2", "MaxPooling2D", "poolSize: [2]"),
        layer("conv3", "Conv2D", "filters: 64, kernelSize: [3], activation: 'RELU'"),
        layer("flatten", "Flatten", ""),
        layer("dense1", "Dense", "units: 64, activation: 'RELU'"),
        layer("output", "Dense", "units: 10, activation: 'SOFTMAX'"));
  }

  private static ModelCheck check(List<LayerConfig> layers, DesignConstraints constraints) {
    return check(dims(28, 28, 1), layers, constraints);
  }

  /** The check without its warnings (the seed's pool2 drops a row): WarningChecksTest's. */
  private static ModelCheck check(
      int[] input, List<LayerConfig> layers, DesignConstraints constraints) {
    ModelCheck all =
        ShapeEngine.check(
            ModelConfig.of("mnist_cnn", input, -1, layers).withConstraints(constraints));
    List<Problem> errors =
        all.problems().stream().filter(p -> !p.kind().isWarning()).collect(Collectors.toList());
    return new ModelCheck(all.isClean() ? all.summary() : null, all.layers(), errors);
  }

  /** The seed with {@code @ExpectShape(shape)} on layer {@code index}. */
  private static List<LayerConfig> seedExpecting(int index, int... shape) {
    List<LayerConfig> layers = new ArrayList<>(seed());
    layers.set(index, layers.get(index).expecting(shape));
    return layers;
  }

  private static DesignConstraints expectOutput(int... dims) {
    return DesignConstraints.of(dims, NONE, NONE, NONE);
  }

  private static String only(ModelCheck check) {
    assertEquals(1, check.problems().size(), check.problems().toString());
    return check.problems().get(0).render();
  }

  private static void assertContains(String message, String... words) {
    for (String word : words) {
      assertTrue(message.contains(word), "missing <" + word + "> in:\n" + message);
    }
  }

  /** "conv3 (Conv2D) 36,928 (39.6%)" from the engine's own numbers for the seed. */
  private static String share(ModelSummary summary, String name, long figure, long total) {
    return share(summary, name, figure, total, "");
  }

  private static String share(
      ModelSummary summary, String name, long figure, long total, String unit) {
    return String.format(
        Locale.ROOT,
        "%s (%s) %,d%s (%.1f%%)",
        name,
        layerNamed(summary, name).type(),
        figure,
        unit,
        100.0 * figure / total);
  }

  private static Layer layerNamed(ModelSummary summary, String name) {
    return summary.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  // expectOutput

  @Test
  void expectOutputThatHoldsKeepsTheModelClean() {
    ModelCheck check = check(seed(), expectOutput(10));
    assertTrue(check.isClean());
    assertEquals(List.of(), check.problems());
    assertEquals(10, check.summary().outputShape().dim(0));
  }

  @Test
  void expectOutputMismatchNamesTheLastLayerAndTheUnitsThatWouldFit() {
    ModelCheck check = check(seed(), expectOutput(5));
    assertFalse(check.isClean());
    assertEquals(List.of("OutputMismatch@-1:expectOutput"), tags(check));
    assertContains(
        only(check),
        "[ShapeCheck/OutputMismatch] model mnist_cnn: outputs (10), but expectOutput = {5}",
        "output: (None, 10) from output (Dense), the last of 8 layers",
        "needed: (None, 5)",
        "hint:   output (Dense) has units = 10; units = 5 would give (5)");
  }

  @Test
  void expectOutputAfterALayerWithoutUnitsSuggestsADense() {
    List<LayerConfig> layers = new ArrayList<>(seed().subList(0, 7));
    layers.add(layer("drop", "Dropout", "rate: 0.5"));
    String message = only(check(layers, expectOutput(10)));
    assertContains(
        message,
        "outputs (64), but expectOutput = {10}",
        "from drop (Dropout), the last of 8 layers",
        "the last layer drop (Dropout) produces (64); a Dense(units = 10) after it would give"
            + " (10)");
  }

  @Test
  void expectOutputOfAnotherRankSuggestsFlattenAndDense() {
    String message = only(check(seed().subList(0, 5), expectOutput(10)));
    assertContains(
        message,
        "outputs (3, 3, 64), but expectOutput = {10}",
        "the last layer conv3 (Conv2D) produces 3 dimensions (3, 3, 64); a Flatten then a"
            + " Dense(units = 10) after it would give (10)");
  }

  @Test
  void expectOutputWithSeveralDifferencesSaysTheOutputCannotTellWhere() {
    String message = only(check(seed().subList(0, 5), expectOutput(4, 4, 32)));
    assertContains(
        message,
        "outputs (3, 3, 64), but expectOutput = {4, 4, 32}",
        "the output alone cannot tell which layer first diverges",
        "put @ExpectShape on earlier layers");
  }

  @Test
  void shapeNoneMatchesOnlyAnUnknownDimension() {
    List<LayerConfig> dense = List.of(layer("d", "Dense", "units: 4"));
    int[] open = dims(Shape.NONE, 8);
    assertTrue(check(open, dense, expectOutput(Shape.NONE, 4)).isClean());
    assertContains(
        only(check(open, dense, expectOutput(12, 4))),
        "outputs (None, 4), but expectOutput = {12, 4}",
        "from d (Dense), the only layer",
        "dimension 1 is unknown (None), which only Shape.NONE matches");
    assertContains(
        only(check(dims(12, 8), dense, expectOutput(Shape.NONE, 4))),
        "outputs (12, 4), but expectOutput = {-1, 4}",
        "Shape.NONE matches only an unknown dimension, and dimension 1 is 12");
  }

  // @ExpectShape

  @Test
  void expectShapeThatHoldsKeepsTheModelClean() {
    ModelCheck check = check(seedExpecting(1, 13, 13, 32), expectOutput(10));
    assertTrue(check.isClean(), check.problems().toString());
  }

  @Test
  void expectShapeMismatchIsPlacedOnTheExpectShapeValueWithTheInputThatArrived() {
    ModelCheck check = check(seedExpecting(1, 12, 12, 32), DesignConstraints.UNCONSTRAINED);
    assertEquals(List.of("ShapeMismatch@1:value"), tags(check));
    assertEquals("ExpectShape", check.problems().get(0).annotation());
    assertContains(
        only(check),
        "[ShapeCheck/ShapeMismatch] pool1 (MaxPooling2D): outputs (13, 13, 32), but"
            + " @ExpectShape expects (12, 12, 32)",
        "in model mnist_cnn, layer 2 of 8",
        "input:  (None, 26, 26, 32) from conv1",
        "output: (None, 13, 13, 32)",
        "needed: (None, 12, 12, 32)",
        "if its input (26, 26, 32) is what you meant, pool1's own arguments make the"
            + " difference; otherwise add @ExpectShape to conv1");
  }

  @Test
  void aHoldingExpectationBeforeTheMismatchPutsTheFaultOnTheLayerItself() {
    List<LayerConfig> layers = seedExpecting(1, 12, 12, 32);
    layers.set(0, layers.get(0).expecting(dims(26, 26, 32)));
    assertContains(
        only(check(layers, DesignConstraints.UNCONSTRAINED)),
        "its input is as expected (conv1's @ExpectShape holds), so pool1's own arguments make"
            + " the difference");
  }

  @Test
  void expectShapeMismatchOnAConvolutionNamesTheFilters() {
    assertContains(
        only(check(seedExpecting(2, 11, 11, 32), DesignConstraints.UNCONSTRAINED)),
        "conv2 (Conv2D): outputs (11, 11, 64), but @ExpectShape expects (11, 11, 32)",
        "conv2 (Conv2D) has filters = 64; filters = 32 would give (11, 11, 32)");
  }

  @Test
  void expectShapeOnTheFirstLayerPointsAtTheInputOrTheLayer() {
    assertContains(
        only(check(seedExpecting(0, 28, 28, 32), DesignConstraints.UNCONSTRAINED)),
        "input:  (None, 28, 28, 1) (the model input)",
        "conv1 takes the model input (28, 28, 1) directly: if input = {28, 28, 1} is right");
  }

  @Test
  void expectShapeOfTheWrongArityIsAMismatchThatCountsTheDimensions() {
    ModelCheck check = check(seedExpecting(1, 13, 13), DesignConstraints.UNCONSTRAINED);
    assertEquals(List.of("ShapeMismatch@1:value"), tags(check));
    assertContains(
        only(check),
        "pool1 (MaxPooling2D): outputs (13, 13, 32), 3 dimensions after the batch, but"
            + " @ExpectShape({13, 13}) lists 2",
        "needed: (None, 13, 13)",
        "one value per dimension after the batch, and pool1 outputs 3: (13, 13, 32); list 3"
            + " values");
  }

  @Test
  void onlyTheFirstFailingExpectationIsReportedAndTheLaterOnesAreNamed() {
    List<LayerConfig> layers = seedExpecting(1, 12, 12, 32);
    layers.set(2, layers.get(2).expecting(dims(1, 1, 1)));
    ModelCheck check = check(layers, expectOutput(3));
    assertEquals(List.of("ShapeMismatch@1:value"), tags(check));
    assertContains(
        only(check),
        "not checked: conv2's @ExpectShape, expectOutput (they follow from this output)");
  }

  @Test
  void expectationsAfterAShapeErrorAreNotChecked() {
    List<LayerConfig> layers = seedExpecting(6, 1);
    ModelCheck check = check(dims(14, 14, 1), layers, expectOutput(3));
    assertEquals(List.of("KernelTooLarge@4:kernelSize"), tags(check));
  }

  // Budgets

  @Test
  void budgetsThatHoldKeepTheModelClean() {
    ModelSummary seed = check(seed(), DesignConstraints.UNCONSTRAINED).summary();
    ModelCheck exact =
        check(
            seed(),
            DesignConstraints.of(null, seed.totalParams(), seed.totalMacs(), seed.paramBytes()));
    assertTrue(exact.isClean(), exact.problems().toString());
    assertEquals(93_322, exact.summary().totalParams());
  }

  @Test
  void maxParamsNamesTheThreeLargestLayersWithTheirShares() {
    ModelSummary seed = check(seed(), DesignConstraints.UNCONSTRAINED).summary();
    long total = seed.totalParams();
    ModelCheck check = check(seed(), DesignConstraints.of(null, 50_000, NONE, NONE));
    assertEquals(List.of("BudgetExceeded@-1:maxParams"), tags(check));
    assertThrows(IllegalStateException.class, check::summary);
    String largest =
        "largest: "
            + share(seed, "conv3", layerNamed(seed, "conv3").params(), total)
            + ", "
            + share(seed, "dense1", layerNamed(seed, "dense1").params(), total)
            + ", "
            + share(seed, "conv2", layerNamed(seed, "conv2").params(), total);
    assertContains(
        only(check),
        "[ShapeCheck/BudgetExceeded] model mnist_cnn: 93,322 parameters exceed maxParams ="
            + " 50,000 by 43,322 (+86.6%)",
        largest,
        "conv3 (Conv2D) 36,928 (39.6%), dense1 (Dense) 36,928 (39.6%), conv2 (Conv2D) 18,496"
            + " (19.8%)",
        "hint:    the largest is conv3 (Conv2D): filters = 32 instead of 64 would halve its"
            + " 36,928 parameters",
        "or raise maxParams to at least 93,322");
  }

  @Test
  void maxParamsHintsAtTheFlattenFeedingTheLargestDense() {
    List<LayerConfig> layers =
        List.of(
            layer("conv", "Conv2D", "filters: 8, kernelSize: [3]"),
            layer("flatten", "Flatten", ""),
            layer("fc", "Dense", "units: 32"));
    assertContains(
        only(check(layers, DesignConstraints.of(null, 1_000, NONE, NONE))),
        "the largest is fc (Dense), fed by Flatten: pooling before the Flatten");
  }

  @Test
  void maxMacsNamesTheThreeLargestLayersByMacs() {
    ModelSummary seed = check(seed(), DesignConstraints.UNCONSTRAINED).summary();
    long total = seed.totalMacs();
    ModelCheck check = check(seed(), DesignConstraints.of(null, NONE, 1_000_000, NONE));
    assertEquals(List.of("BudgetExceeded@-1:maxMacs"), tags(check));
    List<Layer> byMacs = new ArrayList<>(seed.layers());
    byMacs.sort((a, b) -> Long.compare(b.macs(), a.macs()));
    StringBuilder largest = new StringBuilder("largest: ");
    for (int i = 0; i < 3; i++) {
      Layer layer = byMacs.get(i);
      largest.append(i > 0 ? ", " : "").append(share(seed, layer.name(), layer.macs(), total));
    }
    assertContains(
        only(check),
        String.format(
            Locale.ROOT,
            "model mnist_cnn: %,d MACs per sample exceed maxMacs = 1,000,000 by %,d",
            total,
            total - 1_000_000),
        largest.toString(),
        "strides = 2, or a pooling layer before it, would also cut its output positions");
  }

  @Test
  void maxParamBytesCountsBytesAndOffersAHalfPrecisionDtype() {
    ModelSummary seed = check(seed(), DesignConstraints.UNCONSTRAINED).summary();
    long bytes = seed.paramBytes();
    ModelCheck check = check(seed(), DesignConstraints.of(null, NONE, NONE, 200_000));
    assertEquals(List.of("BudgetExceeded@-1:maxParamBytes"), tags(check));
    assertContains(
        only(check),
        String.format(
            Locale.ROOT,
            "%,d bytes of float32 weights exceed maxParamBytes = 200,000 by %,d",
            bytes,
            bytes - 200_000),
        share(seed, "conv3", 4 * layerNamed(seed, "conv3").params(), bytes, " bytes"),
        "or dtype = DType.FLOAT16, which makes them 186,644 bytes (within budget)");
  }

  @Test
  void everyExceededBudgetIsReported() {
    ModelCheck check = check(seed(), DesignConstraints.of(new int[] {10}, 1, 1, 1));
    assertEquals(
        List.of(
            "BudgetExceeded@-1:maxParams",
            "BudgetExceeded@-1:maxMacs",
            "BudgetExceeded@-1:maxParamBytes"),
        tags(check));
  }

  @Test
  void aZeroBudgetHoldsForAModelWithoutWeights() {
    ModelCheck check =
        check(List.of(layer("flatten", "Flatten", "")), DesignConstraints.of(null, 0, 0, 0));
    assertTrue(check.isClean(), check.problems().toString());
  }

  @Test
  void budgetsAreCheckedBesideAFailingExpectation() {
    ModelCheck check =
        check(seedExpecting(1, 12, 12, 32), DesignConstraints.of(null, 50_000, NONE, NONE));
    assertEquals(List.of("BudgetExceeded@-1:maxParams", "ShapeMismatch@1:value"), tags(check));
  }

  @Test
  void unknownMacsMakeMaxMacsUncheckable() {
    List<LayerConfig> dense = List.of(layer("d", "Dense", "units: 4"));
    ModelCheck check =
        check(dims(Shape.NONE, 8), dense, DesignConstraints.of(null, 36, 1_000, NONE));
    assertEquals(List.of("InvalidConstraint@-1:maxMacs"), tags(check));
    assertContains(
        only(check),
        "model mnist_cnn: maxMacs = 1,000 cannot be checked: the model's MACs are unknown",
        "the MACs of d (Dense) depend on an unknown (None) dimension of its input (None, None, 8)",
        "give every dimension of input = ... a size instead of Shape.NONE");
  }

  // Constraints that can never hold

  @Test
  void invalidConstraintsAreReportedOnTheirAttributes() {
    List<LayerConfig> layers = seedExpecting(1, 13, 0, 32);
    layers.set(2, layers.get(2).expecting(new int[0]));
    ModelCheck check = check(layers, DesignConstraints.of(new int[] {0}, -5, -2, -100));
    assertEquals(
        List.of(
            "InvalidConstraint@-1:expectOutput",
            "InvalidConstraint@-1:maxParams",
            "InvalidConstraint@-1:maxMacs",
            "InvalidConstraint@-1:maxParamBytes",
            "InvalidConstraint@1:value",
            "InvalidConstraint@2:value"),
        tags(check));
    String all = check.problems().toString();
    assertContains(
        all,
        "expectOutput = {0}, but every dimension must be positive or Shape.NONE",
        "maxParams = -5 is negative, so no model can meet it",
        "-1 (the default) sets no budget",
        "pool1 (MaxPooling2D): @ExpectShape({13, 0, 32}), but every dimension must be positive",
        "conv2 (Conv2D): @ExpectShape({}) expects no dimensions");
    assertEquals("ExpectShape", check.problems().get(4).annotation());
  }

  @Test
  void invalidConstraintsAreReportedEvenWhenShapesFail() {
    ModelCheck shapes = check(dims(14, 14, 1), seed(), DesignConstraints.of(null, -5, NONE, NONE));
    assertEquals(
        List.of("InvalidConstraint@-1:maxParams", "KernelTooLarge@4:kernelSize"), tags(shapes));
    ModelCheck arguments =
        ShapeEngine.checkArguments(
            ModelConfig.of("m", dims(4), -1, List.of(layer("d", "Dense", "units: 3")))
                .withConstraints(DesignConstraints.of(null, NONE, -7, NONE)));
    assertEquals(List.of("InvalidConstraint@-1:maxMacs"), tags(arguments));
  }
}
