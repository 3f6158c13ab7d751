package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.SummaryStyle;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ShapeEngine;
import dev.shapecheck.processor.ShapeCheckProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid corpus model's tf.keras 2 JSON ({@code ModelCheck.keras2Json()}, what the generated
 * {@code KERAS2_JSON} holds) is loaded by TensorFlow.js's own Keras loader, {@code
 * tf.models.modelFromJSON}, and the model tfjs builds from it must have every layer's class, name,
 * output shape and trainable / non-trainable counts as the oracle recorded them in {@code
 * expected/}. A JSON that dropped or misspelled an argument builds a different model, so this holds
 * the writer to Keras's config format as tfjs reads it.
 *
 * <p>Node does not run here. The oracle profile ({@code mvn -Poracle verify}, run by CI) writes the
 * files ({@link KerasJsonFiles}) and loads them with {@code roundtrip.js}, which records what tfjs
 * built, with each file's SHA-256, in the committed {@code expected/roundtrip-*.json}, and fails if
 * that differs from the committed file. This test makes the same files in memory: each must have
 * the recorded SHA-256 (tfjs loaded exactly this text), and the recorded model must be the oracle's
 * and the engine's.
 *
 * <p>Two restrictions, both explicit. (1) Only the models tfjs builds as Keras 3 does are loaded
 * ({@link Corpus#tfjsEntries()}): where tfjs shapes or counts a layer unlike Keras (GRU with {@code
 * reset_after=True}, Conv1D causal padding, keepdims, outputPadding, …: {@link
 * TfjsDifferencesTest}), its model would differ by design. (2) {@code roundtrip.js} replaces what
 * tfjs cannot construct at all by stand-ins that change no shape or count (missing activations and
 * interpolations, ELU alpha): they are counted and printed. kerasOnly models (layer types tfjs
 * lacks, judged by Keras 3 instead) are not loaded.
 */
