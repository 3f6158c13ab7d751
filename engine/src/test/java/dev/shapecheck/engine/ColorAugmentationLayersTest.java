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
 * RandomHue, RandomSaturation, RandomSharpness, RandomInvert, RandomGrayscale, Solarization,
 * AutoContrast, RandomPosterization, RandomPerspective and RandomElasticTransform: the verdicts
 * Keras 3.15.1 gives (recorded by {@code conformance/keras/oracle.py} in {@code
 * expected/keras/image-augmentation-color.json}), and the kinds, placement and wording of their
 * errors.
 */
class ColorAugmentationLayersTest {
  private static final int NONE = Shape.NONE;

  private static Layer only(int[] input, LayerConfig layer) {
    ModelCheck check = check(input, layer);
    assertTrue(check.isClean(), () -> check.problems().toString());
    return check.layers().get(0);
  }

  private static String headline(ModelCheck check) {
    return check.problems().get(0).headline();
  }

  private static List<String> tagsOf(String type, String args) {
    return tags(check(dims(16, 16, 3), layer("a", type, args)));
  }

  @Test
  void everyLayerKeepsTheShapeAndChannelsAtAnyChannelCount() {
    for (String declared :
        List.of(
            "RandomHue|factor: [0.8, 0.2]",
            "RandomSaturation|factor: -1.0",
            "RandomSharpness|factor: 0.5, valueRange: [255.0, 0.0]",
            "RandomInvert|factor: [-0.5, 1.5]",
            "RandomGrayscale|factor: 1.0",
            "Solarization|additionFactor: [0.8, 0.2], thresholdFactor: 1.0",
            "AutoContrast|valueRange: [0.0, 1.0]",
            "RandomPosterization|factor: [2, 6]",
            "RandomPerspective|scale: 0.0, interpolation: 'NEAREST'",
            "RandomElasticTransform|scale: [-1.0, 0.5], fillMode: 'WRAP'")) {
      String[] parts = declared.split("\\|");
      for (int channels : new int[] {1, 3, 4, NONE}) {
        // Keras keeps the channels (RandomGrayscale too): all are identities when predicting
        Layer layer = only(dims(16, 16, channels), layer("a", parts[0], parts[1]));
        assertEquals(Shape.of(16, 16, channels), layer.outputShape(), declared);
        assertEquals(0, layer.trainableParams() + layer.nonTrainableParams(), declared);
      }
      assertEquals(
          Shape.of(16, 3), only(dims(16, 3), layer("a", parts[0], parts[1])).outputShape());
      // Keras builds a rank-4 sample but fails when it runs: "Expected ... rank 3 or 4"
      assertEquals(
          List.of("WrongRank@0:null"),
          tags(check(dims(2, 16, 16, 3), layer("a", parts[0], parts[1]))),
          declared);
      assertEquals(
          List.of("WrongRank@0:null"), tags(check(dims(16), layer("a", parts[0], parts[1]))));
    }
  }

  @Test
  void factorsAreCheckedAsEachConstructorChecksThem() {
    // the base _set_factor: [0, 1] for the hue, [-1, 1] for the saturation; no None
    assertEquals(List.of("InvalidArgument@0:factor"), tagsOf("RandomHue", "factor: -0.5"));
    assertEquals(List.of("InvalidArgument@0:factor"), tagsOf("RandomHue", "factor: []"));
    assertEquals(List.of(), tagsOf("RandomSaturation", "factor: -0.5"));
    assertEquals(List.of("InvalidArgument@0:factor"), tagsOf("RandomSaturation", "factor: -1.5"));
    ModelCheck three =
        check(dims(16, 16, 3), layer("s", "RandomSharpness", "factor: [0.1, 0.2, 0.3]"));
    assertTrue(
        headline(three)
            .startsWith(
                "s (RandomSharpness): factor = {0.1, 0.2, 0.3}, but Keras's RandomSharpness takes"
                    + " one number or a (lower, upper) pair in [0, 1]"),
        headline(three));
    assertEquals(List.of("InvalidArgument@0:factor"), tagsOf("RandomInvert", "factor: [2.0, 3.0]"));
    assertEquals(List.of("InvalidArgument@0:factor"), tagsOf("RandomGrayscale", "factor: 1.5"));
    // Solarization checks each value of a pair
    assertEquals(
        List.of("InvalidArgument@0:thresholdFactor"),
        tagsOf("Solarization", "thresholdFactor: [-0.5, 0.5]"));
    assertEquals(
        List.of("InvalidArgument@0:additionFactor"), tagsOf("Solarization", "additionFactor: []"));
    // bits in [1, 8]; a pair only needs to reach into the range
    assertEquals(List.of(), tagsOf("RandomPosterization", "factor: [0, 9]"));
    assertEquals(List.of("InvalidArgument@0:factor"), tagsOf("RandomPosterization", "factor: 9"));
    assertEquals(List.of("InvalidArgument@0:factor"), tagsOf("RandomPosterization", "factor: 0"));
    assertEquals(List.of("InvalidArgument@0:scale"), tagsOf("RandomPerspective", "scale: 1.5"));
    assertEquals(
        List.of("InvalidArgument@0:scale"), tagsOf("RandomElasticTransform", "scale: [2.0, 3.0]"));
  }

