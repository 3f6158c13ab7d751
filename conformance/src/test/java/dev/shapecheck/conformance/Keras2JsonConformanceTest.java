package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ShapeEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid corpus model's {@code keras2Json()} (what the generated {@code KERAS2_JSON} holds)
 * is, as parsed JSON, what tf.keras 2's {@code model.to_json()} writes for the same model (tf_keras
 * 2.21, the tf.keras 2 line TensorFlow 2.21 pairs with): every field, every value ({@link
 * JsonDifference}: numbers by value, nothing else loosened). {@code keras/tojson2.py} builds each
 * model with tf_keras and records its {@code to_json()} in the committed {@code
 * expected/keras2-json/<corpus file>.json}; it needs tf_keras, which CI does not have, so CI holds
 * the engine to the committed files only.
 *
 * <p>A model {@code tojson2.py} could not build ({@code notBuilt}: a layer kind or argument
 * tf.keras 2 lacks, or a {@code @Lambda}/{@code @Custom} layer) is counted, not compared. So is a
 * model with a layer kind whose tf.keras 2 form the engine does not declare yet ({@link
 * ShapeEngine#keras2LayerTypes()}: the preprocessing layers, and any layer kind added since), so
 * that a new layer kind can be merged before its tf.keras 2 form: those are listed in the totals
 * line as "not yet in tf.keras 2 form".
 */
class Keras2JsonConformanceTest {
  private static final AtomicInteger EQUAL = new AtomicInteger();
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final AtomicInteger NOT_BUILT = new AtomicInteger();
  private static final AtomicInteger DIFFERENT = new AtomicInteger();
  private static final AtomicInteger NOT_YET_MODELS = new AtomicInteger();
  private static final Map<String, Integer> NOT_YET = new TreeMap<>();

  /** Every record of {@code expected/keras2-json/}, file by file, with its corpus model. */
  static List<Keras3JsonConformanceTest.Recorded> recorded() {
    Path dir = Corpus.dir().resolve("expected").resolve("keras2-json");
    List<Keras3JsonConformanceTest.Recorded> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path path : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String file = path.getFileName().toString();
        Map<String, JsonObject> corpus = new HashMap<>();
        for (JsonElement m : Corpus.readArray(Corpus.dir().resolve("corpus").resolve(file))) {
          corpus.put(m.getAsJsonObject().get("name").getAsString(), m.getAsJsonObject());
        }
        for (JsonElement r : Corpus.readKeras(path).getAsJsonArray("models")) {
          JsonObject record = r.getAsJsonObject();
          JsonObject model = corpus.get(record.get("name").getAsString());
          if (model == null) {
            throw new AssertionError(
                file + ": " + record.get("name") + " is no corpus model: run keras/tojson2.py");
          }
          all.add(new Keras3JsonConformanceTest.Recorded(file, model, record));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** The layer types of a recorded JSON (wrapped layers included) with no tf.keras 2 form yet. */
  static Set<String> notYetInForm(JsonElement json) {
    Set<String> types = new TreeSet<>();
    classNames(json, types);
    types.remove("Sequential");
    types.remove("Functional");
    types.remove("InputLayer");
    types.removeIf(t -> t.equals("GlorotUniform") || t.equals("Zeros") || t.equals("Ones"));
    types.removeIf(t -> t.equals("Orthogonal") || t.equals("RandomUniform"));
    types.removeAll(ShapeEngine.keras2LayerTypes());
    return types;
  }

  private static void classNames(JsonElement json, Set<String> out) {
    if (json.isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
        if (e.getKey().equals("class_name") && e.getValue().isJsonPrimitive()) {
          out.add(e.getValue().getAsString());
        }
        classNames(e.getValue(), out);
      }
    } else if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(item -> classNames(item, out));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyValidModelsKeras2JsonIsWhatTfKeras2Writes() {
    List<Keras3JsonConformanceTest.Recorded> recorded = recorded();
    assertFalse(recorded.isEmpty(), "no expected/keras2-json files");
    return recorded.stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.file() + "/" + r.name(),
                    () -> {
                      if (!r.record().has("json")) {
                        NOT_BUILT.incrementAndGet();
                        return;
                      }
                      JsonElement keras = r.record().get("json");
                      Set<String> notYet = notYetInForm(keras);
                      if (!notYet.isEmpty()) {
                        NOT_YET_MODELS.incrementAndGet();
                        synchronized (NOT_YET) {
                          for (String type : notYet) {
                            NOT_YET.merge(type, 1, Integer::sum);
                          }
                        }
                        return;
                      }
                      ModelCheck check = r.check();
                      assertTrue(check.isClean(), () -> r.name() + ": " + check.problems());
                      JsonElement ours = JsonParser.parseString(check.keras2Json());
                      String difference = JsonDifference.first(keras, ours).orElse(null);
                      if (difference != null) {
                        DIFFERENT.incrementAndGet();
                        fail(
                            r.name()
                                + ": KERAS2_JSON differs from tf.keras 2's to_json() at "
                                + difference);
                      }
                      EQUAL.incrementAndGet();
                      LAYERS.addAndGet(
                          keras
                              .getAsJsonObject()
                              .getAsJsonObject("config")
                              .getAsJsonArray("layers")
                              .size());
                    }));
  }

  /** The recorded models are those tojson.py records: every valid one. */
  @Test
  void everyValidCorpusModelIsRecorded() {
    Set<String> expected = new TreeSet<>();
    for (Keras3JsonConformanceTest.Recorded r : Keras3JsonConformanceTest.recorded()) {
      expected.add(r.file() + "/" + r.name());
    }
    Set<String> recorded = new TreeSet<>();
    for (Keras3JsonConformanceTest.Recorded r : recorded()) {
      recorded.add(r.file() + "/" + r.name());
    }
    assertEquals(expected, recorded, "the models of expected/keras2-json: run keras/tojson2.py");
  }

  /** Every layer type with a declared tf.keras 2 form is in some compared model. */
  @Test
  void everyDeclaredTypeIsCompared() {
    Set<String> compared = new TreeSet<>();
    for (Keras3JsonConformanceTest.Recorded r : recorded()) {
      if (r.record().has("json") && notYetInForm(r.record().get("json")).isEmpty()) {
        classNames(r.record().get("json"), compared);
      }
    }
    Set<String> missing = new TreeSet<>(ShapeEngine.keras2LayerTypes());
    missing.removeAll(compared);
    assertEquals(Set.of("ThresholdedReLU"), missing, "tf.keras 2 forms no compared model has");
  }

  @AfterAll
  static void printTotals() {
    System.out.println(
        "keras2-json: "
            + EQUAL
            + " models ("
            + LAYERS
            + " layers) equal to tf_keras 2.21's to_json(), "
            + DIFFERENT
            + " different, "
            + NOT_BUILT
            + " not built by tf.keras 2, "
            + NOT_YET_MODELS
            + " not yet in tf.keras 2 form (models per layer type: "
            + NOT_YET
            + ")");
  }
}
