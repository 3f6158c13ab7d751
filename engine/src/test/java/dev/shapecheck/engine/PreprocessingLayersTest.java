package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Rescaling} and {@code Normalization}: the numbers Keras 3.15.1 gives (recorded by {@code
 * conformance/keras/oracle.py} in {@code expected/keras/preprocessing.json}, which the conformance
 * suites hold every corpus model to), and the kinds, placement and wording of the family's errors.
 */
class PreprocessingLayersTest {
  private static final int NONE = Shape.NONE;

  private static Layer only(int[] input, LayerConfig layer) {
    ModelCheck check = check(input, layer);
    assertTrue(check.isClean(), () -> check.problems().toString());
    return check.layers().get(0);
  }

  private static String headline(ModelCheck check) {
    return check.problems().get(0).headline();
  }

  // Rescaling: no weights, the input's shape; a per-channel list broadcast at run time.

  @Test
  void rescalingKeepsTheShapeAndHasNoWeights() {
    Layer layer = only(dims(28, 28, 1), layer("r", "Rescaling", "scale: 0.00392156862745098"));
    assertEquals(Shape.of(28, 28, 1), layer.outputShape());
    assertEquals(0, layer.trainableParams() + layer.nonTrainableParams());
  }

  @Test
  void rescalingTakesOneValuePerChannelOrOneChannel() {
    String perChannel = "scale: [1.0, 2.0, 3.0], offset: [0.5, 0.25, 0.125]";
    assertEquals(
        Shape.of(8, 8, 3), only(dims(8, 8, 3), layer("r", "Rescaling", perChannel)).outputShape());
    // Keras runs three values on one channel (its summary keeps the one channel)
    assertEquals(
        Shape.of(8, 8, 1),
        only(dims(8, 8, 1), layer("r", "Rescaling", "scale: [1.0, 2.0, 3.0]")).outputShape());
    // an unknown last axis runs when it has the list's length
    assertEquals(
        Shape.of(NONE, 3),
        only(dims(NONE, 3), layer("r", "Rescaling", "scale: [0.5, 0.5, 0.5]")).outputShape());
  }

  @Test
  void rescalingRejectsAListThatDoesNotFitTheLastAxis() {
    ModelCheck check = check(dims(8, 8, 2), layer("r", "Rescaling", "scale: [1.0, 2.0, 3.0]"));
    assertEquals(List.of("InvalidArgument@0:scale"), tags(check));
    assertEquals(
        "r (Rescaling): scale has 3 values, but the last axis of the model input (8, 8, 2) has 2:"
            + " Keras builds this Rescaling, but it fails when it runs",
        headline(check));
    ModelCheck offset =
        check(dims(8, 8, 3), layer("r", "Rescaling", "scale: 1.0, offset: [1.0, 2.0]"));
    assertEquals(List.of("InvalidArgument@0:offset"), tags(offset));
    ModelCheck empty = check(dims(4, 3), layer("r", "Rescaling", "scale: []"));
    assertEquals(List.of("InvalidArgument@0:scale"), tags(empty));
    assertTrue(empty.problems().get(0).render().contains("give scale a value"));
  }

  @Test
  void rescalingRejectsNonFiniteValues() {
    LayerConfig nan =
        LayerConfig.withDefaults(
            "r", "Rescaling", java.util.Map.of("scale", new double[] {1.0, Double.NaN}));
    ModelCheck check = check(dims(4), nan);
    assertEquals(List.of("InvalidArgument@0:scale"), tags(check));
    assertEquals(
        "r (Rescaling): scale holds NaN, but every value must be a finite number", headline(check));
  }

  // Normalization: Keras's adapt() weights mean, variance (the kept axes' shape) and count (1).

  @Test
  void normalizationOfAnImageCountsMeanVarianceAndCount() {
    Layer layer = only(dims(224, 224, 3), layer("n", "Normalization", ""));
    assertEquals(Shape.of(224, 224, 3), layer.outputShape());
    assertEquals(0, layer.trainableParams());
    assertEquals(7, layer.nonTrainableParams()); // 3 + 3 + 1, as Keras's summary
    assertEquals(3, only(dims(224, 224, 3), layer("n", "Normalization", "axis: []")).params());
    assertEquals(
        100353,
        only(dims(224, 224, 3), layer("n", "Normalization", "axis: [1, 2]")).nonTrainableParams());
    assertEquals(
        49, only(dims(4, 5, 6), layer("n", "Normalization", "axis: [3, 1]")).nonTrainableParams());
  }

