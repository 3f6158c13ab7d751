package dev.shapecheck.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terse model building for engine tests: {@code layer("c", "Conv2D", "filters: 4, kernelSize:
 * [3]")} is the layer {@code @Conv2D(filters = 4, kernelSize = 3) Layer c();}, the annotation's
 * defaults included.
 */
final class Models {
  private Models() {}

  /** A layer with the annotation's defaults and these arguments, written as JSON members. */
  static LayerConfig layer(String name, String type, String arguments) {
    return LayerConfig.withDefaults(name, type, parse(arguments));
  }

  /** A wrapper annotation around {@code wrapped}, as {@code @Bidirectional @LSTM(...)}. */
  static LayerConfig wrapper(String type, String arguments, LayerConfig wrapped) {
    return LayerConfig.withDefaults(wrapped.name(), type, parse(arguments), wrapped);
  }

  private static Map<String, Object> parse(String arguments) {
    JsonObject json = JsonParser.parseString("{" + arguments + "}").getAsJsonObject();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
      values.put(entry.getKey(), plain(entry.getValue()));
    }
    return values;
  }

  private static Object plain(JsonElement value) {
    if (value.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      value.getAsJsonArray().forEach(e -> list.add(plain(e)));
      return list;
    }
    if (value.getAsJsonPrimitive().isBoolean()) {
      return value.getAsBoolean();
    }
    if (value.getAsJsonPrimitive().isNumber()) {
      return value.getAsString().contains(".")
          ? (Object) value.getAsDouble()
          : (Object) value.getAsInt();
    }
    return value.getAsString();
  }

  static ModelCheck check(int[] input, LayerConfig... layers) {
    return ShapeEngine.check(ModelConfig.of("test_model", input, -1, List.of(layers)));
  }

  static int[] dims(int... dims) {
    return dims;
  }

  /** Each problem as {@code Tag@layerIndex:attribute}, for compact assertions. */
  static List<String> tags(ModelCheck check) {
    List<String> tags = new ArrayList<>();
    for (Problem p : check.problems()) {
      tags.add(p.kind().tag() + "@" + p.layerIndex() + ":" + p.attribute());
    }
    return tags;
  }
}
