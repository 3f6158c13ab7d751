package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds {@link SummaryStyle#TFJS} to TensorFlow.js itself: {@code summaries.js} builds every valid
 * corpus model with tfjs-layers 4.22 and records what its {@code model.summary()} prints; the
 * engine's summary of the same model, rendered in the TFJS style, must be that text character for
 * character.
 *
 * <p>Excluded, and counted: the valid models whose oracle result carries a {@code keras} note.
 * There tfjs computes a shape or count differently from Keras, so the oracle corrected it and never
 * had one complete tfjs model to print; ShapeCheck follows Keras, so the texts would differ by
 * design. Node runs once for the whole corpus; its output ({@code tfjs.json}) and ours ({@code
 * engine.json}) are kept under {@code target/tfjs-summary/} for diffing.
 */
class TfjsSummaryTest {
  private static final Path OUT = Corpus.dir().resolve("target").resolve("tfjs-summary");
  private static final Map<String, String> ENGINE = new LinkedHashMap<>();
  private static JsonObject tfjs;
  private static int compared;
  private static int excluded;
  private static int mismatches;

  @BeforeAll
  static void runTfjs() throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path json = OUT.resolve("tfjs.json");
    Files.deleteIfExists(json);
    Process node =
        new ProcessBuilder("node", "summaries.js", json.toString())
            .directory(Corpus.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(OUT.resolve("node.log").toFile())
            .start();
    assertTrue(node.waitFor(10, TimeUnit.MINUTES), "summaries.js did not finish in 10 minutes");
    assertEquals(0, node.exitValue(), () -> "summaries.js failed: " + log());
    tfjs = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static String log() {
    try {
      return Files.readString(OUT.resolve("node.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyValidModelPrintsAsTfjsPrintsIt() {
    List<Corpus.Entry> valid = new ArrayList<>();
    for (Corpus.Entry entry : Corpus.entries()) {
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
    if (entry.expected.has("keras")) {
      excluded++;
      assertFalse(tfjs.has(key), key + ": summaries.js printed a model the oracle corrected");
      return;
    }
    compared++;
    try {
      ModelCheck check = ShapeEngine.check(Corpus.toConfig(entry.model));
      assertTrue(check.isClean(), () -> key + ": " + check.problems());
      String ours = check.summary().toString(SummaryStyle.TFJS);
      ENGINE.put(key, ours);
      assertNotNull(tfjs.get(key), key + ": summaries.js printed nothing");
      assertEquals(tfjs.get(key).getAsString(), ours, key);
    } catch (AssertionError e) {
      mismatches++;
      throw e;
    }
  }

  @AfterAll
  static void printTotals() throws IOException {
    Files.writeString(
        OUT.resolve("engine.json"),
        new GsonBuilder().setPrettyPrinting().create().toJson(ENGINE),
        StandardCharsets.UTF_8);
    System.out.println(
        "tfjs-summary: "
            + compared
            + " models compared, "
            + excluded
            + " excluded (tfjs differs from Keras), "
            + mismatches
            + " mismatches");
  }
}
