package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.SummaryStyle;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ShapeEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds {@link SummaryStyle#KERAS3} to Keras 3 itself. {@code keras/summaries.py} builds models
 * with Keras 3.15.1 and records, byte for byte, what {@code model.summary(print_fn=...)} hands
 * {@code print_fn} on a terminal wide enough for every line ({@code <model>.full.txt}), and on
 * terminals of 120 and 80 columns ({@code <model>.120.txt}, {@code <model>.80.txt}), under {@code
 * expected/keras/summaries/}; two small models at every width from 16 to 64 columns ({@code
 * sweep/}). ShapeCheck's summary of the same model, {@code toString(KERAS3)} and {@code
 * toString(KERAS3, columns)}, must be that text, and must refuse the widths at which Keras refuses
 * to print. This test needs no Python: the oracle profile's {@code summaries.py --check} fails if a
 * committed file is not what Keras prints.
 *
 * <p>The models: corpus models ({@code corpus/<file>/<name>}, built by the engine from the same
 * corpus entry Keras was built from), the models of {@code keras/summary-models.json} ({@code
 * summaries/<key>}) and every example ({@code examples/<Interface>}, the class javac generated,
 * which Keras built from its {@code KERAS_JSON}; Keras 3 forbids "/" in names, so the block layers'
 * "/" is "_" on both sides). Where a text differs, ShapeCheck's is written to {@code
 * target/keras3-summaries/ours/} under the same path, for {@code diff -r}.
 */
class Keras3SummaryTest {
  private static final Path EXPECTED =
      Corpus.dir().resolve("expected").resolve("keras").resolve("summaries");
  private static final Path OURS =
      Corpus.dir().resolve("target").resolve("keras3-summaries").resolve("ours");
  private static final Pattern FILE = Pattern.compile("(.+)\\.(full|\\d+)\\.txt");
  private static final Pattern SWEEP_HEADER =
      Pattern.compile("#### COLUMNS=(\\d+)(: ValueError: .*)?");
  private static final Set<String> WIDTHS = Set.of("full", "120", "80");
  private static final String HASHED = "corpus.sha256";

  /** The examples recorded by the SHA-256 of each text: the larger Keras Applications. */
  private static final String EXAMPLES_HASHED = "examples.sha256";

  private static final Map<String, ModelSummary> BUILT = new TreeMap<>();
  private static int compared;
  private static int hashed;
  private static int swept;
  private static int refused;
  private static int mismatches;

  @TestFactory
  Stream<DynamicTest> everySummaryIsWhatKerasPrints() {
    List<String> files = texts();
    assertFalse(files.isEmpty(), "no Keras summaries in " + EXPECTED);
    return files.stream().map(f -> DynamicTest.dynamicTest(f, () -> compare(f)));
  }

  private static void compare(String file) {
    compared++;
    check(file, read(EXPECTED.resolve(file)), ours(file));
  }

