package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.wrapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Keras JSON of single layers whose Keras form differs from ours: sentinels that are Keras's
 * {@code None}, tuples broadcast to the layer's rank, nested paddings, renamed arguments, wrappers.
 * Each expected text is what Keras's {@code get_config()} holds for the same layer
 * (keras/src/layers/..., tf.keras 2.15 key names); KerasJsonRoundTripTest loads the JSON of every
 * corpus model in TensorFlow.js.
 */
class Keras2JsonTest {
  /** The JSON of the model {@code input -> layers}; {@code parts.get(i + 1)} is layer i. */
  private static List<String> parts(int[] input, int batch, LayerConfig... layers) {
    ModelConfig config = ModelConfig.of("test_model", input, batch, List.of(layers));
    ModelCheck check = ShapeEngine.check(config);
    assertTrue(check.isClean(), () -> check.problems().toString());
    return Keras2Json.parts(check.summary(), check.configs());
  }

  /** The JSON of the second layer of {@code input -> Activation -> layer}: no input shape. */
  private static String json(int[] input, LayerConfig layer) {
    LayerConfig first = layer("first", "Activation", "activation: 'RELU'");
    String part = parts(input, Shape.NONE, first, layer).get(2);
    assertTrue(part.startsWith(", "), part);
    return part.substring(2);
  }

  @Test
  void everyEngineLayerHasAJsonFormWritingEveryAttributeOfItsAnnotation() throws Exception {
    assertEquals(new TreeSet<>(ShapeEngine.layerTypes()), new TreeSet<>(Keras2Json.types()));
    for (String type : Keras2Json.types()) {
      Set<String> declared = new TreeSet<>();
      for (Method attribute : Class.forName("dev.shapecheck.layers." + type).getDeclaredMethods()) {
        declared.add(attribute.getName());
      }
      // An attribute missing here would be silently dropped from the JSON.
      assertEquals(declared, new TreeSet<>(Keras2Json.attributes(type)), type);
    }
  }

  @Test
  void convolutionTuplesAreBroadcastToTheLayersRank() {
    assertEquals(
        "{\"class_name\": \"Conv3D\", \"config\": {\"name\": \"c\", \"trainable\": true, "
            + "\"dtype\": \"float32\", \"filters\": 4, \"kernel_size\": [3, 3, 3], "
            + "\"strides\": [1, 2, 1], \"padding\": \"same\", \"data_format\": \"channels_last\", "
            + "\"dilation_rate\": [1, 1, 1], \"groups\": 1, \"activation\": \"linear\", "
            + "\"use_bias\": false}}",
        json(
            dims(8, 8, 8, 2),
            layer(
                "c",
                "Conv3D",
                "filters: 4, kernelSize: [3], strides: [1, 2, 1], padding: 'SAME', useBias: false")));
  }

  @Test
  void poolingStridesNoneAreThePoolSizeAsKerasStoresThem() {
    // Keras's pooling constructors set strides = pool_size when strides is None.
    assertEquals(
        "{\"class_name\": \"MaxPooling2D\", \"config\": {\"name\": \"p\", \"trainable\": true, "
            + "\"dtype\": \"float32\", \"pool_size\": [2, 3], \"padding\": \"valid\", "
            + "\"strides\": [2, 3], \"data_format\": \"channels_last\"}}",
        json(dims(8, 9, 1), layer("p", "MaxPooling2D", "poolSize: [2, 3]")));
    assertTrue(
        json(dims(8, 9, 1), layer("p", "AveragePooling2D", "poolSize: [2], strides: [1]"))
            .contains("\"pool_size\": [2, 2], \"padding\": \"valid\", \"strides\": [1, 1]"));
  }

