package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shapecheck.processor.Compilations.assertMessageContains;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.errorTagged;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The warnings as javac prints them: tag, words and place of each; that they never stop generation;
 * their suppression; and the {@code -Ashapecheck.*} options.
 */
final class WarningsTest {
  /** The seed as TensorFlow's tutorial writes it, without the examples' suppression. */
  private static JavaFileObject seed(String... annotationsOnPool2) {
    List<String> lines = new ArrayList<>();
    lines.add("@Sequential(name = \"mnist_cnn\", input = {28, 28, 1})");
    lines.add("interface Seed {");
    lines.add(
        "  @Conv2D(filters = 32, kernelSize = 3, activation = "
            + "Activations.RELU) Layer conv1();");
    lines.add("  @MaxPooling2D(poolSize = 2) Layer pool1();");
    lines.add(
        "  @Conv2D(filters = 64, kernelSize = 3, activation = "
            + "Activations.RELU) Layer conv2();");
    lines.addAll(List.of(annotationsOnPool2));
    lines.add("  @MaxPooling2D(poolSize = 2) Layer pool2();");
    lines.add(
        "  @Conv2D(filters = 64, kernelSize = 3, activation = "
            + "Activations.RELU) Layer conv3();");
    lines.add("  @Flatten Layer flatten();");
    lines.add("  @Dense(units = 64, activation = Activations.RELU) Layer dense1();");
    lines.add("  @Dense(units = 10, activation = Activations.SOFTMAX) Layer output();");
    lines.add("}");
    return source("Seed", lines.toArray(new String[0]));
  }

  /** Asserts exactly one warning, tagged, on the line containing {@code line}, with the words. */
  private static void assertOnlyWarning(
      Compilation compilation, JavaFileObject file, String tag, String line, String... words) {
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[ShapeCheck/" + tag + "]")
        .inFile(file)
        .onLineContaining(line);
    assertMessageContains(compilation.warnings().get(0), words);
  }

  private static Compilation compileWith(List<String> options, JavaFileObject... files) {
    return javac().withProcessors(new ShapeCheckProcessor()).withOptions(options).compile(files);
  }

  @Test
  void droppedInputOnTheSeedsPool2() {
    JavaFileObject file = seed();
    Compilation compilation = compile(file);

    assertOnlyWarning(
        compilation,
        file,
        "DroppedInput",
        "Layer pool2()",
        "[ShapeCheck/DroppedInput] pool2 (MaxPooling2D): 2x2 pool with strides 2 and"
            + " Padding.VALID drops the last row (height) and the last column (width) of the"
            + " (11, 11, 64) output of conv2",
        "in model mnist_cnn, layer 4 of 8",
        "hint:    use padding = Padding.SAME (output (None, 6, 6, 64))");
  }

  @Test
  void droppedInputIsPlacedOnAnExplicitPadding() {
    JavaFileObject file =
        source(
            "Strided",
            "@Sequential(input = {10, 10, 3})",
            "interface Strided {",
            "  @Conv2D(filters = 8, kernelSize = 3, strides = 2,",
            "      padding = Padding.VALID)",
            "  Layer conv();",
            "}");

    assertOnlyWarning(
        compile(file),
        file,
        "DroppedInput",
        "padding = Padding.VALID)",
        "conv (Conv2D): 3x3 kernel with strides 2 and Padding.VALID drops the last row",
        "kernelSize = 4 keeps the output (None, 4, 4, 8)");
  }

