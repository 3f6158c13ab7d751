package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Shape;
import dev.shapecheck.engine.ShapeEngine;
import dev.shapecheck.processor.ShapeCheckProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```java} block of README.md and of docs/*.md compiles through ShapeCheck's
 * processor, as it would for a user who pastes it: documentation that shows code which does not
 * compile costs a new user their first hour.
 *
 * <p>A block that declares types is compiled as source files, one per top-level type; a block that
 * shows no {@code package} gets one, and the two imports a user writes when the block shows none
 * ({@code dev.shapecheck.*}, {@code dev.shapecheck.layers.*}). A block of statements would be
 * compiled as the body of a method. Each block is one javac run with the processor found on the
 * processor path, exactly as maven-compiler-plugin runs it from {@code annotationProcessorPaths}.
 *
 * <p>A block followed, under the same heading, by a plain block of {@code [ERROR] ...:[line,col]
 * [ShapeCheck/Tag] ...} lines is a deliberate mistake: it must fail with exactly those errors,
 * message and position included, so "real output" in the docs stays a checked claim. Any other
 * block must compile without an error or a warning, and every model in it must get its generated
 * class (proof that the processor ran at all).
 */
class ReadmeJavaBlocksTest {
  private static final Path WORK = Path.of("target", "readme-java-blocks");

  /**
   * The docs show three Java blocks today (the README's seed with its mistake; in docs/guide.md a
   * functional model and a block with its use); fewer found means the extraction broke, not that
   * the docs improved.
   */
  private static final int MINIMUM_BLOCKS = 3;

  /** What a user writes above a snippet that shows no imports. */
  private static final List<String> USER_IMPORTS =
      List.of("import dev.shapecheck.*;", "import dev.shapecheck.layers.*;");

  private static final String DEFAULT_PACKAGE = "readme";

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(?:(?:public|protected|private|abstract|static|final|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:interface|class|record|enum|@interface)\\s+([A-Za-z_$][\\w$]*)");

  /**
   * The annotation of a type that gets a generated class: {@code @Functional}, or
   * {@code @Sequential} with attributes (a bare {@code @Sequential} has no input: a model that is
   * only nested in others, which gets none).
   */
  private static final Pattern MODEL_ANNOTATION =
      Pattern.compile("^@(Sequential\\(|Functional\\b)");

  private static final String SOURCE_ROOT = "src/main/java/";

  /** maven-compiler-plugin's form of an error, as the docs print it. */
  private static final Pattern MAVEN_ERROR =
      Pattern.compile("^\\[ERROR\\] (\\S+\\.java):\\[(\\d+),(\\d+)\\] (\\[ShapeCheck/\\w+\\].*)$");

  @Test
  void findsEveryJavaBlockAndTheOutputOfTheFirst() throws IOException {
    List<Readme.Block> blocks = new ArrayList<>();
    for (Readme file : documentation()) {
      blocks.addAll(file.blocks("java"));
    }
    assertTrue(
        blocks.size() >= MINIMUM_BLOCKS,
        "expected at least "
            + MINIMUM_BLOCKS
            + " java blocks in README.md and docs/, found "
            + blocks);
    Readme readme = Readme.read();
    List<String> seedErrors = expectedErrors(readme.blocks("java").get(0), readme);
    assertEquals(1, seedErrors.size(), "the error the README shows after its first example");
    assertTrue(seedErrors.get(0).contains("[ShapeCheck/KernelTooLarge]"), seedErrors.get(0));
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAsShown() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Readme file : documentation()) {
      for (Readme.Block block : file.blocks("java")) {
        tests.add(DynamicTest.dynamicTest(block.toString(), () -> compile(file, block)));
      }
    }
    return tests.stream();
  }

  /** README.md and docs/*.md, each read once. */
  private static List<Readme> documentation() throws IOException {
    List<Readme> files = new ArrayList<>();
    for (Path file : Readme.documentationFiles()) {
      files.add(Readme.read(file));
    }
    return files;
  }

  private static void compile(Readme readme, Readme.Block block) throws IOException {
    Path dir =
        WORK.resolve(
            block.file().replace(".md", "").replace('/', '-') + "-line-" + block.firstLine());
    deleteRecursively(dir);
    Path sources = dir.resolve("src");
    Path generated = dir.resolve("generated");
    Path classes = dir.resolve("classes");
    Files.createDirectories(generated);
    Files.createDirectories(classes);

    List<Unit> units = Unit.split(block);
    List<Path> files = new ArrayList<>();
    for (Unit unit : units) {
      Path file = sources.resolve(unit.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, unit.text(), StandardCharsets.UTF_8);
      files.add(file);
    }

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter javacOutput = new StringWriter();
    boolean compiled;
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all,-processing",
              "-classpath",
              location(Shape.class) + File.pathSeparator + location(ShapeEngine.class),
              "-processorpath",
              location(ShapeCheckProcessor.class) + File.pathSeparator + location(Shape.class),
              "-d",
              classes.toString(),
              "-s",
              generated.toString());
      compiled =
          javac
              .getTask(
                  javacOutput,
                  fileManager,
                  diagnostics,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
    }

    List<String> reported = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER) {
        continue;
      }
      Unit unit = unitOf(units, sources, d);
      String where =
          unit == null
              ? "(no file)"
              : unit.path().toString().replace(File.separatorChar, '/')
                  + ":["
                  + (d.getLineNumber() - unit.addedLines())
                  + ","
                  + d.getColumnNumber()
                  + "]";
      reported.add(
          d.getKind().toString().toLowerCase(Locale.ROOT)
              + " "
              + where
              + " "
              + d.getMessage(Locale.ROOT));
    }

    List<String> expected = expectedErrors(block, readme);
    String context = block + ", compiled in " + dir + "\n" + javacOutput;
    assertEquals(String.join("\n", expected), String.join("\n", reported), context);
    assertEquals(expected.isEmpty(), compiled, context);
    if (compiled) {
      for (Unit unit : units) {
        for (String model : unit.models()) {
          Path modelClass = generated.resolve(unit.packagePath()).resolve(model + "Model.java");
          assertTrue(Files.isRegularFile(modelClass), "ShapeCheck generated " + modelClass);
        }
      }
    }
  }

  /**
   * The errors the document shows right after the block, as {@code error <path>:[line,col]
   * <message>}; the path is the part after {@code src/main/java/}, which the block's own {@code
   * package} decides.
   */
  private static List<String> expectedErrors(Readme.Block block, Readme readme) {
    Optional<Readme.Block> next = readme.followingUnderSameHeading(block);
    if (next.isEmpty() || !next.get().language().isEmpty()) {
      return List.of();
    }
    List<StringBuilder> errors = new ArrayList<>();
    boolean inError = false;
    for (String line : next.get().text().split("\n")) {
      Matcher m = MAVEN_ERROR.matcher(line);
      if (m.matches()) {
        String path = m.group(1);
        int sourceRoot = path.indexOf(SOURCE_ROOT);
        String relative = sourceRoot < 0 ? path : path.substring(sourceRoot + SOURCE_ROOT.length());
        errors.add(
            new StringBuilder("error " + relative)
                .append(":[" + m.group(2) + "," + m.group(3) + "] ")
                .append(m.group(4)));
        inError = true;
      } else if (inError && line.startsWith(" ")) {
        errors.get(errors.size() - 1).append('\n').append(line);
      } else {
        inError = false;
      }
    }
    return errors.stream().map(StringBuilder::toString).toList();
  }

  private static Unit unitOf(
      List<Unit> units, Path sources, Diagnostic<? extends JavaFileObject> diagnostic) {
    if (diagnostic.getSource() == null) {
      return null;
    }
    Path file = Path.of(diagnostic.getSource().toUri());
    for (Unit unit : units) {
      try {
        if (Files.isSameFile(file, sources.resolve(unit.path()))) {
          return unit;
        }
      } catch (IOException e) {
        // Not this unit's file.
      }
    }
    return null;
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /**
   * One source file made from a documentation block: {@code addedLines} lines the test put above
   * the block's text (so a position in the file maps back to the block's line), the package, the
   * file name, and the {@code @Sequential} / {@code @Functional} types it declares.
   */
  record Unit(
      String packageName, String typeName, String text, int addedLines, List<String> models) {
    Path packagePath() {
      return Path.of(packageName.replace('.', File.separatorChar));
    }

    Path path() {
      return packagePath().resolve(typeName + ".java");
    }

    /**
     * Splits a block into one file per top-level type, each keeping the block's package and imports
     * and its own lines at their line numbers (other lines blank); a block without a top-level type
     * becomes the body of a method.
     */
    static List<Unit> split(Readme.Block block) {
      List<String> lines = List.of(block.text().split("\n", -1));
      List<Integer> header = new ArrayList<>();
      String packageName = null;
      boolean hasImports = false;
      List<List<Integer>> types = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<List<String>> models = new ArrayList<>();
      List<Integer> current = new ArrayList<>();
      String currentName = null;
      boolean currentIsModel = false;
      BraceCounter braces = new BraceCounter();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String trimmed = line.trim();
        boolean topLevel = braces.depth() == 0;
        if (topLevel && trimmed.startsWith("package ")) {
          packageName = trimmed.substring("package ".length(), trimmed.indexOf(';')).trim();
          header.add(i);
        } else if (topLevel && trimmed.startsWith("import ")) {
          hasImports = true;
          header.add(i);
        } else if (!trimmed.isEmpty() || !topLevel) {
          current.add(i);
          if (topLevel) {
            Matcher type = TYPE_DECLARATION.matcher(trimmed);
            if (type.find() && currentName == null) {
              currentName = type.group(1);
            }
            currentIsModel |= MODEL_ANNOTATION.matcher(trimmed).find();
          }
        }
        braces.scan(line);
        if (braces.depth() == 0
            && currentName != null
            && !current.isEmpty()
            && line.contains("}")) {
          types.add(current);
          names.add(currentName);
          models.add(currentIsModel ? List.of(currentName) : List.of());
          current = new ArrayList<>();
          currentName = null;
          currentIsModel = false;
        }
      }

      List<String> prefix = new ArrayList<>();
      if (packageName == null) {
        packageName = DEFAULT_PACKAGE;
        prefix.add("package " + packageName + ";");
        if (!hasImports) {
          prefix.addAll(USER_IMPORTS);
        }
      }
      List<Unit> units = new ArrayList<>();
      if (types.isEmpty()) {
        String name = "Snippet" + block.firstLine();
        List<String> wrapped = new ArrayList<>(prefix);
        for (int i : header) {
          wrapped.add(lines.get(i));
        }
        wrapped.add("class " + name + " {");
        wrapped.add("  void snippet() throws Exception {");
        int added = wrapped.size();
        for (int i = 0; i < lines.size(); i++) {
          wrapped.add(header.contains(i) ? "" : lines.get(i));
        }
        wrapped.add("  }");
        wrapped.add("}");
        units.add(new Unit(packageName, name, String.join("\n", wrapped), added, List.of()));
        return units;
      }
      for (int t = 0; t < types.size(); t++) {
        List<String> text = new ArrayList<>(prefix);
        for (int i = 0; i < lines.size(); i++) {
          text.add(header.contains(i) || types.get(t).contains(i) ? lines.get(i) : "");
        }
        units.add(
            new Unit(
                packageName, names.get(t), String.join("\n", text), prefix.size(), models.get(t)));
      }
      return units;
    }
  }

  /** Counts braces outside strings, character literals and comments, across lines. */
  private static final class BraceCounter {
    private int depth;
    private boolean inBlockComment;

    int depth() {
      return depth;
    }

    void scan(String line) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        char next = i + 1 < line.length() ? line.charAt(i + 1) : '\0';
        if (inBlockComment) {
          if (c == '*' && next == '/') {
            inBlockComment = false;
            i++;
          }
        } else if (c == '/' && next == '/') {
          return;
        } else if (c == '/' && next == '*') {
          inBlockComment = true;
          i++;
        } else if (c == '"' || c == '\'') {
          i = endOfLiteral(line, i, c);
        } else if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        }
      }
    }

    private static int endOfLiteral(String line, int start, char quote) {
      for (int i = start + 1; i < line.length(); i++) {
        if (line.charAt(i) == '\\') {
          i++;
        } else if (line.charAt(i) == quote) {
          return i;
        }
      }
      return line.length();
    }
  }
}
