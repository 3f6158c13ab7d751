package dev.shapecheck.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.NodeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The conformance corpus ({@code corpus/*.json}) with the oracle's result for each model. Keras 3
 * itself ({@code keras/oracle.py}, {@code expected/keras/*.json}) judges every model, sequential
 * and functional (but the {@code keras2} ones; the {@code kerasOpen} ones are {@link
 * KerasOpenTest}'s, see docs/conformance.md); TensorFlow.js 4.22's results ({@code oracle.js},
 * {@code expected/*.json}) serve only the suites that compare with what tfjs itself prints or
 * loads. Sequential and functional models are kept apart: {@link #entries()} and {@link
 * #functionalEntries()}, and for tfjs {@link #tfjsEntries()} and {@link #tfjsFunctionalEntries()}.
 */
final class Corpus {
  /** One corpus model and what the oracle recorded for it. */
  static final class Entry {
    final String file;
    final JsonObject model;
    final JsonObject expected;

    /** Whether Keras 3 ({@code expected/keras/}) judged the model, not TensorFlow.js. */
    final boolean byKeras;

    Entry(String file, JsonObject model, JsonObject expected, boolean byKeras) {
      this.file = file;
      this.model = model;
      this.expected = expected;
      this.byKeras = byKeras;
    }

    String name() {
      return model.get("name").getAsString();
    }

    /** A functional graph ({@code "functional": true}, corpus/functional-*.json), not a chain. */
    boolean functional() {
      return model.has("functional") && model.get("functional").getAsBoolean();
    }

    boolean valid() {
      return expected.get("valid").getAsBoolean();
    }

    int errorLayer() {
      return expected.get("errorLayer").getAsInt();
    }

    String why() {
      return expected.has("keras")
          ? expected.get("keras").getAsString()
          : String.valueOf(expected.get("tfjs"));
    }

    JsonArray expectedLayers() {
      return expected.getAsJsonArray("layers");
    }

    JsonArray layers() {
      return model.getAsJsonArray("layers");
    }
  }

  private Corpus() {}

  static Path dir() {
    return Path.of(System.getProperty("user.dir"));
  }

  /**
   * Every sequential corpus model with Keras 3's result, file by file in name order. Functional
   * models ({@code "functional": true}) are in {@link #functionalEntries()}.
   */
  static List<Entry> entries() {
    return all().stream().filter(e -> !e.functional()).toList();
  }

  /**
   * The sequential models TensorFlow.js builds as Keras 3 does (all but the kerasOnly ones and
   * those where its record differs from Keras 3's: {@link TfjsAgreement}), each with tfjs's result
   * ({@code expected/*.json}), for the suites that compare with what tfjs itself prints or loads.
   */
  static List<Entry> tfjsEntries() {
    return all(true).stream().filter(e -> !e.functional()).toList();
  }

  /** Every functional corpus model ({@code corpus/functional-*.json}) with Keras 3's result. */
  static List<Entry> functionalEntries() {
    return all().stream().filter(Entry::functional).toList();
  }

  /**
   * The functional models with tfjs's result, for the suites that compare with what tfjs prints or
   * loads; like {@link #tfjsEntries()}, only those tfjs builds as Keras 3 does.
   */
  static List<Entry> tfjsFunctionalEntries() {
    return all(true).stream().filter(Entry::functional).toList();
  }

  /**
   * The engine's input for a functional corpus model: its nodes in declaration order, each layer
   * with the annotations' defaults filled in, and its declared outputs (empty: inferred).
   */
  static GraphConfig toGraphConfig(JsonObject model) {
    List<NodeConfig> nodes = new ArrayList<>();
    for (JsonElement element : model.getAsJsonArray("nodes")) {
      JsonObject node = element.getAsJsonObject();
      String name = node.get("name").getAsString();
      if (node.get("kind").getAsString().equals("input")) {
        int batch = node.has("batchSize") ? node.get("batchSize").getAsInt() : -1;
        nodes.add(
            NodeConfig.input(name, ints(node.getAsJsonArray("shape")), batch)
                .withDtype(node.has("dtype") ? node.get("dtype").getAsString() : "FLOAT"));
      } else {
        nodes.add(
            NodeConfig.layer(layerConfig(node, name), strings(node.getAsJsonArray("inbound")))
                .withInboundOutputs(inboundOutputs(node)));
      }
    }
    List<String> outputs =
        model.has("outputs") ? strings(model.getAsJsonArray("outputs")) : List.of();
    return GraphConfig.model(model.get("name").getAsString(), nodes, outputs, "FLOAT32");
  }

  /**
   * Which output of each inbound node a layer node takes ({@code "inboundOutputs"}, a parameter's
   * {@code @From(output = k)}): 0 for each when absent.
   */
  static List<Integer> inboundOutputs(JsonObject node) {
    int n = node.getAsJsonArray("inbound").size();
    List<Integer> outputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      outputs.add(
          node.has("inboundOutputs") ? node.getAsJsonArray("inboundOutputs").get(i).getAsInt() : 0);
    }
    return outputs;
  }

  /**
   * Whether the engine warned that an input of the graph is consumed by nothing: Keras keeps such
   * an input in {@code model.layers}, tfjs 4.22 leaves it out, so the tfjs texts differ.
   */
  static boolean hasUnusedInput(ModelCheck check) {
    return check.problems().stream().anyMatch(p -> p.kind() == ErrorKind.UNUSED_INPUT);
  }

  static List<String> strings(JsonArray array) {
    List<String> values = new ArrayList<>();
    array.forEach(e -> values.add(e.getAsString()));
    return values;
  }

  private static List<Entry> all() {
    return all(false);
  }

  /**
   * Every corpus model with its oracle result: Keras 3's ({@code expected/keras/}); with {@code
   * tfjsOnly}, the models tfjs built, with tfjs's result.
   */
  private static List<Entry> all(boolean tfjsOnly) {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir().resolve("corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Path expected = dir().resolve("expected");
        Map<String, JsonObject> byTfjs = byName(readArray(expected.resolve(file.getFileName())));
        Path keras = expected.resolve("keras").resolve(file.getFileName());
        Map<String, JsonObject> byKeras =
            Files.exists(keras) ? byName(readKeras(keras).getAsJsonArray("models")) : Map.of();
        String stem = file.getFileName().toString().replace(".json", "");
        for (JsonElement e : readArray(file)) {
          JsonObject model = e.getAsJsonObject();
          boolean functional = model.has("functional") && model.get("functional").getAsBoolean();
          if (tfjsOnly && model.has("kerasOnly")) {
            continue;
          }
          JsonObject keras3Result = byKeras.get(model.get("name").getAsString());
          JsonObject tfjsResult = byTfjs.get(model.get("name").getAsString());
          if (model.has("kerasOpen")) {
            continue; // ShapeCheck differs from Keras 3 there, knowingly: KerasOpenTest
          }
          if (tfjsOnly
              && keras3Result != null
              && tfjsResult != null
              && !TfjsAgreement.agrees(tfjsResult, keras3Result)) {
            continue; // tfjs builds it unlike Keras 3, whom ShapeCheck follows: nothing to compare
          }
          // "keras2": a Keras 2 layer that Keras 3 removed (ThresholdedReLU), judged by tfjs only
          boolean keras3 = !tfjsOnly && !model.has("keras2");
          JsonObject result = (keras3 ? byKeras : byTfjs).get(model.get("name").getAsString());
          if (result == null) {
            throw new IllegalStateException(
                model.get("name")
                    + " has no oracle result: run "
                    + (keras3 ? "`python keras/oracle.py`" : "`node oracle.js`")
                    + " in conformance/");
          }
          entries.add(new Entry(stem, model, result, keras3));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static Map<String, JsonObject> byName(JsonArray results) {
    Map<String, JsonObject> byName = new HashMap<>();
    for (JsonElement e : results) {
      byName.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
    }
    return byName;
  }

  /**
   * The Keras version that wrote every {@code expected/keras/*.json} file, as the suites' totals
   * lines name their oracle; fails if the files disagree (a partial regeneration).
   */
  static String kerasVersion() {
    Set<String> versions = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir().resolve("expected").resolve("keras"))) {
      files
          .filter(f -> f.toString().endsWith(".json"))
          .forEach(f -> versions.add(readKeras(f).get("keras").getAsString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (versions.size() != 1) {
      throw new IllegalStateException("expected/keras/ was written by Keras " + versions);
    }
    return "keras " + versions.iterator().next();
  }

  /** An {@code expected/keras/*.json} file: {@code {"keras": version, "models": [...]}}. */
  static JsonObject readKeras(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonArray readArray(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file)).getAsJsonArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The engine's input for a corpus model, with the annotations' defaults filled in. */
  static ModelConfig toConfig(JsonObject model) {
    List<LayerConfig> layers = new ArrayList<>();
    for (JsonElement element : model.getAsJsonArray("layers")) {
      layers.add(
          layerConfig(
              element.getAsJsonObject(), element.getAsJsonObject().get("name").getAsString()));
    }
    int batch = model.has("batchSize") ? model.get("batchSize").getAsInt() : -1;
    return ModelConfig.of(
            model.get("name").getAsString(), ints(model.getAsJsonArray("input")), batch, layers)
        .withInputDtype(model.has("inputDtype") ? model.get("inputDtype").getAsString() : "FLOAT");
  }

  static LayerConfig layerConfig(JsonObject layer, String name) {
    String type = layer.get("type").getAsString();
    if (layer.has("model")) {
      return LayerConfig.nested(name, GraphConfig.sequential(nestedModel(layer, name)));
    }
    Map<String, Object> args = arguments(layer);
    if (layer.has("wrapped") && layer.get("wrapped").isJsonArray()) {
      // An RNN's stacked cells, in order.
      List<LayerConfig> cells = new ArrayList<>();
      for (JsonElement cell : layer.getAsJsonArray("wrapped")) {
        cells.add(layerConfig(cell.getAsJsonObject(), name));
      }
      return LayerConfig.withDefaults(name, type, args, cells);
    }
    if (layer.has("wrapped")) {
      LayerConfig wrapped = layerConfig(layer.getAsJsonObject("wrapped"), name);
      return LayerConfig.withDefaults(name, type, args, wrapped);
    }
    return LayerConfig.withDefaults(name, type, args);
  }

  /**
   * The model a nested layer is ({@code "type": "Sequential", "model": {"layers": [...]}}, with an
   * optional {@code "input"}: without one it takes what arrives), named after the layer, as a Keras
   * {@code Sequential(layers, name=...)} called on the tensor before.
   */
  static ModelConfig nestedModel(JsonObject layer, String name) {
    JsonObject model = layer.getAsJsonObject("model");
    List<LayerConfig> layers = new ArrayList<>();
    for (JsonElement element : model.getAsJsonArray("layers")) {
      layers.add(
          layerConfig(
              element.getAsJsonObject(), element.getAsJsonObject().get("name").getAsString()));
    }
    int[] input = model.has("input") ? ints(model.getAsJsonArray("input")) : new int[0];
    return ModelConfig.of(name, input, -1, layers);
  }

  /** A layer's explicit arguments as plain Java values: Number, Boolean, String, List. */
  static Map<String, Object> arguments(JsonObject layer) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (layer.has("args")) {
      for (Map.Entry<String, JsonElement> entry : layer.getAsJsonObject("args").entrySet()) {
        values.put(entry.getKey(), plain(entry.getValue()));
      }
    }
    return values;
  }

  static Object plain(JsonElement value) {
    if (value.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      value.getAsJsonArray().forEach(e -> list.add(plain(e)));
      return list;
    }
    if (value.getAsJsonPrimitive().isBoolean()) {
      return value.getAsBoolean();
    }
    if (value.getAsJsonPrimitive().isNumber()) {
      // 0.5 and 1e-06 are doubles; 3 is an int (the annotation's declared type decides in the end)
      String text = value.getAsString();
      return text.contains(".") || text.contains("e") || text.contains("E")
          ? (Object) value.getAsDouble()
          : (Object) value.getAsInt();
    }
    return value.getAsString();
  }

  static int[] ints(JsonArray array) {
    int[] values = new int[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).isJsonNull() ? -1 : array.get(i).getAsInt();
    }
    return values;
  }
}
