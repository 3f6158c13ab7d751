package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.mnistCnn;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Shape;
import dev.shapecheck.engine.ShapeEngine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.annotation.processing.Processor;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the jar users get (after {@code package}, so failsafe runs it): the processor's own
 * classes and JavaPoet relocated under {@value #SHADED}, nothing else (no library under its own
 * name that could clash with the user's build or another processor's, nothing of the engine or
 * runtime copied in), both service declarations, and an installed POM (the dependency-reduced one)
 * that pulls only the engine and the runtime. The examples module compiles with this same jar.
 */
final class ProcessorJarIT {
  private static final String SHADED = "dev/shapecheck/processor/shaded/javapoet/";

  private static Path jar;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("shapecheck.jar", "target/missing.jar"));
    assertWithMessage("the packaged processor jar").that(Files.isRegularFile(jar)).isTrue();
  }

  @Test
  void javaPoetIsInsideOnlyRelocated() throws IOException {
    List<String> names = new ArrayList<>();
    List<String> unrelocated = new ArrayList<>();
    List<String> foreignReferences = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : file.stream().toList()) {
        names.add(entry.getName());
        if (entry.getName().endsWith(".class")) {
          String constants = constantPool(file, entry);
          if (constants.contains("com/palantir/javapoet")) {
            unrelocated.add(entry.getName());
          }
          if (mentionsThirdParty(constants)) {
            foreignReferences.add(entry.getName());
          }
        }
      }
    }

    assertThat(names).contains("dev/shapecheck/processor/ModelClassWriter.class");
    assertThat(names).contains("dev/shapecheck/processor/ShapeCheckProcessor.class");
    assertThat(names).contains(SHADED + "JavaFile.class");
    assertThat(names).contains(SHADED + "TypeSpec.class");
    assertThat(names.stream().filter(n -> n.startsWith("com/")).toList()).isEmpty();
    assertThat(
            names.stream()
                .filter(n -> n.endsWith(".class"))
                .filter(n -> !n.startsWith("dev/shapecheck/processor/"))
                .toList())
        .isEmpty();
    assertWithMessage("classes still referring to com.palantir.javapoet")
        .that(unrelocated)
        .isEmpty();
    assertWithMessage("classes referring to a library the user's build would have to provide")
        .that(foreignReferences)
        .isEmpty();
  }

  /** The processor's own classes use JavaPoet under its relocated name. */
  @Test
  void theWriterUsesTheRelocatedJavaPoet() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String writer =
          constantPool(file, file.getJarEntry("dev/shapecheck/processor/ModelClassWriter.class"));
      assertWithMessage("ModelClassWriter refers to %s", SHADED)
          .that(writer.contains(SHADED + "CodeBlock"))
          .isTrue();
    }
  }

  @Test
  void bothServiceDeclarationsSurvive() throws IOException {
    assertThat(lines("META-INF/services/javax.annotation.processing.Processor"))
        .containsExactly("dev.shapecheck.processor.ShapeCheckProcessor");
    assertThat(lines("META-INF/gradle/incremental.annotation.processors"))
        .containsExactly("dev.shapecheck.processor.ShapeCheckProcessor,isolating");
  }

  /**
   * What a user's build resolves from the POM install would publish (shade's dependency-reduced
   * POM): engine and runtime, not JavaPoet (it is inside) nor the provided / test scopes.
   */
  @Test
  void installedPomPullsOnlyTheEngineAndTheRuntime() throws Exception {
    Path pom = Path.of(System.getProperty("shapecheck.pom", "target/missing.xml"));
    Element project =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(pom.toFile())
            .getDocumentElement();

    List<String> transitive = new ArrayList<>();
    for (Element dependency : children(children(project, "dependencies").get(0), "dependency")) {
      List<Element> scope = children(dependency, "scope");
      String scopeName = scope.isEmpty() ? "compile" : scope.get(0).getTextContent().trim();
      if (scopeName.equals("compile") || scopeName.equals("runtime")) {
        transitive.add(children(dependency, "artifactId").get(0).getTextContent().trim());
      }
    }

    assertThat(transitive).containsExactly("shapecheck-engine", "shapecheck-runtime");
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  /**
   * On the module path both jars are automatic modules with stable names, so modular code can write
   * {@code requires dev.shapecheck;} (the runtime is the jar the examples compile against).
   */
  @Test
  void bothJarsHaveStableModuleNames() throws Exception {
    Path runtime = Path.of(Shape.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertWithMessage("the runtime as packaged").that(runtime.toString()).endsWith(".jar");

    assertThat(moduleName(runtime)).isEqualTo("dev.shapecheck");
    assertThat(moduleName(engineJar())).isEqualTo("dev.shapecheck.engine");
    assertThat(moduleName(jar)).isEqualTo("dev.shapecheck.processor");
  }

  /** Users compile against the runtime: it holds no class of the compile-time engine. */
  @Test
  void theRuntimeJarHoldsNoEngine() throws Exception {
    Path runtime = Path.of(Shape.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> engine = new ArrayList<>();
    try (JarFile file = new JarFile(runtime.toFile())) {
      for (JarEntry entry : file.stream().toList()) {
        if (entry.getName().startsWith("dev/shapecheck/engine/")) {
          engine.add(entry.getName());
        }
      }
      assertThat(file.getEntry("dev/shapecheck/Shape.class")).isNotNull();
    }
    assertThat(engine).isEmpty();
  }

  /** The runtime's module exports the API packages only; the renderers stay inside. */
  @Test
  void theRuntimeModuleExportsOnlyTheApi() throws Exception {
    Path runtime = Path.of(Shape.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    java.lang.module.ModuleDescriptor module =
        ModuleFinder.of(runtime).findAll().iterator().next().descriptor();
    List<String> exported = new ArrayList<>();
    for (java.lang.module.ModuleDescriptor.Exports exports : module.exports()) {
      exported.add(exports.source());
    }
    assertThat(module.isAutomatic()).isFalse();
    assertThat(exported).containsExactly("dev.shapecheck", "dev.shapecheck.layers");
    assertThat(module.packages()).contains("dev.shapecheck.render");
  }

  private static Path engineJar() throws Exception {
    Path engine =
        Path.of(ShapeEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertWithMessage("the engine as packaged").that(engine.toString()).endsWith(".jar");
    return engine;
  }

  private static String moduleName(Path jarFile) {
    return ModuleFinder.of(jarFile).findAll().iterator().next().descriptor().name();
  }

  /**
   * The jar with the engine and the runtime, and nothing else (its JavaPoet is the relocated copy
   * inside), generates the seed model, exactly as the processor's own classes do.
   */
  @Test
  void jarRunsWithTheEngineAndTheRuntimeAlone() throws Exception {
    URL runtime = Shape.class.getProtectionDomain().getCodeSource().getLocation();
    URL engine = engineJar().toUri().toURL();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), engine, runtime},
            ClassLoader.getPlatformClassLoader())) {
      Class<?> processorClass = loader.loadClass("dev.shapecheck.processor.ShapeCheckProcessor");
      assertThat(processorClass.getClassLoader()).isSameInstanceAs(loader);
      Processor processor = (Processor) processorClass.getConstructor().newInstance();

      Compilation compilation = javac().withProcessors(processor).compile(mnistCnn());

      assertThat(compilation).succeeded();
      assertThat(compilation).generatedSourceFile("test.MnistCnnModel");
      assertThat(generatedSource(compilation, "test.MnistCnnModel"))
          .isEqualTo(resource("expected/MnistCnnModel.java"));
    }
  }

  /** A test resource (failsafe does not run from the module's directory: see the POM). */
  private static String resource(String name) throws IOException {
    try (InputStream in = ProcessorJarIT.class.getClassLoader().getResourceAsStream(name)) {
      assertWithMessage(name).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> lines(String entry) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry found = file.getJarEntry(entry);
      assertWithMessage(entry).that(found).isNotNull();
      try (InputStream in = file.getInputStream(found)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
    }
  }

  /**
   * A class file's text as bytes: its constant-pool strings (modified UTF-8, which is plain ASCII
   * for package names) can be searched for the names of the types it refers to.
   */
  private static String constantPool(JarFile file, JarEntry entry) throws IOException {
    try (InputStream in = file.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Whether a class names a type of a library (Guava, JavaPoet under its own name, ...). The
   * {@code @AutoService} annotation is class-retained and needs nothing at run time.
   */
  private static boolean mentionsThirdParty(String constants) {
    String text = constants.replace("com/google/auto/service/AutoService", "");
    return text.contains("com/google/")
        || text.contains("com/palantir/")
        || text.contains("com/squareup/");
  }
}
