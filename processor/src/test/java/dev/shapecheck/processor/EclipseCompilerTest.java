package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.mnistCnn;
import static dev.shapecheck.processor.Compilations.source;
import static java.util.stream.Collectors.joining;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;

/**
 * Runs the processor under the Eclipse compiler (ECJ, the compiler inside Eclipse and the Java
 * language server) and compares the result with javac's: the same generated source for the seed and
 * a wide catalogue model, and the same ShapeCheck diagnostics — kind, message text and line — for
 * shape, argument and declaration errors and for a warning.
 *
 * <p>Differences that remain, none of them the processor's to remove:
 *
 * <ul>
 *   <li>javac's diagnostic formatter indents the continuation lines of a message by two more spaces
 *       than the processor printed; ECJ returns the text as printed. Messages are compared with
 *       each line's leading blanks removed.
 *   <li>ECJ places no diagnostic on a record (line 0, no file), so {@code @Sequential} on a record
 *       is reported with the right message but without a position (ECJ 3.33 and 3.38 alike).
 *   <li>ECJ places a message on one element of an array attribute (a bad {@code @Apply(set)} entry)
 *       on the attribute itself, so a {@code set} written over several lines is reported on its
 *       first line rather than the entry's.
 *   <li>ECJ warns "Unsupported @SuppressWarnings("shapecheck:…")" for ShapeCheck's suppression
 *       tokens (javac accepts any token); the suppression itself works under both. Users can
 *       silence it with ECJ's {@code -warn:-warningToken}.
 *   <li>The compiler's own errors (unresolved symbols, a missing required attribute, a repeated
 *       annotation, a wrong value type) are worded differently, and ECJ reports a repeated
 *       annotation once per occurrence; ShapeCheck adds nothing to any of them under either.
 *   <li>compile-testing cannot drive ECJ on in-memory files (google/compile-testing#31): ECJ reads
 *       sources and generated sources back by path. {@link DiskBackedEclipseCompiler} copies inline
 *       fixtures to a temporary directory and tees generated sources to disk, so the diagnostics of
 *       inline fixtures name the copy, not the original file object.
 * </ul>
 */
final class EclipseCompilerTest {
  private static Compilation ecj(JavaFileObject... sources) {
    return ecj(List.of(), sources);
  }

  private static Compilation ecj(List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(List.of("--release", "17"));
    all.addAll(options);
    return Compiler.compiler(new DiskBackedEclipseCompiler())
        .withProcessors(new ShapeCheckProcessor())
        .withOptions(all)
        .compile(sources);
  }

  private static Compilation javacCompile(JavaFileObject... sources) {
    return javac().withProcessors(new ShapeCheckProcessor()).compile(sources);
  }