  @Test
  void valueRangesAreTwoNumbersWhereKerasChecksThem() {
    for (String type : List.of("RandomSaturation", "RandomSharpness", "RandomPosterization")) {
      String factor = type.equals("RandomPosterization") ? "factor: 4" : "factor: 0.5";
      assertEquals(
          List.of("InvalidArgument@0:valueRange"),
          tagsOf(type, factor + ", valueRange: [255.0]"),
          type);
    }
    assertEquals(List.of("InvalidArgument@0:valueRange"), tagsOf("AutoContrast", "valueRange: []"));
    assertEquals(
        List.of("InvalidArgument@0:valueRange"),
        tagsOf("Solarization", "valueRange: [0.0, 1.0, 2.0]"));
    // RandomHue, RandomInvert and RandomElasticTransform keep it unchecked
    assertEquals(List.of(), tagsOf("RandomHue", "factor: 0.5, valueRange: [255.0]"));
    assertEquals(List.of(), tagsOf("RandomInvert", "valueRange: []"));
    assertEquals(List.of(), tagsOf("RandomElasticTransform", "valueRange: [0.0, 1.0, 2.0]"));
  }

  @Test
  void warpsRunOnlyBilinearAndNearest() {
    ModelCheck bicubic =
        check(dims(16, 16, 3), layer("p", "RandomPerspective", "interpolation: 'BICUBIC'"));
    assertEquals(List.of("InvalidArgument@0:interpolation"), tags(bicubic));
    assertTrue(headline(bicubic).contains("runs only BILINEAR and NEAREST"), headline(bicubic));
    assertEquals(
        List.of("InvalidArgument@0:interpolation"),
        tagsOf("RandomElasticTransform", "interpolation: 'AREA'"));
    assertEquals(
        Shape.of(3, 16, 16),
        only(
                dims(3, 16, 16),
                layer("e", "RandomElasticTransform", "dataFormat: 'CHANNELS_FIRST', seed: 7"))
            .outputShape());
  }

  /** FillMode.MIRROR: Keras's RandomElasticTransform takes it, its other warping layers do not. */
  @Test
  void mirrorFillsOnlyTheElasticTransform() {
    assertEquals(List.of(), tagsOf("RandomElasticTransform", "fillMode: 'MIRROR'"));
    for (String declared :
        List.of(
            "RandomRotation|factor: 0.2",
            "RandomZoom|heightFactor: 0.2",
            "RandomTranslation|heightFactor: 0.2, widthFactor: 0.2",
            "RandomShear|xFactor: 0.2")) {
      String[] parts = declared.split("\\|");
      ModelCheck mirror =
          check(dims(16, 16, 3), layer("w", parts[0], parts[1] + ", fillMode: 'MIRROR'"));
      assertEquals(List.of("InvalidArgument@0:fillMode"), tags(mirror), declared);
      assertTrue(headline(mirror).contains("MIRROR is RandomElasticTransform's"), declared);
    }
  }

  // RandomColorJitter, AugMix, RandAugment: expected/keras/image-augmentation-composite.json

  @Test
  void compositesKeepTheShapeAndFailOnRankFourAsKerasRunsThem() {
    for (String declared :
        List.of(
            "RandomColorJitter|hueFactor: [-0.5, 1.5]",
            "AugMix|numChains: -1, alpha: -1.0, allOps: false",
            "RandAugment|numOps: 0, factor: [0.6, 0.2]")) {
      String[] parts = declared.split("\\|");
      for (int channels : new int[] {1, 3, NONE}) {
        assertEquals(
            Shape.of(16, 16, channels),
            only(dims(16, 16, channels), layer("a", parts[0], parts[1])).outputShape(),
            declared);
      }
      assertEquals(
          List.of("WrongRank@0:null"),
          tags(check(dims(2, 16, 16, 3), layer("a", parts[0], parts[1]))),
          declared);
    }
  }

  @Test
  void colorJitterChecksEachPartItBuilds() {
    // None builds no part, and so checks no value range
    assertEquals(List.of(), tagsOf("RandomColorJitter", "valueRange: [255.0]"));
    assertEquals(
        List.of(), tagsOf("RandomColorJitter", "contrastFactor: 0.2, valueRange: [255.0]"));
    assertEquals(
        List.of("InvalidArgument@0:valueRange"),
        tagsOf("RandomColorJitter", "saturationFactor: 0.2, valueRange: []"));
    assertEquals(
        List.of("InvalidArgument@0:brightnessFactor"),
        tagsOf("RandomColorJitter", "brightnessFactor: 1.5"));
    assertEquals(List.of(), tagsOf("RandomColorJitter", "brightnessFactor: -0.5"));
    assertEquals(
        List.of("InvalidArgument@0:contrastFactor"),
        tagsOf("RandomColorJitter", "contrastFactor: -0.5"));
    assertEquals(
        List.of("InvalidArgument@0:hueFactor"), tagsOf("RandomColorJitter", "hueFactor: 1.5"));
  }

  @Test
  void augMixAndRandAugmentTakeFactorsTheirShearAndSolarizationTake() {
    for (String type : List.of("AugMix", "RandAugment")) {
      // the base check passes a pair reaching into [0, 1]; RandomShear then takes each in it
      assertEquals(List.of("InvalidArgument@0:factor"), tagsOf(type, "factor: [-0.5, 0.5]"), type);
      assertEquals(List.of("InvalidArgument@0:factor"), tagsOf(type, "factor: [0.5, 1.5]"), type);
      assertEquals(List.of("InvalidArgument@0:factor"), tagsOf(type, "factor: []"), type);
      assertEquals(List.of(), tagsOf(type, "factor: 1.0"), type);
      assertEquals(
          List.of("InvalidArgument@0:valueRange"), tagsOf(type, "valueRange: [255.0]"), type);
      assertEquals(
          List.of("InvalidArgument@0:interpolation"),
          tagsOf(type, "interpolation: 'BICUBIC'"),
          type);
    }
  }
}
