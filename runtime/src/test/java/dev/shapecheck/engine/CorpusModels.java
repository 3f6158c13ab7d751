package dev.shapecheck.engine;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the conformance corpus ({@code conformance/corpus/*.json}) into engine configs, filling
 * every argument the corpus leaves out from the layer annotation's declared default — the same
 * values javac hands the processor through {@code getElementValuesWithDefaults}.
 */
final class CorpusModels {
  private CorpusModels() {}

  static Path conformanceDir() {
    String dir = System.getProperty("shapecheck.conformance.dir", "../conformance");
    return Path.of(dir);
  }

  static JsonArray readArray(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file)).getAsJsonArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModelConfig toConfig(JsonObject model) {
    List<LayerConfig> layers = new ArrayList<>();
    for (JsonElement element : model.getAsJsonArray("layers")) {
      JsonObject layer = element.getAsJsonObject();
      String type = layer.get("type").getAsString();
      JsonObject args = layer.has("args") ? layer.getAsJsonObject("args") : new JsonObject();
      layers.add(LayerConfig.of(layer.get("name").getAsString(), type, arguments(type, args)));
    }
    int batch = model.has("batchSize") ? model.get("batchSize").getAsInt() : -1;
    return ModelConfig.of(
        model.get("name").getAsString(), ints(model.getAsJsonArray("input")), batch, layers);
  }

  /** Explicit corpus arguments over the annotation's defaults, as the processor would see them. */
  static Map<String, Object> arguments(String type, JsonObject explicit) {
    Map<String, Object> values = new TreeMap<>();
    Class<?> annotation;
    try {
      annotation = Class.forName("dev.shapecheck.layers." + type);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no annotation for layer type " + type, e);
    }
    for (Method attribute : annotation.getDeclaredMethods()) {
      Object value = attribute.getDefaultValue();
      if (value instanceof Enum) {
        value = ((Enum<?>) value).name();
      }
      if (value != null) {
        values.put(attribute.getName(), value);
      }
    }
    for (Map.Entry<String, JsonElement> entry : explicit.entrySet()) {
      JsonElement value = entry.getValue();
      if (value.isJsonArray()) {
        values.put(entry.getKey(), ints(value.getAsJsonArray()));
      } else if (value.getAsJsonPrimitive().isBoolean()) {
        values.put(entry.getKey(), value.getAsBoolean());
      } else if (value.getAsJsonPrimitive().isNumber()) {
        values.put(entry.getKey(), value.getAsInt());
      } else {
        values.put(entry.getKey(), value.getAsString());
      }
    }
    return values;
  }

  static int[] ints(JsonArray array) {
    int[] values = new int[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).isJsonNull() ? -1 : array.get(i).getAsInt();
    }
    return values;
  }
}
