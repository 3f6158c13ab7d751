package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model-level rules and the engine's reporting discipline: everything once, nothing cascaded. */
class ModelCheckTest {
  @Test
  void invalidInputsAreReportedOnTheInputAttribute() {
    for (int[] input : new int[][] {{}, {28, 0, 1}, {28, -5, 1}, {-2}}) {
      ModelCheck check = check(input, layer("d", "Dense", "units: 3"));
      assertEquals(List.of("InvalidInput@-1:input"), tags(check));
    }
  }

  @Test
  void batchSizeMustBePositiveOrNone() {
    ModelCheck zero =
        ShapeEngine.check(
            ModelConfig.of("m", dims(4), 0, List.of(layer("d", "Dense", "units: 3"))));
    ModelCheck fixed =
        ShapeEngine.check(
            ModelConfig.of("m", dims(4), 32, List.of(layer("d", "Dense", "units: 3"))));
    assertEquals(List.of("InvalidBatchSize@-1:batchSize"), tags(zero));
    assertEquals("(32, 3)", fixed.summary().outputShape().toString());
  }

  @Test
  void modelNamesFollowKeras() {
    ModelCheck slash =
        ShapeEngine.check(
            ModelConfig.of("a/b", dims(4), -1, List.of(layer("d", "Dense", "units: 3"))));
    assertEquals(List.of("InvalidModelName@-1:name"), tags(slash));
  }

  @Test
  void aModelNeedsLayers() {
    assertEquals(List.of("NoLayers@-1:null"), tags(check(dims(4))));
  }

  @Test
  void unknownLayerTypesPointAtMismatchedJars() {
    ModelCheck check = check(dims(4), LayerConfig.of("x", "Conv9D", Map.of()));
    assertEquals(List.of("UnknownLayer@0:null"), tags(check));
    assertTrue(check.problems().get(0).render().contains("jars differ in version"));
  }

  @Test
  void unknownEnumConstantsPointAtMismatchedJars() {
    ModelCheck check = check(dims(8, 8, 1), layer("p", "MaxPooling2D", "padding: 'REFLECT'"));
    assertEquals(List.of("InvalidArgument@0:padding"), tags(check));
    assertTrue(check.problems().get(0).headline().contains("Padding.REFLECT is unknown"));
  }

  @Test
  void missingArgumentsAreReportedNotThrown() {
    ModelCheck check = check(dims(8), LayerConfig.of("d", "Dense", Map.of()));
    assertEquals(
        List.of(
            "InvalidArgument@0:units", "InvalidArgument@0:activation", "InvalidArgument@0:useBias"),
        tags(check));
  }

  @Test
  void argumentErrorsOfEveryLayerAndTheFirstShapeErrorAreAllReported() {
    ModelCheck check =
        check(
            dims(4, 4, 1),
            layer("big", "Conv2D", "filters: 2, kernelSize: [5]"),
            layer("bad_args", "Dense", "units: 0"),
            layer("also_bad", "Dense", "units: -1"));
    assertEquals(
        List.of(
            "KernelTooLarge@0:kernelSize", "InvalidArgument@1:units", "InvalidArgument@2:units"),
        tags(check));
  }

  @Test
  void onlyTheFirstShapeErrorIsReported() {
    ModelCheck check =
        check(
            dims(4, 4, 1),
            layer("a", "Conv2D", "filters: 2, kernelSize: [5]"),
            layer("b", "Conv2D", "filters: 2, kernelSize: [9]"),
            layer("f", "Flatten", ""),
            layer("c", "Conv2D", "filters: 2, kernelSize: [3]"));
    assertEquals(List.of("KernelTooLarge@0:kernelSize"), tags(check));
    assertTrue(
        check
            .problems()
            .get(0)
            .render()
            .contains("the shapes of the 3 layer(s) after a were not checked"));
  }

  @Test
  void layersBeforeTheFailureAreStillComputed() {
    ModelCheck check =
        check(
            dims(6, 6, 1),
            layer("ok", "Conv2D", "filters: 2, kernelSize: [3]"),
            layer("bad", "Conv2D", "filters: 2, kernelSize: [5]"));
    assertFalse(check.isClean());
    assertEquals(1, check.layers().size());
    assertEquals(Shape.of(4, 4, 2), check.layers().get(0).outputShape());
    assertThrows(IllegalStateException.class, check::summary);
  }

  @Test
  void flattenOutputBeyondIntIsAnError() {
    ModelCheck check = check(dims(65536, 65536, 2), layer("f", "Flatten", ""));
    assertEquals(List.of("OutputTooLarge@0:null"), tags(check));
  }

  @Test
  void checkArgumentsComputesNoShapes() {
    ModelCheck check =
        ShapeEngine.checkArguments(
            ModelConfig.of(
                "m",
                dims(2, 2, 1),
                -1,
                List.of(layer("c", "Conv2D", "filters: 2, kernelSize: [9]"))));
    assertTrue(check.isClean());
    assertTrue(check.layers().isEmpty());
  }
}
