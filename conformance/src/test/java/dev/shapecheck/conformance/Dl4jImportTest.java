package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.examples.MnistCnnModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.modelimport.keras.KerasModelImport;
import org.deeplearning4j.nn.modelimport.keras.exceptions.InvalidKerasConfigurationException;
import org.deeplearning4j.nn.modelimport.keras.exceptions.UnsupportedKerasConfigurationException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

/**
 * DL4J's Keras import (deeplearning4j-modelimport 1.0.0-M2.1, {@code KerasModelImport}) of the
 * {@code KERAS2_JSON} of every valid corpus model and every example: the configuration only ({@code
 * importKerasSequentialConfiguration} / {@code importKerasModelConfiguration}, no weights), whose
 * parameters are counted from the layer configurations DL4J built, without initialising them.
 *
 * <p>Each model's outcome is one of: {@code imported} (DL4J counts Keras's parameters), {@code
 * count} (DL4J imports it with another count: a DL4J import bug, e.g. channels_first or groups
 * ignored), {@code unsupported} (DL4J says it lacks the layer or the argument: GRU,
 * LayerNormalization, Dot, gelu, ...), {@code invalid} (DL4J says the configuration is not valid
 * Keras) or {@code failed} (DL4J's own shape inference fails on the imported configuration). The
 * outcomes are committed in {@code expected/dl4j/import.json} with DL4J's message; the test fails
 * on any difference from it (rewrite it with {@code -Ddl4j.write=true} and review the diff), and on
 * any model DL4J finds a field missing from (a field tf.keras 2 writes and KERAS2_JSON lacks: our
 * bug, not DL4J's), whatever the file says.
 *
 * <p>Functional models' outcomes depend, for some graphs, on the order of a hash map inside DL4J's
 * import (which of two problems it meets first, or whether it meets one): such a graph is imported
 * up to eight times and its best outcome kept; the committed outcome is recorded but only its
 * category is compared when the model is not {@code imported}; a functional model recorded as
 * imported with Keras's count must stay so.
 */
class Dl4jImportTest {
  static final String DL4J_VERSION = "1.0.0-M2.1";
  private static final Path EXPECTED =
      Corpus.dir().resolve("expected").resolve("dl4j").resolve("import.json");

  /** One model to import: its name, whether it is functional, its KERAS2_JSON and Keras's count. */
  record Model(String name, boolean functional, String json, long kerasParams) {}

  /** What DL4J made of one model. */
  record Outcome(String outcome, long params, String message) {
    JsonObject toJson(Model model) {
      JsonObject o = new JsonObject();
      o.addProperty("name", model.name());
      o.addProperty("outcome", outcome);
      o.addProperty("kerasParams", model.kerasParams());
      if (params >= 0) {
        o.addProperty("dl4jParams", params);
      }
      if (message != null) {
        o.addProperty("message", message);
      }
      return o;
    }
  }