  @Test
  void sentinelsAreKerasNone() {
    assertTrue(
        json(dims(4), layer("r", "ReLU", ""))
            .contains("\"max_value\": null, \"negative_slope\": 0.0, \"threshold\": 0.0}}"));
    assertTrue(json(dims(4), layer("r", "ReLU", "maxValue: 6.0")).contains("\"max_value\": 6.0"));
    assertTrue(
        json(dims(4, 3), layer("d", "Dropout", "rate: 0.5"))
            .contains("\"rate\": 0.5, \"noise_shape\": null, \"seed\": null}}"));
    assertTrue(
        json(dims(4, 3), layer("d", "Dropout", "rate: 0.5, noiseShape: [-1, 1, -1], seed: 7"))
            .contains("\"rate\": 0.5, \"noise_shape\": [null, 1, null], \"seed\": 7}}"));
    assertTrue(json(dims(4, 3), layer("p", "PReLU", "")).endsWith("\"shared_axes\": null}}"));
    assertTrue(
        json(dims(4, 3), layer("p", "PReLU", "sharedAxes: [1]"))
            .endsWith("\"shared_axes\": [1]}}"));
    assertTrue(
        json(dims(5, 5, 2), layer("t", "Conv2DTranspose", "filters: 2, kernelSize: [3]"))
            .endsWith("\"use_bias\": true, \"output_padding\": null}}"));
    LayerConfig padded =
        layer(
            "t",
            "Conv2DTranspose",
            "filters: 2, kernelSize: [3], strides: [2], outputPadding: [1]");
    assertTrue(
        json(dims(5, 5, 2), padded).endsWith("\"use_bias\": true, \"output_padding\": [1, 1]}}"));
  }

  @Test
  void paddingAndCroppingAreNestedAsKerasStoresThem() {
    assertTrue(
        json(dims(6, 2), layer("z", "ZeroPadding1D", "padding: [2]"))
            .endsWith("\"padding\": [2, 2]}}"));
    assertTrue(
        json(dims(6, 2), layer("z", "ZeroPadding1D", "padding: [1, 3]"))
            .endsWith("\"padding\": [1, 3]}}"));
    assertTrue(
        json(dims(6, 6, 2), layer("z", "ZeroPadding2D", ""))
            .contains("\"padding\": [[1, 1], [1, 1]], \"data_format\": \"channels_last\""));
    assertTrue(
        json(dims(6, 6, 2), layer("z", "ZeroPadding2D", "padding: [1, 2]"))
            .contains("\"padding\": [[1, 1], [2, 2]]"));
    assertTrue(
        json(dims(6, 6, 2), layer("z", "ZeroPadding2D", "padding: [1, 2, 3, 4]"))
            .contains("\"padding\": [[1, 2], [3, 4]]"));
    assertTrue(
        json(dims(9, 9, 9, 2), layer("c", "Cropping3D", "cropping: [1, 2, 0, 1, 2, 3]"))
            .contains("\"cropping\": [[1, 2], [0, 1], [2, 3]]"));
    assertTrue(
        json(dims(9, 9, 2), layer("c", "Cropping2D", ""))
            .contains("\"cropping\": [[0, 0], [0, 0]]"));
  }

  @Test
  void enumsAreKerasStringsAndRenamedArgumentsUseTheNameEveryLoaderTakes() {
    assertTrue(
        json(dims(4), layer("d", "Dense", "units: 3, activation: 'HARD_SIGMOID'"))
            .contains("\"activation\": \"hard_sigmoid\""));
    // tf.keras 2.15 and tfjs know Keras 3's "silu" as "swish", the same function.
    assertTrue(
        json(dims(4), layer("a", "Activation", "activation: 'SILU'"))
            .endsWith("\"activation\": \"swish\"}}"));
    // Keras 2 and tfjs call the slope alpha; Keras 3 renamed it negative_slope but takes alpha.
    assertTrue(
        json(dims(4), layer("l", "LeakyReLU", "negativeSlope: 0.1")).endsWith("\"alpha\": 0.1}}"));
    LayerConfig up =
        layer(
            "u",
            "UpSampling2D",
            "size: [2, 3], dataFormat: 'CHANNELS_FIRST', interpolation: 'BILINEAR'");
    assertTrue(
        json(dims(4, 4, 2), up)
            .contains(
                "\"size\": [2, 3], \"data_format\": \"channels_first\", \"interpolation\": \"bilinear\""));
    assertTrue(json(dims(4, 2), layer("u", "UpSampling1D", "size: 3")).endsWith("\"size\": 3}}"));
  }

