package dev.shapecheck.bench;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * The benchmark's probe: runs one processor ({@code -Abench.delegate=CLASS}) and measures, on
 * javac's thread, the CPU time spent inside its {@code init} and {@code process} calls, with the
 * time spent inside the {@link Filer} (creating, writing and closing the generated files: javac's
 * share, also in the floor) counted apart. Writes {@code ownNanos filerNanos files} to {@code
 * -Abench.timing=FILE} in the last round.
 *
 * <p>Why: the wall-clock difference between two whole compiles is the figure users feel, but on a
 * shared machine it moves by a fifth between runs, and it cannot say whose work it was. Thread CPU
 * time inside the processor is the processor's own work and little else. What it leaves out is real
 * too — the JIT compiling the processor's code on other threads, and javac's code waiting longer
 * for the JIT — which is why the report gives both. Not registered as a service: {@link
 * CompileBenchmark} names it with {@code -processor} on a processor path of its own.
 */
public final class TimedProcessor extends AbstractProcessor {
  static final String DELEGATE = "bench.delegate";
  static final String TIMING = "bench.timing";

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Processor delegate;
  private long total;
  private long filer;
  private int files;

  private static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    long start = now();
    super.init(env);
    try {
      delegate =
          (Processor)
              Class.forName(env.getOptions().get(DELEGATE), true, getClass().getClassLoader())
                  .getConstructor()
                  .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + env.getOptions().get(DELEGATE), e);
    }
    delegate.init(new TimedEnvironment(env));
    total += now() - start;
  }

  // javac calls init before asking these, so the delegate exists.
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new java.util.HashSet<>(delegate.getSupportedOptions());
    options.add(DELEGATE);
    options.add(TIMING);
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = now();
    boolean claimed = delegate.process(annotations, round);
    total += now() - start;
    if (round.processingOver()) {
      try {
        Files.writeString(
            Path.of(processingEnv.getOptions().get(TIMING)),
            String.format(Locale.ROOT, "%d %d %d%n", total - filer, filer, files));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return claimed;
  }

  /** The environment javac gave, with a {@link Filer} that clocks itself. */
  private final class TimedEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment env;
    private final Filer timedFiler;

    TimedEnvironment(ProcessingEnvironment env) {
      this.env = env;
      this.timedFiler = new TimedFiler(env.getFiler());
    }

    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return timedFiler;
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }

  /** Source files through javac's Filer, every call's CPU time added to {@code filer}. */
  private final class TimedFiler implements Filer {
    private final Filer filer;

    TimedFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... origins)
        throws IOException {
      long start = now();
      JavaFileObject file = filer.createSourceFile(name, origins);
      TimedProcessor.this.filer += now() - start;
      files++;
      return new ForwardingJavaFileObject<>(file) {
        @Override
        public Writer openWriter() throws IOException {
          long opened = now();
          Writer out = super.openWriter();
          TimedProcessor.this.filer += now() - opened;
          return new TimedWriter(out);
        }
      };
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... origins)
        throws IOException {
      return filer.createClassFile(name, origins);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence module,
        CharSequence relativeName,
        Element... origins)
        throws IOException {
      return filer.createResource(location, module, relativeName, origins);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence module, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, module, relativeName);
    }
  }

  private final class TimedWriter extends FilterWriter {
    TimedWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      long start = now();
      super.write(c);
      filer += now() - start;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      long start = now();
      super.write(chars, offset, length);
      filer += now() - start;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      long start = now();
      super.write(text, offset, length);
      filer += now() - start;
    }

    @Override
    public void close() throws IOException {
      long start = now();
      super.close();
      filer += now() - start;
    }
  }
}
