package dev.shapecheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The colour and warp augmentation layers declared as users write them: a clean stack compiles, and
 * each argument Keras 3.15.1's constructors reject is an error placed on its attribute.
 */
final class ColorAugmentationDeclarationsTest {
  @Test
  void aStackOfEveryLayerCompiles() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {64, 64, 1})",
            "interface Augment {",
            "  @RandomHue(factor = 0.2) Layer hue();",
            "  @RandomSaturation(factor = {0.2, 0.8}) Layer saturation();",
            "  @RandomSharpness(factor = 0.5) Layer sharpness();",
            "  @RandomInvert Layer invert();",
            "  @RandomGrayscale(factor = 0.3) Layer grayscale();",
            "  @Solarization(thresholdFactor = 0.5) Layer solarize();",
            "  @AutoContrast(valueRange = {0, 1}) Layer contrast();",
            "  @RandomPosterization(factor = {2, 6}) Layer posterize();",
            "  @RandomPerspective(scale = 0.5, interpolation = Interpolation.NEAREST) Layer warp();",
            "  @RandomElasticTransform(fillMode = FillMode.WRAP) Layer elastic();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void hueFactorOutsideZeroOne() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {64, 64, 3})",
            "interface Augment {",
            "  @RandomHue(",
            "      factor = -0.5)",
            "  Layer hue();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "factor = -0.5",
        "hue (RandomHue): factor = {-0.5}, but Keras's RandomHue takes one number or a (lower,"
            + " upper) pair in [0, 1]");
  }

  @Test
  void perspectiveInterpolationKerasDoesNotRun() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {64, 64, 3})",
            "interface Augment {",
            "  @RandomPerspective(",
            "      interpolation = Interpolation.BICUBIC)",
            "  Layer warp();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "interpolation = Interpolation.BICUBIC",
        "warp (RandomPerspective): interpolation = Interpolation.BICUBIC, but Keras's"
            + " RandomPerspective runs only BILINEAR and NEAREST");
  }

  @Test
  void posterizationBitsAboveEight() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {64, 64, 3})",
            "interface Augment {",
            "  @RandomPosterization(",
            "      factor = 9)",
            "  Layer posterize();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "factor = 9",
        "posterize (RandomPosterization): factor = {9}, but Keras's RandomPosterization takes one"
            + " number of bits");
  }

  @Test
  void aSampleOfRankFourFailsAsKerasRunsIt() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {2, 64, 64, 3})",
            "interface Augment {",
            "  @Solarization Layer solarize();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "WrongRank",
        "@Solarization Layer solarize();",
        "solarize (Solarization)");
  }

  @Test
  void compositesCompile() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {64, 64, 3})",
            "interface Augment {",
            "  @RandomColorJitter(brightnessFactor = 0.2, hueFactor = {0.1, 0.3}) Layer jitter();",
            "  @AugMix(allOps = false, factor = {0.2, 0.6}) Layer augmix();",
            "  @RandAugment(numOps = 3, interpolation = Interpolation.NEAREST) Layer randaug();",
            "}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void augMixFactorStraddlingZero() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {64, 64, 3})",
            "interface Augment {",
            "  @AugMix(",
            "      factor = {-0.5, 0.5})",
            "  Layer augmix();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "factor = {-0.5, 0.5}",
        "augmix (AugMix): factor = {-0.5, 0.5}, but Keras's AugMix takes");
  }

  @Test
  void colorJitterSaturationWithOneValueRange() {
    JavaFileObject file =
        source(
            "Augment",
            "@Sequential(input = {64, 64, 3})",
            "interface Augment {",
            "  @RandomColorJitter(saturationFactor = 0.5,",
            "      valueRange = 255)",
            "  Layer jitter();",
            "}");
    assertOnlyError(
        compile(file),
        file,
        "InvalidArgument",
        "valueRange = 255",
        "jitter (RandomColorJitter): valueRange has 1 value");
  }
}
