package dev.shapecheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The benchmark's floor: a processor that, for each {@code @Sequential} interface (or
 * {@code @AutoValue} class), writes the {@code *Model.java} ShapeCheck (the {@code
 * AutoValue_*.java} AutoValue) generated for it earlier, read from the directory given as {@code
 * -Abench.generated=DIR}, and does nothing else. Compiled like the real processor (same sources,
 * same generated files, one originating element each), it measures what javac itself charges for
 * running a generating processor over these declarations (the Filer's checks, the extra rounds that
 * enter every tree again), so {@code tool − floor} is the tool's own cost. Not registered as a
 * service in this module: {@link CompileBenchmark} puts it on a processor path of its own.
 */
public final class CopyingProcessor extends AbstractProcessor {
  static final String OPTION = "bench.generated";
  private static final String SEQUENTIAL = "dev.shapecheck.Sequential";
  private static final String AUTO_VALUE = "com.google.auto.value.AutoValue";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(SEQUENTIAL, AUTO_VALUE);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Path dir = Path.of(processingEnv.getOptions().get(OPTION));
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        TypeElement type = (TypeElement) element;
        String name =
            annotation.getQualifiedName().contentEquals(SEQUENTIAL)
                ? type.getQualifiedName() + "Model"
                : processingEnv.getElementUtils().getPackageOf(type).getQualifiedName()
                    + ".AutoValue_"
                    + type.getSimpleName();
        try {
          String text = Files.readString(dir.resolve(name.replace('.', '/') + ".java"));
          try (Writer out = processingEnv.getFiler().createSourceFile(name, element).openWriter()) {
            out.write(text);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return false;
  }
}
