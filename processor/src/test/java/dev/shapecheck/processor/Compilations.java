package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles fixtures with the processor and states the usual facts about the result. */
final class Compilations {
  private Compilations() {}

  /** The seed model of the examples module, as a fixture in package {@code test}. */
  static JavaFileObject mnistCnn() {
    return JavaFileObjects.forResource("good/MnistCnn.java");
  }

  /**
   * A source file {@code test/<simpleName>.java} whose lines follow the package declaration and
   * wildcard imports of {@code dev.shapecheck} and {@code dev.shapecheck.layers}.
   */
  static JavaFileObject source(String simpleName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package test;");
    all.add("");
    all.add("import dev.shapecheck.*;");
    all.add("import dev.shapecheck.layers.*;");
    all.add("");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + simpleName, all);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new ShapeCheckProcessor()).compile(sources);
  }

  /** The text of a generated source file, which must exist. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code compilation} failed with exactly one error, tagged {@code
   * [ShapeCheck/tag]}, placed in {@code file} on the line containing {@code line}, and containing
   * every one of {@code words}.
   */
  static void assertOnlyError(
      Compilation compilation, JavaFileObject file, String tag, String line, String... words) {
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/" + tag + "]")
        .inFile(file)
        .onLineContaining(line);
    assertMessageContains(compilation.errors().get(0), words);
  }

  /** Asserts that exactly one error is tagged {@code [ShapeCheck/tag]}, and returns it. */
  static Diagnostic<? extends JavaFileObject> errorTagged(Compilation compilation, String tag) {
    List<Diagnostic<? extends JavaFileObject>> tagged = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      if (error.getMessage(Locale.ROOT).startsWith("[ShapeCheck/" + tag + "]")) {
        tagged.add(error);
      }
    }
    assertWithMessage("errors tagged %s among %s", tag, compilation.errors())
        .that(tagged)
        .hasSize(1);
    return tagged.get(0);
  }

  static void assertMessageContains(
      Diagnostic<? extends JavaFileObject> diagnostic, String... words) {
    String message = diagnostic.getMessage(Locale.ROOT);
    for (String word : words) {
      assertWithMessage("message of %s", diagnostic).that(message).contains(word);
    }
  }
}
