package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shapecheck.processor.Compilations.assertOnlyError;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.generatedSource;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.Problem;
import dev.shapecheck.engine.ShapeEngine;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Declarations no one should write, and ShapeCheck must still survive: each gets exactly the
 * expected {@code [ShapeCheck/...]} error (or javac's own), on the right line, and never an {@code
 * InternalError} or "An annotation processor threw an uncaught exception".
 *
 * <p>How each kind of method of a {@code @Sequential} interface is treated:
 *
 * <ul>
 *   <li><b>abstract</b> methods declared in the interface are the layers, in source order; one that
 *       redeclares an inherited method is the interface's own, hence a layer;
 *   <li><b>default</b>, <b>static</b> and <b>private</b> methods are the user's helpers and are
 *       ignored, unless they carry a layer annotation ({@code LayerOnConcreteMethod}) or a default
 *       one is named {@code summary()}, {@code clone()} or {@code finalize()}, which the generated
 *       class cannot live with ({@code ReservedName});
 *   <li><b>inherited</b> abstract methods are an error ({@code InheritedMethod}): ECJ and javac
 *       order inherited members differently, so they cannot give a layer order; inherited default
 *       methods are helpers like the interface's own, and their annotations are not read;
 *   <li>methods of a <b>local</b> interface are never seen: javac hands annotation processors no
 *       local types, so a local {@code @Sequential} interface is neither checked nor generated.
 * </ul>
 *
 * <p>Unknown enum constants and layer types arise when the runtime jar on the classpath is newer
 * than the processor: simulated here by compiling a newer copy of the annotation's source.
 */
final class MalformedDeclarationsTest {
  /** One layer with bad arguments on a model of its own. */
  static final class OneLayer {
    final String id;
    final String input;
    final String annotation;
    final String tag;
    final String line;
    final String headline;

    OneLayer(String id, String input, String annotation, String tag, String line, String headline) {
      this.id = id;
      this.input = input;
      this.annotation = annotation;
      this.tag = tag;
      this.line = line;
      this.headline = headline;
    }