  @Test
  void axesKeepKerasIntOrListForm() {
    assertTrue(
        json(dims(4, 3), layer("n", "LayerNormalization", ""))
            .contains("\"axis\": -1, \"epsilon\": 0.001"));
    assertTrue(
        json(dims(4, 3), layer("n", "LayerNormalization", "axis: [1, 2]"))
            .contains("\"axis\": [1, 2], \"epsilon\": 0.001"));
    assertTrue(
        json(dims(4, 3), layer("n", "BatchNormalization", ""))
            .contains("\"axis\": -1, \"momentum\": 0.99, \"epsilon\": 0.001, \"center\": true"));
  }

  @Test
  void bidirectionalNestsTheWrappedLayerBeforeMergeMode() {
    LayerConfig encoder =
        wrapper(
            "Bidirectional",
            "mergeMode: 'SUM'",
            layer("enc", "LSTM", "units: 8, returnSequences: true"));
    assertEquals(
        "{\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"enc\", \"trainable\": true, "
            + "\"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": "
            + "{\"name\": \"enc_lstm\", \"trainable\": true, \"dtype\": \"float32\", "
            + "\"return_sequences\": true, \"return_state\": false, \"go_backwards\": false,"
            + " \"units\": 8, "
            + "\"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", "
            + "\"use_bias\": true, "
            + "\"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"sum\"}}",
        json(dims(5, 3), encoder));
  }

  @Test
  void timeDistributedNestsItsLayerAndWrappersNest() {
    LayerConfig frames =
        wrapper("TimeDistributed", "", layer("frames", "Conv2D", "filters: 2, kernelSize: [3]"));
    String json = json(dims(4, 6, 6, 1), frames);
    assertTrue(
        json.startsWith(
            "{\"class_name\": \"TimeDistributed\", \"config\": {\"name\": "
                + "\"frames\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": "
                + "\"Conv2D\", \"config\": {\"name\": \"frames_conv2d\", "),
        json);
    assertTrue(json.endsWith("\"use_bias\": true}}}}"), json);

    LayerConfig nested =
        wrapper(
            "TimeDistributed", "", wrapper("Bidirectional", "", layer("steps", "GRU", "units: 2")));
    String twice = json(dims(3, 4, 5), nested);
    assertTrue(
        twice.contains(
            "\"layer\": {\"class_name\": \"Bidirectional\", \"config\": "
                + "{\"name\": \"steps_bidirectional\""),
        twice);
    assertTrue(
        twice.contains(
            "\"layer\": {\"class_name\": \"GRU\", \"config\": {\"name\":"
                + " \"steps_bidirectional_gru\""),
        twice);
    assertTrue(twice.endsWith("\"reset_after\": true}}, \"merge_mode\": \"concat\"}}}}"), twice);
  }

  @Test
  void theInputLayerAndTheFirstLayerCarryTheBatchInputShape() {
    List<String> parts = parts(dims(Shape.NONE, 8), 32, layer("d", "Dense", "units: 2"));
    assertEquals(
        "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"test_model\", \"layers\": "
            + "[{\"class_name\": \"InputLayer\", \"config\": "
            + "{\"batch_input_shape\": [32, null, 8], \"dtype\": \"float32\", "
            + "\"sparse\": false, \"ragged\": false, \"name\": \"d_input\"}}",
        parts.get(0));
    assertTrue(
        parts
            .get(1)
            .startsWith(
                ", {\"class_name\": \"Dense\", \"config\": {\"name\": \"d\", "
                    + "\"trainable\": true, \"batch_input_shape\": [32, null, 8], "
                    + "\"dtype\": \"float32\", "),
        parts.get(1));
    assertEquals("]}, \"keras_version\": \"2.15.0\", \"backend\": \"tensorflow\"}", parts.get(2));
  }

