package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.shapecheck.Layer;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.Problem;
import dev.shapecheck.engine.ShapeEngine;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the engine on every model of the conformance corpus and compares each layer's shape and
 * trainable / non-trainable counts, or the layer at which the model is invalid, with what the
 * oracle recorded: TensorFlow.js (Keras-corrected where tfjs 4.22 differs; see oracle.js), or Keras
 * 3 itself for the kerasOnly models (keras/oracle.py).
 */
class EngineConformanceTest {
  private static final AtomicInteger MODELS = new AtomicInteger();
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final AtomicInteger MISMATCHES = new AtomicInteger();
  private static final AtomicInteger BY_KERAS = new AtomicInteger();
  private static final AtomicInteger MACS = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> everyCorpusModelMatchesTheOracle() {
    List<Corpus.Entry> entries = Corpus.entries();
    assertFalse(entries.isEmpty(), "no corpus found in " + Corpus.dir());
    return entries.stream()
        .map(e -> DynamicTest.dynamicTest(e.file + "/" + e.name(), () -> compare(e)));
  }

  private static void compare(Corpus.Entry entry) {
    MODELS.incrementAndGet();
    if (entry.byKeras) {
      BY_KERAS.incrementAndGet();
    }
    JsonObject model = entry.model;
    JsonObject oracle = entry.expected;
    ModelCheck check = ShapeEngine.check(Corpus.toConfig(model));
    try {
      if (oracle.get("valid").getAsBoolean()) {
        assertTrue(
            check.isClean(), () -> "Keras accepts it, ShapeCheck reports " + check.problems());
        JsonArray layers = oracle.getAsJsonArray("layers");
        assertEquals(layers.size(), check.layers().size());
        for (int i = 0; i < layers.size(); i++) {
          JsonObject want = layers.get(i).getAsJsonObject();
          Layer got = check.layers().get(i);
          LAYERS.incrementAndGet();
          int[] shape = Corpus.ints(want.getAsJsonArray("outputShape"));
          int[] gotShape = new int[got.outputShape().rank() + 1];
          gotShape[0] = got.outputShape().batchSize();
          System.arraycopy(got.outputShape().dims(), 0, gotShape, 1, got.outputShape().rank());
          assertEquals(
              java.util.Arrays.toString(shape),
              java.util.Arrays.toString(gotShape),
              "output shape of layer " + i);
          assertEquals(
              want.get("trainable").getAsLong(), got.trainableParams(), "trainable of layer " + i);
          assertEquals(
              want.get("nonTrainable").getAsLong(),
              got.nonTrainableParams(),
              "non-trainable of layer " + i);
          if (want.has("macs")) { // TensorFlow's matrix products for the layer (keras/macs.py)
            MACS.incrementAndGet();
            assertEquals(want.get("macs").getAsLong(), got.macs(), "MACs of layer " + i);
          }
        }
      } else {
        assertFalse(
            check.isClean(),
            "Keras rejects it at layer "
                + oracle.get("errorLayer")
                + ": "
                + (oracle.has("keras") ? oracle.get("keras") : oracle.get("tfjs")));
        int firstBad = check.problems().stream().mapToInt(Problem::layerIndex).min().getAsInt();
        assertEquals(
            oracle.get("errorLayer").getAsInt(),
            firstBad,
            () -> "failing layer; ShapeCheck says " + check.problems());
      }
    } catch (AssertionError e) {
      MISMATCHES.incrementAndGet();
      throw e;
    }
  }

  private static final AtomicInteger GRAPHS = new AtomicInteger();
  private static final AtomicInteger GRAPH_LAYERS = new AtomicInteger();
  private static final AtomicInteger GRAPH_MISMATCHES = new AtomicInteger();