  /** Keras's summary of Normalization on (None, 5): "Total params: 11 (48.00 B)". */
  @Test
  void normalizationCountsItsCountAsAnInt64() {
    ModelCheck check = check(dims(5), layer("n", "Normalization", ""));
    assertEquals(1, check.layers().get(0).int64Params());
    assertEquals(10 * 4 + 8, check.summary().paramBytes());
    assertEquals(48, check.summary().nonTrainableParamBytes());
    assertTrue(
        check.summary().toString(dev.shapecheck.SummaryStyle.KERAS3).contains("11 (48.00 B)"));
  }

  @Test
  void normalizationWithAGivenMeanAndVarianceHasNoWeights() {
    String given = "mean: [0.485, 0.456, 0.406], variance: [0.052441, 0.050176, 0.050625]";
    Layer layer = only(dims(224, 224, 3), layer("n", "Normalization", given));
    assertEquals(0, layer.params());
    assertEquals(
        0, only(dims(4, 3, 5), layer("n", "Normalization", "axis: [1, 2], " + threeOf())).params());
    // Keras builds and runs an axis named twice when it adapts nothing
    assertEquals(
        0,
        only(dims(224, 224, 3), layer("n", "Normalization", "axis: [-1, 3], " + threeOf()))
            .params());
  }

  private static String threeOf() {
    return "mean: [1.0, 2.0, 3.0], variance: [1.0, 1.0, 1.0]";
  }

  @Test
  void normalizationRejectsMeanWithoutVarianceOrOfAnotherShape() {
    ModelCheck alone = check(dims(3), layer("n", "Normalization", "mean: [1.0, 2.0, 3.0]"));
    assertEquals(List.of("ConflictingArguments@0:mean"), tags(alone));
    assertEquals(
        "n (Normalization): mean is given without variance, but Keras needs both or neither",
        headline(alone));
    ModelCheck differ =
        check(dims(3), layer("n", "Normalization", "mean: [1.0], variance: [1.0, 1.0, 1.0]"));
    assertEquals(List.of("ConflictingArguments@0:variance"), tags(differ));
    ModelCheck none = check(dims(3), layer("n", "Normalization", "axis: [], " + threeOf()));
    assertEquals(List.of("InvalidArgument@0:mean"), tags(none));
  }

  @Test
  void normalizationRejectsAMeanListOffItsLastKeptAxis() {
    ModelCheck check =
        check(dims(224, 224, 3), layer("n", "Normalization", "axis: [1, 2], " + threeOf()));
    assertEquals(List.of("InvalidArgument@0:mean"), tags(check));
    assertEquals(
        "n (Normalization): mean and variance have 3 values, but axis 2 of the model input"
            + " (224, 224, 3), the last kept axis they belong to, has 224",
        headline(check));
  }

  @Test
  void normalizationAxesFollowKerasBuild() {
    assertEquals(
        List.of("WrongRank@0:axis"),
        tags(check(dims(224, 224, 3), layer("n", "Normalization", "axis: [4]"))));
    ModelCheck batch = check(dims(224, 224, 3), layer("n", "Normalization", "axis: [0]"));
    assertEquals(List.of("UnknownDimension@0:axis"), tags(batch));
    assertTrue(headline(batch).contains("axis 0 is the batch axis"), headline(batch));
    assertEquals(
        List.of("UnknownDimension@0:axis"),
        tags(check(dims(NONE, 3), layer("n", "Normalization", "axis: [1]"))));
    ModelCheck known =
        ShapeEngine.check(
            ModelConfig.of(
                "test_model", dims(3), 4, List.of(layer("n", "Normalization", "axis: [0]"))));
    assertTrue(known.isClean(), () -> known.problems().toString());
    assertEquals(9, known.layers().get(0).nonTrainableParams()); // 4 + 4 + 1
    assertEquals(7, only(dims(NONE, 3), layer("n", "Normalization", "")).nonTrainableParams());
  }

