package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ScalarOp}, a {@code keras.ops} operation between a tensor and a number ({@code x + 3.0}):
 * its row (the operator's class, the input's shape, no weights), its automatic name counted with
 * the layers of its class, its Keras 3 JSON (what Keras 3.15.1's {@code to_json()} writes for
 * {@code ReLU(6.0)(x + 3.0)}: an operation of {@code keras.src.ops.numpy}, the number among the
 * node's arguments), and the errors Keras gives for it. Keras 3 judges its corpus models ({@code
 * scalar-ops.json}); these tests hold what the corpus cannot: names, messages and places.
 */
class OperationLayersTest {
  @Test
  void theRowIsTheOperatorsClassWithTheInputsShapeAndNoWeights() {
    ModelCheck check =
        Graphs.check(
            Graphs.model(
                Graphs.input("x", 3, 4),
                Graphs.layer("plus", "ScalarOp", "op: 'ADD', value: 3.0, scalarFirst: false", "x"),
                Graphs.layer(
                    "half", "ScalarOp", "op: 'TRUE_DIVIDE', value: 2.0, scalarFirst: true", "plus"),
                Graphs.layer(
                    "sq", "ScalarOp", "op: 'POWER', value: 2.0, scalarFirst: false", "half"),
                Graphs.layer("d", "Dense", "units: 2", "sq")));
    assertEquals(List.of(), Graphs.tags(check));
    List<Layer> rows = check.summary().layers();
    assertEquals("Add", rows.get(1).type());
    assertEquals("TrueDivide", rows.get(2).type());
    assertEquals("Power", rows.get(3).type());
    assertEquals(Shape.withBatch(Shape.NONE, 3, 4), rows.get(3).outputShape());
    assertEquals(0, rows.get(1).params());
    assertEquals(10, check.summary().totalParams());
  }

  /**
   * Keras's {@code auto_name} counts per class name: {@code x + 3.0} records an {@code Add} named
   * {@code add}, so the next {@code keras.layers.Add} created without a name is {@code add_1}.
   */
  @Test
  void anAutoNameCountsWithTheLayersOfItsClass() {
    ModelCheck check =
        Graphs.check(
            Graphs.model(
                Graphs.input("x", 4),
                Graphs.layer("plus", "ScalarOp", "op: 'ADD', value: 3.0, scalarFirst: false", "x")
                    .named("{auto}"),
                Graphs.layer("sum", "Add", "", "x", "plus").named("{auto}"),
                Graphs.layer(
                        "times",
                        "ScalarOp",
                        "op: 'MULTIPLY', value: 0.5, scalarFirst: false",
                        "sum")
                    .named("{auto}")));
    assertEquals(List.of(), Graphs.tags(check));
    List<Layer> rows = check.summary().layers();
    assertEquals("add", rows.get(1).name());
    assertEquals("add_1", rows.get(2).name());
    assertEquals("Add", rows.get(2).type());
    assertEquals("multiply", rows.get(3).name());
  }

  /** Keras 3.15.1's to_json() of {@code ReLU(6.0)(x + 3.0)}, field for field. */
  @Test
  void theKerasJsonIsKerasOperationWithTheNumberAmongTheArguments() {
    ModelCheck check =
        Graphs.check(
            Graphs.model(
                Graphs.input("x", 4),
                Graphs.layer("plus", "ScalarOp", "op: 'ADD', value: 3.0, scalarFirst: false", "x"),
                Graphs.layer(
                    "minus", "ScalarOp", "op: 'SUBTRACT', value: 1.0, scalarFirst: true", "plus")));
    JsonArray layers =
        JsonParser.parseString(check.kerasJson())
            .getAsJsonObject()
            .getAsJsonObject("config")
            .getAsJsonArray("layers");
    JsonObject plus = layers.get(1).getAsJsonObject();
    assertEquals(
        "{\"module\":\"keras.src.ops.numpy\",\"class_name\":\"Add\",\"config\":{\"name\":\"plus\"},"
            + "\"registered_name\":\"Add\",\"name\":\"plus\",\"inbound_nodes\":[{\"args\":"
            + "[{\"class_name\":\"__keras_tensor__\",\"config\":{\"shape\":[null,4],"
            + "\"dtype\":\"float32\",\"keras_history\":[\"x\",0,0]}},3.0],\"kwargs\":{}}]}",
        plus.toString());
    assertFalse(plus.has("build_config"));
    JsonArray minusArgs =
        layers
            .get(2)
            .getAsJsonObject()
            .getAsJsonArray("inbound_nodes")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("args");
    assertEquals(1.0, minusArgs.get(0).getAsDouble()); // 1.0 - plus: the number first
    assertEquals(
        "plus",
        minusArgs
            .get(1)
            .getAsJsonObject()
            .getAsJsonObject("config")
            .getAsJsonArray("keras_history")
            .get(0)
            .getAsString());
  }

  @Test
  void aSequentialModelCannotHoldAnOperation() {
    ModelCheck check =
        check(
            dims(16),
            layer("dense", "Dense", "units: 16"),
            layer("add", "ScalarOp", "op: 'ADD', value: 3.0, scalarFirst: false"),
            layer("relu6", "ReLU", "maxValue: 6.0"));
    assertEquals(List.of("OperationInSequential@1:null"), tags(check));
    Problem problem = check.problems().get(0);
    assertEquals(
        "add (ScalarOp): is a keras.ops operation (Add), but Keras's Sequential holds only layers",
        problem.headline());
    assertTrue(
        String.join("\n", problem.details()).contains("declare the model with @Functional"),
        problem.details().toString());
  }

  @Test
  void theNumberMustBeFinite() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      ModelCheck check =
          Graphs.check(
              Graphs.model(
                  Graphs.input("x", 4),
                  NodeConfig.layer(
                      LayerConfig.of(
                          "plus",
                          "ScalarOp",
                          java.util.Map.of("op", "ADD", "value", bad, "scalarFirst", false)),
                      List.of("x"))));
      assertEquals(List.of("InvalidArgument@1:value#-1"), Graphs.tags(check), "" + bad);
    }
  }

  @Test
  void anOperationTakesOneTensor() {
    ModelCheck check =
        Graphs.check(
            Graphs.model(
                Graphs.input("a", 4),
                Graphs.input("b", 4),
                Graphs.layer(
                    "both", "ScalarOp", "op: 'ADD', value: 1.0, scalarFirst: false", "a", "b")));
    assertEquals(List.of("WrongInputCount@2:null#1"), Graphs.tags(check));
  }
}
