package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares a functional model's summary, as the engine or the generated class gives it, with the
 * oracle's record ({@code expected/keras/functional-*.json}, or tfjs's {@code
 * expected/functional-*.json}): every row of {@link ModelSummary#kerasLayers()} by name (inputs
 * included), in the order Keras's {@code model.layers} lists them, with its output shape and
 * trainable / non-trainable counts, the outputs in order, and the totals. Shared by the engine and
 * processor suites so both hold ShapeCheck to the same bar.
 */
final class FunctionalComparison {
  /** Layers whose MACs were compared with TensorFlow's count, in every suite of this run. */
  static final java.util.concurrent.atomic.AtomicInteger MACS =
      new java.util.concurrent.atomic.AtomicInteger();

  private FunctionalComparison() {}

  /** Asserts that {@code summary} is what the oracle recorded; returns the rows compared. */
  static int assertMatches(JsonObject expected, ModelSummary summary) {
    JsonArray rows = expected.getAsJsonArray("layers");
    List<Layer> layers = summary.kerasLayers();
    assertEquals(names(rows), names(layers), "rows, in Keras's model.layers order");
    for (int i = 0; i < rows.size(); i++) {
      JsonObject want = rows.get(i).getAsJsonObject();
      Layer got = layers.get(i);
      String name = got.name();
      assertEquals(
          Arrays.toString(Corpus.ints(want.getAsJsonArray("outputShape"))),
          Arrays.toString(withBatch(got.outputShape())),
          "output shape of " + name);
      if (want.has("outputShapes")) { // a layer with several outputs: a recurrent returnState
        List<String> shapes = new ArrayList<>();
        want.getAsJsonArray("outputShapes")
            .forEach(o -> shapes.add(Arrays.toString(Corpus.ints(o.getAsJsonArray()))));
        List<String> gotShapes = new ArrayList<>();
        got.outputShapes().forEach(o -> gotShapes.add(Arrays.toString(withBatch(o))));
        assertEquals(shapes, gotShapes, "output shapes of " + name);
      } else {
        assertEquals(1, got.outputShapes().size(), "outputs of " + name);
      }
      assertEquals(
          want.get("trainable").getAsLong(), got.trainableParams(), "trainable of " + name);
      assertEquals(
          want.get("nonTrainable").getAsLong(),
          got.nonTrainableParams(),
          "non-trainable of " + name);
      if (want.has("macs")) { // TensorFlow's matrix products for the layer (keras/macs.py)
        MACS.incrementAndGet();
        assertEquals(want.get("macs").getAsLong(), got.macs(), "MACs of " + name);
      }
    }
    List<String> outputs = new ArrayList<>();
    summary.outputLayers().forEach(l -> outputs.add(l.name()));
    assertEquals(Corpus.strings(expected.getAsJsonArray("outputs")), outputs, "outputs");
    JsonObject totals = expected.getAsJsonObject("totals");
    assertEquals(totals.get("trainable").getAsLong(), summary.trainableParams(), "trainable total");
    assertEquals(
        totals.get("nonTrainable").getAsLong(),
        summary.nonTrainableParams(),
        "non-trainable total");
    return rows.size();
  }

  /** The node Keras rejects, as "index name", for messages and comparisons. */
  static String where(JsonObject expected) {
    return expected.get("errorLayer").getAsInt() + " " + expected.get("errorName").getAsString();
  }

  /** The ShapeCheck error kind the oracle knows for an invalid model, or null when it does not. */
  static String kind(JsonObject expected) {
    return expected.has("errorKind") ? expected.get("errorKind").getAsString() : null;
  }

  /** Why Keras rejects it, as the oracle recorded. */
  static String why(JsonObject expected) {
    return String.valueOf(expected.has("keras") ? expected.get("keras") : expected.get("tfjs"));
  }

  static int[] withBatch(Shape shape) {
    int[] dims = new int[shape.rank() + 1];
    dims[0] = shape.batchSize();
    System.arraycopy(shape.dims(), 0, dims, 1, shape.rank());
    return dims;
  }

  private static List<String> names(JsonArray rows) {
    List<String> names = new ArrayList<>();
    rows.forEach(r -> names.add(r.getAsJsonObject().get("name").getAsString()));
    return names;
  }

  private static List<String> names(List<Layer> layers) {
    List<String> names = new ArrayList<>();
    layers.forEach(l -> names.add(l.name()));
    return names;
  }
}