  @Test
  void normalizationRejectsAnAxisNamedTwiceItMustAdapt() {
    ModelCheck check = check(dims(224, 224, 3), layer("n", "Normalization", "axis: [-1, 3]"));
    assertEquals(List.of("InvalidArgument@0:axis"), tags(check));
    assertTrue(headline(check).contains("names axis 3 of the model input"), headline(check));
    // of size 1, Keras's 1 x 1 weights fit: 1 + 1 + 1
    assertEquals(
        3, only(dims(4, 1), layer("n", "Normalization", "axis: [-1, 2]")).nonTrainableParams());
  }

  @Test
  void normalizationWritesItsAxisAsKerasTuple() {
    ModelCheck check = check(dims(5), layer("n", "Normalization", "mean: 0.5, variance: 2.0"));
    String json = check.kerasJson();
    assertTrue(
        json.contains("\"axis\": [-1], \"invert\": false, \"mean\": 0.5, \"variance\": 2.0"), json);
  }

  // Resizing, CenterCrop, RandomFlip: expected/keras/image-preprocessing.json

  @Test
  void resizingAndCenterCropReplaceHeightAndWidth() {
    assertEquals(
        Shape.of(32, 24, 3),
        only(dims(64, 48, 3), layer("r", "Resizing", "height: 32, width: 24")).outputShape());
    assertEquals(
        Shape.of(3, 8, 6),
        only(
                dims(3, 16, 12),
                layer("r", "Resizing", "height: 8, width: 6, dataFormat: 'CHANNELS_FIRST'"))
            .outputShape());
    // CenterCrop resizes an image smaller than its target, as Keras does
    assertEquals(
        Shape.of(10, 12, 3),
        only(dims(8, 8, 3), layer("c", "CenterCrop", "height: 10, width: 12")).outputShape());
    assertEquals(
        Shape.of(8, 8, 3),
        only(dims(NONE, NONE, 3), layer("c", "CenterCrop", "height: 8, width: 8")).outputShape());
  }

  /** Keras reads a rank-3 tensor as one image: the batch axis becomes the height. */
  @Test
  void resizingOfASampleOfRankTwoReadsTheBatchAsHeight() {
    assertEquals(
        Shape.withBatch(8, 8, 16),
        only(dims(16, 16), layer("r", "Resizing", "height: 8, width: 8")).outputShape());
    assertEquals(
        Shape.withBatch(4, 4, 8),
        only(dims(8, 8), layer("c", "CenterCrop", "height: 4, width: 4")).outputShape());
  }

  @Test
  void resizingRejectsWhatKerasCannotRun() {
    ModelCheck zero = check(dims(16, 16, 3), layer("r", "Resizing", "height: 0, width: 8"));
    assertEquals(List.of("InvalidArgument@0:height"), tags(zero));
    assertEquals(
        "r (Resizing): height = 0, but it must be a positive integer (Keras builds this Resizing,"
            + " but it fails when it runs)",
        headline(zero));
    assertEquals(
        List.of("ConflictingArguments@0:padToAspectRatio"),
        tags(
            check(
                dims(20, 10, 3),
                layer(
                    "r",
                    "Resizing",
                    "height: 8, width: 8, cropToAspectRatio: true, padToAspectRatio: true"))));
    assertEquals(
        List.of("InvalidArgument@0:fillMode"),
        tags(
            check(
                dims(20, 10, 3),
                layer("r", "Resizing", "height: 8, width: 8, fillMode: 'REFLECT'"))));
    ModelCheck rank = check(dims(4, 16, 16, 3), layer("r", "Resizing", "height: 8, width: 8"));
    assertEquals(List.of("WrongRank@0:null"), tags(rank));
    assertTrue(headline(rank).startsWith("r (Resizing): Resizing expects images"), headline(rank));
    assertEquals(
        List.of("InvalidArgument@0:width"),
        tags(check(dims(8, 8, 3), layer("c", "CenterCrop", "height: 4, width: -1"))));
  }

