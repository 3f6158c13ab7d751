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
 * The tf.keras 2 JSON of single layers whose Keras form differs from ours: sentinels that are
 * Keras's {@code None}, tuples broadcast to the layer's rank, nested paddings, renamed arguments,
 * values tf.keras 2 stores changed, wrappers. Each expected value is what tf_keras 2.21's {@code
 * get_config()} holds for the same layer; Keras2JsonConformanceTest holds every corpus model to
 * tf_keras's own {@code to_json()}, KerasJsonRoundTripTest loads them in TensorFlow.js.
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

  /** The parsed config of {@link #json}'s layer. */
  private static JsonObject config(int[] input, LayerConfig layer) {
    return JsonParser.parseString(json(input, layer)).getAsJsonObject().getAsJsonObject("config");
  }

  /** Asserts each {@code key, json value} pair of {@code config}, values as JSON text. */
  private static void assertKeys(JsonObject config, String... keysAndValues) {
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = keysAndValues[i];
      assertTrue(config.has(key), () -> key + " missing from " + config);
      assertEquals(
          JsonParser.parseString(keysAndValues[i + 1]), config.get(key), key + " of " + config);
    }
  }

  @Test
  void convolutionTuplesAreBroadcastToTheLayersRank() {
    String json =
        json(
            dims(8, 8, 8, 2),
            layer(
                "c",
                "Conv3D",
                "filters: 4, kernelSize: [3], strides: [1, 2, 1], padding: 'SAME', useBias: false"));
    // tf_keras 2.21's to_json() of Conv3D(4, 3, strides=(1, 2, 1), padding="same",
    // use_bias=False) on (None, 8, 8, 8, 2): every get_config key, in its order.
    assertEquals(
        "{\"module\": \"keras.layers\", \"class_name\": \"Conv3D\", \"config\": {\"name\": \"c\","
            + " \"trainable\": true, \"dtype\": \"float32\", \"filters\": 4, \"kernel_size\": [3, 3, 3],"
            + " \"strides\": [1, 2, 1], \"padding\": \"same\", \"data_format\": \"channels_last\","
            + " \"dilation_rate\": [1, 1, 1], \"groups\": 1, \"activation\": \"linear\","
            + " \"use_bias\": false, \"kernel_initializer\": {\"module\": \"keras.initializers\","
            + " \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\":"
            + " null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\":"
            + " \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null,"
            + " \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\":"
            + " null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\":"
            + " {\"input_shape\": [null, 8, 8, 8, 2]}}",
        json);
  }

  @Test
  void poolingStridesNoneAreThePoolSizeAsKerasStoresThem() {
    // Keras's pooling constructors set strides = pool_size when strides is None.
    assertKeys(
        config(dims(8, 9, 1), layer("p", "MaxPooling2D", "poolSize: [2, 3]")),
        "pool_size",
        "[2, 3]",
        "padding",
        "'valid'",
        "strides",
        "[2, 3]",
        "data_format",
        "'channels_last'");
    assertKeys(
        config(dims(8, 9, 1), layer("p", "AveragePooling2D", "poolSize: [2], strides: [1]")),
        "pool_size",
        "[2, 2]",
        "strides",
        "[1, 1]");
  }

  @Test
  void sentinelsAreKerasNone() {
    // tf.keras 2 stores ReLU's numbers as float32: 6.0 and 0.0 are exact.
    assertKeys(
        config(dims(4), layer("r", "ReLU", "")),
        "max_value",
        "null",
        "negative_slope",
        "0.0",
        "threshold",
        "0.0");
    assertKeys(config(dims(4), layer("r", "ReLU", "maxValue: 6.0")), "max_value", "6.0");
    assertKeys(
        config(dims(4, 3), layer("d", "Dropout", "rate: 0.5")),
        "rate",
        "0.5",
        "noise_shape",
        "null",
        "seed",
        "null");
    assertKeys(
        config(dims(4, 3), layer("d", "Dropout", "rate: 0.5, noiseShape: [-1, 1, -1], seed: 7")),
        "noise_shape",
        "[null, 1, null]",
        "seed",
        "7");
    assertKeys(config(dims(4, 3), layer("p", "PReLU", "")), "shared_axes", "null");
    assertKeys(config(dims(4, 3), layer("p", "PReLU", "sharedAxes: [1]")), "shared_axes", "[1]");
    assertKeys(
        config(dims(5, 5, 2), layer("t", "Conv2DTranspose", "filters: 2, kernelSize: [3]")),
        "output_padding",
        "null");
    LayerConfig padded =
        layer(
            "t",
            "Conv2DTranspose",
            "filters: 2, kernelSize: [3], strides: [2], outputPadding: [1]");
    assertKeys(config(dims(5, 5, 2), padded), "output_padding", "[1, 1]");
  }

  @Test
  void paddingAndCroppingAreNestedAsKerasStoresThem() {
    assertKeys(
        config(dims(6, 2), layer("z", "ZeroPadding1D", "padding: [2]")), "padding", "[2, 2]");
    assertKeys(
        config(dims(6, 2), layer("z", "ZeroPadding1D", "padding: [1, 3]")), "padding", "[1, 3]");
    assertKeys(
        config(dims(6, 6, 2), layer("z", "ZeroPadding2D", "")),
        "padding",
        "[[1, 1], [1, 1]]",
        "data_format",
        "'channels_last'");
    assertKeys(
        config(dims(6, 6, 2), layer("z", "ZeroPadding2D", "padding: [1, 2]")),
        "padding",
        "[[1, 1], [2, 2]]");
    assertKeys(
        config(dims(6, 6, 2), layer("z", "ZeroPadding2D", "padding: [1, 2, 3, 4]")),
        "padding",
        "[[1, 2], [3, 4]]");
    assertKeys(
        config(dims(9, 9, 9, 2), layer("c", "Cropping3D", "cropping: [1, 2, 0, 1, 2, 3]")),
        "cropping",
        "[[1, 2], [0, 1], [2, 3]]");
    assertKeys(config(dims(9, 9, 2), layer("c", "Cropping2D", "")), "cropping", "[[0, 0], [0, 0]]");
  }

  @Test
  void enumsAreKerasStringsAndRenamedArgumentsUseTheNameEveryLoaderTakes() {
    assertKeys(
        config(dims(4), layer("d", "Dense", "units: 3, activation: 'HARD_SIGMOID'")),
        "activation",
        "'hard_sigmoid'");
    // tf.keras 2 and tfjs know Keras 3's "silu" as "swish", the same function.
    assertKeys(
        config(dims(4), layer("a", "Activation", "activation: 'SILU'")), "activation", "'swish'");
    // tf.keras 2 calls the slope alpha, and stores it as float32 (0.1 is 0.10000000149011612).
    JsonObject leaky = config(dims(4), layer("l", "LeakyReLU", "negativeSlope: 0.1"));
    assertKeys(leaky, "alpha", String.valueOf((double) 0.1f));
    assertFalse(leaky.has("negative_slope"), leaky.toString());
    LayerConfig up =
        layer(
            "u",
            "UpSampling2D",
            "size: [2, 3], dataFormat: 'CHANNELS_FIRST', interpolation: 'BILINEAR'");
    assertKeys(
        config(dims(4, 4, 2), up),
        "size",
        "[2, 3]",
        "data_format",
        "'channels_first'",
        "interpolation",
        "'bilinear'");
    assertKeys(config(dims(4, 2), layer("u", "UpSampling1D", "size: 3")), "size", "3");
  }

  @Test
  void normalizationAxesAreResolvedAsTfKeras2BuildStoresThem() {
    // tf_utils.validate_axis: a list, negative axes resolved against the input's rank (3 here).
    assertKeys(
        config(dims(4, 3), layer("n", "LayerNormalization", "")),
        "axis",
        "[2]",
        "epsilon",
        "0.001");
    assertKeys(
        config(dims(4, 3), layer("n", "LayerNormalization", "axis: [1, -1]")), "axis", "[1, 2]");
    assertKeys(
        config(dims(4, 3), layer("n", "BatchNormalization", "")),
        "axis",
        "[2]",
        "momentum",
        "0.99",
        "moving_variance_initializer",
        "{'module': 'keras.initializers', 'class_name': 'Ones', 'config': {},"
            + " 'registered_name': null}");
  }

  @Test
  void recurrentLayersWriteTfKeras2sDefaultsAndImplementation() {
    JsonObject lstm = config(dims(5, 3), layer("l", "LSTM", "units: 4"));
    assertKeys(
        lstm,
        "time_major",
        "false",
        "unit_forget_bias",
        "true",
        "implementation",
        "2",
        "recurrent_initializer",
        "{'module': 'keras.initializers', 'class_name': 'Orthogonal', 'config': {'gain': 1.0,"
            + " 'seed': null}, 'registered_name': null}");
    // implementation 2 does not support a recurrent dropout: tf.keras 2 falls back to 1.
    assertKeys(
        config(dims(5, 3), layer("g", "GRU", "units: 4, recurrentDropout: 0.25")),
        "implementation",
        "1",
        "recurrent_dropout",
        "0.25");
    JsonObject embedding = config(dims(5), layer("e", "Embedding", "inputDim: 10, outputDim: 3"));
    assertKeys(embedding, "input_length", "null", "batch_input_shape", "[null, null]");
  }

  @Test
  void bidirectionalNestsTheWrappedLayerBeforeMergeMode() {
    LayerConfig encoder =
        wrapper(
            "Bidirectional",
            "mergeMode: 'SUM'",
            layer("enc", "LSTM", "units: 8, returnSequences: true"));
    JsonObject json = JsonParser.parseString(json(dims(5, 3), encoder)).getAsJsonObject();
    JsonObject config = json.getAsJsonObject("config");
    assertEquals(
        List.of("name", "trainable", "dtype", "layer", "merge_mode"), List.copyOf(config.keySet()));
    assertKeys(config, "merge_mode", "'sum'");
    JsonObject inner = config.getAsJsonObject("layer");
    assertEquals("LSTM", inner.get("class_name").getAsString());
    assertFalse(inner.has("build_config"), "tf.keras 2 writes Bidirectional's layer unbuilt");
    assertKeys(inner.getAsJsonObject("config"), "name", "'enc_lstm'", "return_sequences", "true");
    assertKeys(json.getAsJsonObject("build_config"), "input_shape", "[null, 5, 3]");
  }

  @Test
  void timeDistributedNestsItsLayerAndWrappersNest() {
    LayerConfig frames =
        wrapper("TimeDistributed", "", layer("frames", "Conv2D", "filters: 2, kernelSize: [3]"));
    JsonObject config = config(dims(4, 6, 6, 1), frames);
    JsonObject inner = config.getAsJsonObject("layer");
    assertEquals("Conv2D", inner.get("class_name").getAsString());
    assertKeys(inner.getAsJsonObject("config"), "name", "'frames_conv2d'", "filters", "2");
    // The inner layer is built on one time step.
    assertKeys(inner.getAsJsonObject("build_config"), "input_shape", "[null, 6, 6, 1]");

    LayerConfig nested =
        wrapper(
            "TimeDistributed", "", wrapper("Bidirectional", "", layer("steps", "GRU", "units: 2")));
    JsonObject bidirectional = config(dims(3, 4, 5), nested).getAsJsonObject("layer");
    assertEquals("Bidirectional", bidirectional.get("class_name").getAsString());
    assertKeys(
        bidirectional.getAsJsonObject("config"),
        "name",
        "'steps_bidirectional'",
        "merge_mode",
        "'concat'");
    JsonObject gru = bidirectional.getAsJsonObject("config").getAsJsonObject("layer");
    assertKeys(
        gru.getAsJsonObject("config"), "name", "'steps_bidirectional_gru'", "reset_after", "true");
  }

  @Test
  void theInputLayerAndTheFirstLayerCarryTheBatchInputShape() {
    List<String> parts = parts(dims(Shape.NONE, 8), 32, layer("d", "Dense", "units: 2"));
    assertEquals(
        "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"test_model\", \"layers\": "
            + "[{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": "
            + "{\"batch_input_shape\": [32, null, 8], \"dtype\": \"float32\", "
            + "\"sparse\": false, \"ragged\": false, \"name\": \"d_input\", \"optional\": false},"
            + " \"registered_name\": null}",
        parts.get(0));
    assertTrue(
        parts
            .get(1)
            .startsWith(
                ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\":"
                    + " {\"name\": \"d\", \"trainable\": true, \"dtype\": \"float32\","
                    + " \"batch_input_shape\": [32, null, 8], "),
        parts.get(1));
    assertEquals("]}, \"keras_version\": \"2.21.0\", \"backend\": \"tensorflow\"}", parts.get(2));
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
            "\"name\": \"enc\", \"trainable\": true, \"dtype\": \"float16\","
                + " \"batch_input_shape\": [null, 4, 3], "),
        json);
    assertTrue(
        json.contains("\"name\": \"enc_gru\", \"trainable\": true, \"dtype\": \"float16\", "),
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

  /**
   * tf.keras 2 casts ELU's alpha to float32: tf_keras 2.21's {@code to_json()} of {@code
   * ELU(alpha=1.8940765224412326e+299)} writes {@code "alpha": Infinity}; Keras 3 keeps the float.
   */
  @Test
  void aFloat32OverflowIsInfinityInTfKeras2AndTheFloatInKeras3() {
    ModelCheck check =
        Models.check(Models.dims(4), Models.layer("elu", "ELU", "alpha: 1.8940765224412326E299"));
    assertTrue(check.keras2Json().contains("\"alpha\": Infinity}"), check.keras2Json());
    assertTrue(check.kerasJson().contains("\"alpha\": 1.8940765224412326e+299"), check.kerasJson());
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
