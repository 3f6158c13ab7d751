package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shapecheck.engine.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The "## Examples" block of the error catalogue (docs/errors.md) is this test's output: one small
 * declaration per error kind, compiled through the processor and printed as {@code mvn compile}
 * prints it ({@code [ERROR] <file>:[line,column] } before the first line, javac's indentation for
 * the detail lines). The test fails if any message in the catalogue differs from what the processor
 * prints today, and writes the current block to {@code target/error-catalogue-examples.md} to paste
 * in.
 *
 * <p>Not shown: warnings (they have their own section), {@code InternalError} (a defect in
 * ShapeCheck, which no declaration is known to trigger: {@code MalformedDeclarationsTest} and
 * {@code FuzzTest} exist to keep it so), and {@code InvalidOption}, which belongs to a compiler
 * option rather than a declaration (the processor options of docs/guide.md show it).
 */
final class ErrorCatalogueExamplesTest {
  private static final Set<ErrorKind> NOT_SHOWN =
      EnumSet.of(ErrorKind.INTERNAL_ERROR, ErrorKind.INVALID_OPTION);

  /** Where the catalogue pretends the fixtures live, as a user's project would. */
  private static final String PROJECT = "/home/you/app/src/main/java/";

  /** Surefire runs in the module's directory; the repository root is its parent. */
  private static final Path CATALOGUE = Path.of("..", "docs", "errors.md");

  private static final String TITLE = "# Error catalogue";
  private static final String HEADING = "## Examples";