  /**
   * Functional models go through {@link ShapeEngine#check(dev.shapecheck.engine.GraphConfig)}:
   * every row (inputs included) by name, its shape and counts, the outputs and the totals; for a
   * model Keras rejects, the first node with an error and, where the oracle knows it, its kind.
   */
  @TestFactory
  Stream<DynamicTest> everyFunctionalModelMatchesTheOracle() {
    List<Corpus.Entry> entries = Corpus.functionalEntries();
    assertFalse(entries.isEmpty(), "no functional corpus found in " + Corpus.dir());
    return entries.stream()
        .map(e -> DynamicTest.dynamicTest(e.file + "/" + e.name(), () -> compareGraph(e)));
  }

  private static void compareGraph(Corpus.Entry entry) {
    GRAPHS.incrementAndGet();
    try {
      ModelCheck check = ShapeEngine.check(Corpus.toGraphConfig(entry.model));
      List<Problem> errors = check.problems().stream().filter(p -> !p.kind().isWarning()).toList();
      if (entry.valid()) {
        assertTrue(errors.isEmpty(), () -> "Keras accepts it, ShapeCheck reports " + errors);
        GRAPH_LAYERS.addAndGet(FunctionalComparison.assertMatches(entry.expected, check.summary()));
      } else {
        assertFalse(
            errors.isEmpty(),
            () ->
                "Keras rejects it at "
                    + FunctionalComparison.where(entry.expected)
                    + ": "
                    + FunctionalComparison.why(entry.expected));
        Problem first =
            errors.stream().min(java.util.Comparator.comparingInt(Problem::layerIndex)).get();
        assertEquals(
            entry.errorLayer(),
            first.layerIndex(),
            () ->
                "failing node (Keras: "
                    + FunctionalComparison.why(entry.expected)
                    + "); ShapeCheck says "
                    + errors);
        String kind = FunctionalComparison.kind(entry.expected);
        if (kind != null) {
          assertEquals(kind, first.kind().tag(), () -> "error kind; ShapeCheck says " + first);
        }
      }
    } catch (AssertionError | RuntimeException e) {
      GRAPH_MISMATCHES.incrementAndGet();
      throw e;
    }
  }

  /**
   * A sample of rank 0 ({@code Reshape(())}, Keras's {@code (None,)}) reaches no spec that would
   * index an axis of it: every layer of the corpus, with its arguments, after one is either
   * accepted or rejected with a problem on that layer, never an exception.
   */
  @Test
  void everyCorpusLayerAfterARankZeroSampleIsCheckedWithoutAnException() {
    LayerConfig toOneValue =
        LayerConfig.of("r", "Reshape", java.util.Map.of("targetShape", new int[0]));
    int checked = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Corpus.Entry entry : Corpus.entries()) {
      for (com.google.gson.JsonElement element : entry.layers()) {
        JsonObject layer = element.getAsJsonObject();
        if (!seen.add(layer.get("type") + " " + layer.get("args") + " " + layer.get("wrapped"))) {
          continue;
        }
        ModelCheck check =
            ShapeEngine.check(
                ModelConfig.of(
                    "rank_zero",
                    new int[] {1},
                    -1,
                    List.of(toOneValue, Corpus.layerConfig(layer, "l"))));
        assertTrue(
            check.problems().stream().allMatch(p -> p.layerIndex() == 1 || p.kind().isWarning()),
            () -> layer + ": " + check.problems());
        checked++;
      }
    }
    assertTrue(checked > 500, "distinct corpus layers: " + checked);
  }

  @AfterAll
  static void printTotals() {
    System.out.println(
        "engine-oracle: "
            + Corpus.kerasVersion()
            + ": "
            + MODELS
            + " models ("
            + BY_KERAS
            + " judged by Keras 3), "
            + LAYERS
            + " layers, "
            + MISMATCHES
            + " mismatches");
    System.out.println(
        "engine-functional-oracle: "
            + Corpus.kerasVersion()
            + ": "
            + GRAPHS
            + " models, "
            + GRAPH_LAYERS
            + " layers, "
            + GRAPH_MISMATCHES
            + " mismatches");
    System.out.println(
        "engine-macs: "
            + MACS
            + " sequential and "
            + FunctionalComparison.MACS
            + " functional layers' MACs equal to the matrix products TensorFlow runs for them");
  }
}
