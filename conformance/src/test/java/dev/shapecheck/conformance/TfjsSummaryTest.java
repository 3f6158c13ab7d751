package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.SummaryStyle;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ShapeEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds {@link SummaryStyle#TFJS} to TensorFlow.js itself: {@code summaries.js} builds every valid
 * corpus model with tfjs-layers 4.22 and records what its {@code model.summary()} prints in the
 * committed {@code expected/summaries.json}; the engine's summary of the same model, rendered in
 * the TFJS style, must be that text character for character. This test needs no Node: the oracle's
 * check ({@code node summaries.js --check}) fails if the committed file is not what tfjs prints.
 *
 * <p>Only the models tfjs builds as Keras 3 does are compared ({@link Corpus#tfjsEntries()}): where
 * tfjs computes a shape or count differently ({@link TfjsDifferencesTest}), ShapeCheck follows
 * Keras, so the texts would differ by design. Our texts are kept in {@code
 * target/tfjs-summary/engine.json} for diffing.
 *
 * <p>Functional corpus graphs are compared the same way, apart, with their own counts: tfjs's
 * connected layout with its "Receives inputs" column, in tfjs's layer order.
 */
class TfjsSummaryTest {
  private static final Path OUT = Corpus.dir().resolve("target").resolve("tfjs-summary");
  private static final Map<String, String> ENGINE = new LinkedHashMap<>();
  private static JsonObject tfjs;
  private static int compared;
  private static int mismatches;
  private static int functionalCompared;
  private static int functionalMismatches;
  private static int functionalUnusedInputs;

  @BeforeAll
  static void readTfjs() throws IOException {
    Path file = Corpus.dir().resolve("expected").resolve("summaries.json");
    JsonObject lines =
        JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    tfjs = new JsonObject();
    for (Map.Entry<String, JsonElement> summary : lines.entrySet()) {
      StringBuilder text = new StringBuilder();
      summary.getValue().getAsJsonArray().forEach(l -> text.append(l.getAsString()).append('\n'));
      tfjs.addProperty(summary.getKey(), text.toString());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyValidModelPrintsAsTfjsPrintsIt() {
    List<Corpus.Entry> valid = new ArrayList<>();
    for (Corpus.Entry entry : Corpus.tfjsEntries()) {
      if (entry.valid() && !entry.functional()) { // functional graphs: compared apart
        valid.add(entry);
      }
    }
    assertFalse(valid.isEmpty(), "no corpus found in " + Corpus.dir());
    return valid.stream()
        .map(e -> DynamicTest.dynamicTest(e.file + "/" + e.name(), () -> compare(e)));
  }

  private static void compare(Corpus.Entry entry) {
    String key = entry.file + "/" + entry.name();
    compared++;
    try {
      ModelCheck check = ShapeEngine.check(Corpus.toConfig(entry.model));
      assertTrue(check.isClean(), () -> key + ": " + check.problems());
      String ours = check.summary().toString(SummaryStyle.TFJS);
      ENGINE.put(key, ours);
      assertNotNull(tfjs.get(key), key + ": expected/summaries.json has no tfjs summary");
      assertEquals(tfjs.get(key).getAsString(), ours, key);
    } catch (AssertionError e) {
      mismatches++;
      throw e;
    }
  }

  /**
   * The functional corpus ({@code corpus/functional-*.json}): {@code summaries.js} prints the
   * {@code tf.model()} the oracle builds from each valid graph, and the graph engine's summary in
   * the TFJS style must be that text, layer order, "Receives inputs" column and all, for every
   * graph tfjs builds as Keras 3 does. Excluded, and counted apart: a graph with an input nothing
   * consumes, which tfjs leaves out of its summary and Keras lists (FunctionalSummaryTest pins
   * Keras's place for it).
   */
  @TestFactory
  Stream<DynamicTest> everyValidFunctionalModelPrintsAsTfjsPrintsIt() {
    List<Corpus.Entry> valid = new ArrayList<>();
    for (Corpus.Entry entry : Corpus.tfjsFunctionalEntries()) {
      if (entry.valid()) {
        valid.add(entry);
      }
    }
    assertFalse(valid.isEmpty(), "no functional corpus found in " + Corpus.dir());
    return valid.stream()
        .map(e -> DynamicTest.dynamicTest(e.file + "/" + e.name(), () -> compareFunctional(e)));
  }

  private static void compareFunctional(Corpus.Entry entry) {
    String key = entry.file + "/" + entry.name();
    ModelCheck check = ShapeEngine.check(Corpus.toGraphConfig(entry.model));
    if (Corpus.hasUnusedInput(check)) {
      // tfjs leaves an input nothing consumes out of model.layers; Keras keeps it (tf.keras
      // _map_graph_network, Keras 3 map_graph), and so does ShapeCheck: excluded by design.
      functionalUnusedInputs++;
      return;
    }
    functionalCompared++;
    try {
      assertTrue(check.isClean(), () -> key + ": " + check.problems());
      String ours = check.summary().toString(SummaryStyle.TFJS);
      ENGINE.put(key, ours);
      assertNotNull(tfjs.get(key), key + ": expected/summaries.json has no tfjs summary");
      assertEquals(tfjs.get(key).getAsString(), ours, key);
    } catch (AssertionError e) {
      functionalMismatches++;
      throw e;
    }
  }

  @AfterAll
  static void printTotals() throws IOException {
    Files.createDirectories(OUT);
    Files.writeString(
        OUT.resolve("engine.json"),
        new GsonBuilder().setPrettyPrinting().create().toJson(ENGINE),
        StandardCharsets.UTF_8);
    System.out.println(
        "tfjs-summary: tfjs 4.22: " + compared + " models compared, " + mismatches + " mismatches");
    System.out.println(
        "tfjs-summary functional: tfjs 4.22: "
            + functionalCompared
            + " compared, "
            + functionalUnusedInputs
            + " excluded (an unused input, which tfjs drops and Keras keeps), "
            + functionalMismatches
            + " mismatches");
  }
}
