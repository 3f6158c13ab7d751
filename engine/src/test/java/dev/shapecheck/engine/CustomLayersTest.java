package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Lambda} and {@code Custom}: the stated shape and counts, trusted as Keras's {@code
 * Lambda.compute_output_shape} trusts {@code output_shape}, the rules of what may be stated, and
 * the Keras JSON of a function and of a registered custom class. Keras 3 judges their corpus models
 * ({@code custom.json}); these tests hold the messages and places.
 */
class CustomLayersTest {
  @Test
  void aLambdaHasItsStatedShapeAfterTheInputsBatchAndNoWeights() {
    ModelCheck check =
        check(
            dims(4, 8),
            layer("flat", "Lambda", "outputShape: [32]"),
            layer("d", "Dense", "units: 2"));
    assertEquals(List.of(), tags(check));
    Layer row = check.summary().layers().get(0);
    assertEquals("Lambda", row.type());
    assertEquals(Shape.of(32), row.outputShape());
    assertEquals(0, row.params());
    assertEquals(66, check.summary().totalParams());
  }

  @Test
  void anUnknownSizeIsMinusOne() {
    ModelCheck check = check(dims(4, 8), layer("l", "Lambda", "outputShape: [-1, 8]"));
    assertEquals(Shape.of(Shape.NONE, 8), check.summary().outputShape());
  }

  @Test
  void aCustomLayerShowsItsClassAndCountsItsStatedWeights() {
    ModelCheck check =
        check(
            dims(7, 7, 96),
            layer("scale", "Custom", "type: 'LayerScale', params: 100, nonTrainableParams: 4"));
    assertEquals(List.of(), tags(check));
    Layer row = check.summary().layers().get(0);
    assertEquals("LayerScale", row.type());
    assertEquals(Shape.of(7, 7, 96), row.outputShape()); // no outputShape: the input's
    assertEquals(96, row.trainableParams());
    assertEquals(4, row.nonTrainableParams());
    assertEquals(100, check.summary().totalParams());
  }

  @Test
  void aCustomLayerMayStateAnotherShape() {
    ModelCheck check =
        check(dims(7, 7, 96), layer("p", "Custom", "type: 'Pool', outputShape: [96]"));
    assertEquals(Shape.of(96), check.summary().outputShape());
  }

  @Test
  void anEmptyLambdaShapeIsPlacedOnOutputShape() {
    ModelCheck check = check(dims(4), layer("l", "Lambda", "outputShape: []"));
    assertEquals(List.of("InvalidArgument@0:outputShape"), tags(check));
    assertEquals(
        "l (Lambda): outputShape is empty, but ShapeCheck needs the Lambda's output shape",
        check.problems().get(0).headline());
  }

  @Test
  void sizesAreNeitherZeroNorBelowMinusOne() {
    assertEquals(
        List.of("InvalidArgument@0:outputShape"),
        tags(check(dims(4), layer("l", "Lambda", "outputShape: [4, 0]"))));
    ModelCheck check = check(dims(4), layer("c", "Custom", "type: 'X', outputShape: [-2]"));
    assertEquals(List.of("InvalidArgument@0:outputShape"), tags(check));
    assertTrue(
        check.problems().get(0).headline().contains("every size must be positive, or -1"),
        check.problems().get(0).headline());
  }

  @Test
  void countsAreNotNegativeAndTheNonTrainableAreAmongThem() {
    assertEquals(
        List.of("InvalidArgument@0:params"),
        tags(check(dims(4), layer("c", "Custom", "type: 'X', params: -1"))));
    assertEquals(
        List.of("InvalidArgument@0:nonTrainableParams"),
        tags(check(dims(4), layer("c", "Custom", "type: 'X', nonTrainableParams: -1"))));
    ModelCheck check =
        check(dims(4), layer("c", "Custom", "type: 'X', params: 2, nonTrainableParams: 3"));
    assertEquals(List.of("ConflictingArguments@0:nonTrainableParams"), tags(check));
    assertEquals(
        "c (Custom): nonTrainableParams = 3, but the layer has only params = 2 in all",
        check.problems().get(0).headline());
  }

  @Test
  void theTypeIsAPythonClassName() {
    for (String bad : List.of("", "Layer Scale", "1Scale", "my.Scale")) {
      ModelCheck check = check(dims(4), layer("c", "Custom", "type: '" + bad + "'"));
      assertEquals(List.of("InvalidArgument@0:type"), tags(check), bad);
    }
    assertEquals(List.of(), tags(check(dims(4), layer("c", "Custom", "type: '_Scale2'"))));
  }

  @Test
  void theKerasJsonNamesTheFunctionAfterTheLayerAndWritesTheShapeWithNone() {
    ModelCheck check = check(dims(4, 8), layer("flat", "Lambda", "outputShape: [-1, 8]"));
    JsonObject lambda = layerJson(check);
    assertEquals("keras.layers", lambda.get("module").getAsString());
    assertEquals("Lambda", lambda.get("class_name").getAsString());
    JsonObject config = lambda.getAsJsonObject("config");
    assertEquals(
        "{\"module\":\"builtins\",\"class_name\":\"function\",\"config\":\"flat\","
            + "\"registered_name\":\"function\"}",
        config.get("function").toString());
    assertEquals("[null,8]", config.get("output_shape").toString());
    assertEquals("{}", config.get("arguments").toString());
  }

  @Test
  void theKerasJsonOfACustomLayerIsARegisteredCustomObject() {
    ModelCheck check = check(dims(4), layer("scale", "Custom", "type: 'LayerScale', params: 4"));
    JsonObject custom = layerJson(check);
    assertTrue(custom.get("module").isJsonNull());
    assertEquals("LayerScale", custom.get("class_name").getAsString());
    assertEquals("Custom>LayerScale", custom.get("registered_name").getAsString());
    assertEquals(
        List.of("name", "trainable", "dtype"),
        List.copyOf(custom.getAsJsonObject("config").keySet()));
    assertEquals("[null,4]", custom.getAsJsonObject("build_config").get("input_shape").toString());
  }

  /** Keras names a custom layer created without a name after its class: custom_scale_layer. */
  @Test
  void anAutoNameIsTheClassInSnakeCase() {
    GraphConfig graph =
        Graphs.model(
            Graphs.input("x", 4),
            Graphs.layer("a", "Custom", "type: 'CustomScaleLayer'", "x").named("{auto}"),
            Graphs.layer("b", "Custom", "type: 'CustomScaleLayer'", "a").named("{auto}"));
    ModelCheck check = Graphs.check(graph);
    assertEquals(List.of(), Graphs.tags(check));
    assertEquals("custom_scale_layer", check.summary().layers().get(1).name());
    assertEquals("custom_scale_layer_1", check.summary().layers().get(2).name());
  }

  private static JsonObject layerJson(ModelCheck check) {
    assertEquals(List.of(), tags(check));
    return JsonParser.parseString(check.kerasJson())
        .getAsJsonObject()
        .getAsJsonObject("config")
        .getAsJsonArray("layers")
        .get(1)
        .getAsJsonObject();
  }
}
