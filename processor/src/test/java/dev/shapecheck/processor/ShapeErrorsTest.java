package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

final class ShapeErrorsTest {
  @Test
  void kernelDoesNotFitPool2OutputOfTheSeedStack() {
    // The seed's stack on 14x14 images: pool2 outputs (2, 2, 64), too small for conv3.
    JavaFileObject file =
        source(
            "SmallMnist",
            "@Sequential(name = \"mnist_cnn\", input = {14, 14, 1})",
            "interface SmallMnist {",
            "  @Conv2D(filters = 32, kernelSize = 3) Layer conv1();",
            "  @MaxPooling2D(poolSize = 2) Layer pool1();",
            "  @Conv2D(filters = 64, kernelSize = 3) Layer conv2();",
            "  @MaxPooling2D(poolSize = 2) Layer pool2();",
            "  @Conv2D(filters = 64,",
            "      kernelSize = 3)",
            "  Layer conv3();",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 64) Layer dense1();",
            "  @Dense(units = 10) Layer output();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "KernelTooLarge",
        "      kernelSize = 3)",
        "[ShapeCheck/KernelTooLarge] conv3 (Conv2D): 3x3 kernel does not fit the (2, 2, 64)"
            + " output of pool2 — output would be (0, 0, 64)\n",
        "in model mnist_cnn, layer 5 of 8",
        "the shapes of the 3 layer(s) after conv3 were not checked");
  }

  @Test
  void poolLargerThanInput() {
    JavaFileObject file =
        source(
            "BigPool",
            "@Sequential(input = {4, 4, 3})",
            "interface BigPool {",
            "  @MaxPooling2D(",
            "      poolSize = 5)",
            "  Layer pool();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "PoolTooLarge",
        "poolSize = 5",
        "pool (MaxPooling2D): 5x5 pool does not fit the model input",
        "would be");
  }

  @Test
  void conv2DAfterFlatten() {
    JavaFileObject file =
        source(
            "FlatFirst",
            "@Sequential(input = {28, 28, 3})",
            "interface FlatFirst {",
            "  @Flatten Layer flatten();",
            "  @Conv2D(filters = 4, kernelSize = 3) Layer conv();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongRank",
        "Layer conv();",
        "conv (Conv2D): expects 3 dims",
        "output of flatten has 1",
        "apply Conv2D before @Flatten or global pooling");
  }

  @Test
  void conv2DOnFourDimensionalInput() {
    JavaFileObject file =
        source(
            "Volume",
            "@Sequential(input = {8, 8, 8, 3})",
            "interface Volume {",
            "  @Conv2D(filters = 4, kernelSize = 3) Layer conv();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongRank",
        "Layer conv();",
        "conv (Conv2D): expects 3 dims (height, width, channels)",
        "the model input (8, 8, 8, 3) has 4");
  }

  /**
   * Keras 3.15.1 builds and runs Flatten of an unknown dimension to (None, None) (corpus:
   * flatten_unknown in expected/keras/foundation.json); the Dense after it is what cannot be built.
   */
  @Test
  void flattenOfUnknownDimension() {
    JavaFileObject file =
        source(
            "Ragged",
            "@Sequential(input = {Shape.NONE, 28, 3})",
            "interface Ragged {",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 10) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "UnknownDimension",
        "@Dense(units = 10) Layer dense();",
        "dense (Dense): the last axis of",
        "output of flatten is unknown (None)",
        "Keras builds Flatten of an unknown dimension to (None, None)");
  }

  @Test
  void denseOnUnknownLastDimension() {
    JavaFileObject file =
        source(
            "OpenEnded",
            "@Sequential(input = {10, Shape.NONE})",
            "interface OpenEnded {",
            "  @Dense(units = 3) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "UnknownDimension",
        "@Dense(units = 3)",
        "dense (Dense): the last axis of the model input (10, None) is unknown (None)");
  }

  @Test
  void poolingPropagatesUnknownDimension() {
    JavaFileObject file =
        source(
            "Variable",
            "@Sequential(input = {Shape.NONE, 28, 3})",
            "interface Variable {",
            "  @MaxPooling2D Layer pool();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "test.VariableModel"))
        .contains("OUTPUT_SHAPE = Shape.of(Shape.NONE, ");
  }

  @Test
  void channelsNotDivisibleByGroups() {
    JavaFileObject file =
        source(
            "Grouped",
            "@Sequential(input = {28, 28, 3})",
            "interface Grouped {",
            "  @Conv2D(filters = 4, kernelSize = 3,",
            "      groups = 2)",
            "  Layer conv();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ChannelsNotDivisible",
        "groups = 2",
        "conv (Conv2D): 3 input channels do not split into groups = 2");
  }

  @Test
  void colorDegenerationOfGrayscaleImages() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {64, 64, 1})",
            "interface Augment {",
            "  @RandomColorDegeneration(factor = 0.5) Layer degenerate();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongChannels",
        "@RandomColorDegeneration(factor = 0.5) Layer degenerate();",
        "degenerate (RandomColorDegeneration): works on RGB images, 3 channels, but the model"
            + " input (64, 64, 1) has 1 channel",
        "needed: 3 channels");
  }

  @Test
  void stringsReachingANumericLayer() {
    JavaFileObject file =
        source(
            "Tags",
            "@Sequential(input = {8}, inputDtype = InputDType.STRING)",
            "interface Tags {",
            "  @Dense(units = 4) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongDtype",
        "@Dense(units = 4) Layer dense();",
        "dense (Dense): takes numbers, but the model input (8) is strings",
        "needed: a numeric input",
        "hint:   map the strings to indices first, e.g. @StringLookup(vocabularySize = ...)");
  }

  @Test
  void numbersReachingAStringLookup() {
    JavaFileObject file =
        source(
            "Tags",
            "@Sequential(input = {8})",
            "interface Tags {",
            "  @StringLookup(vocabularySize = 100) Layer lookup();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongDtype",
        "@StringLookup(vocabularySize = 100) Layer lookup();",
        "lookup (StringLookup): takes strings, but the model input (8) is numbers",
        "needed: a string input",
        "hint:   declare the model's input as strings, inputDtype = InputDType.STRING");
  }

  @Test
  void flattenedOutputTooLarge() {
    JavaFileObject file =
        source(
            "Huge",
            "@Sequential(input = {65536, 65536, 2})",
            "interface Huge {",
            "  @Flatten Layer flatten();",
            "  @Dense(units = 2) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "OutputTooLarge",
        "@Flatten Layer flatten();",
        "flatten (Flatten): an output dimension would be",
        "more than 2^31 - 1",
        "the shapes of the 1 layer(s) after flatten were not checked");
  }

  @Test
  void kernelParametersOverflowLong() {
    // 65536 * 65536 * (2^31 - 1) * (2^31 - 1) kernel weights: about 2^94.
    JavaFileObject file =
        source(
            "Enormous",
            "@Sequential(input = {65536, 65536, 2147483647})",
            "interface Enormous {",
            "  @Conv2D(filters = 2147483647, kernelSize = 65536) Layer conv();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ParameterOverflow",
        "Layer conv();",
        "conv (Conv2D): the Conv2D kernel parameter count exceeds 2^63 - 1");
  }

  @Test
  void onlyTheFirstShapeErrorIsReported() {
    // conv1 cannot fit; conv2 could not fit either, but its input is unknown, so it is skipped.
    JavaFileObject file =
        source(
            "Cascade",
            "@Sequential(input = {4, 4, 1})",
            "interface Cascade {",
            "  @Conv2D(filters = 8,",
            "      kernelSize = 5)",
            "  Layer conv1();",
            "  @Conv2D(filters = 8, kernelSize = 7) Layer conv2();",
            "  @Flatten Layer flatten();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "KernelTooLarge",
        "kernelSize = 5",
        "conv1 (Conv2D)",
        "the shapes of the 2 layer(s) after conv1 were not checked; fix this one first");
  }
}
