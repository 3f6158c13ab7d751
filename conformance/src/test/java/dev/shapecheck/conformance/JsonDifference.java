package dev.shapecheck.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where two JSON values differ, as parsed JSON: objects by their keys (in any order), arrays item
 * by item, numbers by value ({@code 7} is {@code 7.0}, as in Python, which reads both to equal
 * numbers), every other value exactly ({@code true} is not {@code 1}, {@code null} is not {@code
 * 0}). The first difference is given as a path, {@code $.config.layers[2].config.units}, with both
 * values, so a failing comparison of two large model JSONs says which field differs.
 */
final class JsonDifference {
  private JsonDifference() {}

  /** The first place where {@code actual} is not {@code expected}; empty if they are equal. */
  static Optional<String> first(JsonElement expected, JsonElement actual) {
    return Optional.ofNullable(first("$", expected, actual));
  }

  private static String first(String path, JsonElement expected, JsonElement actual) {
    if (expected.isJsonObject() && actual.isJsonObject()) {
      JsonObject e = expected.getAsJsonObject();
      JsonObject a = actual.getAsJsonObject();
      TreeSet<String> keys = new TreeSet<>(e.keySet());
      keys.addAll(a.keySet());
      for (String key : keys) {
        String at = path + "." + key;
        if (!a.has(key)) {
          return at + ": missing, expected " + shown(e.get(key));
        }
        if (!e.has(key)) {
          return at + ": not expected, got " + shown(a.get(key));
        }
        String difference = first(at, e.get(key), a.get(key));
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (expected.isJsonArray() && actual.isJsonArray()) {
      JsonArray e = expected.getAsJsonArray();
      JsonArray a = actual.getAsJsonArray();
      for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
        String difference = first(path + "[" + i + "]", e.get(i), a.get(i));
        if (difference != null) {
          return difference;
        }
      }
      return e.size() == a.size()
          ? null
          : path + ": " + a.size() + " items, expected " + e.size() + ": " + shown(expected);
    }
    if (same(expected, actual)) {
      return null;
    }
    return path + ": expected " + shown(expected) + ", got " + shown(actual);
  }

  private static boolean same(JsonElement expected, JsonElement actual) {
    if (expected.isJsonPrimitive() && actual.isJsonPrimitive()) {
      JsonPrimitive e = expected.getAsJsonPrimitive();
      JsonPrimitive a = actual.getAsJsonPrimitive();
      if (e.isNumber() && a.isNumber()) {
        return new BigDecimal(e.getAsString()).compareTo(new BigDecimal(a.getAsString())) == 0;
      }
      if (e.isNumber() || a.isNumber() || e.isBoolean() != a.isBoolean()) {
        return false;
      }
      return e.equals(a);
    }
    return expected.isJsonNull() && actual.isJsonNull();
  }

  private static String shown(JsonElement value) {
    String text = value.toString();
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  /** Every value of {@code json} that is no object or array, by path: what a test can change. */
  static void leaves(String path, JsonElement json, Map<String, JsonElement> out) {
    if (json.isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
        leaves(path + "." + e.getKey(), e.getValue(), out);
      }
    } else if (json.isJsonArray()) {
      JsonArray array = json.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        leaves(path + "[" + i + "]", array.get(i), out);
      }
    } else {
      out.put(path, json);
    }
  }
}
