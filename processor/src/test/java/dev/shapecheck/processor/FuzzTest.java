package dev.shapecheck.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.Problem;
import dev.shapecheck.engine.ShapeEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random models, from a fixed seed, through the processor: each must either be
 * generated with exactly the engine's numbers, or be rejected with the engine's ShapeCheck errors
 * on its own file — never an uncaught exception, an {@code InternalError}, or javac's "an
 * annotation processor threw". {@link FuzzModels} draws layers from the whole catalogue and
 * attribute values by type, mixing valid values with zero, negative, huge, NaN and infinite ones.
 *
 * <p>Models are compiled {@value #BATCH} to a javac run (as a build compiles many files); the ones
 * without errors are then compiled once more and their generated classes loaded, so the numbers
 * compared are those of the classes a user would run. {@code -Dshapecheck.fuzz.cases=N} runs more
 * than the default {@value #DEFAULT_CASES}, {@code -Dshapecheck.fuzz.seed=S} another seed.
 */
final class FuzzTest {
  private static final long SEED = 20_260_611L;
  private static final int DEFAULT_CASES = 2_000;
  private static final int BATCH = 200;

  /** Models without errors, compiled again together to load their classes. */
  private static final int CLEAN_BATCH = 1_000;

  private static final int REPORTED_FAILURES = 5;

  /** What happened to one model, and what was wrong with it (empty when nothing was). */
  private static final class Case {
    final FuzzModels.Model model;
    final JavaFileObject source;
    final ModelCheck expected;
    final List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    boolean crashed;

    Case(FuzzModels.Model model) {
      this.model = model;
      this.source = JavaFileObjects.forSourceString(model.qualifiedName(), model.source());
      try {
        this.expected = ShapeEngine.check(model.config);
      } catch (RuntimeException e) {
        throw new AssertionError("the engine threw on\n" + model.source(), e);
      }
    }

    void fail(String why) {
      failures.add(why);
    }
  }

  @Test
  void randomModelsAreGeneratedWithTheEnginesNumbersOrRejectedWithShapeCheckErrors() {
    int cases = Integer.getInteger("shapecheck.fuzz.cases", DEFAULT_CASES);
    long seed = Long.getLong("shapecheck.fuzz.seed", SEED);
    FuzzModels models = new FuzzModels(seed);
    long start = System.nanoTime();
    List<Case> all = new ArrayList<>();
    List<Case> clean = new ArrayList<>();
    for (int from = 0; from < cases; from += BATCH) {
      List<Case> batch = new ArrayList<>();
      for (int i = from; i < Math.min(cases, from + BATCH); i++) {
        batch.add(new Case(models.next("M" + i)));
      }
      clean.addAll(compile(batch));
      all.addAll(batch);
    }
    for (int from = 0; from < clean.size(); from += CLEAN_BATCH) {
      compareLoadedClasses(clean.subList(from, Math.min(clean.size(), from + CLEAN_BATCH)));
    }
    List<Case> failed = new ArrayList<>();
    int crashes = 0;
    int generated = 0;
    for (Case c : all) {
      crashes += c.crashed ? 1 : 0;
      generated += c.expected.isClean() && c.failures.isEmpty() ? 1 : 0;
      if (!c.failures.isEmpty()) {
        failed.add(c);
      }
    }
    System.out.println("fuzz: " + cases + " cases, " + crashes + " crashes");
    System.out.println(
        "fuzz: seed "
            + seed
            + ", "
            + generated
            + " generated with the engine's numbers, "
            + (cases - generated - failed.size())
            + " rejected with the engine's errors, "
            + failed.size()
            + " failed, "
            + (System.nanoTime() - start) / 1_000_000_000
            + " s");
    assertTrue(failed.isEmpty(), () -> describe(failed));
    // A fuzzer whose models all fail to compile would test nothing but the first check.
    assertTrue(generated >= cases / 10, "only " + generated + " models were generated");
  }

  /** Compiles one batch and checks each model's errors; returns the models without errors. */
  private static List<Case> compile(List<Case> batch) {
    Map<String, Case> byUri = new HashMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Case c : batch) {
      byUri.put(c.source.toUri().toString(), c);
      sources.add(c.source);
    }
    Compilation compilation;
    try {
      compilation = javac().compile(sources);
    } catch (RuntimeException crash) { // compile-testing rethrows what a processor threw
      if (batch.size() == 1) {
        batch.get(0).crashed = true;
        batch.get(0).fail("the processor threw " + crash);
        return List.of();
      }
      List<Case> clean = new ArrayList<>();
      for (Case c : batch) { // find the model that did it
        clean.addAll(compile(List.of(c)));
      }
      return clean;
    }
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      Case c = error.getSource() == null ? null : byUri.get(error.getSource().toUri().toString());
      if (c == null) {
        throw new AssertionError("an error outside the fuzzed sources: " + message);
      }
      if (message.startsWith("[ShapeCheck/InternalError]")
          || message.contains("An annotation processor threw")) {
        c.crashed = true;
        c.fail("crashed: " + message);
      } else if (!message.startsWith("[ShapeCheck/")) {
        c.fail("javac rejects the fuzzer's source (a bug of the fuzzer): " + message);
      }
      c.errors.add(error);
    }
    List<Case> clean = new ArrayList<>();
    for (Case c : batch) {
      if (!c.expected.isClean()) {
        checkRejected(c);
      } else if (!c.errors.isEmpty()) {
        c.fail("the engine accepts it, but javac says " + c.errors.get(0).getMessage(Locale.ROOT));
      } else {
        clean.add(c);
      }
    }
    return clean;
  }

  private static void checkRejected(Case c) {
    if (c.errors.isEmpty()) {
      c.fail("the engine rejects it, but it compiled");
      return;
    }
    List<String> expected =
        c.expected.problems().stream()
            .filter(p -> !p.kind().isWarning())
            .map(Problem::render)
            .sorted()
            .collect(Collectors.toList());
    List<String> actual =
        c.errors.stream()
            .map(e -> unindent(e.getMessage(Locale.ROOT)))
            .sorted()
            .collect(Collectors.toList());
    if (!expected.equals(actual)) {
      c.fail(
          "the processor's errors differ from the engine's:\n  engine: "
              + expected
              + "\n  javac:  "
              + actual);
    }
  }

  /** javac indents a message's later lines by two more spaces than the processor wrote them. */
  private static String unindent(String message) {
    return message.replace("\n    ", "\n  ");
  }

  /**
   * Compiles the models without errors once more, alone (javac keeps no generated file of a failed
   * compilation), loads their generated classes and compares every number with the engine's.
   */
  private static void compareLoadedClasses(List<Case> clean) {
    if (clean.isEmpty()) {
      return;
    }
    List<JavaFileObject> sources = new ArrayList<>();
    for (Case c : clean) {
      sources.add(c.source);
    }
    Compilation second = javac().compile(sources);
    if (!second.errors().isEmpty()) {
      for (Case c : clean) {
        c.fail("models without errors of their own failed together: " + second.errors());
      }
      return;
    }
    ClassLoader loader = new GeneratedClassLoader(second.generatedFiles());
    for (Case c : clean) {
      try {
        Class<?> model = loader.loadClass(c.model.qualifiedName() + "Model");
        compare(c, model);
      } catch (ReflectiveOperationException | LinkageError e) {
        c.fail("cannot load the generated class: " + e);
      }
    }
  }

  private static void compare(Case c, Class<?> model) throws ReflectiveOperationException {
    ModelSummary want = c.expected.summary();
    ModelSummary got = (ModelSummary) model.getField("SUMMARY").get(null);
    Map<String, Object> expected = new HashMap<>();
    expected.put("TOTAL_PARAMS", want.totalParams());
    expected.put("TRAINABLE_PARAMS", want.trainableParams());
    expected.put("NON_TRAINABLE_PARAMS", want.nonTrainableParams());
    expected.put("TOTAL_MACS", want.totalMacs());
    expected.put("PARAM_BYTES", want.paramBytes());
    expected.put("ACTIVATION_BYTES", want.activationBytes());
    expected.put("INPUT_SHAPE", want.inputShape());
    expected.put("OUTPUT_SHAPE", want.outputShape());
    for (Map.Entry<String, Object> constant : expected.entrySet()) {
      Object value = model.getField(constant.getKey()).get(null);
      if (!constant.getValue().equals(value)) {
        c.fail(constant.getKey() + " = " + value + ", the engine says " + constant.getValue());
      }
    }
    if (!want.layers().equals(got.layers())) {
      c.fail("layers " + got.layers() + ", the engine says " + want.layers());
    }
    if (want.dtype() != got.dtype() || !want.name().equals(got.name())) {
      c.fail(
          "name or dtype "
              + got.name()
              + "/"
              + got.dtype()
              + ", the engine says "
              + want.name()
              + "/"
              + want.dtype());
    }
    String table = (String) model.getMethod("summary").invoke(null);
    if (!table.equals(want.toString())) {
      c.fail("summary() differs from the engine's:\n" + table + "\n" + want);
    }
  }

  private static Compiler javac() {
    return Compiler.javac()
        .withProcessors(new ShapeCheckProcessor())
        .withOptions("-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
  }

  private static String describe(List<Case> failed) {
    StringBuilder out = new StringBuilder(failed.size() + " models failed; the first:\n");
    for (Case c : failed.subList(0, Math.min(REPORTED_FAILURES, failed.size()))) {
      out.append("\n").append(c.model.source()).append("\n");
      for (String failure : c.failures) {
        out.append("  -> ").append(failure).append("\n");
      }
    }
    return out.toString();
  }

  /** Loads the classes a compilation wrote to memory; the runtime's come from the test's. */
  private static final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    GeneratedClassLoader(List<JavaFileObject> files) {
      super(FuzzTest.class.getClassLoader());
      for (JavaFileObject file : files) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          int from = path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length();
          String binary = path.substring(from, path.length() - ".class".length()).replace('/', '.');
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
