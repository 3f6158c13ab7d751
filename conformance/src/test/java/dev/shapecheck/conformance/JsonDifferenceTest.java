package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The comparison {@link Keras3JsonConformanceTest} rests on finds every change of one field: on
 * recorded Keras 3 JSON (a sequential model with a wrapper and a functional graph with a merge),
 * each value changed, each key dropped or added, each list item dropped, is reported at its path.
 */
class JsonDifferenceTest {
  /**
   * A recorded Bidirectional model and a recorded functional graph with a merge: the largest of
   * each, so that adding a corpus file with small ones does not shrink the test.
   */
  private static List<JsonElement> samples() {
    JsonElement sequential = null;
    JsonElement functional = null;
    for (Keras3JsonConformanceTest.Recorded r : Keras3JsonConformanceTest.recorded()) {
      String text = r.record().get("json").toString();
      if (!r.functional() && text.contains("\"backward_layer\"") && larger(text, sequential)) {
        sequential = r.record().get("json");
      } else if (r.functional() && text.contains("\"Concatenate\"") && larger(text, functional)) {
        functional = r.record().get("json");
      }
    }
    List<JsonElement> samples = new ArrayList<>();
    for (JsonElement sample : new JsonElement[] {sequential, functional}) {
      if (sample != null) {
        samples.add(sample);
      }
    }
    assertEquals(2, samples.size(), "no recorded samples");
    return samples;
  }

  private static boolean larger(String text, JsonElement than) {
    return than == null || text.length() > than.toString().length();
  }

  @Test
  void aCopyIsEqual() {
    for (JsonElement sample : samples()) {
      assertEquals(Optional.empty(), JsonDifference.first(sample, sample.deepCopy()));
    }
  }

  @Test
  void everyChangedValueIsFoundAtItsPath() {
    int changed = 0;
    for (JsonElement sample : samples()) {
      Map<String, JsonElement> leaves = new LinkedHashMap<>();
      JsonDifference.leaves("$", sample, leaves);
      for (String path : leaves.keySet()) {
        JsonElement copy = sample.deepCopy();
        replace(copy, path, changed(leaves.get(path)));
        Optional<String> found = JsonDifference.first(sample, copy);
        assertTrue(found.isPresent() && found.get().startsWith(path + ":"), path + ": " + found);
        changed++;
      }
    }
    assertTrue(changed > 500, changed + " values");
  }

  @Test
  void everyDroppedOrAddedKeyAndDroppedItemIsFound() {
    for (JsonElement sample : samples()) {
      List<String> containers = new ArrayList<>();
      containers(sample, "$", containers);
      for (String path : containers) {
        JsonElement copy = sample.deepCopy();
        JsonElement container = at(copy, path);
        if (container.isJsonObject()) {
          JsonObject object = container.getAsJsonObject();
          object.addProperty("added_key", 1);
          assertTrue(JsonDifference.first(sample, copy).isPresent(), path + " + added_key");
          object.remove("added_key");
          for (String key : List.copyOf(object.keySet())) {
            JsonElement removed = object.remove(key);
            assertTrue(JsonDifference.first(sample, copy).isPresent(), path + " - " + key);
            object.add(key, removed);
          }
        } else {
          JsonArray array = container.getAsJsonArray();
          if (!array.isEmpty()) {
            JsonElement removed = array.remove(array.size() - 1);
            assertTrue(JsonDifference.first(sample, copy).isPresent(), path + " - last item");
            array.add(removed);
          }
        }
      }
    }
  }

  @Test
  void numbersCompareByValueAndNothingElseIsLoosened() {
    assertEquals(Optional.empty(), JsonDifference.first(json("[7, 0.5]"), json("[7.0, 5e-1]")));
    assertTrue(JsonDifference.first(json("[true]"), json("[1]")).isPresent());
    assertTrue(JsonDifference.first(json("[null]"), json("[0]")).isPresent());
    assertTrue(JsonDifference.first(json("[\"1\"]"), json("[1]")).isPresent());
    assertTrue(JsonDifference.first(json("[[]]"), json("[{}]")).isPresent());
    assertEquals(
        Optional.of("$.a[1]: expected 2, got 3"),
        JsonDifference.first(json("{\"a\": [1, 2]}"), json("{\"a\": [1, 3]}")));
  }

  private static JsonElement json(String text) {
    return JsonParser.parseString(text);
  }

  /** A value of another kind or another value: what a writer's mistake could give. */
  private static JsonElement changed(JsonElement value) {
    if (value.isJsonNull()) {
      return new JsonPrimitive(0);
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return new JsonPrimitive(!primitive.getAsBoolean());
    }
    if (primitive.isNumber()) {
      return new JsonPrimitive(primitive.getAsDouble() + 1);
    }
    return new JsonPrimitive(primitive.getAsString() + "_");
  }

  private static void containers(JsonElement json, String path, List<String> out) {
    if (json.isJsonObject()) {
      out.add(path);
      json.getAsJsonObject()
          .entrySet()
          .forEach(e -> containers(e.getValue(), path + "." + e.getKey(), out));
    } else if (json.isJsonArray()) {
      out.add(path);
      JsonArray array = json.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        containers(array.get(i), path + "[" + i + "]", out);
      }
    }
  }

  /** The value at a path of {@link JsonDifference#leaves}' form: {@code $.a[2].b}. */
  private static JsonElement at(JsonElement root, String path) {
    JsonElement at = root;
    for (String step : steps(path)) {
      at =
          step.startsWith("[")
              ? at.getAsJsonArray().get(Integer.parseInt(step.substring(1, step.length() - 1)))
              : at.getAsJsonObject().get(step);
    }
    return at;
  }

  private static void replace(JsonElement root, String path, JsonElement value) {
    List<String> steps = steps(path);
    String last = steps.remove(steps.size() - 1);
    JsonElement parent = at(root, steps);
    if (last.startsWith("[")) {
      parent.getAsJsonArray().set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
    } else {
      parent.getAsJsonObject().add(last, value == null ? JsonNull.INSTANCE : value);
    }
  }

  private static JsonElement at(JsonElement root, List<String> steps) {
    StringBuilder path = new StringBuilder("$");
    for (String step : steps) {
      path.append(step.startsWith("[") ? step : "." + step);
    }
    return at(root, path.toString());
  }

  /** {@code $.a[2].b} as {@code a}, {@code [2]}, {@code b}. Keys hold no '.' or '['. */
  private static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    int i = 1; // past "$"
    while (i < path.length()) {
      if (path.charAt(i) == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        steps.add(path.substring(i + 1, end));
        i = end;
      } else {
        int end = path.indexOf(']', i) + 1;
        steps.add(path.substring(i, end));
        i = end;
      }
    }
    return steps;
  }
}