  /** The declaration that triggers each kind, as the body of {@code example/<Tag>.java}. */
  private static Map<ErrorKind, String[]> fixtures() {
    Map<ErrorKind, String[]> f = new EnumMap<>(ErrorKind.class);
    f.put(
        ErrorKind.NOT_AN_INTERFACE, lines("@Sequential(input = {28, 28, 1})", "class MnistCnn {}"));
    f.put(
        ErrorKind.GENERIC_MODEL,
        lines(
            "@Sequential(input = {64})",
            "interface Classifier<T> {",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.INACCESSIBLE_MODEL,
        lines(
            "class Models {",
            "  @Sequential(input = {64})",
            "  private interface Classifier {",
            "    @Dense(units = 10) Layer output();",
            "  }",
            "}"));
    f.put(
        ErrorKind.CONFLICTING_MODEL_ANNOTATIONS,
        lines(
            "@Sequential(input = {64})",
            "@Functional",
            "interface Classifier {",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.LAYER_OUTSIDE_MODEL,
        lines(
            "@Sequential(input = {64})",
            "interface Classifier {",
            "  @Dense(units = 10) Layer output();",
            "",
            "  interface Head {",
            "    @Dense(units = 10) Layer logits();",
            "  }",
            "}"));
    f.put(
        ErrorKind.INHERITED_METHOD,
        lines(
            "interface Head {",
            "  @Dense(units = 10) Layer output();",
            "}",
            "",
            "@Sequential(input = {28, 28, 1})",
            "interface Classifier extends Head {",
            "  @Flatten Layer flatten();",
            "}"));
    f.put(ErrorKind.NO_LAYERS, lines("@Sequential(input = {28, 28, 1})", "interface Empty {}"));
    f.put(
        ErrorKind.METHOD_HAS_PARAMETERS,
        lines(
            "@Sequential(input = {64})",
            "interface Classifier {",
            "  @Dense(units = 10) Layer output(Layer previous);",
            "}"));
    f.put(
        ErrorKind.NOT_LAYER_RETURN_TYPE,
        lines(
            "@Sequential(input = {64})",
            "interface Classifier {",
            "  @Dense(units = 10) String output();",
            "}"));
    f.put(
        ErrorKind.MISSING_LAYER_ANNOTATION,
        lines(
            "@Sequential(input = {64})",
            "interface Classifier {",
            "  Layer hidden();",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.MULTIPLE_LAYER_ANNOTATIONS,
        lines(
            "@Sequential(input = {64})",
            "interface Classifier {",
            "  @Dense(units = 64) @Dropout(rate = 0.5) Layer hidden();",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.LAYER_ON_CONCRETE_METHOD,
        lines(
            "@Sequential(input = {64})",
            "interface Classifier {",
            "  @Dense(units = 10) Layer output();",
            "",
            "  @Dense(units = 64)",
            "  default Layer hidden() {",
            "    return null;",
            "  }",
            "}"));
    f.put(
        ErrorKind.GENERATED_NAME_CLASH,
        lines(
            "class Outer {",
            "  @Sequential(input = {64})",
            "  interface Inner {",
            "    @Dense(units = 10) Layer output();",
            "  }",
            "}",
            "",
            "@Sequential(input = {32})",
            "interface Outer_Inner {",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.RESERVED_NAME,
        lines(
            "@Sequential(input = {64})",
            "interface Classifier {",
            "  @Dense(units = 10) Layer summary();",
            "}"));
    f.put(
        ErrorKind.DUPLICATE_NAME,
        lines(
            "@Functional",
            "interface TwoHeads {",
            "  @Input(shape = {64}) Layer features();",
            "  @Input(shape = {8}) Layer extra();",
            "  @Dense(units = 10) Layer output(Layer features);",
            "  @Concatenate Layer output(Layer features, Layer extra);",
            "}"));
    f.put(
        ErrorKind.UNKNOWN_LAYER,
        lines(
            "// compiled against a newer runtime jar that has @Conv4D",
            "@Sequential(input = {8, 8, 8, 8, 1})",
            "interface Hyper {",
            "  @Conv4D(filters = 8) Layer conv();",
            "}"));
    f.put(
        ErrorKind.INVALID_MODEL_NAME,
        lines(
            "@Sequential(name = \"mnist/cnn\", input = {28, 28, 1})",
            "interface MnistCnn {",
            "  @Flatten Layer flatten();",
            "}"));
    f.put(
        ErrorKind.INVALID_INPUT,
        lines(
            "@Sequential(input = {28, 0, 1})",
            "interface MnistCnn {",
            "  @Flatten Layer flatten();",
            "}"));
    f.put(
        ErrorKind.OUTPUT_MISMATCH,
        lines(
            "@Sequential(input = {64}, expectOutput = {10})",
            "interface Classifier {",
            "  @Dense(units = 5) Layer output();",
            "}"));
    f.put(
        ErrorKind.SHAPE_MISMATCH,
        lines(
            "@Sequential(input = {28, 28, 1})",
            "interface MnistCnn {",
            "  @ExpectShape({14, 14, 32}) @Conv2D(filters = 32, kernelSize = 3) Layer conv1();",
            "}"));
    f.put(
        ErrorKind.BUDGET_EXCEEDED,
        lines(
            "@Sequential(input = {784}, maxParams = 100_000)",
            "interface Mlp {",
            "  @Dense(units = 512) Layer hidden();",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.INVALID_CONSTRAINT,
        lines(
            "@Sequential(input = {784}, maxMacs = -5)",
            "interface Mlp {",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.INVALID_BATCH_SIZE,
        lines(
            "@Sequential(input = {28, 28, 1}, batchSize = 0)",
            "interface MnistCnn {",
            "  @Flatten Layer flatten();",
            "}"));
    f.put(
        ErrorKind.INVALID_ARGUMENT,
        lines(
            "@Sequential(input = {28, 28, 1})",
            "interface MnistCnn {",
            "  @Conv2D(filters = 0, kernelSize = 3) Layer conv1();",
            "}"));
    f.put(
        ErrorKind.CONFLICTING_ARGUMENTS,
        lines(
            "@Sequential(input = {28, 28, 1})",
            "interface MnistCnn {",
            "  @Conv2D(filters = 32, kernelSize = 3, strides = 2, dilationRate = 2) Layer conv1();",
            "}"));
    f.put(
        ErrorKind.WRONG_RANK,
        lines(
            "@Sequential(input = {28, 28, 1})",
            "interface MnistCnn {",
            "  @Flatten Layer flatten();",
            "  @Conv2D(filters = 32, kernelSize = 3) Layer conv1();",
            "}"));
    f.put(
        ErrorKind.KERNEL_TOO_LARGE,
        lines(
            "@Sequential(input = {14, 14, 1})",
            "interface MnistCnn {",
            "  @Conv2D(filters = 32, kernelSize = 3) Layer conv1();",
            "  @MaxPooling2D(poolSize = 2) Layer pool1();",
            "  @Conv2D(filters = 64, kernelSize = 3) Layer conv2();",
            "  @MaxPooling2D(poolSize = 2) Layer pool2();",
            "  @Conv2D(filters = 64, kernelSize = 3) Layer conv3();",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.POOL_TOO_LARGE,
        lines(
            "@Sequential(input = {4, 4, 3})",
            "interface Tiny {",
            "  @MaxPooling2D(poolSize = 5) Layer pool();",
            "}"));
    f.put(
        ErrorKind.UNKNOWN_DIMENSION,
        lines(
            "@Sequential(input = {Shape.NONE, 28, 1})",
            "interface AnyHeight {",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.CHANNELS_NOT_DIVISIBLE,
        lines(
            "@Sequential(input = {28, 28, 3})",
            "interface Grouped {",
            "  @Conv2D(filters = 4, kernelSize = 3, groups = 2) Layer conv();",
            "}"));
    f.put(
        ErrorKind.WRONG_CHANNELS,
        lines(
            "@Sequential(input = {64, 64, 1})",
            "interface Augment {",
            "  @RandomColorDegeneration(factor = 0.5) Layer degenerate();",
            "}"));
    f.put(
        ErrorKind.WRONG_DTYPE,
        lines(
            "@Sequential(input = {8}, inputDtype = InputDType.STRING)",
            "interface Tags {", "  @Dense(units = 4) Layer dense();", "}"));
    f.put(
        ErrorKind.OUTPUT_TOO_LARGE,
        lines(
            "@Sequential(input = {65536, 65536, 2})",
            "interface Huge {",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 2) Layer output();",
            "}"));
    f.put(
        ErrorKind.PARAMETER_OVERFLOW,
        lines(
            "@Sequential(input = {65536, 65536, 2147483647})",
            "interface Enormous {",
            "  @Conv2D(filters = 2147483647, kernelSize = 65536) Layer conv();",
            "}"));
    f.put(
        ErrorKind.NO_INBOUND,
        lines(
            "@Functional",
            "interface Classifier {",
            "  @Input(shape = {64}) Layer features();",
            "  @Dense(units = 10) Layer output();",
            "}"));
    f.put(
        ErrorKind.UNKNOWN_INBOUND,
        lines(
            "@Functional",
            "interface Classifier {",
            "  @Input(shape = {64}) Layer features();",
            "  @Dense(units = 10) Layer output(Layer feature);",
            "}"));
    f.put(
        ErrorKind.FORWARD_REFERENCE,
        lines(
            "@Functional",
            "interface Classifier {",
            "  @Input(shape = {64}) Layer features();",
            "  @Dense(units = 10) Layer output(Layer hidden);",
            "  @Dense(units = 64) Layer hidden(Layer features);",
            "}"));
    f.put(
        ErrorKind.WRONG_INPUT_COUNT,
        lines(
            "@Functional",
            "interface Classifier {",
            "  @Input(shape = {64}) Layer text();",
            "  @Input(shape = {64}) Layer image();",
            "  @Dense(units = 10) Layer output(Layer text, Layer image);",
            "}"));
    f.put(
        ErrorKind.INCOMPATIBLE_INPUTS,
        lines(
            "@Functional",
            "interface Residual {",
            "  @Input(shape = {56, 56, 64}) Layer image();",
            "  @Conv2D(filters = 128, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer image);",
            "  @Add Layer add(Layer conv, Layer image);",
            "}"));
    f.put(
        ErrorKind.INVALID_OUTPUTS,
        lines(
            "@Functional(outputs = {\"logits\", \"logit\"})",
            "interface Classifier {",
            "  @Input(shape = {64}) Layer features();",
            "  @Dense(units = 10) Layer logits(Layer features);",
            "}"));
    f.put(
        ErrorKind.INVALID_BLOCK_USE,
        lines(
            "@Block",
            "interface Branches {",
            "  @Input Layer in();",
            "  @Dense(units = 8) Layer left(Layer in);",
            "  @Dense(units = 8) Layer right(Layer in);",
            "}",
            "",
            "@Functional",
            "interface Tower {",
            "  @Input(shape = {64}) Layer features();",
            "  @Apply(value = Branches.class, times = 3) Layer stack(Layer features);",
            "}"));
    f.put(
        ErrorKind.INVALID_OVERRIDE,
        lines(
            "@Block",
            "interface Bottleneck {",
            "  @Input Layer in();",
            "  @Conv2D(filters = 64, kernelSize = 1) Layer conv1(Layer in);",
            "  @Add Layer out(Layer conv1, Layer in);",
            "}",
            "",
            "@Functional",
            "interface Net {",
            "  @Input(shape = {56, 56, 64}) Layer image();",
            "  @Apply(value = Bottleneck.class, set = \"conv1.filter=128\") Layer block1(Layer image);",
            "}"));
    f.put(
        ErrorKind.INVALID_LAYER_NAME,
        lines(
            "@Block(names = \"{use}/{layer}\")",
            "interface Bottleneck {",
            "  @Input Layer in();",
            "  @Conv2D(filters = 64, kernelSize = 1) Layer conv1(Layer in);",
            "  @Add Layer out(Layer conv1, Layer in);",
            "}"));
    f.put(
        ErrorKind.BLOCK_CYCLE,
        lines(
            "@Block",
            "interface Fractal {",
            "  @Input Layer in();",
            "  @Conv2D(filters = 8, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer in);",
            "  @Apply(Fractal.class) Layer inner(Layer conv);",
            "}"));
    f.put(
        ErrorKind.NO_SUCH_OUTPUT,
        lines(
            "@Functional",
            "interface Seq2Seq {",
            "  @Input(shape = {Shape.NONE, 71}) Layer source();",
            "  @Input(shape = {Shape.NONE, 93}) Layer target();",
            "  @LSTM(units = 256, returnState = true) Layer encoder(Layer source);",
            "  @LSTM(units = 256, returnSequences = true) Layer decoder(Layer target,",
            "      @From(value = \"encoder\", output = 1) Layer h,",
            "      @From(value = \"encoder\", output = 3) Layer c);",
            "}"));
    f.put(
        ErrorKind.INITIAL_STATE_MISMATCH,
        lines(
            "@Functional",
            "interface Seq2Seq {",
            "  @Input(shape = {Shape.NONE, 71}) Layer source();",
            "  @Input(shape = {Shape.NONE, 93}) Layer target();",
            "  @GRU(units = 128, returnState = true) Layer encoder(Layer source);",
            "  @GRU(units = 256, returnSequences = true) Layer decoder(Layer target,",
            "      @From(value = \"encoder\", output = 1) Layer state);",
            "}"));
    f.put(
        ErrorKind.CELL_WITHOUT_RNN,
        lines(
            "@Sequential(input = {10, 8})",
            "interface Tagger {",
            "  @LSTMCell(units = 32) Layer cell();",
            "  @Dense(units = 5) Layer output();",
            "}"));
    f.put(
        ErrorKind.OPERATION_IN_SEQUENTIAL,
        lines(
            "@Sequential(input = {16})",
            "interface HardSigmoid {",
            "  @Dense(units = 16) Layer dense();",
            "  @ScalarOp(op = Operator.ADD, value = 3.0) Layer add();",
            "  @ReLU(maxValue = 6.0) Layer relu6();",
            "}"));
    f.put(
        ErrorKind.RETURNS_ITS_INPUT,
        lines(
            "@Sequential(input = {64, 64, 3})",
            "interface Enhance {",
            "  @Rescaling(scale = 255.0) Layer scale();",
            "  @Equalization Layer equalize();",
            "  @Conv2D(filters = 8, kernelSize = 3) Layer conv();",
            "}"));
    return f;
  }

  @Test
  void everyErrorKindHasAnExampleOrAReasonNotTo() {
    Set<ErrorKind> missing = EnumSet.noneOf(ErrorKind.class);
    for (ErrorKind kind : ErrorKind.values()) {
      if (!kind.isWarning() && !NOT_SHOWN.contains(kind) && !fixtures().containsKey(kind)) {
        missing.add(kind);
      }
    }
    assertWithMessage("error kinds without an example").that(missing).isEmpty();
  }

  @Test
  void catalogueShowsEveryExampleAsMavenPrintsIt() throws IOException {
    List<String> examples = new ArrayList<>();
    for (Map.Entry<ErrorKind, String[]> fixture : fixtures().entrySet()) {
      examples.add(example(fixture.getKey(), fixture.getValue()));
    }
    String block = block(examples);
    Path generated = Path.of("target", "error-catalogue-examples.md");
    Files.createDirectories(generated.getParent());
    Files.writeString(generated, block);

    String section = examplesSection(Files.readString(CATALOGUE));
    for (String example : examples) {
      assertWithMessage(
              "the %s of %s differs from what the processor prints; paste %s into it",
              HEADING, CATALOGUE, generated.toAbsolutePath())
          .that(section)
          .contains(example);
    }
    assertWithMessage("the %s block of %s; the current one is in %s", HEADING, CATALOGUE, generated)
        .that(section)
        .contains(block);
  }

  /** The one error of {@code kind}'s fixture as {@code mvn compile} prints it. */
  private static String example(ErrorKind kind, String[] body) {
    String name = "example." + kind.tag();
    List<String> all = new ArrayList<>();
    all.add("package example;");
    all.add("");
    all.add("import dev.shapecheck.*;");
    all.add("import dev.shapecheck.layers.*;");
    all.add("");
    all.addAll(List.of(body));
    JavaFileObject file = JavaFileObjects.forSourceLines(name, all);
    JavaFileObject conv4d = // a layer of a newer runtime, for UnknownLayer
        JavaFileObjects.forSourceLines(
            "dev.shapecheck.layers.Conv4D",
            "package dev.shapecheck.layers;",
            "public @interface Conv4D {",
            "  int filters();",
            "}");
    Compilation compilation =
        javac().withProcessors(new ShapeCheckProcessor()).compile(file, conv4d);
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertWithMessage("errors of the %s example", kind.tag()).that(errors).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    String message = error.getMessage(Locale.ROOT);
    assertWithMessage("the %s example", kind.tag()).that(message).startsWith(kind.prefix());
    return "[ERROR] "
        + PROJECT
        + "example/"
        + kind.tag()
        + ".java:["
        + error.getLineNumber()
        + ","
        + error.getColumnNumber()
        + "] "
        + message;
  }

  private static String block(List<String> examples) {
    return "```\n" + String.join("\n", examples) + "\n```\n";
  }

  /** The text from the "## Examples" heading to the next heading of the error catalogue. */
  private static String examplesSection(String catalogue) {
    assertWithMessage("%s starts with %s", CATALOGUE, TITLE)
        .that(catalogue.startsWith(TITLE + "\n"))
        .isTrue();
    int start = catalogue.indexOf("\n" + HEADING + "\n");
    assertWithMessage("%s has a %s section", CATALOGUE, HEADING).that(start).isAtLeast(0);
    int end = catalogue.indexOf("\n#", start + HEADING.length() + 2);
    return catalogue.substring(start, end < 0 ? catalogue.length() : end);
  }

  private static String[] lines(String... lines) {
    return lines;
  }
}
