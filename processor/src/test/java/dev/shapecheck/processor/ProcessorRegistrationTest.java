package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shapecheck.processor.Compilations.mnistCnn;
import static dev.shapecheck.processor.Compilations.source;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

final class ProcessorRegistrationTest {
  private static final String GRADLE_DECLARATION =
      "META-INF/gradle/incremental.annotation.processors";

  @Test
  void gradleDeclaresTheProcessorIsolating() throws IOException {
    URL resource = ShapeCheckProcessor.class.getClassLoader().getResource(GRADLE_DECLARATION);
    assertThat(resource).isNotNull();

    String text;
    try (InputStream in = resource.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(text.lines().toList())
        .containsExactly("dev.shapecheck.processor.ShapeCheckProcessor,isolating");
  }

  @Test
  void gradleDeclarationNamesAProcessor() throws Exception {
    Class<?> declared = Class.forName("dev.shapecheck.processor.ShapeCheckProcessor");

    assertThat(Processor.class.isAssignableFrom(declared)).isTrue();
    assertThat(declared.getConstructor().newInstance()).isInstanceOf(Processor.class);
  }

  @Test
  void javacFindsTheProcessorAsAService() {
    List<Class<?>> found = new ArrayList<>();
    for (Processor processor : ServiceLoader.load(Processor.class)) {
      found.add(processor.getClass());
    }

    assertThat(found).contains(ShapeCheckProcessor.class);
  }

  @Test
  void generatedModelOriginatesFromItsInterfaceAlone() {
    RecordingProcessor recording = new RecordingProcessor();

    assertThat(javac().withProcessors(recording).compile(mnistCnn())).succeeded();

    assertThat(recording.originatingElements)
        .containsExactly("test.MnistCnnModel", List.of("test.MnistCnn"));
  }

  /** With several models (one nested) each generated file still points at its own interface. */
  @Test
  void eachOfSeveralModelsOriginatesFromItsOwnInterface() {
    RecordingProcessor recording = new RecordingProcessor();

    assertThat(
            javac()
                .withProcessors(recording)
                .compile(
                    mnistCnn(),
                    source(
                        "Tiny",
                        "@Sequential(input = {8, 8, 1})",
                        "interface Tiny {",
                        "  @Flatten Layer flatten();",
                        "}"),
                    source(
                        "Outer",
                        "final class Outer {",
                        "  @Sequential(input = {10})",
                        "  interface Inner {",
                        "    @Dense(units = 2) Layer dense();",
                        "  }",
                        "}")))
        .succeeded();

    assertThat(recording.originatingElements)
        .containsExactly(
            "test.MnistCnnModel", List.of("test.MnistCnn"),
            "test.TinyModel", List.of("test.Tiny"),
            "test.Outer_InnerModel", List.of("test.Outer.Inner"));
  }

  /**
   * Runs {@link ShapeCheckProcessor} with a {@link Filer} that notes the originating elements of
   * each source file, which Gradle's isolating mode relies on and javac does not expose.
   */
  private static final class RecordingProcessor implements Processor {
    final Map<String, List<String>> originatingElements = new TreeMap<>();
    private final Processor delegate = new ShapeCheckProcessor();

    @Override
    public void init(ProcessingEnvironment env) {
      Filer filer = recording(Filer.class, env.getFiler(), this::record);
      delegate.init(
          recording(
              ProcessingEnvironment.class,
              env,
              (method, args) -> method.getName().equals("getFiler") ? filer : null));
    }

    private Object record(Method method, Object[] args) {
      if (method.getName().equals("createSourceFile")) {
        List<String> names = new ArrayList<>();
        for (Element element : (Element[]) args[1]) {
          names.add(((TypeElement) element).getQualifiedName().toString());
        }
        originatingElements.put(args[0].toString(), names);
      }
      return null;
    }

    /** A proxy of {@code target} that first lets {@code hook} answer (non-null) or observe. */
    private static <T> T recording(Class<T> type, T target, Hook hook) {
      return type.cast(
          Proxy.newProxyInstance(
              type.getClassLoader(),
              new Class<?>[] {type},
              (proxy, method, args) -> {
                Object answer = hook.call(method, args);
                if (answer != null) {
                  return answer;
                }
                try {
                  return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              }));
    }

    private interface Hook {
      Object call(Method method, Object[] args);
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String text) {
      return delegate.getCompletions(element, annotation, member, text);
    }
  }
}
