package dev.shapecheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the benchmark's Markdown report from the measured numbers only: the machine, one table per
 * measurement, and each performance goal of issue 6 as met or not met.
 */
final class ResultsReport {
  /** The ShapeCheck corpora, one per N. */
  final List<Measurement> models = new ArrayList<>();

  /** The AutoValue corpora, one per N. */
  final List<Measurement> values = new ArrayList<>();

  /** The deep models, by layer count. */
  final List<Measurement> deep = new ArrayList<>();

  /** {@link CopyingProcessor} on the ShapeCheck corpora, one per N: javac's share. */
  final List<Measurement> floor = new ArrayList<>();

  /** {@link CopyingProcessor} on the AutoValue corpora, one per N. */
  final List<Measurement> valuesFloor = new ArrayList<>();

  /** {@link CopyingProcessor} on the deepest model. */
  Measurement deepFloor;

  final List<InProcess> inProcess = new ArrayList<>();

  private final CompileBenchmark.Options options;
  private final ForkedJavac javac;
  private String started;
  private String loadBefore;

  /**
   * Medians of the last {@code runs} warm in-process compiles: with the tool, with its floor
   * ({@link CopyingProcessor}) and with {@code -proc:none}; wall clock and javac's thread CPU.
   */
  record InProcess(
      String tool,
      String corpus,
      int units,
      int layersPerUnit,
      InProcessJavac.Timing on,
      InProcessJavac.Timing floor,
      InProcessJavac.Timing off,
      int runs) {
    double addedMsPerUnit() {
      return (on.wall() - off.wall()) * 1000 / units;
    }

    double addedCpuMsPerUnit() {
      return (on.cpu() - off.cpu()) * 1000 / units;
    }

    /** What the floor's CPU time adds to {@code -proc:none}, per unit: javac's share, warm. */
    double floorCpuMsPerUnit() {
      return (floor.cpu() - off.cpu()) * 1000 / units;
    }

    /** The tool's CPU time beyond its floor's, per unit: its own share, warm. */
    double ownCpuMsPerUnit() {
      return (on.cpu() - floor.cpu()) * 1000 / units;
    }
  }

  ResultsReport(CompileBenchmark.Options options, ForkedJavac javac) {
    this.options = options;
    this.javac = javac;
  }

  void start() {
    started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
    loadBefore = read("/proc/loadavg");
  }

