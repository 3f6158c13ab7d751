package dev.shapecheck.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * start-up. The processor classes are loaded once, in one class loader kept for the whole run;
 * each compile gets fresh processor instances, as javac requires.
 */
final class InProcessJavac {
  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final URLClassLoader processorLoader;

  /** {@code processorPath}: the jars javac would get as {@code -processorpath}; empty for none. */
  InProcessJavac(List<Path> processorPath) {
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

  /**
   * One compile, in seconds. With {@code runProcessors} false the options must carry
   * {@code -proc:none}.
   */
  double compile(List<String> options, List<Path> sources, boolean runProcessors) {
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = compiler.getTask(
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
    return (System.nanoTime() - start) / 1e9;
  }

  private List<Processor> freshProcessors() {
    List<Processor> processors = new ArrayList<>();
    ServiceLoader.load(Processor.class, processorLoader).forEach(processors::add);
    if (processors.isEmpty()) {
      throw new IllegalStateException("no annotation processor on " + List.of(processorLoader.getURLs()));
    }
    return processors;
  }
}
