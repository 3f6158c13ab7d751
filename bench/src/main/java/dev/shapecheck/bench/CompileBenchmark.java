package dev.shapecheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The compile-time benchmark (issue 6): javac with ShapeCheck against javac without it over the
 * same final set of classes, AutoValue measured the same way as the reference, a deep model, and
 * the same compiles in one warm JVM; then writes the report. {@code bench/run.sh} starts it; see
 * {@code bench/README.md} for the options and what each figure means.
 */
public final class CompileBenchmark {
  private final Options options;
  private final ForkedJavac javac = new ForkedJavac();

  private CompileBenchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    new CompileBenchmark(options).run();
  }

  /**
   * The processor side of one tool: its processor path, the class path its sources need, processor
   * options ({@code -A...}), and the processor class {@link TimedProcessor} probes (null: no
   * probe).
   */
  record Tool(
      String name,
      List<Path> processorPath,
      List<Path> classPath,
      List<String> options,
      String processorClass) {
    Tool(String name, List<Path> processorPath, List<Path> classPath, String processorClass) {
      this(name, processorPath, classPath, List.of(), processorClass);
    }
  }

  private void run() throws IOException {
    // The processor needs the engine at compile time, as a user's processor path resolves it.
    Tool shapeCheck =
        new Tool(
            "ShapeCheck",
            List.of(options.processorJar, options.engineJar, options.runtimeJar),
            List.of(options.runtimeJar),
            "dev.shapecheck.processor.ShapeCheckProcessor");
    Tool autoValue =
        new Tool(
            "AutoValue",
            List.of(options.autoValueDir.resolve("auto-value.jar")),
            List.of(options.autoValueDir.resolve("auto-value-annotations.jar")),
            "com.google.auto.value.processor.AutoValueProcessor");
    ResultsReport report = new ResultsReport(options, javac);
    report.start();

    Path copying = benchProcessorPath("copying-processor", CopyingProcessor.class);
    timed = benchProcessorPath("timed-processor", TimedProcessor.class);
    for (int n : options.sizes) {
      Measurement[] sc =
          measure(
              shapeCheck,
              copying,
              "models-" + n,
              n,
              SyntheticModel.MIXED_LAYERS,
              Corpus::shapeCheck);
      report.models.add(sc[0]);
      report.floor.add(sc[1]);
      Measurement[] av = measure(autoValue, copying, "values-" + n, n, 0, Corpus::autoValue);
      report.values.add(av[0]);
      report.valuesFloor.add(av[1]);
    }
    for (int i = 0; i < options.deep.size(); i++) {
      int layers = options.deep.get(i);
      boolean deepest = i == options.deep.size() - 1;
      Measurement[] d =
          measure(
              shapeCheck,
              deepest ? copying : null,
              "deep-" + layers,
              1,
              layers,
              (dir, count) -> Corpus.deep(dir, layers));
      report.deep.add(d[0]);
      if (deepest) {
        report.deepFloor = d[1];
      }
    }
    report.inProcess.addAll(inProcess(shapeCheck, autoValue, copying));
    report.write(options.out);
    System.out.println("wrote " + options.out);
  }

  /** {@link CopyingProcessor} writing the files in {@code reference} for {@code tool}'s sources. */
  private static Tool floor(Path copying, Tool tool, Path reference) {
    return new Tool(
        "floor",
        List.of(copying),
        tool.classPath(),
        List.of("-A" + CopyingProcessor.OPTION + "=" + reference.toAbsolutePath()),
        null);
  }

  /** The processor path of {@link TimedProcessor}, set in {@link #run}. */
  private Path timed;

  /**
   * A processor path holding only {@code processor} (with its nested classes) and a service
   * declaration of it, so that nothing else of this module is on javac's processor path.
   */
  private Path benchProcessorPath(String name, Class<?> processor) throws IOException {
    Path dir = fresh(options.work.resolve(name));
    Path classes = Path.of(processor.getProtectionDomain().getCodeSource().getLocation().getPath());
    String binary = processor.getName().replace('.', '/');
    Path packageDir = classes.resolve(binary).getParent();
    try (Stream<Path> files = Files.list(packageDir)) {
      for (Path file : files.toList()) {
        String simple = file.getFileName().toString();
        if (simple.equals(processor.getSimpleName() + ".class")
            || simple.startsWith(processor.getSimpleName() + "$")) {
          Path target = dir.resolve(classes.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
    Path services = dir.resolve("META-INF/services/javax.annotation.processing.Processor");
    Files.createDirectories(services.getParent());
    Files.writeString(services, processor.getName() + "\n");
    return dir;
  }

  /**
   * Measures {@code tool} on a fresh corpus and, unless {@code copying} is null, its floor ({@link
   * CopyingProcessor} writing the files the tool generated) in the same runs: each run compiles
   * with the tool, then with the floor, then with {@code -proc:none} (one off compile serves both),
   * after one unmeasured warm-up of each. Interleaved so that a machine getting busier or quieter
   * during the benchmark moves all three alike. Returns the tool's measurement and the floor's
   * (null without one).
   */
  private Measurement[] measure(
      Tool tool,
      Path copying,
      String corpus,
      int units,
      int layersPerUnit,
      BiFunction<Path, Integer, List<Path>> writer)
      throws IOException {
    Path dir = fresh(options.work.resolve(corpus));
    List<Path> sources = writer.apply(dir.resolve("src"), units);
    Path gen = dir.resolve("gen");
    Path floorGen = dir.resolve("floor-gen");
    Path reference = dir.resolve("reference");
    Path classes = dir.resolve("classes");
    Measurement m = new Measurement(tool.name(), corpus, units, layersPerUnit);
    Measurement f = copying == null ? null : new Measurement("floor", corpus, units, layersPerUnit);
    log(
        "%s %s: %d source files, %d runs%s",
        tool.name(), corpus, sources.size(), options.runs, f == null ? "" : ", with its floor");

    compileOn(tool, sources, gen, classes, dir);
    List<Path> generated = javaFiles(gen);
    // The probe runs where the floor does (every N, the deepest model): one more compile per run.
    boolean probe = copying != null && tool.processorClass() != null;
    copyTree(gen, fresh(reference));
    for (Path file : generated) {
      List<String> lines = Files.readAllLines(file);
      m.countGenerated(lines);
      if (f != null) {
        f.countGenerated(lines);
      }
    }
    Tool floor = f == null ? null : floor(copying, tool, reference);
    if (floor != null) {
      compileOn(floor, sources, floorGen, classes, dir);
    }
    List<Path> all = new ArrayList<>(sources);
    all.addAll(generated);
    compileOff(tool, all, classes, dir);
    for (int r = 0; r < options.runs; r++) {
      m.on.add(compileOn(tool, sources, gen, classes, dir));
      if (floor != null) {
        f.on.add(compileOn(floor, sources, floorGen, classes, dir));
      }
      ForkedJavac.Run off = compileOff(tool, all, classes, dir);
      m.off.add(off);
      if (probe) {
        m.addProbe(probe(tool, sources, gen, classes, dir));
      }
      if (f != null) {
        f.off.add(off);
        log(
            "  run %d: on %.2f s, floor %.2f s, off %.2f s",
            r + 1, m.on.get(r).wallSeconds(), f.on.get(r).wallSeconds(), off.wallSeconds());
      } else {
        log("  run %d: on %.2f s, off %.2f s", r + 1, m.on.get(r).wallSeconds(), off.wallSeconds());
      }
    }
    return new Measurement[] {m, f};
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  /**
   * One compile with {@code tool}'s processor run by {@link TimedProcessor}; returns its {@code
   * ownNanos filerNanos files}. Not one of the timed compiles.
   */
  private long[] probe(Tool tool, List<Path> sources, Path gen, Path classes, Path scratch)
      throws IOException {
    Path timing = scratch.resolve("timing.txt");
    Files.deleteIfExists(timing);
    List<Path> processorPath = new ArrayList<>(List.of(timed));
    processorPath.addAll(tool.processorPath());
    Tool probed =
        new Tool(
            tool.name(),
            processorPath,
            tool.classPath(),
            List.of(
                "-processor",
                TimedProcessor.class.getName(),
                "-A" + TimedProcessor.DELEGATE + "=" + tool.processorClass(),
                "-A" + TimedProcessor.TIMING + "=" + timing.toAbsolutePath()),
            null);
    compileOn(probed, sources, gen, classes, scratch);
    String[] fields = Files.readString(timing).trim().split(" ");
    return new long[] {
      Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2])
    };
  }

  private ForkedJavac.Run compileOn(
      Tool tool, List<Path> sources, Path gen, Path classes, Path scratch) throws IOException {
    fresh(gen);
    fresh(classes);
    List<String> args = new ArrayList<>(common(tool, classes));
    args.addAll(List.of("-s", gen.toString(), "-processorpath", path(tool.processorPath())));
    args.addAll(tool.options());
    return javac.compile(args, sources, scratch);
  }

  private ForkedJavac.Run compileOff(Tool tool, List<Path> sources, Path classes, Path scratch)
      throws IOException {
    fresh(classes);
    List<String> args = new ArrayList<>(common(tool, classes));
    args.add("-proc:none");
    return javac.compile(args, sources, scratch);
  }

  private static List<String> common(Tool tool, Path classes) {
    return List.of(
        "-d",
        classes.toString(),
        "-cp",
        path(tool.classPath()),
        "--release",
        "17",
        "-encoding",
        "UTF-8",
        "-implicit:none",
        "-nowarn",
        "-Xlint:none");
  }

  /**
   * The same compiles through {@code javax.tools} in this JVM: {@code iterations} rounds of
   * on/floor/off for each corpus, the median of the last half reported (the first half warms the
   * JIT). The floor is {@link CopyingProcessor} writing what the tool generated in the same round,
   * so javac's price for a generating processor is measured warm too.
   */
  private List<ResultsReport.InProcess> inProcess(Tool shapeCheck, Tool autoValue, Path copying)
      throws IOException {
    List<ResultsReport.InProcess> results = new ArrayList<>();
    int n = options.inProcessSize;
    results.add(
        inProcess(
            shapeCheck,
            copying,
            "models-" + n,
            n,
            SyntheticModel.MIXED_LAYERS,
            Corpus.shapeCheck(fresh(options.work.resolve("inproc-models/src")), n)));
    results.add(
        inProcess(
            autoValue,
            copying,
            "values-" + n,
            n,
            0,
            Corpus.autoValue(fresh(options.work.resolve("inproc-values/src")), n)));
    int deep = options.deep.get(options.deep.size() - 1);
    results.add(
        inProcess(
            shapeCheck,
            copying,
            "deep-" + deep,
            1,
            deep,
            Corpus.deep(fresh(options.work.resolve("inproc-deep/src")), deep)));
    return results;
  }

  private ResultsReport.InProcess inProcess(
      Tool tool, Path copying, String corpus, int units, int layers, List<Path> sources)
      throws IOException {
    InProcessJavac compiler = new InProcessJavac(tool.processorPath());
    InProcessJavac floorCompiler = new InProcessJavac(List.of(copying));
    Path dir = options.work.resolve("inproc-" + corpus);
    Path gen = dir.resolve("gen");
    Path floorGen = dir.resolve("floor-gen");
    Path classes = dir.resolve("classes");
    List<InProcessJavac.Timing> on = new ArrayList<>();
    List<InProcessJavac.Timing> floor = new ArrayList<>();
    List<InProcessJavac.Timing> off = new ArrayList<>();
    log("in-process %s %s: %d iterations", tool.name(), corpus, options.inProcessIterations);
    for (int i = 0; i < options.inProcessIterations; i++) {
      fresh(gen);
      fresh(classes);
      List<String> args = new ArrayList<>(common(tool, classes));
      args.addAll(List.of("-s", gen.toString()));
      on.add(compiler.compile(args, sources, true));
      fresh(floorGen);
      fresh(classes);
      args = new ArrayList<>(common(tool, classes));
      args.addAll(
          List.of(
              "-s",
              floorGen.toString(),
              "-A" + CopyingProcessor.OPTION + "=" + gen.toAbsolutePath()));
      floor.add(floorCompiler.compile(args, sources, true));
      List<Path> all = new ArrayList<>(sources);
      all.addAll(javaFiles(gen));
      fresh(classes);
      args = new ArrayList<>(common(tool, classes));
      args.add("-proc:none");
      off.add(compiler.compile(args, all, false));
      log("  iteration %d: on %s, floor %s, off %s", i + 1, on.get(i), floor.get(i), off.get(i));
    }
    int from = options.inProcessIterations / 2;
    return new ResultsReport.InProcess(
        tool.name(),
        corpus,
        units,
        layers,
        lastHalf(on, from),
        lastHalf(floor, from),
        lastHalf(off, from),
        on.size() - from);
  }

  /** Medians of the timings from index {@code from} on. */
  private static InProcessJavac.Timing lastHalf(List<InProcessJavac.Timing> all, int from) {
    List<InProcessJavac.Timing> last = all.subList(from, all.size());
    return new InProcessJavac.Timing(
        Stats.median(last.stream().map(InProcessJavac.Timing::wall).toList()),
        Stats.median(last.stream().map(InProcessJavac.Timing::cpu).toList()));
  }

  private static String path(List<Path> entries) {
    return String.join(java.io.File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Empties {@code dir} (creating it if needed). */
  static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static void log(String format, Object... args) {
    System.out.printf(format + "%n", args);
    System.out.flush();
  }

  /** Command-line options; {@code --quick} sets the small validation run. */
  static final class Options {
    boolean quick;
    int runs = 5;
    List<Integer> sizes = List.of(100, 500, 2000);
    List<Integer> deep = List.of(2500, 5000, 10_000);
    int inProcessSize = 2000;
    int inProcessIterations = 10;
    Path processorJar;
    Path engineJar;
    Path runtimeJar;
    Path autoValueDir;
    Path jmhCsv;
    Path work = Path.of("bench/target/work");
    Path out = Path.of("bench/RESULTS.md");

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--quick" -> {
            o.quick = true;
            o.runs = 2;
            o.sizes = List.of(20);
            o.inProcessSize = 20;
            o.inProcessIterations = 4;
            o.deep = List.of(500, 2000);
            continue;
          }
          case "--runs" -> o.runs = Integer.parseInt(value);
          case "--sizes" -> o.sizes = ints(value);
          case "--deep" -> o.deep = ints(value);
          case "--in-process-size" -> o.inProcessSize = Integer.parseInt(value);
          case "--in-process-iterations" -> o.inProcessIterations = Integer.parseInt(value);
          case "--processor" -> o.processorJar = Path.of(value);
          case "--engine" -> o.engineJar = Path.of(value);
          case "--runtime" -> o.runtimeJar = Path.of(value);
          case "--autovalue" -> o.autoValueDir = Path.of(value);
          case "--jmh" -> o.jmhCsv = Path.of(value);
          case "--work" -> o.work = Path.of(value);
          case "--out" -> o.out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      if (o.processorJar == null
          || o.engineJar == null
          || o.runtimeJar == null
          || o.autoValueDir == null) {
        throw new IllegalArgumentException(
            "--processor, --engine, --runtime and --autovalue are required");
      }
      if (o.deep.isEmpty() || o.sizes.isEmpty() || o.runs < 1 || o.inProcessIterations < 2) {
        throw new IllegalArgumentException("need sizes, deep sizes, runs >= 1, iterations >= 2");
      }
      return o;
    }

    private static List<Integer> ints(String csv) {
      return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
  }
}