  @Test
  void randomFlipKeepsImagesAndRejectsOtherRanks() {
    assertEquals(
        Shape.of(16, 16, 3),
        only(dims(16, 16, 3), layer("f", "RandomFlip", "mode: 'HORIZONTAL', seed: 7"))
            .outputShape());
    assertEquals(Shape.of(16, 16), only(dims(16, 16), layer("f", "RandomFlip", "")).outputShape());
    ModelCheck vector = check(dims(16), layer("f", "RandomFlip", ""));
    assertEquals(List.of("WrongRank@0:null"), tags(vector));
    assertTrue(headline(vector).endsWith("Keras builds it, but it fails when it runs"));
  }

  // RandomRotation, RandomZoom, RandomTranslation, RandomContrast, RandomBrightness:
  // expected/keras/image-augmentation.json

  @Test
  void augmentationLayersKeepTheShape() {
    for (String declared :
        List.of(
            "RandomRotation|factor: [-0.1, 0.2]",
            "RandomZoom|heightFactor: 0.2, widthFactor: [0.3, -0.1]",
            "RandomTranslation|heightFactor: 0.1, widthFactor: -1.0",
            "RandomContrast|factor: [-0.5, 0.5]",
            "RandomBrightness|factor: 0.2, valueRange: [255.0, 0.0]")) {
      String[] parts = declared.split("\\|");
      Layer layer = only(dims(16, 16, 3), layer("a", parts[0], parts[1]));
      assertEquals(Shape.of(16, 16, 3), layer.outputShape(), declared);
      assertEquals(0, layer.params(), declared);
    }
  }

  @Test
  void factorsAreCheckedAsEachKerasConstructorChecksThem() {
    // the base class checks a pair only at its ends: (-2, 0.5) passes, as in Keras
    assertTrue(
        check(dims(16, 16, 3), layer("r", "RandomRotation", "factor: [-2.0, 0.5]")).isClean());
    assertTrue(check(dims(16, 16, 3), layer("r", "RandomRotation", "factor: []")).isClean());
    ModelCheck above = check(dims(16, 16, 3), layer("r", "RandomRotation", "factor: 1.5"));
    assertEquals(List.of("InvalidArgument@0:factor"), tags(above));
    assertEquals(
        "r (RandomRotation): factor = {1.5}, but Keras's RandomRotation takes one number or a"
            + " (lower, upper) pair in [-1, 1]",
        headline(above));
    // RandomZoom checks each value, in (-1, 1]
    assertEquals(
        List.of("InvalidArgument@0:heightFactor"),
        tags(check(dims(16, 16, 3), layer("z", "RandomZoom", "heightFactor: -1.0"))));
    assertEquals(
        List.of("InvalidArgument@0:widthFactor"),
        tags(
            check(
                dims(16, 16, 3),
                layer("t", "RandomTranslation", "heightFactor: 0.1, widthFactor: []"))));
    // RandomContrast takes no None and no negative factor
    assertEquals(
        List.of("InvalidArgument@0:factor"),
        tags(check(dims(16, 16, 3), layer("c", "RandomContrast", "factor: []"))));
    assertEquals(
        List.of("InvalidArgument@0:valueRange"),
        tags(
            check(
                dims(16, 16, 3),
                layer("b", "RandomBrightness", "factor: 0.2, valueRange: [1.0]"))));
    assertEquals(
        List.of("InvalidArgument@0:interpolation"),
        tags(
            check(
                dims(16, 16, 3),
                layer("r", "RandomRotation", "factor: 0.1, interpolation: 'BICUBIC'"))));
  }

  /** Keras stores the base class's factor as (lower, upper): 0.2 as (-0.2, 0.2). */
  @Test
  void baseFactorsAreWrittenAsKerasStoresThem() {
    String json = check(dims(8, 8, 3), layer("r", "RandomRotation", "factor: 0.2")).kerasJson();
    assertTrue(json.contains("\"factor\": [-0.2, 0.2]"), json);
    String contrast = check(dims(8, 8, 3), layer("c", "RandomContrast", "factor: 0.2")).kerasJson();
    assertTrue(contrast.contains("\"factor\": [0.0, 0.2]"), contrast);
    String zoom = check(dims(8, 8, 3), layer("z", "RandomZoom", "heightFactor: 0.2")).kerasJson();
    assertTrue(zoom.contains("\"height_factor\": 0.2, \"width_factor\": null"), zoom);
  }

