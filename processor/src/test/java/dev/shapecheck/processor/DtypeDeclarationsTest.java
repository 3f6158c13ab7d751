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

/**
 * Typed functional inputs ({@code @Input(dtype)}), HashedCrossing, and strings through the layers
 * Keras runs on them: read from source, judged, and the errors placed and tagged.
 */
final class DtypeDeclarationsTest {
  @Test
  void aStringInputReachingDenseIsWrongDtypeOnTheDense() {
    JavaFileObject file =
        source(
            "TextHead",
            "@Functional",
            "interface TextHead {",
            "  @Input(shape = {4}, dtype = InputDType.STRING) Layer text();",
            "  @Dense(units = 2) Layer head(Layer text);",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongDtype",
        "@Dense(units = 2) Layer head(Layer text);",
        "head (Dense): takes numbers, but the (4) output of text is strings",
        "needed: a numeric input",
        "hint:   map the strings to indices first");
  }

  @Test
  void aTypedInputIsWrittenInTheKerasJson() {
    JavaFileObject file =
        source(
            "Tokens",
            "@Functional",
            "interface Tokens {",
            "  @Input(shape = {2, 3}, dtype = InputDType.INT32) Layer ids();",
            "  @Flatten Layer flat(Layer ids);",
            "  @Embedding(inputDim = 20, outputDim = 2) Layer embed(Layer flat);",
            "}");

    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    String model = generatedSource(c, "test.TokensModel");
    // The InputLayer, and the int32 the Flatten keeps (Keras's symbolic dtype) on embed's input.
    assertThat(model).contains("\\\"batch_shape\\\": [null, 2, 3], \\\"dtype\\\": \\\"int32\\\"");
    assertThat(model)
        .contains(
            "\\\"shape\\\": [null, 6], \\\"dtype\\\": \\\"int32\\\", \\\"keras_history\\\":"
                + " [\\\"flat\\\", 0, 0]");
  }

  @Test
  void hashedCrossingOfFloatsIsWrongDtype() {
    JavaFileObject file =
        source(
            "FloatCross",
            "@Functional",
            "interface FloatCross {",
            "  @Input(shape = {1}) Layer a();",
            "  @Input(shape = {1}, dtype = InputDType.INT64) Layer b();",
            "  @HashedCrossing(numBins = 8) Layer crossed(Layer a, Layer b);",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongDtype",
        "@HashedCrossing(numBins = 8) Layer crossed(Layer a, Layer b);",
        "crossed (HashedCrossing): crosses integers or strings, but the (1) output of a is"
            + " floats",
        "hint:   declare the input with @Input(shape = {1}, dtype = InputDType.INT64)");
  }

  @Test
  void hashedCrossingOfThreeInputsIsWrongInputCount() {
    JavaFileObject file =
        source(
            "ThreeCross",
            "@Functional",
            "interface ThreeCross {",
            "  @Input(shape = {1}, dtype = InputDType.STRING) Layer a();",
            "  @Input(shape = {1}, dtype = InputDType.STRING) Layer b();",
            "  @Input(shape = {1}, dtype = InputDType.STRING) Layer c();",
            "  @HashedCrossing(numBins = 8) Layer crossed(Layer a, Layer b, Layer c);",
            "}");

    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ShapeCheck/WrongInputCount]").inFile(file);
    assertThat(c).hadErrorContaining("receives 3 inputs, but HashedCrossing takes exactly 2");
  }

  @Test
  void hashedCrossingOfWideInputsIsWrongRank() {
    JavaFileObject file =
        source(
            "WideCross",
            "@Functional",
            "interface WideCross {",
            "  @Input(shape = {2}, dtype = InputDType.INT64) Layer a();",
            "  @Input(shape = {2}, dtype = InputDType.INT64) Layer b();",
            "  @HashedCrossing(numBins = 8) Layer crossed(Layer a, Layer b);",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongRank",
        "@HashedCrossing(numBins = 8) Layer crossed(Layer a, Layer b);",
        "crosses one value per sample, but the (2) output of a has shape (None, 2)");
  }

  @Test
  void hashedCrossingOutputModeMultiHotIsInvalidArgument() {
    JavaFileObject file =
        source(
            "HotCross",
            "@Functional",
            "interface HotCross {",
            "  @Input(shape = {1}, dtype = InputDType.STRING) Layer a();",
            "  @Input(shape = {1}, dtype = InputDType.STRING) Layer b();",
            "  @HashedCrossing(numBins = 8, outputMode = OutputMode.MULTI_HOT)",
            "  Layer crossed(Layer a, Layer b);",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "outputMode = OutputMode.MULTI_HOT",
        "Keras's HashedCrossing takes only INT and ONE_HOT");
  }

  @Test
  void aBlockInputDeclaringAnotherDtypeThanArrivesIsInvalidBlockUse() {
    JavaFileObject file =
        source(
            "TextModel",
            "@Block",
            "interface Ids {",
            "  @Input(dtype = InputDType.INT64) Layer in();",
            "  @Embedding(inputDim = 10, outputDim = 2) Layer embed(Layer in);",
            "}",
            "",
            "@Functional",
            "interface TextModel {",
            "  @Input(shape = {3}, dtype = InputDType.STRING) Layer text();",
            "  @Apply(Ids.class) Layer ids(Layer text);",
            "}");

    Compilation c = compile(file);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[ShapeCheck/InvalidBlockUse]")
        .inFile(file)
        .onLineContaining("@Apply(Ids.class) Layer ids(Layer text);");
    assertThat(c)
        .hadErrorContaining(
            "receives a tensor of string, but ids declares this input with dtype = InputDType.INT64");
  }

  @Test
  void integersReachingAConvolutionThroughADropoutAreWrongDtype() {
    JavaFileObject file =
        source(
            "IntConv",
            "@Sequential(input = {4, 3}, inputDtype = InputDType.INT32)",
            "interface IntConv {",
            "  @Dropout(rate = 0.5) Layer drop();",
            "  @Conv1D(filters = 2, kernelSize = 2) Layer conv();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "WrongDtype",
        "@Conv1D(filters = 2, kernelSize = 2) Layer conv();",
        "conv (Conv1D): takes floats, but the (4, 3) output of drop is integers",
        "needed: a float input (Keras builds Conv1D on integers, but its kernels fail on them",
        "hint:   look integer ids up with @Embedding first, or cast them to floats");
  }

  @Test
  void stringsPassAFlattenAndADropoutToAStringLookup() {
    JavaFileObject file =
        source(
            "TextRows",
            "@Sequential(input = {2, 3}, inputDtype = InputDType.STRING)",
            "interface TextRows {",
            "  @Flatten Layer flat();",
            "  @Dropout(rate = 0.1) Layer drop();",
            "  @StringLookup(vocabularySize = 5) Layer ids();",
            "}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }
}
