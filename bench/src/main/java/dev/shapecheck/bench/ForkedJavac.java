package dev.shapecheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the JDK's {@code javac} as its own process, as a build tool does, under {@code /usr/bin/time
 * -v} when the machine has it: wall time from this JVM's clock, CPU time and peak resident memory
 * from {@code time}. Without GNU time only wall time is known, and the report says so.
 */
final class ForkedJavac {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final Pattern RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

  /** One compile: seconds of wall time, seconds of CPU (user + system, -1 if unknown), peak KiB. */
  record Run(double wallSeconds, double cpuSeconds, long peakRssKib) {}

  private final Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
  private final boolean timed = Files.isExecutable(GNU_TIME) && supportsVerbose();

  /** Whether CPU time and peak memory are measured (GNU time is present). */
  boolean measuresMemory() {
    return timed;
  }

  String javacVersion() {
    try {
      Process p =
          new ProcessBuilder(javac.toString(), "-version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Compiles with {@code options} and the {@code sources} (passed in an argument file, as thousands
   * of paths would overflow a command line); fails loudly if javac does.
   */
  Run compile(List<String> options, List<Path> sources, Path scratch) {
    try {
      Files.createDirectories(scratch);
      Path argFile = scratch.resolve("javac.args");
      List<String> lines = new ArrayList<>(options);
      sources.forEach(s -> lines.add(quote(s.toString())));
      Files.write(argFile, lines, StandardCharsets.UTF_8);
      Path log = scratch.resolve("javac.log");
      List<String> command = new ArrayList<>();
      if (timed) {
        command.addAll(List.of(GNU_TIME.toString(), "-v"));
      }
      command.addAll(List.of(javac.toString(), "@" + argFile));
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      int exit = process.waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (exit != 0) {
        throw new IllegalStateException(
            "javac failed (exit "
                + exit
                + "), see "
                + log
                + ":\n"
                + output.substring(0, Math.min(output.length(), 4000)));
      }
      if (!timed) {
        return new Run(wall, -1, -1);
      }
      return new Run(
          wall, number(USER, output) + number(SYSTEM, output), (long) number(RSS, output));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String quote(String path) {
    return "\"" + path.replace("\\", "\\\\") + "\"";
  }

  private static double number(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in /usr/bin/time output:\n" + output);
    }
    return Double.parseDouble(m.group(1));
  }

  /** BusyBox's {@code time} has no {@code -v}: only GNU time is used. */
  private static boolean supportsVerbose() {
    try {
      Process p =
          new ProcessBuilder(GNU_TIME.toString(), "-v", "true").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 && out.contains("Maximum resident set size");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
