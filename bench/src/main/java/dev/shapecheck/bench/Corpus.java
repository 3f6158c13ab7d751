package dev.shapecheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the source files one compile of the benchmark reads: N ShapeCheck models, N AutoValue
 * classes, or one deep model. The same seed always writes the same files, so two machines compile
 * the same corpus.
 */
public final class Corpus {
  static final long SEED = 20_260_601L;
  static final String MODEL_PACKAGE = "bench.models";
  static final String VALUE_PACKAGE = "bench.values";

  private Corpus() {}

  /**
   * Writes one corpus for a look or a profile outside the harness: {@code Corpus models|values|deep
   * <count> <dir>}; prints the files written.
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: Corpus models|values|deep <count> <dir>");
    }
    int count = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    List<Path> files =
        switch (args[0]) {
          case "models" -> shapeCheck(dir, count);
          case "values" -> autoValue(dir, count);
          case "deep" -> deep(dir, count);
          default -> throw new IllegalArgumentException("unknown corpus " + args[0]);
        };
    files.forEach(System.out::println);
  }

  /** {@code count} 20-layer models ({@link SyntheticModel#mixed}); returns the files. */
  static List<Path> shapeCheck(Path dir, int count) {
    Random random = new Random(SEED);
    List<Path> files = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      SyntheticModel model = SyntheticModel.mixed(String.format("M%04d", i), random);
      requireClean(model);
      files.add(write(dir, MODEL_PACKAGE, model.interfaceName(), model.source(MODEL_PACKAGE)));
    }
    return files;
  }

  /** One model of {@code layers} layers ({@link SyntheticModel#deep}). */
  static List<Path> deep(Path dir, int layers) {
    SyntheticModel model = SyntheticModel.deep("Deep" + layers, layers);
    requireClean(model);
    return List.of(write(dir, MODEL_PACKAGE, model.interfaceName(), model.source(MODEL_PACKAGE)));
  }

  /**
   * {@code count} {@code @AutoValue} classes of eight properties each (primitives, strings, a list,
   * an optional, a nested generic), with the static factory AutoValue users write.
   */
  static List<Path> autoValue(Path dir, int count) {
    String[][] properties = {
      {"int", "id"},
      {"long", "count"},
      {"double", "weight"},
      {"boolean", "enabled"},
      {"String", "name"},
      {"java.util.List<String>", "tags"},
      {"java.util.Optional<String>", "note"},
      {"java.util.Map<String, Integer>", "scores"},
    };
    List<Path> files = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String name = String.format("V%04d", i);
      StringBuilder s =
          new StringBuilder("package ")
              .append(VALUE_PACKAGE)
              .append(";\n\n")
              .append("import com.google.auto.value.AutoValue;\n\n")
              .append("@AutoValue\npublic abstract class ")
              .append(name)
              .append(" {\n");
      StringBuilder parameters = new StringBuilder();
      StringBuilder arguments = new StringBuilder();
      for (String[] p : properties) {
        s.append("  public abstract ").append(p[0]).append(' ').append(p[1]).append("();\n");
        parameters
            .append(parameters.length() == 0 ? "" : ", ")
            .append(p[0])
            .append(' ')
            .append(p[1]);
        arguments.append(arguments.length() == 0 ? "" : ", ").append(p[1]);
      }
      s.append("\n  public static ")
          .append(name)
          .append(" create(")
          .append(parameters)
          .append(") {\n    return new AutoValue_")
          .append(name)
          .append('(')
          .append(arguments)
          .append(");\n  }\n}\n");
      files.add(write(dir, VALUE_PACKAGE, name, s.toString()));
    }
    return files;
  }

  /**
   * Fails unless the engine finds nothing at all in {@code model}, warnings included: the benchmark
   * measures the path of a valid model, and diagnostics would add their own cost.
   */
  static void requireClean(SyntheticModel model) {
    java.util.List<dev.shapecheck.engine.Problem> problems =
        dev.shapecheck.engine.ShapeEngine.check(model.config()).problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(model.interfaceName() + " is not clean: " + problems);
    }
  }

  private static Path write(Path dir, String pkg, String simpleName, String source) {
    Path file = dir.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
