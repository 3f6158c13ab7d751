package dev.shapecheck.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Repeated compiles of one corpus with the processor on and with {@code -proc:none} over the same
 * sources plus what the processor generated: the difference is what the processor costs.
 */
final class Measurement {
  final String tool;
  final String corpus;
  final int units;
  final int layersPerUnit;
  final List<ForkedJavac.Run> on = new ArrayList<>();
  final List<ForkedJavac.Run> off = new ArrayList<>();

  /** {@link TimedProcessor}'s CPU milliseconds inside the processor, Filer excluded, per run. */
  final List<Double> ownCpuMs = new ArrayList<>();

  /** The same probe's CPU milliseconds inside javac's Filer, per run. */
  final List<Double> filerCpuMs = new ArrayList<>();

  /** Lines of the generated sources (all files). */
  long generatedLines;

  /** The same without blank lines and comment lines (Javadoc included). */
  long generatedCodeLines;

  int generatedFiles;

  /** {@code units} models or classes of {@code layersPerUnit} layers each (0 for AutoValue). */
  Measurement(String tool, String corpus, int units, int layersPerUnit) {
    this.tool = tool;
    this.corpus = corpus;
    this.units = units;
    this.layersPerUnit = layersPerUnit;
  }

  double wallOn() {
    return Stats.median(on.stream().map(ForkedJavac.Run::wallSeconds).toList());
  }

  double wallOff() {
    return Stats.median(off.stream().map(ForkedJavac.Run::wallSeconds).toList());
  }

  double cpuOn() {
    return Stats.median(on.stream().map(ForkedJavac.Run::cpuSeconds).toList());
  }

  double cpuOff() {
    return Stats.median(off.stream().map(ForkedJavac.Run::cpuSeconds).toList());
  }

  double rssOnMib() {
    return Stats.median(on.stream().map(r -> r.peakRssKib() / 1024.0).toList());
  }

  double rssOffMib() {
    return Stats.median(off.stream().map(r -> r.peakRssKib() / 1024.0).toList());
  }

  /** Records one probe: {@code ownNanos filerNanos files}. */
  void addProbe(long[] probe) {
    ownCpuMs.add(probe[0] / 1e6);
    filerCpuMs.add(probe[1] / 1e6);
  }

  boolean probed() {
    return !ownCpuMs.isEmpty();
  }

  /** Median CPU milliseconds inside the processor per model or class, the Filer excluded. */
  double ownCpuMsPerUnit() {
    return Stats.median(ownCpuMs) / units;
  }

  /** Median CPU milliseconds inside javac's Filer per generated file. */
  double filerCpuMsPerFile() {
    return Stats.median(filerCpuMs) / units;
  }

  /** Seconds the processor adds to the build (median on minus median off). */
  double added() {
    return wallOn() - wallOff();
  }

  double ratio() {
    return wallOn() / wallOff();
  }

  /** Milliseconds added per model or class. */
  double addedMsPerUnit() {
    return added() * 1000 / units;
  }

  /** Microseconds added per layer, NaN for AutoValue. */
  double addedUsPerLayer() {
    return layersPerUnit == 0 ? Double.NaN : added() * 1e6 / ((double) units * layersPerUnit);
  }

  double generatedLinesPerLayer() {
    return layersPerUnit == 0 ? Double.NaN : (double) generatedLines / units / layersPerUnit;
  }

  double generatedCodeLinesPerLayer() {
    return layersPerUnit == 0 ? Double.NaN : (double) generatedCodeLines / units / layersPerUnit;
  }

  /** Counts one generated file's lines. */
  void countGenerated(java.util.List<String> lines) {
    generatedFiles++;
    generatedLines += lines.size();
    for (String line : lines) {
      String t = line.trim();
      if (!t.isEmpty() && !t.startsWith("*") && !t.startsWith("/*") && !t.startsWith("//")) {
        generatedCodeLines++;
      }
    }
  }
}
