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
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid corpus model's {@code kerasJson()} (what the generated {@code KERAS_JSON} holds) is,
 * as parsed JSON, what Keras 3.15.1's {@code model.to_json()} writes for the same model: every
 * field, every value ({@link JsonDifference}: numbers by value, nothing else loosened, nothing
 * excluded). {@code keras/tojson.py} builds each model with Keras 3 and records its {@code
 * to_json()} in the committed {@code expected/keras-json/<corpus file>.json}, after checking that
 * {@code keras.models.model_from_json} rebuilds that JSON into a model with the same layer names,
 * output shapes and parameter counts that writes the same JSON again; so a {@code KERAS_JSON} that
 * passes here is rebuilt by Keras 3 into the model ShapeCheck checked. The oracle profile ({@code
 * mvn -Poracle verify}, run by CI) fails when the committed files are not what Keras writes.
 *
 * <p>The models are those Keras 3 judged valid ({@code expected/keras/}), sequential and
 * functional: not the {@code keras2} ones, whose layer Keras 3 removed, nor the {@code kerasOpen}
 * ones, where ShapeCheck follows TensorFlow.js. A model {@code tojson.py} could not build ({@code
 * notBuilt} in the file) is counted, not compared.
 */
class Keras3JsonConformanceTest {
  private static final AtomicInteger EQUAL = new AtomicInteger();
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final AtomicInteger NOT_BUILT = new AtomicInteger();
  private static final AtomicInteger DIFFERENT = new AtomicInteger();

  /** One recorded model: its corpus file, its corpus entry and Keras's to_json() (or why not). */
  record Recorded(String file, JsonObject model, JsonObject record) {
    String name() {
      return record.get("name").getAsString();
    }

    boolean functional() {
      return model.has("functional") && model.get("functional").getAsBoolean();
    }

    ModelCheck check() {
      return functional()
          ? ShapeEngine.check(Corpus.toGraphConfig(model))
          : ShapeEngine.check(Corpus.toConfig(model));
    }
  }

  /** Every record of {@code expected/keras-json/}, file by file, with its corpus model. */
  static List<Recorded> recorded() {
    Path dir = Corpus.dir().resolve("expected").resolve("keras-json");
    List<Recorded> all = new ArrayList<>();
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
                file + ": " + record.get("name") + " is no corpus model: run keras/tojson.py");
          }
          all.add(new Recorded(file, model, record));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  @TestFactory
  Stream<DynamicTest> everyValidModelsKerasJsonIsWhatKeras3Writes() {
    List<Recorded> recorded = recorded();
    assertFalse(recorded.isEmpty(), "no expected/keras-json files");
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
                      ModelCheck check = r.check();
                      assertTrue(check.isClean(), () -> r.name() + ": " + check.problems());
                      JsonElement keras = r.record().get("json");
                      JsonElement ours = JsonParser.parseString(check.kerasJson());
                      String difference = JsonDifference.first(keras, ours).orElse(null);
                      if (difference != null) {
                        DIFFERENT.incrementAndGet();
                        fail(
                            r.name()
                                + ": KERAS_JSON differs from Keras 3's to_json() at "
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

  /**
   * The recorded models are every valid one: a corpus model added or changed without running {@code
   * keras/tojson.py} fails here in the default build, not only in the oracle profile.
   */
  @Test
  void everyValidCorpusModelIsRecorded() {
    Set<String> recorded = new TreeSet<>();
    for (Recorded r : recorded()) {
      recorded.add(r.file().replace(".json", "") + "/" + r.name());
    }
    Set<String> valid = new TreeSet<>();
    for (Corpus.Entry entry : Corpus.entries()) {
      if (entry.byKeras && entry.valid()) {
        valid.add(entry.file + "/" + entry.name());
      }
    }
    for (Corpus.Entry entry : Corpus.functionalEntries()) {
      if (entry.byKeras && entry.valid()) {
        valid.add(entry.file + "/" + entry.name());
      }
    }
    assertEquals(valid, recorded, "the models of expected/keras-json: run keras/tojson.py");
  }

  /**
   * Every layer type Keras 3 has is in some compared model (ThresholdedReLU it removed), {@code
   * Custom} as a registered custom class.
   */
  @Test
  void everyKeras3LayerTypeIsCompared() {
    Set<String> compared = new TreeSet<>();
    for (Recorded r : recorded()) {
      if (r.record().has("json")) {
        classNames(r.record().get("json"), compared);
      }
    }
    Set<String> missing = new TreeSet<>(ShapeEngine.layerTypes());
    missing.removeAll(compared);
    assertEquals(Set.of("ThresholdedReLU"), missing, "layer types no compared model has");
  }

  private static void classNames(JsonElement json, Set<String> out) {
    if (json.isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
        if (e.getKey().equals("class_name") && e.getValue().isJsonPrimitive()) {
          out.add(e.getValue().getAsString());
        }
        if (e.getKey().equals("registered_name")
            && e.getValue().isJsonPrimitive()
            && e.getValue().getAsString().startsWith("Custom>")) {
          out.add("Custom"); // a user's class (@Custom), registered as Keras registers it
        }
        if (e.getKey().equals("module")
            && e.getValue().isJsonPrimitive()
            && e.getValue().getAsString().equals("keras.src.ops.numpy")) {
          out.add("ScalarOp"); // a keras.ops operation (@ScalarOp), under its operator's class
        }
        classNames(e.getValue(), out);
      }
    } else if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(item -> classNames(item, out));
    }
  }

  @AfterAll
  static void printTotals() {
    System.out.println(
        "keras3-json: "
            + EQUAL
            + " models ("
            + LAYERS
            + " layers) equal to Keras 3's to_json(), "
            + DIFFERENT
            + " different, "
            + NOT_BUILT
            + " not built by tojson.py");
  }
}
