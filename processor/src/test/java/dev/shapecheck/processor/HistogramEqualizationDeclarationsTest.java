package dev.shapecheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code Equalization}, {@code ContrastLimitedAdaptiveHistogramEqualization} and {@code
 * MaxNumBoundingBoxes} declared as users write them: what Keras 3.15.1 builds and runs compiles,
 * and each error is placed on the layer or attribute at fault, with its tag.
 */
final class HistogramEqualizationDeclarationsTest {
  @Test
  void equalizationFirstThenTheOthersCompile() {
    JavaFileObject file =
        source(
            "Enhance",
            "@Sequential(input = {64, 64, 3})",
            "interface Enhance {",
            "  @Equalization(valueRange = {0, 1}, bins = 128) Layer equalize();",
            "  @ContrastLimitedAdaptiveHistogramEqualization(tileGridSize = {4, 4}) Layer clahe();",
            "  @MaxNumBoundingBoxes(maxNumber = 10) Layer boxes();",
            "  @Conv2D(filters = 8, kernelSize = 3) Layer conv();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void equalizationAfterAnotherLayerIsPlacedOnItsAnnotation() {
    JavaFileObject file =
        source(
            "Enhance",
            "@Sequential(input = {64, 64, 3})",
            "interface Enhance {",
            "  @Rescaling(scale = 255.0) Layer scale();",
            "  @Equalization Layer equalize();",
            "  @Conv2D(filters = 8, kernelSize = 3) Layer conv();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "ReturnsItsInput",
        "@Equalization",
        "equalize (Equalization): returns its input tensor itself (Keras 3.15.1's Equalization),"
            + " here the output of scale: Keras fails to build the model",
        "input:  (None, 64, 64, 3) from scale",
        "hint:   move it first, right after the input, or leave it out");
  }

  @Test
  void equalizationLastIsPlacedOnItsAnnotation() {
    JavaFileObject file =
        source(
            "Enhance",
            "@Sequential(input = {64, 64, 3})",
            "interface Enhance {",
            "  @Equalization Layer equalize();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "ReturnsItsInput",
        "@Equalization",
        "as the last layer it makes the model's input its output",
        "hint:   follow it with a layer, e.g. @Identity");
  }

  @Test
  void equalizationInAFunctionalModel() {
    JavaFileObject file =
        source(
            "Enhance",
            "@Functional",
            "interface Enhance {",
            "  @Input(shape = {64, 64, 3}) Layer image();",
            "  @Equalization Layer equalize(Layer image);",
            "  @Flatten Layer flat(Layer equalize);",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "ReturnsItsInput",
        "@Equalization",
        "which a functional model cannot hold: Keras leaves it out of the model");
  }

  @Test
  void equalizationValueRangeOfOneNumber() {
    JavaFileObject file =
        source(
            "Enhance",
            "@Sequential(input = {64, 64, 3})",
            "interface Enhance {",
            "  @Equalization(",
            "      valueRange = 255)",
            "  Layer equalize();",
            "  @Flatten Layer flat();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "valueRange = 255",
        "equalize (Equalization): valueRange has 1 value, but Keras's Equalization takes a list of"
            + " two numbers");
  }

  @Test
  void claheTilesTooManyForTheImageArePlacedOnTileGridSize() {
    JavaFileObject file =
        source(
            "Enhance",
            "@Sequential(input = {3, 3, 3})",
            "interface Enhance {",
            "  @ContrastLimitedAdaptiveHistogramEqualization(",
            "      tileGridSize = {8, 8})",
            "  Layer clahe();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "tileGridSize = {8, 8}",
        "clahe (ContrastLimitedAdaptiveHistogramEqualization): tileGridSize = {8, 8} makes 8 tiles"
            + " of 1 along the height (3)",
        "hint:   use fewer tiles (tileGridSize = {6, 6} or less)");
  }

  @Test
  void claheTileGridOfZero() {
    JavaFileObject file =
        source(
            "Enhance",
            "@Sequential(input = {16, 16, 3})",
            "interface Enhance {",
            "  @ContrastLimitedAdaptiveHistogramEqualization(",
            "      tileGridSize = {0, 4})",
            "  Layer clahe();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "tileGridSize = {0, 4}",
        "takes (rows, columns), each at least 1");
  }

  @Test
  void maxNumBoundingBoxesOnAVector() {
    JavaFileObject file =
        source(
            "Boxes",
            "@Sequential(input = {16})",
            "interface Boxes {",
            "  @MaxNumBoundingBoxes(maxNumber = 10) Layer boxes();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "WrongRank",
        "@MaxNumBoundingBoxes",
        "boxes (MaxNumBoundingBoxes): MaxNumBoundingBoxes expects images");
  }
}