  void write(Path out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("# ShapeCheck compile-time benchmark")
        .append(options.quick ? " (quick run)" : "")
        .append("\n\nWritten by `bench/run.sh")
        .append(options.quick ? " --quick" : "")
        .append(
            "` from the numbers it measured; see `bench/README.md` for what each figure "
                + "means.\n\n");
    machine(s);
    goals(s);
    readmeTable(s);
    shapeCheck(s);
    floor(s);
    inside(s);
    autoValue(s);
    deepModels(s);
    inProcess(s);
    engine(s);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, s.toString(), StandardCharsets.UTF_8);
  }

  private void machine(StringBuilder s) {
    long memKib = meminfoKib();
    s.append("## Machine\n\n")
        .append("| | |\n|---|---|\n")
        .append("| date | ")
        .append(started)
        .append(" |\n")
        .append("| cores (`nproc`) | ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" |\n")
        .append("| CPU | ")
        .append(cpuModel())
        .append(" |\n")
        .append("| memory | ")
        .append(memKib < 0 ? "unknown" : fmt("%.1f GiB", memKib / 1048576.0))
        .append(" |\n")
        .append("| OS | ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.version"))
        .append(" |\n")
        .append("| java | ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append(" |\n")
        .append("| javac | ")
        .append(javac.javacVersion())
        .append(" |\n")
        .append("| load average (1, 5, 15 min) before / after | ")
        .append(load(loadBefore))
        .append(" / ")
        .append(load(read("/proc/loadavg")))
        .append(" |\n")
        .append("| runs per figure | ")
        .append(options.runs)
        .append(" out-of-process (median), ")
        .append(options.inProcessIterations)
        .append(" in-process (median of the last ")
        .append(options.inProcessIterations - options.inProcessIterations / 2)
        .append(") |\n")
        .append("| peak memory | ")
        .append(
            javac.measuresMemory()
                ? "`/usr/bin/time -v` (maximum resident set size)"
                : "not measured: no GNU `/usr/bin/time` on this machine (CPU time neither)")
        .append(" |\n\n");
  }

  private void goals(StringBuilder s) {
    s.append("## Goals (issue 6)\n\n| goal | measured | |\n|---|---|---|\n");
    Measurement sc = models.get(models.size() - 1);
    Measurement av = values.get(values.size() - 1);
    s.append("| ShapeCheck's added time per model ≤ AutoValue's per class (N = ")
        .append(sc.units)
        .append(", out of process) | ")
        .append(fmt("%.2f ms vs %.2f ms", sc.addedMsPerUnit(), av.addedMsPerUnit()))
        .append(" | ")
        .append(verdict(sc.addedMsPerUnit() <= av.addedMsPerUnit()))
        .append(" |\n");
    InProcess ipSc = inProcess.get(0);
    InProcess ipAv = inProcess.get(1);
    s.append("| the same, in one warm JVM (N = ")
        .append(ipSc.units())
        .append(") | ")
        .append(fmt("%.2f ms vs %.2f ms", ipSc.addedMsPerUnit(), ipAv.addedMsPerUnit()))
        .append(" | ")
        .append(verdict(ipSc.addedMsPerUnit() <= ipAv.addedMsPerUnit()))
        .append(" |\n");
    s.append("| the same, in one warm JVM, *javac thread's CPU time* (see \"In one warm JVM\") | ")
        .append(fmt("%.2f ms vs %.2f ms", ipSc.addedCpuMsPerUnit(), ipAv.addedCpuMsPerUnit()))
        .append(" | ")
        .append(verdict(ipSc.addedCpuMsPerUnit() <= ipAv.addedCpuMsPerUnit()))
        .append(" |\n");
    s.append(
            "| *with javac's share taken out*, in one warm JVM: CPU time beyond the floor, per "
                + "model vs per class (N = ")
        .append(ipSc.units())
        .append(") | ")
        .append(
            fmt(
                "%.2f ms vs %.2f ms (floors: %.2f ms and %.2f ms)",
                ipSc.ownCpuMsPerUnit(),
                ipAv.ownCpuMsPerUnit(),
                ipSc.floorCpuMsPerUnit(),
                ipAv.floorCpuMsPerUnit()))
        .append(" | ")
        .append(verdict(ipSc.ownCpuMsPerUnit() <= ipAv.ownCpuMsPerUnit()))
        .append(" |\n");
    Measurement n2000 = withUnits(models, 2000).orElse(null);
    s.append("| whole build N = 2000 ≤ 1.25 × the `-proc:none` build | ");
    if (n2000 == null) {
      s.append(fmt("not run (ratio at N = %d: %.3f)", sc.units, sc.ratio())).append(" | — |\n");
    } else {
      s.append(fmt("%.3f", n2000.ratio()))
          .append(againstTheSameBound(2000))
          .append(" | ")
          .append(verdict(n2000.ratio() <= 1.25))
          .append(" |\n");
    }
    Measurement d = deep.get(deep.size() - 1);
    InProcess ipDeep = inProcess.get(2);
    s.append("| the ")
        .append(fmt("%,d", d.layersPerUnit))
        .append("-layer model adds < 2 s | ")
        .append(
            fmt(
                "%.2f s out of process, %.2f s in process",
                d.added(), ipDeep.on().wall() - ipDeep.off().wall()))
        .append(
            deepFloor == null
                ? ""
                : fmt("; a processor that only writes the same file: %.2f s", deepFloor.added()))
        .append(" | ")
        .append(verdict(d.added() < 2))
        .append(" |\n");
    double deepCpu = ipDeep.on().cpu() - ipDeep.off().cpu();
    s.append("| the same, in one warm JVM, *javac thread's CPU time* | ")
        .append(fmt("%.2f s (floor %.2f s)", deepCpu, ipDeep.floor().cpu() - ipDeep.off().cpu()))
        .append(" | ")
        .append(verdict(deepCpu < 2))
        .append(" |\n");
    Measurement d0 = deep.get(0);
    double growth = d.addedUsPerLayer() / d0.addedUsPerLayer();
    s.append("| cost linear in layers (added time per layer at ")
        .append(fmt("%,d", d.layersPerUnit))
        .append(" vs ")
        .append(fmt("%,d", d0.layersPerUnit))
        .append(" layers; quadratic work would give ")
        .append(fmt("%.0f×", (double) d.layersPerUnit / d0.layersPerUnit))
        .append(") | ")
        .append(
            fmt(
                "%.0f µs vs %.0f µs per layer (×%.2f)",
                d.addedUsPerLayer(), d0.addedUsPerLayer(), growth))
        .append(" | ")
        .append(deep.size() < 2 ? "—" : verdict(growth < 1.5))
        .append(" |\n");
    if (!floor.isEmpty() && !valuesFloor.isEmpty()) {
      Measurement f = floor.get(floor.size() - 1);
      Measurement fv = valuesFloor.get(valuesFloor.size() - 1);
      double own = sc.addedMsPerUnit() - f.addedMsPerUnit();
      double ownAv = av.addedMsPerUnit() - fv.addedMsPerUnit();
      s.append(
              "| *with javac's share taken out* (see \"The floor\"): ShapeCheck's own time per "
                  + "model ≤ AutoValue's own per class (N = ")
          .append(f.units)
          .append(") | ")
          .append(
              fmt(
                  "%.2f ms vs %.2f ms (floors: %.2f ms and %.2f ms per file; ShapeCheck's "
                      + "floor ratio %.3f)",
                  own, ownAv, f.addedMsPerUnit(), fv.addedMsPerUnit(), f.ratio()))
          .append(" | ")
          .append(verdict(own <= ownAv))
          .append(" |\n");
    }
    if (deepFloor != null) {
      s.append("| *with javac's share taken out:* the ")
          .append(fmt("%,d", d.layersPerUnit))
          .append("-layer model's own time < 2 s | ")
          .append(fmt("%.2f s (floor %.2f s)", d.added() - deepFloor.added(), deepFloor.added()))
          .append(" | ")
          .append(verdict(d.added() - deepFloor.added() < 2))
          .append(" |\n");
    }
    Measurement probedSc = lastProbed(models);
    Measurement probedAv = lastProbed(values);
    if (probedSc != null && probedAv != null) {
      s.append(
              "| *measured inside the processor* (see \"Inside the processor\"): ShapeCheck's "
                  + "CPU time per model ≤ AutoValue's per class (N = ")
          .append(probedSc.units)
          .append(") | ")
          .append(fmt("%.2f ms vs %.2f ms", probedSc.ownCpuMsPerUnit(), probedAv.ownCpuMsPerUnit()))
          .append(" | ")
          .append(verdict(probedSc.ownCpuMsPerUnit() <= probedAv.ownCpuMsPerUnit()))
          .append(" |\n");
    }
    s.append("| generated code: a few lines per layer, no formatting pass | ")
        .append(
            fmt(
                "%.1f lines per layer, %.1f without comments and blank lines (20-layer "
                    + "models); %.1f and %.1f (%,d-layer model)",
                sc.generatedLinesPerLayer(),
                sc.generatedCodeLinesPerLayer(),
                d.generatedLinesPerLayer(),
                d.generatedCodeLinesPerLayer(),
                d.layersPerUnit))
        .append(" | judgement: see `bench/README.md` |\n\n");
  }

  /**
   * What the reference and the floor measure against the 1.25× bound in the same runs: when
   * AutoValue, or a processor that does nothing but write ShapeCheck's files, is over it too, the
   * bound is javac's to meet, not the processor's.
   */
  private String againstTheSameBound(int units) {
    StringBuilder s = new StringBuilder();
    withUnits(values, units)
        .ifPresent(v -> s.append(fmt("; AutoValue's own build: %.3f", v.ratio())));
    withUnits(floor, units)
        .ifPresent(
            f -> s.append(fmt("; a processor that only writes the same files: %.3f", f.ratio())));
    return s.toString();
  }

  /** The row of {@code rows} measured at {@code units} models or classes, if that N was run. */
  private static Optional<Measurement> withUnits(List<Measurement> rows, int units) {
    return rows.stream().filter(m -> m.units == units).findFirst();
  }

  /** The short table the project README carries, ready to paste. */
  private void readmeTable(StringBuilder s) {
    s.append(
        "## Short table (for the README)\n\n"
            + "| N models of 20 layers | javac | javac + ShapeCheck | ratio | per model "
            + "| AutoValue, per class of 8 properties |\n|---|---|---|---|---|---|\n");
    for (int i = 0; i < models.size(); i++) {
      Measurement m = models.get(i);
      Measurement v = values.get(i);
      s.append(
          fmt(
              "| %,d | %.2f s | %.2f s | %.2f× | %.1f ms | %.1f ms |%n",
              m.units, m.wallOff(), m.wallOn(), m.ratio(), m.addedMsPerUnit(), v.addedMsPerUnit()));
    }
    Measurement d = deep.get(deep.size() - 1);
    s.append(
        fmt(
            "%nOne %,d-layer model: +%.2f s. Out-of-process medians of %d runs on %d cores;"
                + " see bench/RESULTS.md.%n%n",
            d.layersPerUnit, d.added(), options.runs, Runtime.getRuntime().availableProcessors()));
  }

  private void shapeCheck(StringBuilder s) {
    s.append("## ShapeCheck: javac with the processor vs `-proc:none` over the same classes\n\n")
        .append("Each model has ")
        .append(SyntheticModel.MIXED_LAYERS)
        .append(
            " layers. *Off* "
                + "compiles the same interfaces plus the `*Model.java` the processor generated, "
                + "without processing. Times are medians of wall-clock seconds.\n\n");
    table(s, models, "model");
  }

  private void floor(StringBuilder s) {
    s.append(
        "## The floor: what javac charges for any generating processor here\n\n"
            + "`CopyingProcessor` compiled like each tool over the same sources, writing the same "
            + "generated files (read from disk: the tool's output) and doing nothing else, in the "
            + "same runs as the tool (tool, floor, `-proc:none` in turn; one off compile serves "
            + "both). What it adds is javac's own price for a processor that generates files: the "
            + "Filer's checks on each new name and the extra rounds in which javac enters every tree "
            + "again (annotations attributed anew each time). *Own* is the tool's added time minus "
            + "its floor: what the processor itself costs.\n\n"
            + "| corpus | floor added (s) | floor per unit (ms) | tool per unit (ms) "
            + "| tool's own per unit (ms) | floor ratio |\n|---|---|---|---|---|---|\n");
    for (int i = 0; i < floor.size(); i++) {
      floorRow(s, fmt("ShapeCheck, N = %,d", floor.get(i).units), floor.get(i), models.get(i));
    }
    for (int i = 0; i < valuesFloor.size(); i++) {
      floorRow(
          s,
          fmt("AutoValue, N = %,d", valuesFloor.get(i).units),
          valuesFloor.get(i),
          values.get(i));
    }
    if (deepFloor != null) {
      floorRow(
          s,
          fmt("ShapeCheck, one %,d-layer model", deepFloor.layersPerUnit),
          deepFloor,
          deep.get(deep.size() - 1));
    }
    s.append('\n');
  }

  private static Measurement lastProbed(List<Measurement> rows) {
    Measurement last = null;
    for (Measurement m : rows) {
      last = m.probed() ? m : last;
    }
    return last;
  }

  private void inside(StringBuilder s) {
    List<Measurement> probed = new ArrayList<>();
    for (List<Measurement> rows : List.of(models, values, deep)) {
      for (Measurement m : rows) {
        if (m.probed()) {
          probed.add(m);
        }
      }
    }
    if (probed.isEmpty()) {
      return;
    }
    s.append(
        "## Inside the processor: its own CPU time\n\n"
            + "One more compile per run (not one of the timed ones) runs the tool's processor "
            + "inside `TimedProcessor`, which adds up the CPU time of javac's thread inside the "
            + "processor's `init` and `process` calls and, apart, inside javac's Filer (creating, "
            + "writing and closing the generated files: javac's work, also in the floor). Thread CPU "
            + "time does not move with the machine's load as wall-clock differences do, and it is "
            + "only the processor's own work; it leaves out the JIT compiling the processor's code "
            + "on other threads, which the wall-clock figures above include. AutoValue is probed as "
            + "`AutoValueProcessor` alone. Medians of the runs.\n\n"
            + "| corpus | processor CPU, all (ms) | per unit (ms) | per layer (µs) "
            + "| Filer CPU per file (ms) |\n|---|---|---|---|---|\n");
    for (Measurement m : probed) {
      String corpus =
          m.layersPerUnit == 0
              ? fmt("%s, N = %,d", m.tool, m.units)
              : m.units == 1
                  ? fmt("%s, one %,d-layer model", m.tool, m.layersPerUnit)
                  : fmt("%s, N = %,d", m.tool, m.units);
      s.append(
          fmt(
              "| %s | %.0f | %.3f | %s | %.3f |%n",
              corpus,
              Stats.median(m.ownCpuMs),
              m.ownCpuMsPerUnit(),
              m.layersPerUnit == 0
                  ? "—"
                  : fmt("%.1f", m.ownCpuMsPerUnit() * 1000 / m.layersPerUnit),
              m.filerCpuMsPerFile()));
    }
    s.append('\n');
  }

  private void floorRow(StringBuilder s, String corpus, Measurement f, Measurement tool) {
    s.append(
        fmt(
            "| %s | %.2f | %.2f | %.2f | %.2f | %.3f |%n",
            corpus,
            f.added(),
            f.addedMsPerUnit(),
            tool.addedMsPerUnit(),
            tool.addedMsPerUnit() - f.addedMsPerUnit(),
            f.ratio()));
  }

  private void autoValue(StringBuilder s) {
    s.append(
        "## AutoValue (the reference): N `@AutoValue` classes of eight properties\n\n"
            + "*Off* compiles the same classes plus the generated `AutoValue_*.java`.\n\n");
    table(s, values, "class");
  }

  private void table(StringBuilder s, List<Measurement> rows, String unit) {
    s.append("| N | on (s) | off (s) | ratio | added (s) | added per ")
        .append(unit)
        .append(" (ms) |");
    boolean layers = rows.get(0).layersPerUnit > 0;
    if (layers) {
      s.append(" added per layer (µs) |");
    }
    s.append(
            " CPU on / off (s) | peak RSS on / off (MiB) | generated lines |\n|---|---|---|---|"
                + "---|---|")
        .append(layers ? "---|" : "")
        .append("---|---|---|\n");
    for (Measurement m : rows) {
      s.append(
          fmt(
              "| %,d | %.2f | %.2f | %.3f | %.2f | %.2f |",
              m.units, m.wallOn(), m.wallOff(), m.ratio(), m.added(), m.addedMsPerUnit()));
      if (layers) {
        s.append(fmt(" %.1f |", m.addedUsPerLayer()));
      }
      s.append(
          fmt(
              " %s | %s | %,d (%,d code) in %,d files |%n",
              pair(m.cpuOn(), m.cpuOff(), "%.1f"),
              pair(m.rssOnMib(), m.rssOffMib(), "%.0f"),
              m.generatedLines,
              m.generatedCodeLines,
              m.generatedFiles));
    }
    s.append('\n');
  }

  private void deepModels(StringBuilder s) {
    s.append(
        "## One deep model\n\nAn 8-layer cycle (Conv1D, BatchNormalization, Dropout, Permute, "
            + "Dense, Permute, Reshape, LSTM) repeated to the layer count. Cost that grows linearly "
            + "keeps *added per layer* flat down the table.\n\n"
            + "| layers | on (s) | off (s) | added (s) | added per layer (µs) | peak RSS on / off "
            + "(MiB) | generated lines per layer (code only) |\n|---|---|---|---|---|---|---|\n");
    for (Measurement m : deep) {
      s.append(
          fmt(
              "| %,d | %.2f | %.2f | %.2f | %.1f | %s | %.2f (%.2f) |%n",
              m.layersPerUnit,
              m.wallOn(),
              m.wallOff(),
              m.added(),
              m.addedUsPerLayer(),
              pair(m.rssOnMib(), m.rssOffMib(), "%.0f"),
              m.generatedLinesPerLayer(),
              m.generatedCodeLinesPerLayer()));
    }
    s.append('\n');
  }

  private void inProcess(StringBuilder s) {
    s.append(
        "## In one warm JVM (javax.tools)\n\nThe same compiles repeated in one JVM, "
            + "processor classes loaded once; medians of the last runs, so neither JVM start-up nor "
            + "JIT warm-up is in the figures. Each iteration compiles with the tool, with its floor "
            + "(`CopyingProcessor` writing what the tool generated in that iteration) and with "
            + "`-proc:none`. *CPU* is the CPU time of the thread that ran javac (parsing, attribution, "
            + "the processors, class files): it leaves out the JIT and garbage collector threads and "
            + "the time spent waiting for a core. Where it moves with the wall clock, the spread is "
            + "the work itself running slower (a shared host's caches), not waiting.\n\n"
            + "| tool | corpus | on / floor / off (s) | added (s) | added per model/class (ms) "
            + "| CPU on / floor / off (s) | CPU added per model/class (ms) | of which the floor (ms) "
            + "| of which the tool's own (ms) |\n|---|---|---|---|---|---|---|---|---|\n");
    for (InProcess p : inProcess) {
      s.append(
          fmt(
              "| %s | %s | %.3f / %.3f / %.3f | %.3f | %.2f | %.3f / %.3f / %.3f | %.2f "
                  + "| %.2f | %.2f |%n",
              p.tool(),
              p.corpus(),
              p.on().wall(),
              p.floor().wall(),
              p.off().wall(),
              p.on().wall() - p.off().wall(),
              p.addedMsPerUnit(),
              p.on().cpu(),
              p.floor().cpu(),
              p.off().cpu(),
              p.addedCpuMsPerUnit(),
              p.floorCpuMsPerUnit(),
              p.ownCpuMsPerUnit()));
    }
    s.append('\n');
  }

  private void engine(StringBuilder s) {
    s.append("## The shape engine alone (JMH)\n\n");
    if (options.jmhCsv == null || !Files.exists(options.jmhCsv)) {
      s.append("Not run (no JMH results given).\n");
      return;
    }
    s.append(
        "`EngineBenchmark`: `ShapeEngine.check` on the same models, sequentially; the score is "
            + "layers checked per second (throughput, one thread).\n\n"
            + "| benchmark | layers per second | ± (99.9 %) | samples |\n|---|---|---|---|\n");
    try {
      for (String line : Files.readAllLines(options.jmhCsv, StandardCharsets.UTF_8)) {
        String[] f = line.replace("\"", "").split(",");
        if (f.length < 7 || f[0].equals("Benchmark")) {
          continue;
        }
        String name = f[0].substring(f[0].lastIndexOf('.') + 1);
        s.append(
            fmt(
                "| %s | %,.0f | %s | %s |%n",
                name,
                Double.parseDouble(f[4]),
                f[5].equals("NaN") ? "—" : fmt("%,.0f", Double.parseDouble(f[5])),
                f[3]));
      }
    } catch (IOException | RuntimeException e) {
      s.append("Could not read ").append(options.jmhCsv).append(": ").append(e).append('\n');
    }
    s.append('\n');
  }

  private String pair(double on, double off, String format) {
    if (!javac.measuresMemory()) {
      return "—";
    }
    return fmt(format + " / " + format, on, off);
  }

  private static String verdict(boolean met) {
    return met ? "**met**" : "**not met**";
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String load(String loadavg) {
    if (loadavg == null) {
      return "unknown";
    }
    String[] f = loadavg.trim().split("\\s+");
    return f.length < 3 ? "unknown" : f[0] + ", " + f[1] + ", " + f[2];
  }

  private static String cpuModel() {
    String info = read("/proc/cpuinfo");
    if (info != null) {
      for (String line : info.split("\n")) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    }
    return System.getProperty("os.arch");
  }

  private static long meminfoKib() {
    String info = read("/proc/meminfo");
    if (info != null) {
      for (String line : info.split("\n")) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    }
    return -1;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
