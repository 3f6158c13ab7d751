package dev.shapecheck.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The conformance corpus ({@code corpus/*.json}) with the oracle's result for each model
 * ({@code expected/*.json}). Models marked {@code kerasOnly} have no oracle result and are left
 * out: the engine's unit tests check them against Keras's formulas.
 */
final class Corpus {
  /** One corpus model and what the oracle recorded for it. */
  static final class Entry {
    final String file;
    final JsonObject model;
    final JsonObject expected;

    Entry(String file, JsonObject model, JsonObject expected) {
      this.file = file;
      this.model = model;
      this.expected = expected;
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
      return expected.has("keras") ? expected.get("keras").getAsString() : String.valueOf(expected.get("tfjs"));
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

  /** Every corpus model that has an oracle result, file by file in name order. */
  static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir().resolve("corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Map<String, JsonObject> expected = new HashMap<>();
        for (JsonElement e : readArray(dir().resolve("expected").resolve(file.getFileName()))) {
          expected.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
        }
        String stem = file.getFileName().toString().replace(".json", "");
        for (JsonElement e : readArray(file)) {
          JsonObject model = e.getAsJsonObject();
          if (model.has("kerasOnly")) {
            continue;
          }
          JsonObject result = expected.get(model.get("name").getAsString());
          if (result == null) {
            throw new IllegalStateException(
                model.get("name") + " has no oracle result: run `node oracle.js` in conformance/");
          }
          entries.add(new Entry(stem, model, result));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
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
      layers.add(layerConfig(element.getAsJsonObject(), element.getAsJsonObject().get("name").getAsString()));
    }
    int batch = model.has("batchSize") ? model.get("batchSize").getAsInt() : -1;
    return ModelConfig.of(
        model.get("name").getAsString(), ints(model.getAsJsonArray("input")), batch, layers);
  }

  private static LayerConfig layerConfig(JsonObject layer, String name) {
    String type = layer.get("type").getAsString();
    Map<String, Object> args = arguments(layer);
    if (layer.has("wrapped")) {
      LayerConfig wrapped = layerConfig(layer.getAsJsonObject("wrapped"), name);
      return LayerConfig.withDefaults(name, type, args, wrapped);
    }
    return LayerConfig.withDefaults(name, type, args);
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
      // 0.5 is a double; 3 is an int (the annotation's declared type decides in the end)
      return value.getAsString().contains(".")
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