  @Test
  void parameterExplosionOnVgg16sFc1() {
    JavaFileObject file =
        source(
            "VggTop",
            "@Sequential(name = \"vgg16\", input = {224, 224, 3})",
            "interface VggTop {",
            "  @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME) Layer block1_conv1();",
            "  @MaxPooling2D(poolSize = 32) Layer pool();",
            "  @Conv2D(filters = 512, kernelSize = 3, padding = Padding.SAME) Layer block5_conv();",
            "  @Flatten Layer flatten();",
            "  @Dense(",
            "      units = 4096, activation = Activations.RELU)",
            "  Layer fc1();",
            "  @Dense(units = 1000, activation = Activations.SOFTMAX) Layer predictions();",
            "}");

    assertOnlyWarning(
        compile(file),
        file,
        "ParameterExplosion",
        "units = 4096",
        "fc1 (Dense): holds 102,764,544 of the model's",
        "flatten (Flatten) turns the (7, 7, 512) output of block5_conv into 25,088 features",
        "replace flatten with @GlobalAveragePooling2D");
  }

  @Test
  void softmaxNotLast() {
    JavaFileObject file =
        source(
            "EarlySoftmax",
            "@Sequential(input = {16})",
            "interface EarlySoftmax {",
            "  @Dense(units = 8,",
            "      activation = Activations.SOFTMAX)",
            "  Layer probs();",
            "  @Dense(units = 2) Layer out();",
            "}");

    assertOnlyWarning(
        compile(file),
        file,
        "SoftmaxNotLast",
        "activation = Activations.SOFTMAX)",
        "probs (Dense): applies softmax, but it is not the last layer: out (Dense) computes on its"
            + " probabilities",
        "in model early_softmax, layer 1 of 2");
  }

  @Test
  void dropoutLast() {
    JavaFileObject file =
        source(
            "DropsLast",
            "@Sequential(input = {16})",
            "interface DropsLast {",
            "  @Dense(units = 2, activation = Activations.SOFTMAX) Layer out();",
            "  @Dropout(rate = 0.5) Layer drop();",
            "}");

    assertOnlyWarning(
        compile(file),
        file,
        "DropoutLast",
        "Layer drop()",
        "drop (Dropout): is the last layer",
        "does nothing at inference",
        "hint:   move drop before out, or remove it");
  }

  @Test
  void redundantActivation() {
    JavaFileObject file =
        source(
            "TwoRelus",
            "@Sequential(input = {28, 28, 1})",
            "interface TwoRelus {",
            "  @Conv2D(filters = 4, kernelSize = 3, activation = Activations.RELU) Layer conv();",
            "  @Activation(",
            "      activation = Activations.RELU)",
            "  Layer act();",
            "  @ReLU(maxValue = 6) Layer relu6();",
            "}");

    // relu6 after relu clips values above 6: not redundant
    assertOnlyWarning(
        compile(file),
        file,
        "RedundantActivation",
        "      activation = Activations.RELU)",
        "act (Activation): relu changes nothing after the relu of conv",
        "remove act, or give conv activation = Activations.LINEAR");
  }

  @Test
  void warningsDoNotStopGeneration() {
    Compilation compilation = compile(seed());

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.SeedModel");
  }

  @Test
  void suppressedOnTheMethod() {
    assertThat(compile(seed("  @SuppressWarnings(\"shapecheck:DroppedInput\")")))
        .succeededWithoutWarnings();
    assertThat(compile(seed("  @SuppressWarnings({\"unchecked\", \"shapecheck\"})")))
        .succeededWithoutWarnings();
    // another tag does not silence this one, which stays on the layer annotation
    JavaFileObject otherTag = seed("  @SuppressWarnings(\"shapecheck:DropoutLast\")");
    assertThat(compile(otherTag))
        .hadWarningContaining("[ShapeCheck/DroppedInput]")
        .inFile(otherTag)
        .onLineContaining("Layer pool2()");
  }