  /** ShapeCheck's own diagnostics as "KIND line N: message", in the order they were printed. */
  private static List<String> shapeCheckDiagnostics(Compilation compilation) {
    List<String> found = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (message.startsWith("[ShapeCheck")) {
        Diagnostic.Kind kind =
            d.getKind() == Diagnostic.Kind.MANDATORY_WARNING
                ? Diagnostic.Kind.WARNING
                : d.getKind();
        // javac's formatter indents a message's continuation lines by two more spaces than the
        // processor printed them; ECJ returns the text as printed. Compare without that indent.
        String text = message.lines().map(String::stripLeading).collect(joining("\n"));
        found.add(kind + " line " + d.getLineNumber() + ": " + text);
      }
    }
    return found;
  }

  private static List<String> assertSameDiagnostics(JavaFileObject... sources) {
    List<String> underJavac = shapeCheckDiagnostics(javacCompile(sources));
    List<String> underEcj = shapeCheckDiagnostics(ecj(sources));
    assertWithMessage("ShapeCheck diagnostics under ECJ vs javac")
        .that(underEcj)
        .containsExactlyElementsIn(underJavac)
        .inOrder();
    return underEcj;
  }

  @Test
  void seedModelGeneratesTheSameClassAsUnderJavac() {
    Compilation compilation = ecj(mnistCnn());

    assertThat(compilation).succeeded();
    String model = generatedSource(compilation, "test.MnistCnnModel");
    assertThat(model).contains("public static final long TOTAL_PARAMS = 93322L;");
    assertThat(model).isEqualTo(generatedSource(javacCompile(mnistCnn()), "test.MnistCnnModel"));
  }

  @Test
  void annotationsTheCompilerRejectsAddNoShapeCheckError() {
    JavaFileObject file =
        source(
            "Rejected",
            "@Sequential(input = {8})",
            "interface Rejected {",
            "  @Dense(units = 1) @Dense(units = 2) Layer twice();",
            "  @Dense Layer withoutUnits();",
            "}");

    assertThat(ecj(file)).failed();
    assertThat(assertSameDiagnostics(file)).isEmpty();
  }

  /** The one known difference: ECJ (3.33 to at least 3.38) places nothing on a record. */
  @Test
  void sequentialOnRecordHasTheSameMessageButNoLineUnderEcj() {
    JavaFileObject file =
        source("Pair", "@Sequential(input = {28, 28, 1})", "record Pair(int a, int b) {}");

    List<String> underJavac = shapeCheckDiagnostics(javacCompile(file));
    List<String> underEcj = shapeCheckDiagnostics(ecj(file));

    assertThat(underJavac).hasSize(1);
    assertThat(underJavac.get(0)).startsWith("ERROR line 6: [ShapeCheck/NotAnInterface]");
    assertThat(underEcj).containsExactly(underJavac.get(0).replace("line 6:", "line 0:"));
  }

  /**
   * ECJ reads a generated source back from the disk path named by {@code JavaFileObject.getName()}
   * (google/compile-testing#31), but compile-testing keeps every output in memory under {@code
   * /SOURCE_OUTPUT/...}. This compiler hands ECJ generated sources that are written both to
   * compile-testing's in-memory file (so {@code generatedSourceFile} still works) and to a real
   * file in a temporary directory, whose path is the name ECJ reads.
   */
  private static final class DiskBackedEclipseCompiler implements JavaCompiler {
    private final EclipseCompiler ecj = new EclipseCompiler();

    @Override
    public CompilationTask getTask(
        Writer out,
        JavaFileManager fileManager,
        DiagnosticListener<? super JavaFileObject> diagnosticListener,
        Iterable<String> options,
        Iterable<String> classes,
        Iterable<? extends JavaFileObject> compilationUnits) {
      Path directory;
      try {
        directory = Files.createTempDirectory("shapecheck-ecj");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<JavaFileObject> onDisk = new ArrayList<>();
      for (JavaFileObject unit : compilationUnits) {
        onDisk.add(onDisk(unit, directory.resolve("sources")));
      }
      return ecj.getTask(
          out == null ? Writer.nullWriter() : out, // ECJ would print its own copy to System.out
          new TeeSourceOutput(fileManager, directory.resolve("generated")),
          diagnosticListener,
          options,
          classes,
          onDisk);
    }

    /** {@code unit}, or a copy of it on disk when it is not a file (ECJ reads sources by path). */
    private static JavaFileObject onDisk(JavaFileObject unit, Path directory) {
      if ("file".equals(unit.toUri().getScheme())) {
        return unit;
      }
      try {
        Path file = directory.resolve(unit.toUri().getPath().replaceFirst("^/+", ""));
        Files.createDirectories(file.getParent());
        Files.writeString(file, unit.getCharContent(true), StandardCharsets.UTF_8);
        return new ForwardingJavaFileObject<JavaFileObject>(unit) {
          @Override
          public URI toUri() {
            return file.toUri();
          }

          @Override
          public String getName() {
            return file.toString();
          }
        };
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public StandardJavaFileManager getStandardFileManager(
        DiagnosticListener<? super JavaFileObject> diagnosticListener,
        Locale locale,
        Charset charset) {
      return ecj.getStandardFileManager(diagnosticListener, locale, charset);
    }

    @Override
    public int run(InputStream in, OutputStream out, OutputStream err, String... arguments) {
      return ecj.run(in, out, err, arguments);
    }

    @Override
    public Set<SourceVersion> getSourceVersions() {
      return ecj.getSourceVersions();
    }

    @Override
    public int isSupportedOption(String option) {
      return ecj.isSupportedOption(option);
    }
  }

  private static final class TeeSourceOutput extends ForwardingJavaFileManager<JavaFileManager> {
    private final Path directory;

    TeeSourceOutput(JavaFileManager inMemory, Path directory) {
      super(inMemory);
      this.directory = directory;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
        throws IOException {
      JavaFileObject inMemory = super.getJavaFileForOutput(location, className, kind, sibling);
      if (location != StandardLocation.SOURCE_OUTPUT) {
        return inMemory;
      }
      Path file = directory.resolve(className.replace('.', '/') + kind.extension);
      Files.createDirectories(file.getParent());
      return new ForwardingJavaFileObject<JavaFileObject>(inMemory) {
        @Override
        public String getName() {
          return file.toString();
        }

        @Override
        public OutputStream openOutputStream() throws IOException {
          OutputStream memory = super.openOutputStream();
          OutputStream disk = Files.newOutputStream(file);
          return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
              memory.write(b);
              disk.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              memory.write(b, off, len);
              disk.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              try (memory;
                  disk) {
                // both closed
              }
            }
          };
        }

        @Override
        public Writer openWriter() throws IOException {
          return new OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
        }
      };
    }
  }

  @Test
  void catalogueModelGeneratesTheSameClassAsUnderJavac() {
    JavaFileObject file =
        source(
            "Catalogue",
            "@Sequential(name = \"catalogue\", input = {32, 32, 3})",
            "interface Catalogue {",
            "  @ZeroPadding2D(padding = 1) Layer pad();",
            "  @Conv2D(filters = 16, kernelSize = 3, activation = Activations.RELU) Layer conv();",
            "  @BatchNormalization Layer norm();",
            "  @MaxPooling2D(poolSize = 2) Layer pool();",
            "  @SeparableConv2D(filters = 32, kernelSize = 3, padding = Padding.SAME) Layer sep();",
            "  @AveragePooling2D(poolSize = {2, 2}) Layer avg();",
            "  @Reshape(targetShape = {8, 256}) Layer rows();",
            "  @Bidirectional(mergeMode = MergeMode.CONCAT)",
            "  @LSTM(units = 16, returnSequences = true)",
            "  Layer encoder();",
            "  @LayerNormalization Layer ln();",
            "  @Conv1D(filters = 8, kernelSize = 3, padding = Padding.SAME) Layer conv1d();",
            "  @GRU(units = 12) Layer gru();",
            "  @RepeatVector(n = 4) Layer repeat();",
            "  @Permute(dims = {2, 1}) Layer swap();",
            "  @Flatten Layer flatten();",
            "  @Dropout(rate = 0.25) Layer drop();",
            "  @Dense(units = 10, activation = Activations.SOFTMAX) Layer output();",
            "}");

    Compilation underEcj = ecj(file);
    Compilation underJavac = javacCompile(file);

    assertThat(underJavac).succeededWithoutWarnings();
    assertThat(underEcj).succeeded();
    assertThat(shapeCheckDiagnostics(underEcj)).isEmpty();
    assertThat(generatedSource(underEcj, "test.CatalogueModel"))
        .isEqualTo(generatedSource(underJavac, "test.CatalogueModel"));
  }

  @Test
  void kernelTooLargeIsOnTheSameLine() {
    JavaFileObject file =
        source(
            "Cascade",
            "@Sequential(input = {4, 4, 1})",
            "interface Cascade {",
            "  @Conv2D(filters = 8,",
            "      kernelSize = 5)",
            "  Layer conv1();",
            "  @Flatten Layer flatten();",
            "}");

    List<String> diagnostics = assertSameDiagnostics(file);

    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0)).startsWith("ERROR line 9: [ShapeCheck/KernelTooLarge] conv1");
  }

  @Test
  void invalidArgumentIsOnTheAttributesLine() {
    JavaFileObject file =
        source(
            "Negative",
            "@Sequential(input = {28, 28, 1})",
            "interface Negative {",
            "  @Conv2D(",
            "      kernelSize = 3,",
            "      filters = -3)",
            "  Layer first();",
            "}");

    List<String> diagnostics = assertSameDiagnostics(file);

    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0))
        .startsWith("ERROR line 10: [ShapeCheck/InvalidArgument] first (Conv2D): filters = -3");
  }

  @Test
  void methodWithParametersIsOnTheParameter() {
    JavaFileObject file =
        source(
            "Params",
            "@Sequential(input = {28, 28, 1})",
            "interface Params {",
            "  @Flatten",
            "  Layer flatten(",
            "      int size);",
            "}");

    List<String> diagnostics = assertSameDiagnostics(file);

    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0))
        .startsWith("ERROR line 10: [ShapeCheck/MethodHasParameters] flatten() has parameters");
  }

  @Test
  void warningIsOnTheSameLine() {
    JavaFileObject file =
        source(
            "Strided",
            "@Sequential(input = {10, 10, 3})",
            "interface Strided {",
            "  @Conv2D(filters = 8, kernelSize = 3, strides = 2,",
            "      padding = Padding.VALID)",
            "  Layer conv();",
            "}");

    List<String> diagnostics = assertSameDiagnostics(file);

    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0)).startsWith("WARNING line 9: [ShapeCheck/DroppedInput] conv");
  }

  @Test
  void suppressedWarningStaysSuppressed() {
    assertThat(shapeCheckDiagnostics(ecj(mnistCnn()))).isEmpty();
    // ECJ's own "Unsupported @SuppressWarnings" warning on the token goes with -warn:-warningToken.
    assertThat(ecj(List.of("-warn:-warningToken"), mnistCnn())).succeededWithoutWarnings();
  }

  @Test
  void functionalModelWithABlockAndAMergeGeneratesTheSameClassAsUnderJavac() {
    JavaFileObject file =
        source(
            "Residual",
            "@Block(outputs = \"out\")",
            "interface Bottleneck {",
            "  @Input Layer in();",
            "  @Conv2D(filters = 8, kernelSize = 1) Layer conv1(Layer in);",
            "  @Conv2D(filters = 8, kernelSize = 3, padding = Padding.SAME)",
            "  Layer conv2(Layer conv1);",
            "  @Add Layer out(Layer conv2, Layer in);",
            "}",
            "",
            "@Functional(name = \"residual\")",
            "interface Residual {",
            "  @Input(shape = {16, 16, 8}) Layer image();",
            "  @Apply(value = Bottleneck.class, times = 2, set = \"conv1.activation=RELU\")",
            "  Layer stage(Layer image);",
            "  @Concatenate(axis = -1) Layer both(Layer stage, Layer image);",
            "  @GlobalAveragePooling2D Layer pool(Layer both);",
            "}");

    Compilation underEcj = ecj(file);
    Compilation underJavac = javacCompile(file);

    assertThat(underJavac).succeededWithoutWarnings();
    assertThat(underEcj).succeeded();
    assertThat(shapeCheckDiagnostics(underEcj)).isEmpty();
    String generated = generatedSource(underJavac, "test.ResidualModel");
    assertThat(generated).contains("public Layer both(Layer stage, Layer image) {");
    assertThat(generatedSource(underEcj, "test.ResidualModel")).isEqualTo(generated);
  }

  @Test
  void functionalDiagnosticsAreOnTheSameLinesAsUnderJavac() {
    JavaFileObject file =
        source(
            "Wired",
            "@Block",
            "interface Unit {",
            "  @Input Layer in();",
            "  @Dense(units = 8) Layer dense(Layer in);",
            "}",
            "",
            "@Functional",
            "interface Wired {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 4) Layer first(",
            "      Layer imag);",
            "  @Apply(value = Unit.class, set = {",
            "      \"dense.unit=4\"})",
            "  Layer unit(Layer image);",
            "}");

    List<String> underJavac = shapeCheckDiagnostics(javacCompile(file));
    List<String> underEcj = shapeCheckDiagnostics(ecj(file));

    assertThat(underJavac).hasSize(1); // the set entry makes the model incomplete: no shapes
    assertThat(underJavac.get(0))
        .startsWith(
            "ERROR line 18: [ShapeCheck/InvalidOverride] unit(): set entry \"dense.unit=4\": dense"
                + " (Dense) has no attribute unit; did you mean units?");
    // ECJ cannot place a message on one element of an array attribute: it uses the attribute
    assertThat(underEcj).containsExactly(underJavac.get(0).replace("line 18:", "line 17:"));
  }

  @Test
  void unknownInboundIsOnTheParameterUnderEcj() {
    JavaFileObject file =
        source(
            "Misspelt",
            "@Functional",
            "interface Misspelt {",
            "  @Input(shape = {8}) Layer image();",
            "  @Dense(units = 4) Layer first(",
            "      Layer imag);",
            "}");

    List<String> diagnostics = assertSameDiagnostics(file);

    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0))
        .startsWith("ERROR line 10: [ShapeCheck/UnknownInbound] first (Dense): parameter imag");
  }
}
