package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.shapecheck.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
class OracleConformanceTest {
  private static final AtomicInteger MODELS = new AtomicInteger();
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final AtomicInteger MISMATCHES = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> everyCorpusModelMatchesTheOracle() throws IOException {
    Path dir = CorpusModels.conformanceDir();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
      for (Path corpusFile : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Map<String, JsonObject> expected = new HashMap<>();
        for (JsonElement e : CorpusModels.readArray(dir.resolve("expected").resolve(corpusFile.getFileName()))) {
          expected.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
        }
        for (JsonElement e : CorpusModels.readArray(corpusFile)) {
          JsonObject model = e.getAsJsonObject();
          if (model.has("kerasOnly")) {
            continue; // no tfjs result: covered by the engine's unit tests
          }
          String name = model.get("name").getAsString();
          tests.add(DynamicTest.dynamicTest(name, () -> compare(model, expected.get(name))));
        }
      }
    }
    assertFalse(tests.isEmpty(), "no corpus found in " + dir);
    return tests.stream();
  }

  private static void compare(JsonObject model, JsonObject oracle) {
    MODELS.incrementAndGet();
    assertTrue(oracle != null, "the oracle has no result; run node oracle.js in conformance/");
    ModelCheck check = ShapeEngine.check(CorpusModels.toConfig(model));
    try {
      if (oracle.get("valid").getAsBoolean()) {
        assertTrue(check.isClean(), () -> "Keras accepts it, ShapeCheck reports " + check.problems());
        JsonArray layers = oracle.getAsJsonArray("layers");
        assertEquals(layers.size(), check.layers().size());
        for (int i = 0; i < layers.size(); i++) {
          JsonObject want = layers.get(i).getAsJsonObject();
          Layer got = check.layers().get(i);
          LAYERS.incrementAndGet();
          int[] shape = CorpusModels.ints(want.getAsJsonArray("outputShape"));
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