  /** Every valid corpus model tf.keras 2 built (expected/keras2-json), then every example. */
  static List<Model> models() {
    List<Model> models = new ArrayList<>();
    for (Keras3JsonConformanceTest.Recorded r : Keras2JsonConformanceTest.recorded()) {
      if (!r.record().has("json")) {
        continue; // not a tf.keras 2 model: nothing for DL4J to import
      }
      ModelCheck check = r.check();
      models.add(
          new Model(
              r.file().replace(".json", "") + "/" + r.name(),
              r.functional(),
              check.keras2Json(),
              check.summary().totalParams()));
    }
    Path sources = Corpus.dir().resolve("../examples/src/main/java/dev/shapecheck/examples");
    try (Stream<Path> list = Files.list(sources)) {
      for (Path source : list.sorted().toList()) {
        String text = Files.readString(source);
        boolean functional = text.contains("\n@Functional(");
        if (!functional && !text.contains("\n@Sequential(")) {
          continue;
        }
        String name = source.getFileName().toString().replace(".java", "");
        Class<?> model = Class.forName("dev.shapecheck.examples." + name + "Model");
        ModelSummary summary = (ModelSummary) model.getField("SUMMARY").get(null);
        models.add(
            new Model(
                "examples/" + name,
                functional,
                (String) model.getField("KERAS2_JSON").get(null),
                summary.totalParams()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read a generated example class", e);
    }
    return models;
  }

  /**
   * The outcomes a functional graph may flip between from one JVM to the next: whether DL4J's shape
   * inference meets a problem depends on the order of a hash map inside its import.
   */
  private static final List<String> SHAPE_INFERENCE_ORDER = List.of("imported", "failed");

  /** How many times a functional graph is imported before its outcome is taken. */
  private static final int IMPORT_TRIES = 8;

  /** Imported with Keras's count beats imported with another, which beats any failure. */
  private static int rank(Outcome outcome) {
    return switch (outcome.outcome()) {
      case "imported" -> 2;
      case "count" -> 1;
      default -> 0;
    };
  }

  /** Imports one model's configuration with DL4J and counts its parameters. */
  static Outcome importModel(Model model, Path dir) {
    Path file = dir.resolve("model.json");
    try {
      Files.writeString(file, model.json(), StandardCharsets.US_ASCII);
      long params = 0;
      if (model.functional()) {
        ComputationGraphConfiguration graph =
            KerasModelImport.importKerasModelConfiguration(file.toString());
        for (Map.Entry<String, GraphVertex> vertex :
            new TreeMap<>(graph.getVertices()).entrySet()) {
          if (vertex.getValue() instanceof LayerVertex layerVertex) {
            NeuralNetConfiguration conf = layerVertex.getLayerConf();
            params += conf.getLayer().initializer().numParams(conf);
          }
        }
      } else {
        MultiLayerConfiguration sequential =
            KerasModelImport.importKerasSequentialConfiguration(file.toString());
        for (NeuralNetConfiguration conf : sequential.getConfs()) {
          params += conf.getLayer().initializer().numParams(conf);
        }
      }
      return params == model.kerasParams()
          ? new Outcome("imported", params, null)
          : new Outcome("count", params, null);
    } catch (UnsupportedKerasConfigurationException e) {
      return new Outcome("unsupported", -1, firstLine(e));
    } catch (InvalidKerasConfigurationException e) {
      return new Outcome("invalid", -1, firstLine(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      return new Outcome("failed", -1, e.getClass().getSimpleName() + ": " + firstLine(e));
    }
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    // DL4J appends where to file an issue or read more to its messages: not ours to record.
    for (String tail : List.of(" Please file an issue", " For more information")) {
      int at = message.indexOf(tail);
      message = at < 0 ? message : message.substring(0, at);
    }
    return message.length() > 300 ? message.substring(0, 300) : message.strip();
  }

  /** A field KERAS2_JSON lacks that tf.keras 2 writes: DL4J's messages for that case. */
  static boolean missingField(Outcome outcome) {
    String message = outcome.message() == null ? "" : outcome.message().toLowerCase();
    return message.contains("missing") && !message.contains("missing layer");
  }

  @Test
  void dl4jImportsKeras2JsonAsRecorded() throws IOException {
    List<Model> models = models();
    assertFalse(models.isEmpty(), "no models");
    Path dir = Files.createTempDirectory("dl4j-import");
    Map<String, JsonObject> actual = new LinkedHashMap<>();
    Map<String, Integer> totals = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    for (Model model : models) {
      Outcome outcome = importModel(model, dir);
      // A functional graph DL4J fails on in one hash order it may import in another: up to
      // IMPORT_TRIES imports, the best outcome kept, so the recorded one does not depend on luck.
      for (int tries = 1;
          model.functional() && !"imported".equals(outcome.outcome()) && tries < IMPORT_TRIES;
          tries++) {
        Outcome again = importModel(model, dir);
        if (rank(again) > rank(outcome)) {
          outcome = again;
        }
      }
      actual.put(model.name(), outcome.toJson(model));
      totals.merge(outcome.outcome(), 1, Integer::sum);
      if (missingField(outcome)) {
        missing.add(model.name() + ": " + outcome.message());
      }
    }
    System.out.println(
        "dl4j-import: "
            + models.size()
            + " models' KERAS2_JSON imported by DL4J "
            + DL4J_VERSION
            + " (configuration only): "
            + totals.getOrDefault("imported", 0)
            + " imported with Keras's parameter count, "
            + totals.getOrDefault("count", 0)
            + " imported with another count (DL4J bugs), "
            + totals.getOrDefault("unsupported", 0)
            + " unsupported by DL4J, "
            + totals.getOrDefault("failed", 0)
            + " failed in DL4J shape inference, "
            + totals.getOrDefault("invalid", 0)
            + " invalid for DL4J");
    if (!missing.isEmpty()) {
      fail("DL4J finds a field missing from KERAS2_JSON:\n" + String.join("\n", missing));
    }
    if (Boolean.getBoolean("dl4j.write")) {
      Files.createDirectories(EXPECTED.getParent());
      StringBuilder text = new StringBuilder("{\"dl4j\":\"" + DL4J_VERSION + "\",\"models\":[\n");
      String separator = "";
      for (JsonObject o : actual.values()) {
        text.append(separator).append("  ").append(o);
        separator = ",\n";
      }
      Files.writeString(EXPECTED, text.append("\n]}\n"), StandardCharsets.UTF_8);
      return;
    }
    Map<String, JsonObject> expected = new LinkedHashMap<>();
    for (JsonElement e :
        JsonParser.parseString(Files.readString(EXPECTED))
            .getAsJsonObject()
            .getAsJsonArray("models")) {
      expected.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
    }
    assertEquals(
        expected.keySet(),
        actual.keySet(),
        "the models of expected/dl4j/import.json: rerun with -Ddl4j.write=true");
    Map<String, Boolean> functional = new LinkedHashMap<>();
    models.forEach(m -> functional.put(m.name(), m.functional()));
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, JsonObject> e : actual.entrySet()) {
      JsonObject want = expected.get(e.getKey());
      JsonObject got = e.getValue();
      boolean same =
          functional.get(e.getKey())
              ? outcome(want).equals(outcome(got))
                      && ("imported".equals(outcome(want)) ? want.equals(got) : true)
                  || SHAPE_INFERENCE_ORDER.containsAll(List.of(outcome(want), outcome(got)))
              : want.equals(got);
      if (!same) {
        differences.add("expected " + want + "\n     got " + got);
      }
    }
    if (!differences.isEmpty()) {
      fail(
          differences.size()
              + " models import otherwise than expected/dl4j/import.json records (rerun with"
              + " -Ddl4j.write=true and review the diff):\n"
              + String.join("\n", differences));
    }
  }

  /**
   * The guide's DL4J snippet, as written there (docs/guide.md, "Keras model JSON"): DL4J builds the
   * seed from its KERAS2_JSON with the seed's parameter count.
   */
  @Test
  void theGuidesDl4jSnippetBuildsTheSeed() throws Exception {
    Path json =
        Files.writeString(Files.createTempFile("mnist_cnn", ".json"), MnistCnnModel.KERAS2_JSON);
    MultiLayerConfiguration conf =
        KerasModelImport.importKerasSequentialConfiguration(json.toString());
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init(); // net.numParams() == MnistCnnModel.SUMMARY.totalParams(): 93,322
    assertEquals(MnistCnnModel.SUMMARY.totalParams(), net.numParams());
    assertEquals(93_322, net.numParams());
    String guide = Files.readString(Corpus.dir().resolve("../docs/guide.md"));
    for (String line :
        List.of(
            "Path json = Files.writeString(Files.createTempFile(\"mnist_cnn\", \".json\"),"
                + " MnistCnnModel.KERAS2_JSON);",
            "    KerasModelImport.importKerasSequentialConfiguration(json.toString());",
            "MultiLayerNetwork net = new MultiLayerNetwork(conf);",
            "net.init(); // net.numParams() == MnistCnnModel.SUMMARY.totalParams(): 93,322")) {
      assertTrue(guide.contains(line), () -> "docs/guide.md no longer holds: " + line);
    }
  }

  private static String outcome(JsonObject o) {
    return o.get("outcome").getAsString();
  }
}
