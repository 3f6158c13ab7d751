package dev.shapecheck.conformance;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.shapecheck.engine.ShapeEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every layer kind the engine registers is judged by an oracle: some corpus model that has an
 * oracle result uses it (as a layer, a wrapped layer, or a node of a functional model), whether
 * TensorFlow.js or, for the kinds tfjs lacks (models marked {@code kerasOnly}), Keras 3 judged it.
 * A layer added to the engine without corpus entries fails here, so none ships unchecked.
 */
final class CorpusCoverageTest {
  @Test
  void everyRegisteredLayerIsJudgedByAnOracle() {
    Set<String> judged = new TreeSet<>();
    List<Corpus.Entry> entries = new ArrayList<>(Corpus.entries());
    entries.addAll(Corpus.functionalEntries());
    for (Corpus.Entry entry : entries) {
      collectTypes(entry.model, judged);
    }
    Set<String> unjudged = new TreeSet<>(ShapeEngine.layerTypes());
    unjudged.addAll(ShapeEngine.layerAliases().keySet()); // Convolution2D, MaxPool2D, ...
    unjudged.removeAll(judged);
    assertWithMessage("layer types no oracle-judged corpus model uses").that(unjudged).isEmpty();
  }

  /** Every {@code "type"} value anywhere in the model: layers, wrapped layers, graph nodes. */
  private static void collectTypes(JsonElement element, Set<String> types) {
    if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> member : ((JsonObject) element).entrySet()) {
        if (member.getKey().equals("type") && member.getValue().isJsonPrimitive()) {
          types.add(member.getValue().getAsString());
        }
        collectTypes(member.getValue(), types);
      }
    } else if (element.isJsonArray()) {
      for (JsonElement item : element.getAsJsonArray()) {
        collectTypes(item, types);
      }
    }
  }
}