    String interfaceName() {
      return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    JavaFileObject source() {
      return Compilations.source(
          interfaceName(),
          "@Sequential(input = " + input + ")",
          "interface " + interfaceName() + " {",
          "  " + annotation,
          "  Layer layer();",
          "}");
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private static OneLayer invalid(
      String id, String input, String annotation, String line, String headline) {
    return new OneLayer(id, input, annotation, "InvalidArgument", line, headline);
  }

  /** Negative, zero, huge, empty, wrong-arity and non-finite arguments across the catalogue. */
  static List<OneLayer> badArguments() {
    String image = "{8, 8, 3}";
    String sequence = "{10, 4}";
    String volume = "{4, 4, 4, 1}";
    String flat = "{8}";
    return List.of(
        invalid(
            "conv1dFiltersNone",
            sequence,
            "@Conv1D(kernelSize = 3, filters = Shape.NONE)",
            "filters = Shape.NONE",
            "filters = -1, but it must be a positive integer"),
        invalid(
            "conv3dFiltersMin",
            volume,
            "@Conv3D(kernelSize = 1, filters = Integer.MIN_VALUE)",
            "filters = Integer.MIN_VALUE",
            "filters = -2147483648, but it must be a positive integer"),
        invalid(
            "conv2dNegativeKernel",
            image,
            "@Conv2D(filters = 2, kernelSize = {-3})",
            "kernelSize = {-3}",
            "kernelSize=-3, but every value must be a positive integer"),
        invalid(
            "conv2dKernelNone",
            image,
            "@Conv2D(filters = 2, kernelSize = {Shape.NONE, 3})",
            "kernelSize = {Shape.NONE, 3}",
            "kernelSize=(-1, 3), but every value must be a positive integer"),
        invalid(
            "conv2dZeroSecondStride",
            image,
            "@Conv2D(filters = 2, kernelSize = 3, strides = {2, 0})",
            "strides = {2, 0}",
            "strides=(2, 0), but every value must be a positive integer"),
        invalid(
            "conv2dZeroDilation",
            image,
            "@Conv2D(filters = 2, kernelSize = 3, dilationRate = {0})",
            "dilationRate = {0}",
            "dilationRate=0, but every value must be a positive integer"),
        invalid(
            "conv2dDilationArity",
            image,
            "@Conv2D(filters = 2, kernelSize = 3, dilationRate = {1, 1, 1})",
            "dilationRate = {1, 1, 1}",
            "dilationRate has 3 values, but Conv2D takes 1 or 2"),
        invalid(
            "conv2dEmptyStrides",
            image,
            "@Conv2D(filters = 2, kernelSize = 3, strides = {})",
            "strides = {}",
            "strides is empty, but Conv2D takes 1 or 2"),
        invalid(
            "conv2dGroupsMin",
            image,
            "@Conv2D(filters = 2, kernelSize = 3, groups = Integer.MIN_VALUE)",
            "groups = Integer.MIN_VALUE",
            "groups = -2147483648, but it must be a positive integer"),
        invalid(
            "conv1dKernelArity",
            sequence,
            "@Conv1D(filters = 2, kernelSize = {3, 3})",
            "kernelSize = {3, 3}",
            "kernelSize has 2 values, but Conv1D takes 1"),
        invalid(
            "conv3dKernelArity",
            volume,
            "@Conv3D(filters = 2, kernelSize = {3, 3})",
            "kernelSize = {3, 3}",
            "kernelSize has 2 values, but Conv3D takes 1 or 3"),
        invalid(
            "conv3dCausal",
            volume,
            "@Conv3D(filters = 2, kernelSize = 3, padding = Padding.CAUSAL)",
            "padding = Padding.CAUSAL",
            "padding = Padding.CAUSAL, but only 1-D convolutions pad causally"),
        invalid(
            "conv2dTransposeZeroFilters",
            image,
            "@Conv2DTranspose(kernelSize = 3, filters = 0)",
            "filters = 0",
            "filters = 0, but it must be a positive integer"),
        invalid(
            "conv2dTransposeNegativeOutputPadding",
            image,
            "@Conv2DTranspose(filters = 2, kernelSize = 3, outputPadding = {-1})",
            "outputPadding = {-1}",
            "outputPadding=-1, but every value must be at least 0"),
        invalid(
            "conv1dTransposeOutputPaddingArity",
            sequence,
            "@Conv1DTranspose(filters = 2, kernelSize = 3, outputPadding = {1, 1})",
            "outputPadding = {1, 1}",
            "outputPadding has 2 values, but Conv1DTranspose takes 1 (or none)"),
        invalid(
            "conv3dTransposeStridesMin",
            volume,
            "@Conv3DTranspose(filters = 2, kernelSize = 3, strides = Integer.MIN_VALUE)",
            "strides = Integer.MIN_VALUE",
            "strides=-2147483648, but every value must be a positive integer"),
        invalid(
            "depthwise2dZeroMultiplier",
            image,
            "@DepthwiseConv2D(kernelSize = 3, depthMultiplier = 0)",
            "depthMultiplier = 0",
            "depthMultiplier = 0, but it must be a positive integer"),
        invalid(
            "depthwise1dMultiplierMin",
            sequence,
            "@DepthwiseConv1D(kernelSize = 3, depthMultiplier = Integer.MIN_VALUE)",
            "depthMultiplier = Integer.MIN_VALUE",
            "depthMultiplier = -2147483648, but it must be a positive integer"),
        invalid(
            "separable2dNegativeMultiplier",
            image,
            "@SeparableConv2D(filters = 2, kernelSize = 3, depthMultiplier = -1)",
            "depthMultiplier = -1",
            "depthMultiplier = -1, but it must be a positive integer"),
        invalid(
            "separable1dZeroFilters",
            sequence,
            "@SeparableConv1D(kernelSize = 3, filters = 0)",
            "filters = 0",
            "filters = 0, but it must be a positive integer"),
        // Keras 3.15.1's BaseConv raises for strides > 1 with dilation > 1; its separable and
        // depthwise bases build and run them (expected/keras/convolution.json), so Conv2D here.
        new OneLayer(
            "conv2dStridesAndDilation",
            image,
            "@Conv2D(filters = 2, kernelSize = 3, strides = 2, dilationRate = 2)",
            "ConflictingArguments",
            "dilationRate = 2",
            "strides=(2, 2) together with dilationRate=(2, 2): Keras does not support both"
                + " above 1"),
        invalid(
            "denseUnitsNone",
            flat,
            "@Dense(units = Shape.NONE)",
            "units = Shape.NONE",
            "units = -1, but it must be a positive integer"),
        invalid(
            "denseUnitsMin",
            flat,
            "@Dense(units = Integer.MIN_VALUE)",
            "units = Integer.MIN_VALUE",
            "units = -2147483648, but it must be a positive integer"),
        invalid(
            "maxPool1dNegative",
            sequence,
            "@MaxPooling1D(poolSize = {-2})",
            "poolSize = {-2}",
            "poolSize=-2, but every value must be a positive integer"),
        invalid(
            "avgPool3dArity",
            volume,
            "@AveragePooling3D(poolSize = {2, 2})",
            "poolSize = {2, 2}",
            "poolSize has 2 values, but AveragePooling3D takes 1 or 3"),
        invalid(
            "maxPool2dZeroStrides",
            image,
            "@MaxPooling2D(strides = {0})",
            "strides = {0}",
            "strides=0, but every value must be a positive integer"),
        invalid(
            "avgPool2dEmpty",
            image,
            "@AveragePooling2D(poolSize = {})",
            "poolSize = {}",
            "poolSize is empty, but AveragePooling2D takes 1 or 2"),
        invalid(
            "maxPool3dCausal",
            volume,
            "@MaxPooling3D(padding = Padding.CAUSAL)",
            "padding = Padding.CAUSAL",
            "padding = Padding.CAUSAL, but pooling pads only VALID or SAME"),
        invalid(
            "zeroPadding2dNegative",
            image,
            "@ZeroPadding2D(padding = {-1})",
            "padding = {-1}",
            "padding = {-1}, but no value may be negative"),
        invalid(
            "zeroPadding3dArity",
            volume,
            "@ZeroPadding3D(padding = {1, 1, 1, 1, 1})",
            "padding = {1, 1, 1, 1, 1}",
            "padding has 5 values, but ZeroPadding3D takes 1, 3 or 6"),
        invalid(
            "zeroPadding1dArity",
            sequence,
            "@ZeroPadding1D(padding = {1, 2, 3})",
            "padding = {1, 2, 3}",
            "padding has 3 values, but ZeroPadding1D takes 1 or 2"),
        invalid(
            "cropping1dNegative",
            sequence,
            "@Cropping1D(cropping = {-1})",
            "cropping = {-1}",
            "cropping = {-1}, but no value may be negative"),
        invalid(
            "cropping3dArity",
            volume,
            "@Cropping3D(cropping = {1, 2, 3, 4})",
            "cropping = {1, 2, 3, 4}",
            "cropping has 4 values, but Cropping3D takes 1, 3 or 6"),
        invalid(
            "cropping2dEverything",
            image,
            "@Cropping2D(cropping = {4})",
            "cropping = {4}",
            "cropping ((4, 4), (4, 4)) leaves nothing of the model input (8, 8, 3)"),
        invalid(
            "upSampling1dZero",
            sequence,
            "@UpSampling1D(size = 0)",
            "size = 0",
            "size = 0, but it must be a positive integer"),
        invalid(
            "upSampling2dNegative",
            image,
            "@UpSampling2D(size = {-2})",
            "size = {-2}",
            "size=-2, but every value must be a positive integer"),
        invalid(
            "upSampling3dArity",
            volume,
            "@UpSampling3D(size = {2, 2})",
            "size = {2, 2}",
            "size has 2 values, but UpSampling3D takes 1 or 3"),
        invalid(
            "repeatVectorZero",
            flat,
            "@RepeatVector(n = 0)",
            "n = 0",
            "n = 0, but it must be at least 1"),
        invalid(
            "repeatVectorNone",
            flat,
            "@RepeatVector(n = Shape.NONE)",
            "n = Shape.NONE",
            "n = -1, but it must be at least 1"),
        invalid(
            "embeddingZeroInputDim",
            "{10}",
            "@Embedding(outputDim = 4, inputDim = 0)",
            "inputDim = 0",
            "inputDim = 0, but it must be a positive integer"),
        invalid(
            "embeddingOutputDimNone",
            "{10}",
            "@Embedding(inputDim = 4, outputDim = Shape.NONE)",
            "outputDim = Shape.NONE",
            "outputDim = -1, but it must be a positive integer"),
        invalid(
            "simpleRnnZeroUnits",
            sequence,
            "@SimpleRNN(units = 0)",
            "units = 0",
            "units = 0, but it must be a positive integer"),
        invalid(
            "lstmUnitsMin",
            sequence,
            "@LSTM(units = Integer.MIN_VALUE)",
            "units = Integer.MIN_VALUE",
            "units = -2147483648, but it must be a positive integer"),
        invalid(
            "gruNegativeUnits",
            sequence,
            "@GRU(units = -5)",
            "units = -5",
            "units = -5, but it must be a positive integer"),
        invalid(
            "dropoutNegativeRate",
            flat,
            "@Dropout(rate = -0.1)",
            "rate = -0.1",
            "rate = -0.1, but it must be in [0.0, 1.0]"),
        invalid(
            "spatialDropoutNaN",
            image,
            "@SpatialDropout2D(rate = Double.NaN)",
            "rate = Double.NaN",
            "rate = Double.NaN, but it must be a finite number"),
        invalid(
            "gaussianNoiseNegative",
            flat,
            "@GaussianNoise(stddev = -1.0)",
            "stddev = -1.0",
            "stddev = -1.0, but it must be in [0.0, 1.0]"),
        invalid(
            "gaussianDropoutInfinite",
            flat,
            "@GaussianDropout(rate = Double.POSITIVE_INFINITY)",
            "rate = Double.POSITIVE_INFINITY",
            "rate = Double.POSITIVE_INFINITY, but it must be a finite number"),
        invalid(
            "batchNormEpsilonNaN",
            flat,
            "@BatchNormalization(epsilon = Double.NaN)",
            "epsilon = Double.NaN",
            "epsilon = Double.NaN, but it must be a finite number"),
        invalid(
            "batchNormMomentumInfinite",
            flat,
            "@BatchNormalization(momentum = Double.NEGATIVE_INFINITY)",
            "momentum = Double.NEGATIVE_INFINITY",
            "momentum = Double.NEGATIVE_INFINITY, but it must be a finite number"),
        invalid(
            "leakyReluNegative",
            flat,
            "@LeakyReLU(negativeSlope = -1.0)",
            "negativeSlope = -1.0",
            "negativeSlope = -1.0, but it must be >= 0"),
        invalid(
            "reluNegativeMax",
            flat,
            "@ReLU(maxValue = -1.0)",
            "maxValue = -1.0",
            "maxValue = -1.0, but it must be >= 0"),
        invalid(
            "reluMaxNaN",
            flat,
            "@ReLU(maxValue = Double.NaN)",
            "maxValue = Double.NaN",
            "maxValue = Double.NaN, but it must be a finite number"),
        invalid(
            "thresholdedReluNegative",
            flat,
            "@ThresholdedReLU(theta = -1.0)",
            "theta = -1.0",
            "theta = -1.0, but it must be >= 0"),
        invalid(
            "eluInfinite",
            flat,
            "@ELU(alpha = Double.NEGATIVE_INFINITY)",
            "alpha = Double.NEGATIVE_INFINITY",
            "alpha = Double.NEGATIVE_INFINITY, but it must be a finite number"),
        invalid(
            "maskingNaN",
            image,
            "@Masking(maskValue = Double.NaN)",
            "maskValue = Double.NaN",
            "maskValue = Double.NaN, but it must be a finite number"),
        invalid(
            "reshapeEmpty",
            flat,
            "@Reshape(targetShape = {})",
            "targetShape = {}",
            "targetShape = {} holds 1 value, but the model input (8) holds 8"),
        invalid(
            "reshapeZero",
            flat,
            "@Reshape(targetShape = {0, 4})",
            "targetShape = {0, 4}",
            "targetShape = {0, 4}, but every size must be positive, or -1 to infer it"),
        invalid(
            "reshapeTwoInferred",
            flat,
            "@Reshape(targetShape = {-1, -1})",
            "targetShape = {-1, -1}",
            "targetShape = {-1, -1} has 2 entries -1, but Keras infers at most one"),
        new OneLayer(
            "permuteEmpty",
            image,
            "@Permute(dims = {})",
            "WrongRank",
            "dims = {}",
            "dims = {} permutes 0 axes, but the model input (8, 8, 3) has 3"),
        invalid(
            "permuteRepeatedAxis",
            image,
            "@Permute(dims = {1, 1, 2})",
            "dims = {1, 1, 2}",
            "dims = {1, 1, 2} is not a permutation of 1..3"),
        invalid(
            "groupNormZeroGroups",
            "{8, 8, 4}",
            "@GroupNormalization(groups = 0)",
            "groups = 0",
            "groups = 0, but it must be a positive integer, or -1 for one group per channel"),
        new OneLayer(
            "softmaxAxisMax",
            image,
            "@Softmax(axis = Integer.MAX_VALUE)",
            "WrongRank",
            "axis = Integer.MAX_VALUE",
            "axis = 2147483647 does not exist in the model input (8, 8, 3), which has 4 axes"
                + " counting the batch"),
        new OneLayer(
            "batchNormBatchAxis",
            image,
            "@BatchNormalization(axis = 0)",
            "UnknownDimension",
            "axis = 0",
            "axis 0 is the batch axis, whose size is unknown (None)"),
        new OneLayer(
            "unitNormAxisOutOfRange",
            image,
            "@UnitNormalization(axis = {4})",
            "WrongRank",
            "axis = {4}",
            "axis 4 is out of range for the model input (8, 8, 3): counting the batch as axis 0,"
                + " its axes are -4 to 3"),
        new OneLayer(
            "preluAlphaOverflow",
            "{2147483647, 2147483647, 2147483647}",
            "@PReLU",
            "ParameterOverflow",
            "@PReLU",
            "the PReLU alpha parameter count exceeds 2^63 - 1"),
        new OneLayer(
            "conv3dKernelOverflow",
            "{65536, 65536, 65536, 2147483647}",
            "@Conv3D(filters = 2147483647, kernelSize = 65536)",
            "ParameterOverflow",
            "@Conv3D",
            "the Conv3D kernel parameter count exceeds 2^63 - 1"),
        new OneLayer(
            "gruKernelOverflow",
            "{2, 8}",
            "@GRU(units = Integer.MAX_VALUE)",
            "ParameterOverflow",
            "@GRU",
            "the GRU kernels parameter count exceeds 2^63 - 1"),
        new OneLayer(
            "bidirectionalDoublingOverflow",
            "{4, 1073741824}",
            "@Bidirectional(mergeMode = MergeMode.SUM) @SimpleRNN(units = Integer.MAX_VALUE)",
            "ParameterOverflow",
            "@Bidirectional",
            "the Bidirectional forward and backward parameter count exceeds 2^63 - 1"),
        new OneLayer(
            "bidirectionalConcatTooWide",
            "{4, 8}",
            "@Bidirectional @SimpleRNN(units = Integer.MAX_VALUE)",
            "OutputTooLarge",
            "@Bidirectional",
            "an output dimension would be 4294967294, more than 2^31 - 1"));
  }

  /** Every bad-argument model, compiled together as one build would, once for all the cases. */
  private static Compilation badArgumentBuild;

  private static synchronized Compilation badArgumentBuild() {
    if (badArgumentBuild == null) {
      badArgumentBuild =
          javac()
              .withProcessors(new ShapeCheckProcessor())
              .compile(badArguments().stream().map(OneLayer::source).collect(Collectors.toList()));
      assertNoCrash(badArgumentBuild);
    }
    return badArgumentBuild;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArguments")
  void badArgumentIsOneErrorOnItsAttribute(OneLayer c) {
    Compilation compilation = badArgumentBuild();
    JavaFileObject file = c.source();
    List<Diagnostic<? extends JavaFileObject>> errors = errorsIn(compilation, file);
    assertWithMessage("errors of %s", c).that(errors).hasSize(1);
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertThat(message)
        .startsWith("[ShapeCheck/" + c.tag + "] layer (" + layerType(c) + "): " + c.headline);
    assertThat(message).contains("in model " + snakeCase(c.interfaceName()) + ", layer 1 of 1");
    assertThat(compilation)
        .hadErrorContaining(
            "[ShapeCheck/" + c.tag + "] layer (" + layerType(c) + "): " + c.headline)
        .inFile(file)
        .onLineContaining(c.line);
  }

  @Test
  void countsJustBelowTheLongLimitAreExactNotWrappedAround() {
    // Dense on 2^31 - 1 inputs with 2^31 - 1 units: (2^31 - 1)^2 + (2^31 - 1) weights, ~2^62.
    JavaFileObject file =
        source(
            "Widest",
            "@Sequential(input = {Integer.MAX_VALUE})",
            "interface Widest {",
            "  @Dense(units = Integer.MAX_VALUE) Layer dense();",
            "  @Embedding(inputDim = Integer.MAX_VALUE, outputDim = Integer.MAX_VALUE)",
            "  Layer embedding();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    // the only warning: the Dense holds just over half the weights, computed without overflow
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[ShapeCheck/ParameterExplosion] dense (Dense): holds 4,611,686,016,279,904,256 of"
                + " the model's 9,223,372,030,412,324,865 parameters (50.0%)");
    BigInteger max = BigInteger.valueOf(Integer.MAX_VALUE);
    BigInteger dense = max.multiply(max).add(max);
    BigInteger embedding = max.multiply(max);
    assertThat(generatedSource(compilation, "test.WidestModel"))
        .contains("TOTAL_PARAMS = " + dense.add(embedding) + "L;");
  }

  @Test
  void modelTotalOverflowIsReportedWhereItHappens() {
    // Each Dense holds ~2^62 weights; the third takes the model's total past 2^63 - 1.
    JavaFileObject file =
        source(
            "ThreeWide",
            "@Sequential(input = {Integer.MAX_VALUE})",
            "interface ThreeWide {",
            "  @Dense(units = Integer.MAX_VALUE) Layer d1();",
            "  @Dense(units = Integer.MAX_VALUE) Layer d2();",
            "  @Dense(units = Integer.MAX_VALUE) Layer d3();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ParameterOverflow",
        "Layer d3();",
        "d3 (Dense): the model's total parameter count exceeds 2^63 - 1",
        "layer 3 of 3");
  }

  // ---- Declarations: targets, methods, names ----

  @Test
  void abstractMethodOfAGenericSuperinterfaceIsInherited() {
    JavaFileObject file =
        source(
            "FromGeneric",
            "interface Factory<T> {",
            "  T make();",
            "}",
            "",
            "@Sequential(input = {8})",
            "interface FromGeneric extends Factory<Layer> {",
            "  @Dense(units = 2) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InheritedMethod",
        "T make();", // on the inherited method itself, where the source has it
        "abstract method make() is inherited from Factory");
  }

  @Test
  void interfaceInsideAPrivateClassIsInaccessible() {
    JavaFileObject file =
        source(
            "Top",
            "class Top {",
            "  private static class Hidden {",
            "    @Sequential(input = {8})",
            "    interface Deep {",
            "      @Dense(units = 2) Layer dense();",
            "    }",
            "  }",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InaccessibleModel",
        "@Sequential(input",
        "Deep cannot be implemented by the generated class: Hidden is private");
  }

  @Test
  void sequentialOnAnEnumNestedInAnInterface() {
    JavaFileObject file =
        source(
            "Holder", "interface Holder {", "  @Sequential(input = {8})", "  enum Kind { A }", "}");

    assertOnlyError(compile(file), file, "NotAnInterface", "@Sequential(input", "not on enum Kind");
  }

  @Test
  void modelsNestedInGenericClassesAndAnnotationTypesAreGenerated() {
    JavaFileObject file =
        source(
            "Hosts",
            "class Hosts<T> {",
            "  @Sequential(input = {8})",
            "  protected interface InGeneric {",
            "    @Dense(units = 2) Layer dense();",
            "  }",
            "}",
            "",
            "@interface Marker {",
            "  @Sequential(input = {8})",
            "  interface InAnnotation {",
            "    @Dense(units = 3) Layer dense();",
            "    @interface Nested {",
            "      int size() default 1;",
            "    }",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "test.Hosts_InGenericModel"))
        .contains("TOTAL_PARAMS = 18L;");
    assertThat(generatedSource(compilation, "test.Marker_InAnnotationModel"))
        .contains("TOTAL_PARAMS = 27L;");
  }

  @Test
  void localInterfaceIsInvisibleToAnnotationProcessors() {
    JavaFileObject file =
        source(
            "Enclosing",
            "class Enclosing {",
            "  void declare() {",
            "    @Sequential(input = {8})",
            "    interface Local {",
            "      @Dense(units = 0) Layer dense();",
            "    }",
            "  }",
            "}");

    Compilation compilation = compile(file);

    // javac gives processors no local types: no check, and no class to use either.
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void layerOnPrivateStaticMethod() {
    JavaFileObject file =
        source(
            "PrivateStatic",
            "@Sequential(input = {8})",
            "interface PrivateStatic {",
            "  @Dense(units = 1) Layer dense();",
            "  @Dense(units = 2)",
            "  private static Layer helper() {",
            "    return null;",
            "  }",
            "}");

    assertOnlyError(
        compile(file), file, "LayerOnConcreteMethod", "@Dense(units = 2)", "helper(): a layer");
  }

  @Test
  void onlyLayerOnAStaticMethodIsNotAlsoNoLayers() {
    JavaFileObject file =
        source(
            "OnlyStatic",
            "@Sequential(input = {8})",
            "interface OnlyStatic {",
            "  @Dense(units = 2)",
            "  static Layer make() {",
            "    return null;",
            "  }",
            "}");

    assertOnlyError(
        compile(file), file, "LayerOnConcreteMethod", "@Dense(units = 2)", "make(): a layer");
  }

  @Test
  void inheritedDefaultMethodIsAHelperEvenWithALayerAnnotation() {
    JavaFileObject file =
        source(
            "Redeclares",
            "interface Parts {",
            "  @Dense(units = 99)",
            "  default Layer helper() {",
            "    return null;",
            "  }",
            "",
            "  Layer head();",
            "}",
            "",
            "@Sequential(input = {8})",
            "interface Redeclares extends Parts {",
            "  @Flatten Layer flatten();",
            "  @Override",
            "  @Dense(units = 2)",
            "  Layer head();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    String model = generatedSource(compilation, "test.RedeclaresModel");
    assertThat(model).contains("Layer.of(\"head\", \"Dense\", Shape.of(8), Shape.of(2), 18L");
    assertThat(model).contains("TOTAL_PARAMS = 18L;");
    assertThat(model).doesNotContain("helper");
  }

  @Test
  void defaultSummaryMethodWouldBeHiddenByTheGeneratedOne() {
    JavaFileObject file =
        source(
            "OwnSummary",
            "@Sequential(input = {8})",
            "interface OwnSummary {",
            "  @Dense(units = 2) Layer dense();",
            "  default String summary() {",
            "    return \"mine\";",
            "  }",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ReservedName",
        "default String summary()",
        "default method summary() clashes with the generated class's static summary()",
        "hint: rename the default method");
  }

  @Test
  void inheritedDefaultSummaryIsReportedOnTheModel() {
    JavaFileObject file =
        source(
            "InheritsSummary",
            "interface Describes {",
            "  default String summary() {",
            "    return \"\";",
            "  }",
            "}",
            "",
            "@Sequential(input = {8})",
            "interface InheritsSummary extends Describes {",
            "  @Dense(units = 2) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ReservedName",
        "@Sequential(input",
        "default method summary() inherited from Describes clashes with the generated class's");
  }

  @Test
  void defaultCloneMakesTheInterfaceUnimplementable() {
    JavaFileObject file =
        source(
            "Clones",
            "@Sequential(input = {8})",
            "interface Clones {",
            "  @Dense(units = 2) Layer dense();",
            "  default Object clone() {",
            "    return this;",
            "  }",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ReservedName",
        "default Object clone()",
        "default method clone() clashes with Object's protected clone(), so no class can"
            + " implement Clones");
  }

  @Test
  void layerNamedFinalizeCannotBeImplemented() {
    JavaFileObject file =
        source(
            "Finalizes",
            "@Sequential(input = {8})",
            "interface Finalizes {",
            "  @Dense(units = 2)",
            "  Layer finalize();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "ReservedName",
        "Layer finalize();",
        "finalize() clashes with Object's finalize(), which returns void");
  }

  @Test
  void layerNamedCloneIsALayer() {
    JavaFileObject file =
        source(
            "Cloned",
            "@Sequential(input = {8})",
            "interface Cloned {",
            "  @Dense(units = 2)",
            "  Layer clone();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "test.ClonedModel")).contains("public Layer clone()");
  }

  @Test
  void redeclaredToStringIsAnAbstractMethodButNotALayer() {
    JavaFileObject file =
        source(
            "Printable",
            "@Sequential(input = {8})",
            "interface Printable {",
            "  @Dense(units = 2) Layer dense();",
            "  String toString();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/MissingLayerAnnotation] toString() has no layer")
        .inFile(file)
        .onLineContaining("String toString();");
    assertThat(compilation)
        .hadErrorContaining("[ShapeCheck/NotLayerReturnType] toString() returns java.lang.String")
        .inFile(file)
        .onLineContaining("String toString();");
    assertNoCrash(compilation);
  }

  @Test
  void layerMethodMayDeclareExceptions() {
    JavaFileObject file =
        source(
            "Throws",
            "@Sequential(input = {8})",
            "interface Throws {",
            "  @Dense(units = 2) Layer dense() throws Exception;",
            "}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void varargsLayerMethodHasParameters() {
    JavaFileObject file =
        source(
            "Varargs",
            "@Sequential(input = {8})",
            "interface Varargs {",
            "  @Dense(units = 2)",
            "  Layer dense(Layer... previous);",
            "}");

    assertOnlyError(
        compile(file), file, "MethodHasParameters", "Layer... previous", "dense() has parameters");
  }

  @Test
  void layerArrayReturnType() {
    JavaFileObject file =
        source(
            "Arrays",
            "@Sequential(input = {8})",
            "interface Arrays {",
            "  @Dense(units = 2)",
            "  Layer[] dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "NotLayerReturnType",
        "Layer[] dense();",
        "dense() returns dev.shapecheck.Layer[], but a layer method returns Layer");
  }

  @Test
  void voidReturnType() {
    JavaFileObject file =
        source(
            "Nothing",
            "@Sequential(input = {8})",
            "interface Nothing {",
            "  @Dense(units = 2)",
            "  void dense();",
            "}");

    assertOnlyError(
        compile(file), file, "NotLayerReturnType", "void dense();", "dense() returns void");
  }

  @Test
  void nestedTypeNamedLayerShadowsTheRuntimes() {
    JavaFileObject file =
        source(
            "Shadowed",
            "@Sequential(input = {8})",
            "interface Shadowed {",
            "  @Dense(units = 2)",
            "  Layer dense();",
            "  final class Layer {}",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "NotLayerReturnType",
        "Layer dense();",
        "dense() returns test.Shadowed.Layer, but a layer method returns Layer");
  }

  @Test
  void onlyWrappersWithoutALayer() {
    JavaFileObject file =
        source(
            "Wrappers",
            "@Sequential(input = {4, 10, 8})",
            "interface Wrappers {",
            "  @TimeDistributed @Bidirectional",
            "  Layer nothing();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "MissingLayerAnnotation",
        "@TimeDistributed @Bidirectional",
        "nothing(): @TimeDistributed wraps a layer, but there is none");
  }

  @Test
  void negativeAndMinimalBatchSizes() {
    JavaFileObject file =
        source(
            "Batches",
            "@Sequential(input = {8},",
            "    batchSize = Integer.MIN_VALUE)",
            "interface Batches {",
            "  @Dense(units = 2) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidBatchSize",
        "batchSize = Integer.MIN_VALUE",
        "batchSize = -2147483648, but it must be positive or Shape.NONE");
  }

  @Test
  void inputOfExtremes() {
    JavaFileObject file =
        source(
            "Extremes",
            "@Sequential(",
            "    input = {Integer.MIN_VALUE, Integer.MAX_VALUE})",
            "interface Extremes {",
            "  @Dense(units = 2) Layer dense();",
            "}");

    assertOnlyError(
        compile(file),
        file,
        "InvalidInput",
        "input = {Integer.MIN_VALUE",
        "input = {-2147483648, 2147483647}, but every dimension must be positive or Shape.NONE");
  }

  // ---- Generated code that could not compile: the processor must avoid or report it ----

  @Test
  void largeModelWithALayerNamedLikeAHelperStillCompiles() {
    List<String> lines = new ArrayList<>();
    lines.add("@Sequential(input = {4})");
    lines.add("interface Helpers {");
    for (int i = 0; i < ModelClassWriter.LAYERS_PER_METHOD + 1; i++) {
      String name = i == 0 ? "layers0" : i == 1 ? "allLayers" : "d" + i;
      lines.add("  @Dense(units = 4) Layer " + name + "();");
    }
    lines.add("  default int _layers0() {");
    lines.add("    return 0;");
    lines.add("  }");
    lines.add("}");
    JavaFileObject file = source("Helpers", lines.toArray(new String[0]));

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "test.HelpersModel"))
        .contains("private static List<Layer> __layers0()");
  }

  @Test
  void samePackageTypesNamedOverrideAndStringDoNotBreakTheGeneratedClass() {
    JavaFileObject file =
        source(
            "Shadows",
            "@Sequential(input = {8})",
            "interface Shadows {",
            "  @Dense(units = 2) Layer dense();",
            "}",
            "",
            "final class Override {}",
            "",
            "final class String {}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    String model = generatedSource(compilation, "test.ShadowsModel");
    assertThat(model).contains("public static java.lang.String summary()");
    assertThat(model).contains("public static final java.lang.String KERAS_JSON");
  }

  @Test
  void existingClassWithTheGeneratedNameIsAClashNotACrash() {
    JavaFileObject file =
        source(
            "Taken",
            "@Sequential(input = {8})",
            "interface Taken {",
            "  @Dense(units = 2) Layer dense();",
            "}",
            "",
            "final class TakenModel {}");

    assertOnlyError(
        compile(file),
        file,
        "GeneratedNameClash",
        "@Sequential(input",
        "test.TakenModel already exists, so the model's class cannot be generated",
        "rename TakenModel or the interface");
  }

  // ---- What javac rejects itself: ShapeCheck adds nothing ----

  @Test
  void repeatedLayerAnnotationIsJavacsError() {
    assertOnlyJavacError(
        "@Dense(units = 1) @Dense(units = 2)",
        "is not a repeatable annotation",
        "@Dense(units = 1) @Dense(units = 2) Layer dense();");
  }

  @Test
  void unknownAttributeIsJavacsError() {
    assertOnlyJavacError(
        "@Dense(units = 1, bogus = 3)", "cannot find symbol", "@Dense(units = 1, bogus = 3)");
  }

  @Test
  void doubleForAnIntIsJavacsError() {
    assertOnlyJavacError(
        "@Dense(units = 1.5)", "possible lossy conversion from double to int", "units = 1.5");
  }

  @Test
  void missingRequiredAttributeIsJavacsError() {
    assertOnlyJavacError(
        "@Dense", "missing a default value for the element 'units'", "@Dense Layer dense();");
  }

  @Test
  void layerAnnotationOnAConstantIsJavacsError() {
    JavaFileObject file =
        source(
            "OnField",
            "@Sequential(input = {8})",
            "interface OnField {",
            "  @Dense(units = 2) Layer dense();",
            "  @Dense(units = 3) int SIZE = 3;",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("not applicable to this kind of declaration")
        .inFile(file)
        .onLineContaining("int SIZE = 3;");
    assertNoCrash(compilation);
  }

  @Test
  void sequentialOnAMethodIsJavacsError() {
    JavaFileObject file =
        source(
            "OnMethod", "interface OnMethod {", "  @Sequential(input = {8}) Layer dense();", "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("not applicable to this kind of declaration")
        .inFile(file)
        .onLineContaining("@Sequential(input = {8}) Layer dense();");
    assertNoCrash(compilation);
  }

  // ---- Jars out of step ----

  @Test
  void enumConstantOfANewerRuntimeIsUnknownToTheEngine() {
    // The engine's view of a stale pairing: the processor read a constant its engine lacks.
    LayerConfig conv =
        LayerConfig.withDefaults(
            "conv", "Conv2D", Map.of("filters", 2, "kernelSize", 3, "padding", "REFLECT"));
    ModelCheck check =
        ShapeEngine.check(ModelConfig.of("stale", new int[] {8, 8, 3}, -1, List.of(conv)));

    assertThat(check.isClean()).isFalse();
    Problem problem = check.problems().get(0);
    assertThat(check.problems()).hasSize(1);
    assertThat(problem.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
    assertThat(problem.attribute()).isEqualTo("padding");
    assertThat(problem.render())
        .isEqualTo(
            "[ShapeCheck/InvalidArgument] conv (Conv2D): padding = Padding.REFLECT is unknown to"
                + " this engine\n"
                + "  in model stale, layer 1 of 1\n"
                + "  hint: the runtime and processor jars differ in version; use the same"
                + " ShapeCheck version for both");
  }

  @Test
  void enumConstantOfANewerRuntimeInJavac() {
    // A newer runtime's Padding, compiled here in place of the jar's, with a constant the
    // processor's engine does not know.
    JavaFileObject padding =
        JavaFileObjects.forSourceLines(
            "dev.shapecheck.Padding",
            "package dev.shapecheck;",
            "public enum Padding { VALID, SAME, CAUSAL, REFLECT }");
    JavaFileObject file =
        source(
            "Reflects",
            "@Sequential(input = {8, 8, 3})",
            "interface Reflects {",
            "  @Conv2D(filters = 2, kernelSize = 3,",
            "      padding = Padding.REFLECT)",
            "  Layer conv();",
            "}");

    assertOnlyError(
        javac().withProcessors(new ShapeCheckProcessor()).compile(file, padding),
        file,
        "InvalidArgument",
        "padding = Padding.REFLECT",
        "conv (Conv2D): padding = Padding.REFLECT is unknown to this engine",
        "hint: the runtime and processor jars differ in version");
  }

  @Test
  void dtypeOfANewerRuntimeInJavac() {
    JavaFileObject dtype =
        JavaFileObjects.forSourceLines(
            "dev.shapecheck.DType",
            "package dev.shapecheck;",
            "public enum DType { FLOAT16, BFLOAT16, FLOAT32, FLOAT64, INT4 }");
    JavaFileObject file =
        source(
            "Quantized",
            "@Sequential(input = {8},",
            "    dtype = DType.INT4)",
            "interface Quantized {",
            "  @Dense(units = 2) Layer dense();",
            "}");

    assertOnlyError(
        javac().withProcessors(new ShapeCheckProcessor()).compile(file, dtype),
        file,
        "InvalidArgument",
        "dtype = DType.INT4",
        "model quantized: dtype = DType.INT4 is unknown to this engine");
  }

  @Test
  void layerTypeOfANewerRuntimeInJavac() {
    JavaFileObject conv4d =
        JavaFileObjects.forSourceLines(
            "dev.shapecheck.layers.Conv4D",
            "package dev.shapecheck.layers;",
            "public @interface Conv4D {",
            "  int filters();",
            "}");
    JavaFileObject file =
        source(
            "Hyper",
            "@Sequential(input = {4, 4, 4, 4, 1})",
            "interface Hyper {",
            "  @Conv4D(filters = 2)",
            "  Layer conv();",
            "}");

    assertOnlyError(
        javac().withProcessors(new ShapeCheckProcessor()).compile(file, conv4d),
        file,
        "UnknownLayer",
        "@Conv4D(filters = 2)",
        "conv (Conv4D): this ShapeCheck engine does not know layer type Conv4D");
  }

  @Test
  void withoutTheRuntimeOnTheClasspathOnlyJavacSpeaks() {
    JavaFileObject file =
        source(
            "NoRuntime",
            "@Sequential(input = {8})",
            "interface NoRuntime {",
            "  @Dense(units = 0) Layer dense();",
            "}");

    Compilation compilation =
        javac().withProcessors(new ShapeCheckProcessor()).withClasspath(List.of()).compile(file);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("package dev.shapecheck does not exist")
        .inFile(file)
        .onLineContaining("import dev.shapecheck.*;");
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(file)
        .onLineContaining("@Sequential(input = {8})");
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(Locale.ROOT)).doesNotContain("[ShapeCheck/");
    }
    assertNoCrash(compilation);
  }

  @Test
  void runtimeWithoutLayerIsReportedNotACrash() {
    // A broken runtime: @Sequential resolves, dev.shapecheck.Layer does not.
    JavaFileObject sequential =
        JavaFileObjects.forSourceLines(
            "dev.shapecheck.Sequential",
            "package dev.shapecheck;",
            "public @interface Sequential {",
            "  int[] input();",
            "}");
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "test.Partial",
            "package test;",
            "",
            "@dev.shapecheck.Sequential(input = {8})",
            "interface Partial {",
            "  Object dense();",
            "}");

    Compilation compilation =
        javac()
            .withProcessors(new ShapeCheckProcessor())
            .withClasspath(List.of())
            .compile(file, sequential);

    assertNoCrash(compilation);
    assertThat(compilation)
        .hadErrorContaining(
            "[ShapeCheck/NotLayerReturnType] dense() returns java.lang.Object, but a layer method"
                + " returns dev.shapecheck.Layer, which is not on the classpath")
        .inFile(file)
        .onLineContaining("Object dense();");
  }

  // ---- Helpers ----

  private static void assertOnlyJavacError(String annotation, String javacSays, String line) {
    JavaFileObject file =
        source(
            "JavacRejects",
            "@Sequential(input = {8})",
            "interface JavacRejects {",
            "  " + annotation + " Layer dense();",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(javacSays).inFile(file).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("[ShapeCheck/");
  }

  /** Neither ShapeCheck's own defect report nor javac's report of an exception it let escape. */
  static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertWithMessage("diagnostic %s", diagnostic)
          .that(message)
          .doesNotContain("[ShapeCheck/InternalError]");
      assertWithMessage("diagnostic %s", diagnostic)
          .that(message)
          .doesNotContain("An annotation processor threw an uncaught exception");
    }
  }

  private static List<Diagnostic<? extends JavaFileObject>> errorsIn(
      Compilation compilation, JavaFileObject file) {
    return compilation.errors().stream()
        .filter(e -> e.getSource() != null && e.getSource().toUri().equals(file.toUri()))
        .collect(Collectors.toList());
  }

  /** The layer's Keras type as the message names it: the outermost annotation's. */
  private static String layerType(OneLayer c) {
    String first = c.annotation.substring(1);
    int end = 0;
    while (end < first.length() && Character.isJavaIdentifierPart(first.charAt(end))) {
      end++;
    }
    return first.substring(0, end);
  }

  private static String snakeCase(String name) {
    return dev.shapecheck.engine.ShapeEngine.defaultModelName(name);
  }
}
