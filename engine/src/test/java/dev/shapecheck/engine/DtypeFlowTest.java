package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strings and integers through the layers ({@link DtypeFlow}), typed functional inputs and what
 * KERAS_JSON writes of them: the verdicts Keras 3.15.1 gives the corpus models of the same names in
 * {@code conformance/corpus/dtype-flow.json} and {@code functional-dtype.json} (recorded by {@code
 * keras/oracle.py} and {@code keras/tojson.py}), checked here through the facade.
 */
class DtypeFlowTest {
  private static ModelCheck sequential(String inputDtype, int[] input, LayerConfig... layers) {
    return ShapeEngine.check(
        ModelConfig.of("dtypes", input, -1, List.of(layers)).withInputDtype(inputDtype));
  }

  private static final LayerConfig CONV = layer("conv", "Conv1D", "filters: 2, kernelSize: [2]");

  @Test
  void integersFailInAConvolutionEvenThroughALayerThatKeepsThem() {
    // int32_into_conv1d, int32_dropout_conv1d: Keras fails when the model runs
    assertEquals(List.of("WrongDtype@0:null"), tags(sequential("INT32", dims(4, 3), CONV)));
    assertEquals(
        List.of("WrongDtype@1:null"),
        tags(sequential("INT32", dims(4, 3), layer("drop", "Dropout", "rate: 0.5"), CONV)));
    assertEquals(
        List.of("WrongDtype@1:null"),
        tags(
            sequential(
                "INT64",
                dims(4, 1),
                layer("ids", "IntegerLookup", "vocabularySize: 5," + " outputMode: 'ONE_HOT'"),
                CONV)));
    // int32_dense_conv1d, int64_rescaling_conv1d: Dense and Rescaling give floats
    assertTrue(sequential("INT32", dims(4, 3), layer("d", "Dense", "units: 2"), CONV).isClean());
    assertTrue(
        sequential("INT64", dims(4, 3), layer("r", "Rescaling", "scale: [1.0]"), CONV).isClean());
    ModelCheck wrapped =
        sequential(
            "INT32",
            dims(3, 4, 1),
            Models.wrapper(
                "TimeDistributed", "", layer("c", "Conv1D", "filters: 2, kernelSize: [2]")));
    assertEquals("WrongDtype", wrapped.problems().get(0).kind().tag());
  }

  @Test
  void stringsPassThroughTheLayersThatMoveValuesAndNoOthers() {
    LayerConfig lookup = layer("ids", "StringLookup", "vocabularySize: 5");
    assertTrue(sequential("STRING", dims(2, 3), layer("f", "Flatten", ""), lookup).isClean());
    assertTrue(
        sequential("STRING", dims(4, 2), layer("z", "ZeroPadding1D", "padding: [1]"), lookup)
            .isClean());
    assertTrue(
        sequential("STRING", dims(3), layer("a", "Activation", "activation: 'LINEAR'"), lookup)
            .isClean());
    ModelCheck dense =
        sequential(
            "STRING", dims(3), layer("d", "Dropout", "rate: 0.5"), layer("o", "Dense", "units: 2"));
    assertEquals(List.of("WrongDtype@1:null"), tags(dense));
    assertEquals(
        "o (Dense): takes numbers, but the (3) output of d is strings",
        dense.problems().get(0).headline());
    assertEquals(
        List.of("WrongDtype@0:null"),
        tags(sequential("STRING", dims(4, 3), layer("m", "Masking", ""))));
    assertEquals(
        List.of("WrongDtype@0:null"),
        tags(sequential("STRING", dims(3), layer("a", "Activation", "activation: 'RELU'"))));
  }

  @Test
  void theKerasJsonWritesEachTensorsSymbolicDtypeAndTheCallAConversionRecords() {
    // dropout_ints_json: Keras's Dropout output is float32 (its compute dtype), and the call it
    // records on an int32 input has no training argument; Flatten keeps int32.
    GraphConfig graph =
        GraphConfig.model(
            "dropout_ints_json",
            List.of(
                NodeConfig.input("ids", dims(3), -1).withDtype("INT32"),
                NodeConfig.layer(layer("drop", "Dropout", "rate: 0.5"), List.of("ids")),
                NodeConfig.layer(layer("flat", "Flatten", ""), List.of("ids")),
                NodeConfig.layer(
                    layer("embed", "Embedding", "inputDim: 4, outputDim: 2"), List.of("drop")),
                NodeConfig.layer(
                    layer("embed2", "Embedding", "inputDim: 4, outputDim: 2"), List.of("flat"))),
            List.of(),
            "FLOAT32");
    ModelCheck check = ShapeEngine.check(graph);
    assertTrue(check.isClean(), () -> check.problems().toString());
    String json = check.kerasJson();
    assertTrue(json.contains("\"batch_shape\": [null, 3], \"dtype\": \"int32\""), json);
    assertTrue(
        json.contains(
            "{\"shape\": [null, 3], \"dtype\": \"int32\", \"keras_history\": [\"ids\", 0, 0]}}],"
                + " \"kwargs\": {}}"),
        json);
    assertTrue(json.contains("\"dtype\": \"float32\", \"keras_history\": [\"drop\", 0, 0]"), json);
    assertTrue(json.contains("\"dtype\": \"int32\", \"keras_history\": [\"flat\", 0, 0]"), json);
  }

  @Test
  void hashedCrossingTakesTwoIntegerOrStringFeaturesOfOneValue() {
    GraphConfig graph =
        GraphConfig.model(
            "cross",
            List.of(
                NodeConfig.input("a", dims(1), -1).withDtype("STRING"),
                NodeConfig.input("b", dims(1), -1).withDtype("INT64"),
                NodeConfig.layer(
                    layer("crossed", "HashedCrossing", "numBins: 5, outputMode: 'ONE_HOT'"),
                    List.of("a", "b"))),
            List.of(),
            "FLOAT32");
    ModelCheck check = ShapeEngine.check(graph);
    assertTrue(check.isClean(), () -> check.problems().toString());
    assertEquals("(None, 5)", check.layers().get(2).outputShape().toString());
    GraphConfig floats =
        GraphConfig.model(
            "cross",
            List.of(
                NodeConfig.input("a", dims(1), -1),
                NodeConfig.input("b", dims(1), -1).withDtype("INT64"),
                NodeConfig.layer(
                    layer("crossed", "HashedCrossing", "numBins: 5"), List.of("a", "b"))),
            List.of(),
            "FLOAT32");
    assertEquals(List.of("WrongDtype@2:null"), tags(ShapeEngine.check(floats)));
  }
}