  @Test
  void suppressedOnTheInterfaceOrAnEnclosingClass() {
    JavaFileObject onInterface =
        source(
            "Quiet",
            "@SuppressWarnings(\"shapecheck:DroppedInput\")",
            "@Sequential(input = {11, 11, 1})",
            "interface Quiet {",
            "  @MaxPooling2D(poolSize = 2) Layer pool();",
            "  @Dropout(rate = 0.5) Layer drop();",
            "}");
    Compilation compilation = compile(onInterface);
    // only the other warning is left
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[ShapeCheck/DropoutLast]")
        .inFile(onInterface)
        .onLineContaining("Layer drop()");

    JavaFileObject onOuter =
        source(
            "Outer",
            "@SuppressWarnings(\"shapecheck\")",
            "class Outer {",
            "  @Sequential(input = {11, 11, 1})",
            "  interface Inner {",
            "    @MaxPooling2D(poolSize = 2) Layer pool();",
            "    @Dropout(rate = 0.5) Layer drop();",
            "  }",
            "}");
    assertThat(compile(onOuter)).succeededWithoutWarnings();
  }

  @Test
  void warningsNoneSilencesEveryWarning() {
    assertThat(compileWith(List.of("-Ashapecheck.warnings=none"), seed()))
        .succeededWithoutWarnings();
    assertThat(compileWith(List.of("-Ashapecheck.warnings=all"), seed()))
        .hadWarningContaining("[ShapeCheck/DroppedInput]");
  }

  @Test
  void verbosePrintsEachGeneratedModelsSummaryAsANote() {
    JavaFileObject file = seed("  @SuppressWarnings(\"shapecheck:DroppedInput\")");
    Compilation compilation = compileWith(List.of("-Ashapecheck.verbose=true"), file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining("[ShapeCheck] SeedModel generated; model summary:\n")
        .inFile(file)
        .onLineContaining("@Sequential");
    assertThat(compilation).hadNoteContaining("Model: \"mnist_cnn\"");
    assertThat(compilation).hadNoteContaining("pool2 (MaxPooling2D)         (None, 5, 5, 64)");
    assertThat(compilation).hadNoteContaining("Total params: 93,322");
    assertThat(notes(compileWith(List.of("-Ashapecheck.verbose=false"), file))).isEmpty();
    assertThat(notes(compile(file))).isEmpty();
  }

  @Test
  void aBadOptionValueIsOneErrorOnTheFirstModel() {
    JavaFileObject first =
        source(
            "AFirst",
            "@Sequential(input = {4})",
            "interface AFirst {",
            "  @Dense(units = 2) Layer out();",
            "}");
    JavaFileObject second =
        source(
            "BSecond",
            "@Sequential(input = {4})",
            "interface BSecond {",
            "  @Dense(units = 2) Layer out();",
            "}");
    Compilation compilation =
        compileWith(List.of("-Ashapecheck.warnings=some"), second, first, seed());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ShapeCheck/InvalidOption] -Ashapecheck.warnings=some is not a value ShapeCheck"
                + " accepts: use none or all")
        .inFile(first)
        .onLineContaining("@Sequential");
    assertMessageContains(
        errorTagged(compilation, "InvalidOption"),
        "needed: -Ashapecheck.warnings=none or -Ashapecheck.warnings=all",
        "applies to every model of the compilation");
    // the option falls back to all: the models are still checked and warned about
    assertThat(compilation).hadWarningContaining("[ShapeCheck/DroppedInput]");
  }

  @Test
  void aBadVerboseValueNamesItsAcceptedValues() {
    Compilation compilation = compileWith(List.of("-Ashapecheck.verbose=yes"), seed());

    assertThat(compilation).hadErrorCount(1);
    assertMessageContains(
        errorTagged(compilation, "InvalidOption"),
        "-Ashapecheck.verbose=yes is not a value ShapeCheck accepts: use true or false");
  }

  @Test
  void theOptionsAreDeclared() {
    assertThat(new ShapeCheckProcessor().getSupportedOptions())
        .containsExactly("shapecheck.warnings", "shapecheck.verbose");
  }

  private static List<String> notes(Compilation compilation) {
    List<String> notes = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> note : compilation.notes()) {
      String message = note.getMessage(Locale.ROOT);
      assertWithMessage("note").that(message).isNotNull();
      if (message.contains("ShapeCheck")) {
        notes.add(message);
      }
    }
    return notes;
  }
}
