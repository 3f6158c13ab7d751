package dev.shapecheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.processor.ShapeCheckProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The end-to-end bar: every corpus model is written as an annotated interface and compiled through
 * the annotation processor, as a user's build would. A model Keras accepts must compile, and its
 * generated {@code SUMMARY} must give every layer's shape and trainable / non-trainable counts as
 * the oracle (TensorFlow.js, or Keras 3 for the kerasOnly models) recorded them; a model Keras
 * rejects must fail with an error on the line of the layer Keras rejects (or on {@code @Sequential}
 * for the model itself). Functional corpus models are written as {@code @Functional} interfaces and
 * compiled in the same run.
 *
 * <p>All models are compiled in one javac run (one bad model must not stop the others), then the
 * ones without errors once more to load their generated classes.
 */
class ProcessorConformanceTest {
  private static final AtomicInteger MODELS = new AtomicInteger();
  private static final AtomicInteger LAYERS = new AtomicInteger();
  private static final AtomicInteger MISMATCHES = new AtomicInteger();
  private static final AtomicInteger BY_KERAS = new AtomicInteger();

  /** One corpus model as compiled. */
  private static final class Case {
    final Corpus.Entry entry;
    final SourceRenderer.Rendered rendered;
    final JavaFileObject source;
    final List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    ModelSummary summary;

    /** Why a functional model has no generated class to read, or null. */
    String missing;

    Case(Corpus.Entry entry, SourceRenderer.Rendered rendered) {
      this.entry = entry;
      this.rendered = rendered;
      this.source = JavaFileObjects.forSourceLines(rendered.qualifiedName, rendered.lines);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusModelCompilesAsTheOracleSays() {
    List<Case> cases = new ArrayList<>();
    Map<String, Integer> perFile = new HashMap<>();
    // Sequential and functional models alike, in one javac run.
    List<Corpus.Entry> entries = new ArrayList<>(Corpus.entries());
    entries.addAll(Corpus.functionalEntries());
    for (Corpus.Entry entry : entries) {
      int index = perFile.merge(entry.file, 1, Integer::sum);
      String pkg = "corpus." + entry.file.replaceAll("\\W", "_");
      cases.add(new Case(entry, SourceRenderer.render(pkg, "M" + index, entry.model)));
    }
    assertFalse(cases.isEmpty(), "no corpus");
    compile(cases);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.entry.file + "/" + c.entry.name(), () -> check(c)));
  }

  private static void compile(List<Case> cases) {
    Map<String, Case> byUri = new HashMap<>();
    List<JavaFileObject> all = new ArrayList<>();
    for (Case c : cases) {
      byUri.put(c.source.toUri().toString(), c);
      all.add(c.source);
    }
    Compilation first = javac().compile(all);
    // javac's own errors (an annotation without a required element: Keras's constructor rejects
    // AveragePooling without pool_size too) may stop annotation processing for every source, so
    // the models javac itself rejects are set apart with those errors, and the rest compiled again.
    List<JavaFileObject> declarable = new ArrayList<>(all);
    for (Diagnostic<? extends JavaFileObject> error : first.errors()) {
      if (!error.getMessage(Locale.ROOT).startsWith("[ShapeCheck/")) {
        Case c = caseOf(error, byUri);
        c.errors.add(error);
        declarable.remove(c.source);
      }
    }
    if (declarable.size() < all.size()) {
      first = javac().compile(declarable);
    }
    for (Diagnostic<? extends JavaFileObject> error : first.errors()) {
      if (!error.getMessage(Locale.ROOT).startsWith("[ShapeCheck/")) {
        fail("a corpus model fails javac only next to another one: " + error);
      }
      caseOf(error, byUri).errors.add(error);
    }
    List<JavaFileObject> clean = new ArrayList<>();
    for (Case c : cases) {
      if (c.errors.isEmpty()) {
        clean.add(c.source);
      }
    }
    Compilation second = javac().compile(clean);
    if (!second.errors().isEmpty()) {
      fail("models without errors of their own failed together: " + second.errors());
    }
    ClassLoader loader = new GeneratedClassLoader(second.generatedFiles());
    for (Case c : cases) {
      if (c.errors.isEmpty()) {
        try {
          Class<?> model = loader.loadClass(c.rendered.qualifiedName + "Model");
          c.summary = (ModelSummary) model.getField("SUMMARY").get(null);
        } catch (ReflectiveOperationException e) {
          if (!c.entry.functional()) {
            throw new AssertionError("cannot read the generated class of " + c.entry.name(), e);
          }
          // One functional model's failure, not the run's: the sequential results still count.
          c.missing = "no generated class " + c.rendered.qualifiedName + "Model: " + e;
        }
      }
    }
  }

  private static Case caseOf(Diagnostic<? extends JavaFileObject> error, Map<String, Case> byUri) {
    Case c = error.getSource() == null ? null : byUri.get(error.getSource().toUri().toString());
    if (c == null) {
      fail("an error outside the corpus sources: " + error);
    }
    return c;
  }