  // RandomColorDegeneration, RandomGaussianBlur, RandomErasing, RandomShear, RandomCrop, MixUp,
  // CutMix: expected/keras/image-augmentation-more.json

  @Test
  void moreAugmentationLayersKeepTheShape() {
    for (String declared :
        List.of(
            "RandomColorDegeneration|factor: [0.8, -0.2]",
            "RandomGaussianBlur|kernelSize: [3, 5], sigma: 0.5",
            "RandomErasing|scale: 0.3, fillValue: [0.5, 0.6]",
            "RandomShear|xFactor: 1.0, yFactor: [0.1, 0.4], fillMode: 'WRAP'",
            "MixUp|alpha: -1.0",
            "CutMix|factor: [0.2, 0.7]")) {
      String[] parts = declared.split("\\|");
      Layer layer = only(dims(16, 16, 3), layer("a", parts[0], parts[1]));
      assertEquals(Shape.of(16, 16, 3), layer.outputShape(), declared);
      assertEquals(0, layer.params(), declared);
      // one image per sample, or (a, b) read as one image; a sample of rank 4 fails as Keras runs
      assertEquals(
          Shape.of(16, 3),
          only(dims(16, 3), layer("a", parts[0], parts[1])).outputShape(),
          declared);
      assertEquals(
          List.of("WrongRank@0:null"),
          tags(check(dims(2, 16, 16, 3), layer("a", parts[0], parts[1]))),
          declared);
    }
  }

  /** Keras's compute_output_shape checks three channels where they are known, as it builds. */
  @Test
  void colorDegenerationNeedsThreeChannels() {
    ModelCheck gray = check(dims(16, 16, 1), layer("d", "RandomColorDegeneration", "factor: 0.5"));
    assertEquals(List.of("WrongChannels@0:null"), tags(gray));
    assertEquals(
        "d (RandomColorDegeneration): works on RGB images, 3 channels, but the model input"
            + " (16, 16, 1) has 1 channel",
        headline(gray));
    String channelsFirst = "factor: 0.5, dataFormat: 'CHANNELS_FIRST'";
    assertEquals(
        Shape.of(3, 16, 16),
        only(dims(3, 16, 16), layer("d", "RandomColorDegeneration", channelsFirst)).outputShape());
    assertEquals(
        List.of("WrongChannels@0:null"),
        tags(check(dims(16, 16, 3), layer("d", "RandomColorDegeneration", channelsFirst))));
    assertEquals(
        Shape.of(16, 16, NONE),
        only(dims(16, 16, NONE), layer("d", "RandomColorDegeneration", "factor: 0.5"))
            .outputShape());
    // Keras rejects other ranks as it builds, not only as it runs
    ModelCheck flat = check(dims(3), layer("d", "RandomColorDegeneration", "factor: 0.5"));
    assertEquals(List.of("WrongRank@0:null"), tags(flat));
  }

