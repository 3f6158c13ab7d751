package dev.shapecheck.processor;

import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

final class ArgumentErrorsTest {
  /** A model of one layer on a {@code (28, 28, 3)} input, declared by {@code layerLines}. */
  private static JavaFileObject layer(String... layerLines) {
    String[] lines = new String[layerLines.length + 4];
    lines[0] = "@Sequential(input = {28, 28, 3})";
    lines[1] = "interface OneLayer {";
    System.arraycopy(layerLines, 0, lines, 2, layerLines.length);
    lines[lines.length - 2] = "  Layer first();";
    lines[lines.length - 1] = "}";
    return source("OneLayer", lines);
  }

  @Test
  void zeroFilters() {
    JavaFileObject file = layer("  @Conv2D(", "      filters = 0,", "      kernelSize = 3)");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "filters = 0",
        "first (Conv2D): filters = 0, but it must be a positive integer",
        "layer 1 of 1");
  }

  @Test
  void negativeFilters() {
    JavaFileObject file = layer("  @Conv2D(", "      filters = -3,", "      kernelSize = 3)");

    assertOnlyError(
        compile(file), file, "InvalidArgument", "filters = -3", "filters = -3, but it must be");
  }

  @Test
  void zeroUnits() {
    JavaFileObject file = layer("  @Dense(", "      units = 0)");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "units = 0",
        "first (Dense): units = 0, but it must be a positive integer");
  }

  @Test
  void emptyKernelSize() {
    JavaFileObject file = layer("  @Conv2D(filters = 8,", "      kernelSize = {})");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "kernelSize = {}",
        "kernelSize is empty, but Conv2D takes 1 or 2");
  }

  @Test
  void kernelSizeOfWrongArity() {
    JavaFileObject file = layer("  @Conv2D(filters = 8,", "      kernelSize = {3, 3, 3})");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "kernelSize = {3, 3, 3}",
        "kernelSize has 3 values, but Conv2D takes 1 or 2");
  }

  @Test
  void zeroInKernelSize() {
    JavaFileObject file = layer("  @Conv2D(filters = 8,", "      kernelSize = {3, 0})");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "kernelSize = {3, 0}",
        "kernelSize=(3, 0), but every value must be a positive integer");
  }

  @Test
  void zeroStride() {
    JavaFileObject file = layer("  @Conv2D(filters = 8, kernelSize = 3,", "      strides = {0})");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "strides = {0}",
        "strides=0, but every value must be a positive integer");
  }

  @Test
  void dilationWithStrides() {
    JavaFileObject file =
        layer(
            "  @Conv2D(filters = 8, kernelSize = 3,",
            "      strides = {2},",
            "      dilationRate = {2})");

    assertOnlyError(
        compile(file),
        file,
        "ConflictingArguments",
        "dilationRate = {2}",
        "strides",
        "dilationRate",
        "Keras does not support both above 1");
  }

  @Test
  void zeroGroups() {
    JavaFileObject file = layer("  @Conv2D(filters = 8, kernelSize = 3,", "      groups = 0)");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "groups = 0",
        "groups = 0, but it must be a positive integer");
  }

  @Test
  void filtersNotDivisibleByGroups() {
    JavaFileObject file = layer("  @Conv2D(filters = 10, kernelSize = 3,", "      groups = 3)");

    assertOnlyError(
        compile(file),
        file,
        "ConflictingArguments",
        "groups = 3",
        "filters = 10 do not split into groups = 3");
  }

  @Test
  void causalPaddingOnConv2D() {
    JavaFileObject file =
        layer("  @Conv2D(filters = 8, kernelSize = 3,", "      padding = Padding.CAUSAL)");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "padding = Padding.CAUSAL",
        "padding = Padding.CAUSAL, but only 1-D convolutions pad causally");
  }

  @Test
  void causalPaddingOnMaxPooling2D() {
    JavaFileObject file = layer("  @MaxPooling2D(", "      padding = Padding.CAUSAL)");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "padding = Padding.CAUSAL",
        "first (MaxPooling2D): padding = Padding.CAUSAL, but pooling pads only VALID or SAME");
  }

  @Test
  void zeroPoolSize() {
    JavaFileObject file = layer("  @MaxPooling2D(", "      poolSize = 0)");

    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "poolSize = 0",
        "poolSize=0, but every value must be a positive integer");
  }
}