  @Test
  void theModelsDtypeIsEveryLayersAndTheInputs() {
    LayerConfig encoder = wrapper("Bidirectional", "", layer("enc", "GRU", "units: 2"));
    ModelConfig config =
        ModelConfig.of("half", dims(4, 3), Shape.NONE, List.of(encoder), "FLOAT16");
    String json = Keras2Json.of(config, ShapeEngine.check(config).summary());
    assertTrue(json.contains("\"dtype\": \"float16\", \"sparse\": false"), json);
    assertTrue(
        json.contains(
            "\"name\": \"enc\", \"trainable\": true, "
                + "\"batch_input_shape\": [null, 4, 3], \"dtype\": \"float16\", "),
        json);
    assertTrue(
        json.contains("\"name\": \"enc_gru\", \"trainable\": true, " + "\"dtype\": \"float16\", "),
        json);
    assertFalse(json.contains("float32"), json);
  }

  @Test
  void ofIsThePartsJoinedAndIsValidJson() {
    ModelConfig config =
        ModelConfig.of(
            "net",
            dims(6, 6, 1),
            Shape.NONE,
            List.of(
                layer("c", "Conv2D", "filters: 2, kernelSize: [3]"), layer("f", "Flatten", "")));
    ModelSummary summary = ShapeEngine.check(config).summary();
    String json = Keras2Json.of(config, summary);
    assertEquals(String.join("", Keras2Json.parts(summary, config.layers())), json);
    JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
    assertEquals("Sequential", parsed.get("class_name").getAsString());
    assertEquals(3, parsed.getAsJsonObject("config").getAsJsonArray("layers").size());
  }

  @Test
  void namesAreEscapedAsPythonsJsonDumpsEscapesThem() {
    String name = "m\"\\\u00e9\u4e2d\n\u0001";
    // (Only a model name can need escaping: a layer name has letters, digits and _ . - > only.)
    ModelConfig config =
        ModelConfig.of(name, dims(4), Shape.NONE, List.of(layer("d", "Dense", "units: 2")));
    String json = Keras2Json.of(config, ShapeEngine.check(config).summary());
    // json.dumps(..., ensure_ascii=True) gives "m\"\\\u00e9\u4e2d\n\u0001".
    assertTrue(json.contains("\"name\": \"m\\\"\\\\\\u00e9\\u4e2d\\n\\u0001\""), json);
    assertTrue(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "ASCII only");
    JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
    assertEquals(name, parsed.getAsJsonObject("config").get("name").getAsString());
  }

  @Test
  void floatsAreWrittenAsPythonsRepr() {
    // Each expected text is CPython 3's repr() of the same double.
    double[] values = {
      0.001,
      1e-05,
      0.0001,
      0.99,
      3.0,
      -0.0,
      1e16,
      1e15,
      123456.789,
      -2.5e-07,
      0.1 + 0.2,
      1e300,
      100.0,
      -0.5,
      1234567.0,
      1e7,
      12345678.9,
      0.0015
    };
    String[] repr = {
      "0.001",
      "1e-05",
      "0.0001",
      "0.99",
      "3.0",
      "-0.0",
      "1e+16",
      "1000000000000000.0",
      "123456.789",
      "-2.5e-07",
      "0.30000000000000004",
      "1e+300",
      "100.0",
      "-0.5",
      "1234567.0",
      "10000000.0",
      "12345678.9",
      "0.0015"
    };
    for (int i = 0; i < values.length; i++) {
      assertEquals(repr[i], PythonJson.number(values[i]), "repr of " + values[i]);
    }
    assertThrows(IllegalArgumentException.class, () -> PythonJson.number(Double.NaN));
  }

  @Test
  void aSummaryOfAnotherModelIsRejected() {
    ModelConfig a =
        ModelConfig.of("a", dims(4), Shape.NONE, List.of(layer("d", "Dense", "units: 2")));
    ModelConfig b =
        ModelConfig.of("a", dims(4), Shape.NONE, List.of(layer("e", "Dense", "units: 2")));
    assertThrows(
        IllegalArgumentException.class, () -> Keras2Json.of(a, ShapeEngine.check(b).summary()));
  }
}
