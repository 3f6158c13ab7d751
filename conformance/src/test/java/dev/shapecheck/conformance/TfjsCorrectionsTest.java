package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The tfjs-era "Keras corrections" ({@code families/*.js}, {@code oracle.js}) held to Keras 3
 * itself: every tfjs record the oracle corrected (it carries a {@code keras} note) must be what
 * Keras 3.15.1 gives for the same model ({@code expected/keras/}): the verdict, the layer at fault,
 * and each row's output shape and counts (a functional graph's rows by name: tfjs lists them in
 * declaration order, Keras in {@code model.layers} order). Since Keras 3 judges every model, the
 * corrections serve only the tfjs suites, to leave out what tfjs builds unlike Keras; a correction
 * Keras 3 refutes is deleted, not listed here. The one exception is the model whose difference from
 * Keras 3 is still open ({@code kerasOpen}, docs/conformance.md), and the Keras 2 layers Keras 3
 * removed ({@code keras2}), which tfjs alone judges.
 */
class TfjsCorrectionsTest {
  private static int corrected;
  private static int open;

  @TestFactory
  Stream<DynamicTest> everyTfjsCorrectionIsWhatKeras3Gives() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    Path expected = Corpus.dir().resolve("expected");
    try (Stream<Path> files = Files.list(Corpus.dir().resolve("corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Map<String, JsonObject> corpus = byName(Corpus.readArray(file));
        Map<String, JsonObject> keras =
            byName(
                Corpus.readKeras(expected.resolve("keras").resolve(file.getFileName()))
                    .getAsJsonArray("models"));
        for (JsonElement e : Corpus.readArray(expected.resolve(file.getFileName()))) {
          JsonObject tfjs = e.getAsJsonObject();
          String name = tfjs.get("name").getAsString();
          if (!tfjs.has("keras") || corpus.get(name).has("keras2")) {
            continue; // uncorrected, or a Keras 2 layer Keras 3 cannot judge (ThresholdedReLU)
          }
          if (corpus.get(name).has("kerasOpen")) {
            open++;
            continue;
          }
          corrected++;
          tests.add(
              DynamicTest.dynamicTest(
                  file.getFileName() + "/" + name, () -> assertAgrees(tfjs, keras.get(name))));
        }
      }
    }
    assertTrue(corrected > 300, "corrected tfjs records: " + corrected);
    return tests.stream();
  }

  private static void assertAgrees(JsonObject tfjs, JsonObject keras) {
    String why = "tfjs corrected: " + tfjs.get("keras").getAsString();
    assertTrue(keras != null, "Keras 3 judged no model " + tfjs.get("name"));
    assertEquals(keras.get("valid").getAsBoolean(), tfjs.get("valid").getAsBoolean(), why);
    if (!keras.get("valid").getAsBoolean()) {
      assertEquals(keras.get("errorLayer").getAsInt(), tfjs.get("errorLayer").getAsInt(), why);
      return;
    }
    assertEquals(rows(keras), rows(tfjs), why);
  }

  /** Each row's shape and counts, keyed by name, or by index for a sequential record. */
  private static Map<String, String> rows(JsonObject record) {
    Map<String, String> rows = new TreeMap<>();
    int index = 0;
    for (JsonElement e : record.getAsJsonArray("layers")) {
      JsonObject row = e.getAsJsonObject();
      String key = row.has("name") ? row.get("name").getAsString() : String.valueOf(index);
      rows.put(
          key,
          row.get("outputShape")
              + " "
              + row.get("trainable").getAsLong()
              + "/"
              + row.get("nonTrainable").getAsLong());
      index++;
    }
    return rows;
  }

  private static Map<String, JsonObject> byName(com.google.gson.JsonArray models) {
    Map<String, JsonObject> byName = new TreeMap<>();
    models.forEach(m -> byName.put(m.getAsJsonObject().get("name").getAsString(), (JsonObject) m));
    return byName;
  }

  @AfterAll
  static void printTotals() {
    System.out.println(
        "tfjs-corrections: "
            + corrected
            + " corrected tfjs records checked against "
            + Corpus.kerasVersion()
            + " ("
            + open
            + " open, kerasOpen)");
  }
}
