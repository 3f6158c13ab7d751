package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.shapecheck.Layer;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.Problem;
import dev.shapecheck.engine.ShapeEngine;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the engine on every model of the conformance corpus and compares each layer's shape and
 * trainable / non-trainable counts, or the layer at which the model is invalid, with what the
 * TensorFlow.js oracle recorded (Keras-corrected where tfjs 4.22 differs; see oracle.js).
 */
class EngineConformanceTest {
  private static final AtomicInteger MODELS = new AtomicInteger();
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final AtomicInteger MISMATCHES = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> everyCorpusModelMatchesTheOracle() {
    List<Corpus.Entry> entries = Corpus.entries();
    assertFalse(entries.isEmpty(), "no corpus found in " + Corpus.dir());
    return entries.stream()
        .map(e -> DynamicTest.dynamicTest(e.file + "/" + e.name(), () -> compare(e.model, e.expected)));
  }

  private static void compare(JsonObject model, JsonObject oracle) {
    MODELS.incrementAndGet();
    assertTrue(oracle != null, "the oracle has no result; run node oracle.js in conformance/");
    ModelCheck check = ShapeEngine.check(Corpus.toConfig(model));
    try {
      if (oracle.get("valid").getAsBoolean()) {
        assertTrue(check.isClean(), () -> "Keras accepts it, ShapeCheck reports " + check.problems());
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
          assertEquals(java.util.Arrays.toString(shape), java.util.Arrays.toString(gotShape),
              "output shape of layer " + i);
          assertEquals(want.get("trainable").getAsLong(), got.trainableParams(), "trainable of layer " + i);
          assertEquals(want.get("nonTrainable").getAsLong(), got.nonTrainableParams(),
              "non-trainable of layer " + i);
        }
      } else {
        assertFalse(check.isClean(), "Keras rejects it at layer " + oracle.get("errorLayer") + ": "
            + (oracle.has("keras") ? oracle.get("keras") : oracle.get("tfjs")));
        int firstBad = check.problems().stream().mapToInt(Problem::layerIndex).min().getAsInt();
        assertEquals(oracle.get("errorLayer").getAsInt(), firstBad, () -> "failing layer; ShapeCheck says "
            + check.problems());
      }
    } catch (AssertionError e) {
      MISMATCHES.incrementAndGet();
      throw e;
    }
  }

  @AfterAll
  static void printTotals() {
    System.out.println("engine-oracle: " + MODELS + " models, " + LAYERS + " layers, " + MISMATCHES
        + " mismatches");
  }
}
