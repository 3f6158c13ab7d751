package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.shapecheck.engine.KerasJson;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import dev.shapecheck.processor.ShapeCheckProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid corpus model's Keras JSON ({@link KerasJson}, what the generated {@code KERAS_JSON}
 * holds) is loaded by TensorFlow.js's own Keras loader, {@code tf.models.modelFromJSON}
 * ({@code roundtrip.js}, one Node run for all models), and the model tfjs builds from it must
 * have every layer's class, name, output shape and trainable / non-trainable counts as the oracle
 * recorded them in {@code expected/}. A JSON that dropped or misspelled an argument builds a
 * different model, so this holds the writer to Keras's config format as tfjs reads it.
 *
 * <p>Two restrictions, both explicit. (1) Layers the oracle corrected (its expected entry carries
 * a {@code keras} note, see {@code families/*.js}) are ones tfjs builds unlike Keras: GRU with
 * {@code reset_after=True}, Reshape inference with an unknown batch, Conv1D causal padding,
 * keepdims, outputPadding, ... tfjs's result for them is known to be wrong, so they are not
 * compared; the model is cut there, and each run of uncorrected layers after a cut is loaded
 * from the same layer JSON behind an {@code InputLayer} of Keras's shape at that point (as the
 * oracle rebuilds after a correction); a model made only of corrected layers is counted apart.
 * (2) {@code roundtrip.js} replaces what tfjs cannot
 * construct at all by stand-ins that change no shape or count (missing activations and
 * interpolations, ELU alpha): they are counted and printed. kerasOnly models (layer types tfjs
 * lacks) have no oracle result and are not loaded.
 */
class KerasJsonRoundTripTest {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  private static final Pattern CORRECTED = Pattern.compile("(?:^|; )layer (\\d+): ");

  private static final AtomicInteger MODELS = new AtomicInteger();
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final AtomicInteger MISMATCHES = new AtomicInteger();
  private static final AtomicInteger NOT_COMPARED = new AtomicInteger();
  private static final AtomicInteger STAND_INS = new AtomicInteger();
  private static final AtomicInteger ONLY_CORRECTED = new AtomicInteger();

  /** A run of consecutive uncorrected layers of one model, loaded as one file. */
  private static final class Segment {
    final int from;
    final int to; // exclusive
    final String file;

    Segment(int from, int to, String file) {
      this.from = from;
      this.to = to;
      this.file = file;
    }
  }

  /** One valid corpus model: its engine config, its Keras JSON and the segments loaded. */
  private static final class Case {
    final Corpus.Entry entry;
    final ModelConfig config;
    final String json;
    final TreeSet<Integer> corrected = new TreeSet<>();
    final List<Segment> segments = new ArrayList<>();

    Case(Corpus.Entry entry) {
      this.entry = entry;
      this.config = Corpus.toConfig(entry.model);
      ModelCheck check = ShapeEngine.check(config);
      assertTrue(check.isClean(), () -> entry.name() + ": " + check.problems());
      this.json = KerasJson.of(config, check.summary());
      if (entry.expected.has("keras")) {
        Matcher m = CORRECTED.matcher(entry.expected.get("keras").getAsString());
        while (m.find()) {
          corrected.add(Integer.parseInt(m.group(1)));
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyValidModelLoadsInTensorFlowJsAsTheOracleSays() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Corpus.Entry entry : Corpus.entries()) {
      if (entry.valid() && !entry.functional()) { // functional graphs: compared apart
        cases.add(new Case(entry));
      }
    }
    assertFalse(cases.isEmpty(), "no valid corpus models");
    Path dir = Corpus.dir().resolve("target").resolve("keras-json");
    writeFiles(cases, dir);
    Map<String, JsonObject> results = runRoundTrip(dir);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(
            c.entry.file + "/" + c.entry.name(), () -> compare(c, results)));
  }

  /**
   * Writes each model's JSON: the engine's text itself when nothing was corrected, else one file
   * per run of uncorrected layers.
   */
  private static void writeFiles(List<Case> cases, Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.list(dir)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(dir);
    for (Case c : cases) {
      int layers = c.config.layers().size();
      if (c.corrected.isEmpty()) {
        c.segments.add(new Segment(0, layers, c.entry.name() + ".json"));
        Files.writeString(dir.resolve(c.entry.name() + ".json"), c.json, StandardCharsets.US_ASCII);
        continue;
      }
      NOT_COMPARED.addAndGet(c.corrected.size());
      JsonObject whole = JsonParser.parseString(c.json).getAsJsonObject();
      JsonArray entries = whole.getAsJsonObject("config").getAsJsonArray("layers");
      for (int from = 0; from < layers; from++) {
        if (c.corrected.contains(from)) {
          continue;
        }
        int to = from;
        while (to < layers && !c.corrected.contains(to)) {
          to++;
        }
        JsonObject part = whole.deepCopy();
        JsonArray kept = new JsonArray();
        kept.add(from == 0 ? entries.get(0) : inputLayer(c, from));
        for (int i = from; i < to; i++) {
          kept.add(entries.get(i + 1)); // entries[0] is the InputLayer
        }
        part.getAsJsonObject("config").add("layers", kept);
        String file = c.entry.name() + "@" + from + ".json";
        c.segments.add(new Segment(from, to, file));
        Files.writeString(dir.resolve(file), GSON.toJson(part), StandardCharsets.UTF_8);
        from = to;
      }
    }
  }

  /** An InputLayer giving layer {@code index} the shape Keras gives it: the oracle's output. */
  private static JsonObject inputLayer(Case c, int index) {
    JsonObject config = new JsonObject();
    JsonArray shape = c.entry.expectedLayers().get(index - 1).getAsJsonObject()
        .getAsJsonArray("outputShape").deepCopy();
    config.add("batch_input_shape", shape);
    config.addProperty("dtype", "float32");
    config.addProperty("sparse", false);
    config.addProperty("ragged", false);
    config.addProperty("name", c.config.layers().get(index).name() + "_input");
    JsonObject input = new JsonObject();
    input.addProperty("class_name", "InputLayer");
    input.add("config", config);
    return input;
  }

  /** Runs {@code node roundtrip.js dir} once; its results by file name. */
  private static Map<String, JsonObject> runRoundTrip(Path dir) throws IOException {
    Process node = new ProcessBuilder("node", "roundtrip.js", dir.toString())
        .directory(Corpus.dir().toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String out;
    try (InputStream in = node.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      assertEquals(0, node.waitFor(), "node roundtrip.js failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    Map<String, JsonObject> results = new HashMap<>();
    for (JsonElement result : JsonParser.parseString(out).getAsJsonArray()) {
      JsonObject object = result.getAsJsonObject();
      results.put(object.get("file").getAsString(), object);
    }
    return results;
  }

  private static void compare(Case c, Map<String, JsonObject> results) {
    try {
      JsonArray expected = c.entry.expectedLayers();
      List<LayerConfig> layers = c.config.layers();
      for (Segment segment : c.segments) {
        JsonObject result = results.get(segment.file);
        assertTrue(result != null, "roundtrip.js gave no result for " + segment.file);
        STAND_INS.addAndGet(result.getAsJsonArray("standIns").size());
        assertTrue(result.get("loaded").getAsBoolean(),
            () -> "tfjs cannot load " + segment.file + ": " + result.get("error").getAsString());
        JsonArray built = result.getAsJsonArray("layers");
        // tfjs lists the InputLayer first.
        assertEquals(segment.to - segment.from + 1, built.size(), segment.file + ": layer count");
        assertEquals("InputLayer", built.get(0).getAsJsonObject().get("className").getAsString());
        for (int i = segment.from; i < segment.to; i++) {
          JsonObject got = built.get(i - segment.from + 1).getAsJsonObject();
          JsonObject want = expected.get(i).getAsJsonObject();
          String where = "layer " + i + " (" + layers.get(i).name() + ")";
          assertEquals(layers.get(i).type(), got.get("className").getAsString(), where + " class");
          assertEquals(layers.get(i).name(), got.get("name").getAsString(), where + " name");
          assertEquals(shape(want.get("outputShape")), shape(got.get("outputShape")),
              where + " output shape");
          assertEquals(want.get("trainable").getAsLong(), got.get("trainable").getAsLong(),
              where + " trainable");
          assertEquals(want.get("nonTrainable").getAsLong(), got.get("nonTrainable").getAsLong(),
              where + " non-trainable");
          LAYERS.incrementAndGet();
        }
      }
      // A model whose every layer was corrected (mostly one-layer cases of a tfjs difference)
      // has nothing tfjs builds as Keras does: it is counted apart, not as loaded.
      (c.segments.isEmpty() ? ONLY_CORRECTED : MODELS).incrementAndGet();
    } catch (AssertionError e) {
      MISMATCHES.incrementAndGet();
      throw e;
    }
  }

  private static String shape(JsonElement shape) {
    return shape == null || shape instanceof JsonNull ? "none" : shape.toString();
  }

  /**
   * The generated class's {@code KERAS_JSON} is the engine's text: checked on a sample of corpus
   * models (every wrapper model and every 20th other) compiled through the processor.
   */
  @Test
  void generatedKerasJsonIsTheEnginesForASampleOfModels() {
    Map<String, Case> sample = new LinkedHashMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    int index = 0;
    for (Corpus.Entry entry : Corpus.entries()) {
      boolean wrapper = entry.layers().toString().contains("\"wrapped\"");
      if (!entry.valid() || entry.functional() || !(wrapper || index++ % 20 == 0)) {
        continue;
      }
      SourceRenderer.Rendered rendered =
          SourceRenderer.render("roundtrip", "M" + sample.size(), entry.model);
      sample.put(rendered.qualifiedName + "Model", new Case(entry));
      sources.add(JavaFileObjects.forSourceLines(rendered.qualifiedName, rendered.lines));
    }
    assertTrue(sample.size() > 40, "sample of " + sample.size());
    Compilation compilation =
        Compiler.javac().withProcessors(new ShapeCheckProcessor()).compile(sources);
    if (!compilation.errors().isEmpty()) {
      fail("the sample does not compile: " + compilation.errors());
    }
    ClassLoader loader = new MemoryClassLoader(compilation.generatedFiles());
    for (Map.Entry<String, Case> model : sample.entrySet()) {
      try {
        Object json = loader.loadClass(model.getKey()).getField("KERAS_JSON").get(null);
        assertEquals(model.getValue().json, json, model.getValue().entry.name());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot read KERAS_JSON of " + model.getKey(), e);
      }
    }
    System.out.println("keras-json: KERAS_JSON of " + sample.size()
        + " generated classes equals the engine's");
  }

  @AfterAll
  static void printTotals() {
    System.out.println("keras-json: " + MODELS + " models loaded, " + LAYERS + " layers, "
        + MISMATCHES + " mismatches");
    System.out.println("keras-json: not compared: " + NOT_COMPARED + " layers the oracle corrected"
        + " (tfjs builds them unlike Keras), all the layers of " + ONLY_CORRECTED + " models; "
        + STAND_INS + " tfjs stand-ins");
  }

  /** Loads the classes a compilation wrote to memory, the runtime's classes from the test's. */
  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    MemoryClassLoader(List<JavaFileObject> files) {
      super(KerasJsonRoundTripTest.class.getClassLoader());
      for (JavaFileObject file : files) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String binary = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
              path.length() - ".class".length()).replace('/', '.');
          classes.put(binary, file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