  /**
   * The rest of the corpus, by the SHA-256 of each text ({@code corpus.sha256}, in {@code
   * sha256sum}'s format): every corpus model Keras 3 builds is compared at every width.
   */
  @TestFactory
  Stream<DynamicTest> everyOtherCorpusModelPrintsWhatKerasPrints() {
    Map<String, String> hashes = hashes(HASHED);
    assertFalse(hashes.isEmpty(), "no " + HASHED);
    return hashes.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> compareHash(e.getKey(), e.getValue())));
  }

  /**
   * The examples recorded by hash ({@code examples.sha256}): the Keras Applications added after the
   * first five, each compared at every width like a corpus model.
   */
  @TestFactory
  Stream<DynamicTest> everyHashedExamplePrintsWhatKerasPrints() {
    return hashes(EXAMPLES_HASHED).entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> compareHash(e.getKey(), e.getValue())));
  }

  private static void compareHash(String file, String sha256) {
    hashed++;
    String ours = ours(file);
    if (!sha256(ours).equals(sha256)) {
      check(file, "(Keras's text: `python keras/summaries.py --print " + file + "`)", ours);
    }
  }

  /**
   * The corpus models recorded are those Keras 3 builds and ShapeCheck holds to Keras 3: every
   * sequential one Keras judges valid ({@code Corpus.entries()}, whose results are Keras's but for
   * the {@code kerasOpen} models) and every functional one the tfjs oracle judges valid (Keras
   * builds the same ones).
   */
  @Test
  void everyCorpusModelKerasBuildsIsRecorded() {
    Set<String> valid = new TreeSet<>();
    for (Corpus.Entry entry : Corpus.entries()) {
      if (entry.byKeras && entry.valid()) {
        valid.add("corpus/" + entry.file + "/" + entry.name());
      }
    }
    for (Corpus.Entry entry : Corpus.functionalEntries()) {
      if (entry.valid()) {
        valid.add("corpus/" + entry.file + "/" + entry.name());
      }
    }
    Set<String> recorded = new TreeSet<>();
    recorded("corpus/").forEach(name -> recorded.add("corpus/" + name));
    hashes(HASHED).keySet().forEach(file -> recorded.add(model(file)));
    assertEquals(valid, recorded);
  }

  /** ShapeCheck's text for a file: {@code <model>.full.txt} or {@code <model>.<columns>.txt}. */
  private static String ours(String file) {
    Matcher m = FILE.matcher(file);
    assertTrue(m.matches(), file + ": not <model>.<full|columns>.txt");
    ModelSummary summary = summary(m.group(1));
    String text =
        m.group(2).equals("full")
            ? summary.toString(SummaryStyle.KERAS3)
            : summary.toString(SummaryStyle.KERAS3, Integer.parseInt(m.group(2)));
    return keras3Names(m.group(1), text);
  }

  private static String model(String file) {
    Matcher m = FILE.matcher(file);
    assertTrue(m.matches(), file);
    return m.group(1);
  }

  @TestFactory
  Stream<DynamicTest> everyWidthOfTheSweepIsWhatKerasPrints() {
    List<String> files = files().stream().filter(f -> f.startsWith("sweep/")).toList();
    assertEquals(2, files.size(), "the sweeps of a sequential and a connected table: " + files);
    return files.stream().map(f -> DynamicTest.dynamicTest(f, () -> sweep(f)));
  }

  private static void sweep(String file) {
    String key = "summaries/" + file.substring("sweep/".length(), file.length() - ".txt".length());
    ModelSummary summary = summary(key);
    StringBuilder ours = new StringBuilder();
    int widths = 0;
    for (String line : read(EXPECTED.resolve(file)).split("\n")) {
      Matcher header = SWEEP_HEADER.matcher(line);
      if (!header.matches()) {
        continue;
      }
      widths++;
      int columns = Integer.parseInt(header.group(1));
      ours.append("#### COLUMNS=").append(columns);
      if (header.group(2) != null) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> summary.toString(SummaryStyle.KERAS3, columns),
                key + " at " + columns + " columns, where Keras prints nothing");
        assertTrue(e.getMessage().contains("Insufficient console width"), e.getMessage());
        ours.append(header.group(2)).append('\n');
        refused++;
      } else {
        ours.append('\n').append(summary.toString(SummaryStyle.KERAS3, columns));
      }
    }
    assertTrue(widths > 40, file + ": " + widths + " widths");
    swept += widths;
    check(file, read(EXPECTED.resolve(file)), ours.toString());
  }

  /** Every model has the three widths; no file is left over. */
  @Test
  void everyModelHasEveryWidth() {
    Map<String, Set<String>> widths = new TreeMap<>();
    List<String> files = new ArrayList<>(texts());
    files.addAll(hashes(HASHED).keySet());
    files.addAll(hashes(EXAMPLES_HASHED).keySet());
    for (String file : files) {
      Matcher m = FILE.matcher(file);
      assertTrue(m.matches(), file);
      widths.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
    }
    widths.forEach((model, found) -> assertEquals(WIDTHS, found, model));
    assertTrue(widths.containsKey("examples/MnistCnn"), "the seed");
    assertTrue(widths.keySet().stream().anyMatch(k -> k.startsWith("corpus/functional-")));
  }

  /**
   * Every example, and nothing else, is recorded: {@link Keras3SummaryExamples} lists each
   * interface of the examples module annotated {@code @Sequential} or {@code @Functional}.
   */
  @Test
  void everyExampleIsRecorded() throws IOException {
    Path sources = Corpus.dir().resolve("../examples/src/main/java/dev/shapecheck/examples");
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.list(sources)) {
      for (Path source : files.toList()) {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        if (text.contains("\n@Sequential(") || text.contains("\n@Functional(")) {
          declared.add(source.getFileName().toString().replace(".java", ""));
        }
      }
    }
    assertEquals(declared, Keras3SummaryExamples.EXAMPLES.keySet());
    Set<String> asText = recorded("examples/");
    Set<String> byHash = new TreeSet<>();
    for (String file : hashes(EXAMPLES_HASHED).keySet()) {
      byHash.add(model(file).substring("examples/".length()));
    }
    Set<String> both = new TreeSet<>(asText);
    both.retainAll(byHash);
    assertEquals(Set.of(), both, "recorded both as text and by hash");
    Set<String> recorded = new TreeSet<>(asText);
    recorded.addAll(byHash);
    assertEquals(declared, recorded);
  }

  /** Every model of {@code keras/summary-models.json} is recorded. */
  @Test
  void everySummaryModelIsRecorded() {
    assertEquals(summaryModels().keySet(), recorded("summaries/"));
  }

  /**
   * docs/guide.md's example of a terminal width is Keras's own text (which {@link
   * #everySummaryIsWhatKerasPrints} holds ShapeCheck's to).
   */
  @Test
  void theGuideShowsWhatKerasPrints() {
    String guide = read(Corpus.dir().resolve("..").resolve("docs").resolve("guide.md"));
    String before =
        "`ResidualBlockModel.SUMMARY.toString(SummaryStyle.KERAS3, 80)` prints it:\n\n```\n";
    int start = guide.indexOf(before);
    assertTrue(start >= 0, "docs/guide.md no longer shows ResidualBlock at 80 columns");
    start += before.length();
    String block = guide.substring(start, guide.indexOf("```\n", start));
    assertEquals(read(EXPECTED.resolve("examples/ResidualBlock.80.txt")), block);
  }

  private static Set<String> recorded(String set) {
    return texts().stream()
        .filter(f -> f.startsWith(set))
        .map(f -> FILE.matcher(f.substring(set.length())))
        .filter(Matcher::matches)
        .map(m -> m.group(1))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The model behind a key, built once. */
  private static ModelSummary summary(String key) {
    return BUILT.computeIfAbsent(key, Keras3SummaryTest::build);
  }

  private static ModelSummary build(String key) {
    String[] parts = key.split("/");
    switch (parts[0]) {
      case "examples":
        return Keras3SummaryExamples.EXAMPLES.get(parts[1]).summary();
      case "summaries":
        return check(key, summaryModels().get(parts[1]));
      case "corpus":
        for (JsonElement model :
            Corpus.readArray(Corpus.dir().resolve("corpus").resolve(parts[1] + ".json"))) {
          if (model.getAsJsonObject().get("name").getAsString().equals(parts[2])) {
            return check(key, model.getAsJsonObject());
          }
        }
        throw new AssertionError(key + ": no such corpus model");
      default:
        throw new AssertionError(key + ": not corpus/, summaries/ or examples/");
    }
  }

  private static ModelSummary check(String key, JsonObject model) {
    boolean functional = model.has("functional") && model.get("functional").getAsBoolean();
    ModelCheck check =
        functional
            ? ShapeEngine.check(Corpus.toGraphConfig(model))
            : ShapeEngine.check(Corpus.toConfig(model));
    assertTrue(check.isClean(), () -> key + ": " + check.problems());
    return check.summary();
  }

  private static Map<String, JsonObject> summaryModels() {
    Path file = Corpus.dir().resolve("keras").resolve("summary-models.json");
    Map<String, JsonObject> models = new TreeMap<>();
    JsonParser.parseString(read(file))
        .getAsJsonObject()
        .entrySet()
        .forEach(e -> models.put(e.getKey(), e.getValue().getAsJsonObject()));
    return models;
  }

  /** Keras 3 forbids "/" in a layer name: an example's block layers are "block_layer" there. */
  private static String keras3Names(String key, String text) {
    return key.startsWith("examples/") ? text.replace('/', '_') : text;
  }

  private static void check(String file, String keras, String ours) {
    if (!keras.equals(ours)) {
      mismatches++;
      try {
        Path out = OURS.resolve(file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, ours, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertEquals(keras, ours, file + " (ours: " + OURS.resolve(file) + ")");
  }

  /** The summaries recorded as text: every file but the sweeps and {@code corpus.sha256}. */
  private static List<String> texts() {
    return files().stream()
        .filter(f -> !f.startsWith("sweep/") && !f.equals(HASHED) && !f.equals(EXAMPLES_HASHED))
        .toList();
  }

  /** {@code corpus.sha256} or {@code examples.sha256}: a file's path -> Keras's text's SHA-256. */
  private static Map<String, String> hashes(String hashFile) {
    Map<String, String> hashes = new TreeMap<>();
    for (String line : read(EXPECTED.resolve(hashFile)).split("\n")) {
      String[] parts = line.split("  ", 2);
      assertEquals(2, parts.length, hashFile + ": " + line);
      assertEquals(null, hashes.put(parts[1], parts[0]), hashFile + ": twice " + parts[1]);
    }
    return hashes;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Every file under {@code expected/keras/summaries/}, as a relative path with '/'. */
  private static List<String> files() {
    try (Stream<Path> files = Files.walk(EXPECTED)) {
      List<String> found = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        found.add(EXPECTED.relativize(file).toString().replace('\\', '/'));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void printTotals() {
    System.out.println(
        "keras3-summary: "
            + compared
            + " summaries compared as text, "
            + hashed
            + " by SHA-256 ("
            + BUILT.size()
            + " models), "
            + swept
            + " sweep widths ("
            + refused
            + " refused as Keras refuses them), "
            + mismatches
            + " mismatches");
  }
}