  private static Compiler javac() {
    // javac prints at most 100 errors by default; the corpus has more invalid models than that.
    return Compiler.javac()
        .withProcessors(new ShapeCheckProcessor())
        .withOptions("-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
  }

  private static void check(Case c) {
    if (c.entry.functional()) {
      checkFunctional(c);
      return;
    }
    MODELS.incrementAndGet();
    if (c.entry.byKeras) {
      BY_KERAS.incrementAndGet();
    }
    try {
      if (c.entry.valid()) {
        assertTrue(c.errors.isEmpty(), () -> "Keras accepts it; javac says " + messages(c));
        JsonArray expected = c.entry.expectedLayers();
        List<Layer> layers = c.summary.layers();
        assertEquals(expected.size(), layers.size(), "layer count");
        for (int i = 0; i < layers.size(); i++) {
          JsonObject want = expected.get(i).getAsJsonObject();
          Layer got = layers.get(i);
          LAYERS.incrementAndGet();
          int[] shape = Corpus.ints(want.getAsJsonArray("outputShape"));
          int[] gotShape = new int[got.outputShape().rank() + 1];
          gotShape[0] = got.outputShape().batchSize();
          System.arraycopy(got.outputShape().dims(), 0, gotShape, 1, got.outputShape().rank());
          assertEquals(Arrays.toString(shape), Arrays.toString(gotShape), "shape of layer " + i);
          assertEquals(
              want.get("trainable").getAsLong(), got.trainableParams(), "trainable of layer " + i);
          assertEquals(
              want.get("nonTrainable").getAsLong(),
              got.nonTrainableParams(),
              "non-trainable of layer " + i);
        }
      } else {
        assertFalse(
            c.errors.isEmpty(),
            () ->
                "Keras rejects it at layer "
                    + c.entry.errorLayer()
                    + " ("
                    + c.entry.why()
                    + "), but it compiled");
        int first =
            c.errors.stream().mapToInt(e -> c.rendered.layerAt(e.getLineNumber())).min().getAsInt();
        assertEquals(
            c.entry.errorLayer(),
            first,
            () -> "failing layer (Keras: " + c.entry.why() + "); javac says " + messages(c));
      }
    } catch (AssertionError e) {
      MISMATCHES.incrementAndGet();
      throw e;
    }
  }

  private static final AtomicInteger GRAPHS = new AtomicInteger();
  private static final AtomicInteger GRAPH_LAYERS = new AtomicInteger();
  private static final AtomicInteger GRAPH_MISMATCHES = new AtomicInteger();

  /**
   * A functional model: valid, its generated {@code SUMMARY} matches the oracle row by row (see
   * {@link FunctionalComparison}); invalid, the first error is on the line of the node Keras
   * rejects (a method or its parameters) with the oracle's kind, where it knows one.
   */
  private static void checkFunctional(Case c) {
    GRAPHS.incrementAndGet();
    try {
      if (c.entry.valid()) {
        assertTrue(c.errors.isEmpty(), () -> "Keras accepts it; javac says " + messages(c));
        assertTrue(c.missing == null, () -> c.missing);
        GRAPH_LAYERS.addAndGet(FunctionalComparison.assertMatches(c.entry.expected, c.summary));
      } else {
        assertFalse(
            c.errors.isEmpty(),
            () ->
                "Keras rejects it at "
                    + FunctionalComparison.where(c.entry.expected)
                    + " ("
                    + FunctionalComparison.why(c.entry.expected)
                    + "), but it compiled");
        Diagnostic<? extends JavaFileObject> first =
            c.errors.stream()
                .min(java.util.Comparator.comparingInt(e -> c.rendered.layerAt(e.getLineNumber())))
                .get();
        assertEquals(
            c.entry.errorLayer(),
            c.rendered.layerAt(first.getLineNumber()),
            () ->
                "failing node (Keras: "
                    + FunctionalComparison.why(c.entry.expected)
                    + "); javac says "
                    + messages(c));
        String kind = FunctionalComparison.kind(c.entry.expected);
        if (kind != null) {
          String message = first.getMessage(Locale.ROOT);
          assertTrue(
              message.startsWith("[ShapeCheck/" + kind + "]"),
              () -> "error kind " + kind + "; javac says " + messages(c));
        }
      }
    } catch (AssertionError | RuntimeException e) {
      GRAPH_MISMATCHES.incrementAndGet();
      throw e;
    }
  }

  private static String messages(Case c) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> e : c.errors) {
      out.append("\n  line ")
          .append(e.getLineNumber())
          .append(": ")
          .append(e.getMessage(Locale.ROOT));
    }
    return out.toString();
  }

  @AfterAll
  static void printTotals() {
    System.out.println(
        "conformance: "
            + Corpus.kerasVersion()
            + ": "
            + MODELS
            + " models ("
            + BY_KERAS
            + " judged by Keras 3), "
            + LAYERS
            + " layers, "
            + MISMATCHES
            + " mismatches");
    System.out.println(
        "functional-conformance: "
            + Corpus.kerasVersion()
            + ": "
            + GRAPHS
            + " models, "
            + GRAPH_LAYERS
            + " layers, "
            + GRAPH_MISMATCHES
            + " mismatches");
  }

  /** Loads the classes a compilation wrote to memory, the runtime's classes from the test's. */
  private static final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    GeneratedClassLoader(List<JavaFileObject> files) {
      super(ProcessorConformanceTest.class.getClassLoader());
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
