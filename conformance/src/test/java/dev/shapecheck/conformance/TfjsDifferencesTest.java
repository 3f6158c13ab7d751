package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where TensorFlow.js 4.22 builds a corpus model unlike Keras 3.15.1, computed from the two
 * oracles' records ({@link TfjsAgreement}): {@code oracle.js} records tfjs uncorrected, so every
 * difference is tfjs's own, and the suites that compare with tfjs leave those models out ({@link
 * Corpus#tfjsEntries()}). Nothing here is a list kept by hand: the differences are grouped by the
 * layer type where they start, written to {@code target/tfjs-differences.txt} and summed up in
 * docs/conformance.md.
 */
class TfjsDifferencesTest {
  private static final Map<String, Difference> DIFFERENCES = new TreeMap<>();
  private static int judged;

  /** One model where tfjs differs: how (verdict or rows) and the layer type where it starts. */
  record Difference(String how, String layerType) {
    @Override
    public String toString() {
      return how + " at " + layerType;
    }
  }

  @BeforeAll
  static void compareTheOracles() throws IOException {
    Path expected = Corpus.dir().resolve("expected");
    try (Stream<Path> files = Files.list(Corpus.dir().resolve("corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Path kerasFile = expected.resolve("keras").resolve(file.getFileName());
        Map<String, JsonObject> keras =
            byName(Corpus.readKeras(kerasFile).getAsJsonArray("models"));
        Map<String, JsonObject> corpus = byName(Corpus.readArray(file));
        for (JsonElement e : Corpus.readArray(expected.resolve(file.getFileName()))) {
          JsonObject tfjs = e.getAsJsonObject();
          String name = tfjs.get("name").getAsString();
          JsonObject model = corpus.get(name);
          if (model.has("keras2") || model.has("kerasOpen")) {
            continue; // tfjs alone judges these (docs/conformance.md)
          }
          judged++;
          JsonObject keras3 = keras.get(name);
          if (!TfjsAgreement.agrees(tfjs, keras3)) {
            DIFFERENCES.put(file.getFileName() + "/" + name, describe(model, tfjs, keras3));
          }
        }
      }
    }
    StringBuilder text = new StringBuilder();
    DIFFERENCES.forEach((model, d) -> text.append(model).append(": ").append(d).append('\n'));
    Path out = Corpus.dir().resolve("target").resolve("tfjs-differences.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text, StandardCharsets.UTF_8);
    Map<String, Integer> byKind = new TreeMap<>();
    DIFFERENCES.values().forEach(d -> byKind.merge(d.toString(), 1, Integer::sum));
    System.out.println(
        "tfjs-differences: tfjs 4.22 builds "
            + DIFFERENCES.size()
            + " of "
            + judged
            + " corpus models unlike "
            + Corpus.kerasVersion()
            + " (left out of the tfjs suites): "
            + byKind);
  }

  /** Where the two records part: the verdict, or the first row (by declaration) that differs. */
  private static Difference describe(JsonObject model, JsonObject tfjs, JsonObject keras3) {
    JsonArray layers =
        model.has("nodes") ? model.getAsJsonArray("nodes") : model.getAsJsonArray("layers");
    boolean tfjsValid = tfjs.get("valid").getAsBoolean();
    if (tfjsValid != keras3.get("valid").getAsBoolean()) {
      JsonObject fault = tfjsValid ? keras3 : tfjs;
      int at = fault.get("errorLayer").getAsInt();
      String type = at < 0 ? "the model" : typeOf(layers.get(at).getAsJsonObject());
      return new Difference(tfjsValid ? "tfjs accepts" : "tfjs rejects", type);
    }
    Map<String, String> ours = TfjsAgreement.rows(tfjs);
    Map<String, String> theirs = TfjsAgreement.rows(keras3);
    for (int i = 0; i < layers.size(); i++) {
      JsonObject layer = layers.get(i).getAsJsonObject();
      String key =
          layer.has("kind") || model.has("nodes") ? layer.get("name").getAsString() : "" + i;
      if (!String.valueOf(ours.get(key)).equals(String.valueOf(theirs.get(key)))) {
        return new Difference("tfjs shapes or counts", typeOf(layer));
      }
    }
    throw new AssertionError(model.get("name") + ": the records differ in no row");
  }

  private static String typeOf(JsonObject layer) {
    return layer.has("type") ? layer.get("type").getAsString() : "Input";
  }

  private static Map<String, JsonObject> byName(JsonArray models) {
    Map<String, JsonObject> byName = new TreeMap<>();
    models.forEach(m -> byName.put(m.getAsJsonObject().get("name").getAsString(), (JsonObject) m));
    return byName;
  }

  /**
   * Differences known from tfjs's sources, one per kind, must be found: if the comparison missed
   * them, the tfjs suites would hold ShapeCheck to tfjs where it is wrong.
   */
  @Test
  void findsWhatTfjsIsKnownToDoUnlikeKeras() {
    Map<String, String> known = new TreeMap<>();
    // tfjs has no reset_after: a default GRU lacks Keras's 3 * units extra biases
    known.put("functional-random.json/graph_077_sequences", "tfjs shapes or counts at GRU");
    // tfjs has no output_padding
    known.put(
        "convolution.json/conv2dt_output_padding_valid",
        "tfjs shapes or counts at Conv2DTranspose");
    // tfjs shapes Conv1D padding="causal" like "valid"
    known.put("convolution.json/conv1d_causal", "tfjs shapes or counts at Conv1D");
    // tfjs accepts a kernel larger than its input (zero-size output)
    known.put("foundation.json/conv_kernel_too_large", "tfjs accepts at Conv2D");
    // tfjs accepts a dropout rate over 1
    known.put("core.json/core_dropout_rate_over_1", "tfjs accepts at Dropout");
    // tfjs keeps Keras 1's Flatten rule (rank >= 3)
    known.put("core.json/core_reshape_to_scalar_then_flatten", "tfjs rejects at Flatten");
    for (Map.Entry<String, String> k : known.entrySet()) {
      assertEquals(k.getValue(), String.valueOf(DIFFERENCES.get(k.getKey())), k.getKey());
    }
  }

  /** The tfjs suites take exactly the models where tfjs and Keras 3 agree, and only those. */
  @Test
  void theTfjsSuitesLeaveOutEveryDifferenceAndNothingElse() {
    List<String> taken = new ArrayList<>();
    Stream.concat(Corpus.tfjsEntries().stream(), Corpus.tfjsFunctionalEntries().stream())
        .filter(e -> !e.model.has("keras2") && !e.model.has("kerasOpen"))
        .forEach(e -> taken.add(e.file + ".json/" + e.name()));
    taken.forEach(m -> assertTrue(!DIFFERENCES.containsKey(m), m + " differs but is compared"));
    assertEquals(judged - DIFFERENCES.size(), taken.size(), "models the tfjs suites compare");
  }
}
