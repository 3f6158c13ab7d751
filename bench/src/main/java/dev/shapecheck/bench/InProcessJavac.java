package dev.shapecheck.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles through {@code javax.tools} in this JVM, as a build daemon (Gradle, an IDE) does, so
 * repeated compiles measure javac and the processor once the JIT has warmed up, without JVM
 * start-up. The processor classes are loaded once, in one class loader kept for the whole run; each
 * compile gets fresh processor instances, as javac requires.
 *
 * <p>Each compile is timed twice: wall clock, and the CPU time of the calling thread, on which
 * javac parses, attributes, runs the processors and writes class files. The thread's CPU time
 * leaves out what other threads do (the JIT compiler, the garbage collector's workers) and the time
 * the thread waits for a core. It is not a cure for a noisy machine: on the shared 2-core machine
 * of the first runs it followed the wall clock within about 15 %, because there the work itself ran
 * slower, not only later.
 */
final class InProcessJavac {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final URLClassLoader processorLoader;

  /** {@code processorPath}: the jars javac would get as {@code -processorpath}; empty for none. */
  InProcessJavac(List<Path> processorPath) {
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
    }
    URL[] urls = new URL[processorPath.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = processorPath.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }
    processorLoader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  /** One compile's wall-clock seconds and the CPU seconds of the thread that ran javac. */
  record Timing(double wall, double cpu) {
    @Override
    public String toString() {
      return String.format("%.3f s (CPU %.3f)", wall, cpu);
    }
  }

  /** One compile. With {@code runProcessors} false the options must carry {@code -proc:none}. */
  Timing compile(List<String> options, List<Path> sources, boolean runProcessors) {
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (runProcessors) {
        task.setProcessors(freshProcessors());
      }
      if (!task.call()) {
        throw new IllegalStateException("in-process javac failed:\n" + diagnostics);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Timing(
        (System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
  }

  private List<Processor> freshProcessors() {
    List<Processor> processors = new ArrayList<>();
    ServiceLoader.load(Processor.class, processorLoader).forEach(processors::add);
    if (processors.isEmpty()) {
      throw new IllegalStateException(
          "no annotation processor on " + List.of(processorLoader.getURLs()));
    }
    return processors;
  }
}