  @Test
  void moreFactorsAreCheckedAsEachKerasConstructorChecksThem() {
    // no None here, unlike RandomRotation's factor
    assertEquals(
        List.of("InvalidArgument@0:factor"),
        tags(check(dims(16, 16, 3), layer("d", "RandomColorDegeneration", "factor: []"))));
    assertTrue(
        check(dims(16, 16, 3), layer("d", "RandomColorDegeneration", "factor: [-3.0, 0.5]"))
            .isClean());
    assertEquals(
        List.of("InvalidArgument@0:valueRange"),
        tags(
            check(
                dims(16, 16, 3),
                layer("d", "RandomColorDegeneration", "factor: 0.5, valueRange: [255.0]"))));
    // the blur's factor and sigma in [0, 1]; its kernel odd, one or two sizes
    assertEquals(
        List.of("InvalidArgument@0:sigma"),
        tags(check(dims(16, 16, 3), layer("g", "RandomGaussianBlur", "sigma: 2.0"))));
    ModelCheck even = check(dims(16, 16, 3), layer("g", "RandomGaussianBlur", "kernelSize: 4"));
    assertEquals(List.of("InvalidArgument@0:kernelSize"), tags(even));
    assertEquals(
        "g (RandomGaussianBlur): kernelSize = {4}, but Keras's RandomGaussianBlur takes one odd"
            + " number or a pair of odd numbers",
        headline(even));
    assertTrue(
        check(dims(16, 16, 3), layer("g", "RandomGaussianBlur", "kernelSize: -3")).isClean());
    assertEquals(
        List.of("InvalidArgument@0:kernelSize"),
        tags(check(dims(16, 16, 3), layer("g", "RandomGaussianBlur", "kernelSize: [3, 3, 3]"))));
    assertEquals(
        List.of("InvalidArgument@0:scale"),
        tags(check(dims(16, 16, 3), layer("e", "RandomErasing", "scale: [0.1, 0.2, 0.3]"))));
    // RandomShear checks each value in [0, 1]
    assertEquals(
        List.of("InvalidArgument@0:yFactor"),
        tags(check(dims(16, 16, 3), layer("s", "RandomShear", "yFactor: [-0.1, 0.4]"))));
    assertEquals(
        List.of("InvalidArgument@0:interpolation"),
        tags(check(dims(16, 16, 3), layer("s", "RandomShear", "interpolation: 'BICUBIC'"))));
    assertEquals(
        List.of("InvalidArgument@0:factor"),
        tags(check(dims(16, 16, 3), layer("c", "CutMix", "factor: -0.5"))));
  }

  @Test
  void randomCropReplacesHeightAndWidthAsCenterCrop() {
    assertEquals(
        Shape.of(8, 10, 3),
        only(dims(16, 16, 3), layer("c", "RandomCrop", "height: 8, width: 10, seed: 1"))
            .outputShape());
    assertEquals(
        Shape.of(3, 8, 10),
        only(
                dims(3, 16, 16),
                layer("c", "RandomCrop", "height: 8, width: 10, dataFormat: 'CHANNELS_FIRST'"))
            .outputShape());
    // a larger crop resizes; a rank-2 sample is one image whose height is the batch axis
    assertEquals(
        Shape.of(20, 24, 3),
        only(dims(16, 16, 3), layer("c", "RandomCrop", "height: 20, width: 24")).outputShape());
    assertEquals(
        Shape.withBatch(8, 10, 16),
        only(dims(16, 16), layer("c", "RandomCrop", "height: 8, width: 10")).outputShape());
    ModelCheck zero = check(dims(16, 16, 3), layer("c", "RandomCrop", "height: 0, width: 8"));
    assertEquals(List.of("InvalidArgument@0:height"), tags(zero));
    assertEquals(
        "c (RandomCrop): height = 0, but it must be a positive integer (Keras builds this"
            + " RandomCrop, but it fails when it runs)",
        headline(zero));
  }

  /** What Keras stores: factors as (lower, upper), the blur's kernel as a pair. */
  @Test
  void moreFactorsAreWrittenAsKerasStoresThem() {
    String blur = check(dims(8, 8, 3), layer("g", "RandomGaussianBlur", "")).kerasJson();
    assertTrue(
        blur.contains("\"factor\": [0.0, 1.0], \"kernel_size\": [3, 3], \"sigma\": [0.0, 1.0]"),
        blur);
    String shear = check(dims(8, 8, 3), layer("s", "RandomShear", "xFactor: 0.3")).kerasJson();
    assertTrue(shear.contains("\"x_factor\": [-0.3, 0.3]"), shear);
    String erase = check(dims(8, 8, 3), layer("e", "RandomErasing", "")).kerasJson();
    assertTrue(erase.contains("\"scale\": [0.02, 0.33], \"fill_value\": null"), erase);
    String degenerate =
        check(
                dims(8, 8, 3),
                layer("d", "RandomColorDegeneration", "factor: 0.5, valueRange: [255.0, 0.0]"))
            .kerasJson();
    assertTrue(degenerate.contains("\"value_range\": [0.0, 255.0]"), degenerate);
  }
}