class KerasJsonRoundTripTest {
  private static final String REGENERATE =
      ": the Keras JSON changed since the oracle loaded it;"
          + " regenerate with `mvn -Poracle -Doracle.mode=write verify` and review the diff";
  private static final AtomicInteger MODELS = new AtomicInteger();
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final AtomicInteger MISMATCHES = new AtomicInteger();
  private static final AtomicInteger STAND_INS = new AtomicInteger();
  private static final AtomicInteger FUNCTIONAL_MODELS = new AtomicInteger();
  private static final AtomicInteger FUNCTIONAL_LAYERS = new AtomicInteger();
  private static final AtomicInteger FUNCTIONAL_STAND_INS = new AtomicInteger();
  private static final AtomicInteger FUNCTIONAL_UNUSED_INPUTS = new AtomicInteger();
  private static final AtomicInteger FUNCTIONAL_MISMATCHES = new AtomicInteger();
  private static final AtomicInteger APPLICATION_LAYERS = new AtomicInteger();
  private static final AtomicInteger APPLICATION_SUMMARIES = new AtomicInteger();
  private static final AtomicInteger APPLICATION_MISMATCHES = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> everyValidModelLoadsInTensorFlowJsAsTheOracleSays() {
    List<KerasJsonFiles.Case> cases = KerasJsonFiles.sequential();
    assertFalse(cases.isEmpty(), "no valid corpus models");
    Map<String, JsonObject> results =
        recorded("sequential", cases.stream().map(c -> c.file.name()).toList());
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.entry.file + "/" + c.entry.name(), () -> compare(c, results)));
  }

  /**
   * What tfjs built from each file of {@code set}, as {@code roundtrip.js} recorded it; the
   * recorded files must be the ones made now, no more, no fewer.
   */
  private static Map<String, JsonObject> recorded(String set, List<String> files) {
    Map<String, JsonObject> results = KerasJsonFiles.recorded(set);
    assertEquals(
        new TreeSet<>(files),
        new TreeSet<>(results.keySet()),
        "the files of expected/roundtrip-" + set + ".json" + REGENERATE);
    return results;
  }

  /**
   * The recorded result for {@code file}, after checking that tfjs loaded exactly this text: the
   * SHA-256 {@code roundtrip.js} recorded must be the file's.
   */
  private static JsonObject result(
      String set, Map<String, JsonObject> results, KerasJsonFiles.File file) {
    JsonObject result = results.get(file.name());
    assertTrue(
        result != null,
        () -> "expected/roundtrip-" + set + ".json has no result for " + file.name() + REGENERATE);
    assertEquals(
        result.get("sha256").getAsString(),
        file.sha256(),
        () ->
            file.name()
                + " is not the text tfjs loaded for expected/roundtrip-"
                + set
                + ".json"
                + REGENERATE);
    return result;
  }

  private static void compare(KerasJsonFiles.Case c, Map<String, JsonObject> results) {
    try {
      JsonArray expected = c.entry.expectedLayers();
      List<LayerConfig> layers = c.config.layers();
      JsonObject result = result("sequential", results, c.file);
      STAND_INS.addAndGet(result.getAsJsonArray("standIns").size());
      assertTrue(
          result.get("loaded").getAsBoolean(),
          () -> "tfjs cannot load " + c.file.name() + ": " + result.get("error").getAsString());
      JsonArray built = result.getAsJsonArray("layers");
      // tfjs lists the InputLayer first.
      assertEquals(layers.size() + 1, built.size(), c.file.name() + ": layer count");
      assertEquals("InputLayer", built.get(0).getAsJsonObject().get("className").getAsString());
      for (int i = 0; i < layers.size(); i++) {
        JsonObject got = built.get(i + 1).getAsJsonObject();
        JsonObject want = expected.get(i).getAsJsonObject();
        String where = "layer " + i + " (" + layers.get(i).name() + ")";
        assertEquals(layers.get(i).type(), got.get("className").getAsString(), where + " class");
        assertEquals(layers.get(i).name(), got.get("name").getAsString(), where + " name");
        assertEquals(
            shape(want.get("outputShape")), shape(got.get("outputShape")), where + " output shape");
        assertEquals(
            want.get("trainable").getAsLong(),
            got.get("trainable").getAsLong(),
            where + " trainable");
        assertEquals(
            want.get("nonTrainable").getAsLong(),
            got.get("nonTrainable").getAsLong(),
            where + " non-trainable");
        LAYERS.incrementAndGet();
      }
      MODELS.incrementAndGet();
    } catch (AssertionError e) {
      MISMATCHES.incrementAndGet();
      throw e;
    }
  }

  /**
   * The functional corpus: each valid graph's {@code keras2Json()} (from the graph engine's summary
   * and expanded configs, what a {@code @Functional} model's {@code KERAS2_JSON} holds) is loaded
   * by {@code tf.models.modelFromJSON}, and the model tfjs wires from it must be the engine's: the
   * same layers in Keras's order, each of the same class, fed by the same layers, with the same
   * output shape and trainable / non-trainable counts, and the same input and output layers, for
   * every graph tfjs builds as Keras 3 does. Excluded and counted: a graph with an input nothing
   * consumes (Keras's model keeps that input in its layers, tfjs's drops it). The stand-ins of
   * {@code roundtrip.js} are counted.
   */
  @TestFactory
  Stream<DynamicTest> everyValidFunctionalModelLoadsInTensorFlowJsAsTheEngineBuiltIt() {
    List<KerasJsonFiles.Graph> graphs = KerasJsonFiles.functional();
    assertFalse(graphs.isEmpty(), "no valid functional corpus models");
    Map<String, JsonObject> results =
        recorded(
            "functional",
            graphs.stream().filter(g -> g.file != null).map(g -> g.file.name()).toList());
    return graphs.stream()
        .map(
            g ->
                DynamicTest.dynamicTest(
                    g.entry.file + "/" + g.entry.name(),
                    () -> {
                      if (g.file == null) {
                        FUNCTIONAL_UNUSED_INPUTS.incrementAndGet();
                        return;
                      }
                      try {
                        JsonObject result = result("functional", results, g.file);
                        FUNCTIONAL_STAND_INS.addAndGet(result.getAsJsonArray("standIns").size());
                        FUNCTIONAL_LAYERS.addAndGet(
                            assertLoadedAsSummary(g.name, result, g.check.summary()));
                        FUNCTIONAL_MODELS.incrementAndGet();
                      } catch (AssertionError e) {
                        FUNCTIONAL_MISMATCHES.incrementAndGet();
                        throw e;
                      }
                    }));
  }

  /**
   * The five Keras Applications of the examples module: the {@code KERAS2_JSON} the processor
   * generated for each is loaded by tfjs, and the model it wires must be the generated {@code
   * SUMMARY}, layer by layer as for the corpus. Their names keep ShapeCheck's block paths ({@code
   * conv2_block1/conv1}), which tfjs takes as they are. The loaded model's own {@code summary()}
   * must then be {@code SUMMARY.toString(SummaryStyle.TFJS)}: the tfjs layout held to tfjs on
   * graphs of 134 to 429 layers, long names cut and all.
   */
  @TestFactory
  Stream<DynamicTest> applicationsKerasJsonLoadsInTensorFlowJsAsGenerated() {
    Map<String, KerasJsonFiles.Application> applications = KerasJsonFiles.applications();
    Map<String, JsonObject> results = recorded("applications", List.copyOf(applications.keySet()));
    return applications.entrySet().stream()
        .map(
            a ->
                DynamicTest.dynamicTest(
                    a.getKey(),
                    () -> {
                      try {
                        JsonObject result = result("applications", results, a.getValue().file());
                        assertEquals(
                            0, result.getAsJsonArray("standIns").size(), a.getKey() + " stand-ins");
                        ModelSummary summary = a.getValue().summary();
                        APPLICATION_LAYERS.addAndGet(
                            assertLoadedAsSummary(a.getKey(), result, summary));
                        StringBuilder printed = new StringBuilder();
                        result
                            .getAsJsonArray("summary")
                            .forEach(line -> printed.append(line.getAsString()).append('\n'));
                        assertEquals(
                            printed.toString(),
                            summary.toString(SummaryStyle.TFJS),
                            a.getKey() + " tfjs summary");
                        APPLICATION_SUMMARIES.incrementAndGet();
                      } catch (AssertionError e) {
                        APPLICATION_MISMATCHES.incrementAndGet();
                        throw e;
                      }
                    }));
  }

  /**
   * Asserts that the functional model tfjs loaded ({@code roundtrip.js}'s result) is {@code
   * summary}'s, layer by layer in Keras's order; returns the number of layers compared.
   */
  private static int assertLoadedAsSummary(String file, JsonObject result, ModelSummary summary) {
    assertTrue(
        result.get("loaded").getAsBoolean(),
        () -> "tfjs cannot load " + file + ": " + result.get("error").getAsString());
    JsonArray built = result.getAsJsonArray("layers");
    List<Layer> rows = summary.kerasLayers();
    List<String> names = new ArrayList<>();
    built.forEach(l -> names.add(l.getAsJsonObject().get("name").getAsString()));
    assertEquals(rows.stream().map(Layer::name).toList(), names, file + ": layers, in order");
    for (int i = 0; i < rows.size(); i++) {
      Layer row = rows.get(i);
      JsonObject got = built.get(i).getAsJsonObject();
      String where = file + ": " + row.name();
      assertEquals(row.type(), got.get("className").getAsString(), where + " class");
      assertEquals(
          row.inbound(), Corpus.strings(got.getAsJsonArray("inbound")), where + " inbound layers");
      assertEquals(
          Arrays.toString(FunctionalComparison.withBatch(row.outputShape())),
          Arrays.toString(Corpus.ints(got.getAsJsonArray("outputShape"))),
          where + " output shape");
      assertEquals(row.trainableParams(), got.get("trainable").getAsLong(), where + " trainable");
      assertEquals(
          row.nonTrainableParams(), got.get("nonTrainable").getAsLong(), where + " non-trainable");
    }
    assertEquals(
        summary.inputLayers().stream().map(Layer::name).toList(),
        Corpus.strings(result.getAsJsonArray("inputs")),
        file + ": input layers");
    assertEquals(
        summary.outputLayers().stream().map(Layer::name).toList(),
        Corpus.strings(result.getAsJsonArray("outputs")),
        file + ": output layers");
    return rows.size();
  }

  private static String shape(JsonElement shape) {
    return shape == null || shape instanceof JsonNull ? "none" : shape.toString();
  }

  /**
   * The generated class's {@code KERAS2_JSON} and {@code KERAS_JSON} are the engine's texts:
   * checked on a sample of corpus models (every wrapper model and every 20th other) compiled
   * through the processor.
   */
  @Test
  void generatedKerasJsonIsTheEnginesForASampleOfModels() {
    Map<String, KerasJsonFiles.Case> sample = new LinkedHashMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    int index = 0;
    for (Corpus.Entry entry : Corpus.tfjsEntries()) {
      boolean wrapper = entry.layers().toString().contains("\"wrapped\"");
      if (!entry.valid() || entry.functional() || !(wrapper || index++ % 20 == 0)) {
        continue;
      }
      SourceRenderer.Rendered rendered =
          SourceRenderer.render("roundtrip", "M" + sample.size(), entry.model);
      sample.put(rendered.qualifiedName + "Model", new KerasJsonFiles.Case(entry));
      sources.add(JavaFileObjects.forSourceLines(rendered.qualifiedName, rendered.lines));
    }
    assertTrue(sample.size() > 40, "sample of " + sample.size());
    Compilation compilation =
        Compiler.javac().withProcessors(new ShapeCheckProcessor()).compile(sources);
    if (!compilation.errors().isEmpty()) {
      fail("the sample does not compile: " + compilation.errors());
    }
    ClassLoader loader = new MemoryClassLoader(compilation.generatedFiles());
    for (Map.Entry<String, KerasJsonFiles.Case> model : sample.entrySet()) {
      try {
        Class<?> generated = loader.loadClass(model.getKey());
        KerasJsonFiles.Case expected = model.getValue();
        assertEquals(
            new String(expected.file.bytes(), StandardCharsets.US_ASCII),
            generated.getField("KERAS2_JSON").get(null),
            expected.entry.name());
        assertEquals(
            ShapeEngine.check(expected.config).kerasJson(),
            generated.getField("KERAS_JSON").get(null),
            expected.entry.name());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot read the JSON of " + model.getKey(), e);
      }
    }
    System.out.println(
        "keras-json: KERAS2_JSON and KERAS_JSON of "
            + sample.size()
            + " generated classes equal the engine's");
  }

  @AfterAll
  static void printTotals() {
    System.out.println(
        "keras-json: tfjs 4.22: "
            + MODELS
            + " models loaded, "
            + LAYERS
            + " layers, "
            + STAND_INS
            + " tfjs stand-ins, "
            + MISMATCHES
            + " mismatches");
    System.out.println(
        "keras-json functional: tfjs 4.22: "
            + FUNCTIONAL_MODELS
            + " models loaded, "
            + FUNCTIONAL_LAYERS
            + " layers, "
            + FUNCTIONAL_UNUSED_INPUTS
            + " excluded (an unused input, which tfjs drops and Keras keeps), "
            + FUNCTIONAL_STAND_INS
            + " tfjs stand-ins, "
            + FUNCTIONAL_MISMATCHES
            + " mismatches");
    System.out.println(
        "keras-json applications: "
            + APPLICATION_LAYERS
            + " layers of the generated KERAS2_JSON loaded, "
            + APPLICATION_SUMMARIES
            + " tfjs summaries equal, "
            + APPLICATION_MISMATCHES
            + " mismatches");
  }

  /** Loads the classes a compilation wrote to memory, the runtime's classes from the test's. */
  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    MemoryClassLoader(List<JavaFileObject> files) {
      super(KerasJsonRoundTripTest.class.getClassLoader());
      for (JavaFileObject file : files) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String binary =
              path.substring(
                      path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                      path.length() - ".class".length())
                  .replace('/', '.');
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
