package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Input javac itself rejects: ShapeCheck neither crashes nor piles guesses on top. */
final class RobustnessTest {
  @Test
  void unresolvableConstantIsJavacsErrorNotAnInternalError() {
    JavaFileObject file =
        source(
            "Unresolved",
            "@Sequential(input = {28, 28, 1})",
            "interface Unresolved {",
            "  @Conv2D(",
            "      filters = NOPE,",
            "      kernelSize = 3)",
            "  Layer conv();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(file)
        .onLineContaining("filters = NOPE");
    assertThat(compilation).hadErrorCount(1); // ShapeCheck adds nothing to javac's own error
    assertNoInternalError(compilation);
  }

  @Test
  void unresolvableEnumConstantIsJavacsErrorNotAnInternalError() {
    JavaFileObject file =
        source(
            "UnknownActivation",
            "@Sequential(input = {10})",
            "interface UnknownActivation {",
            "  @Dense(units = 3,",
            "      activation = Activations.NOPE)",
            "  Layer dense();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(file)
        .onLineContaining("activation = Activations.NOPE");
    assertThat(compilation).hadErrorCount(1);
    assertNoInternalError(compilation);
  }

  private static void assertNoInternalError(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertWithMessage("error %s", error)
          .that(error.getMessage(Locale.ROOT))
          .doesNotContain("[ShapeCheck/InternalError]");
    }
  }
}
