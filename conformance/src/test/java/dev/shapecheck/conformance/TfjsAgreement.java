package dev.shapecheck.conformance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether TensorFlow.js 4.22 builds a corpus model as Keras 3 does, computed from the two oracles'
 * committed records ({@code expected/<file>.json} by {@code oracle.js}, {@code
 * expected/keras/<file>.json} by {@code keras/oracle.py}): the same verdict and, for a valid model,
 * the same rows — output shape, trainable and non-trainable counts, by index in a sequential model
 * and by name in a functional one (tfjs lists a graph's layers in declaration order, Keras in
 * {@code model.layers} order). {@code oracle.js} records tfjs uncorrected; the suites that compare
 * with what tfjs prints or loads take only the models where it agrees ({@link
 * Corpus#tfjsEntries()}), since ShapeCheck follows Keras where tfjs differs.
 */
final class TfjsAgreement {
  private TfjsAgreement() {}

  static boolean agrees(JsonObject tfjs, JsonObject keras3) {
    boolean valid = keras3.get("valid").getAsBoolean();
    if (valid != tfjs.get("valid").getAsBoolean()) {
      return false;
    }
    return !valid || rows(tfjs).equals(rows(keras3));
  }

  /** Each row's shape and counts, keyed by name, or by index for a sequential record. */
  static Map<String, String> rows(JsonObject record) {
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
}
