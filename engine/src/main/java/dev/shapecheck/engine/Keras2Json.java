package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked model as tf.keras 2's {@code model.to_json()}, exactly as tf_keras 2.21 (the tf.keras 2
 * line TensorFlow 2.21 pairs with) writes it: the legacy {@code Sequential} or {@code Functional}
 * topology that {@code tf.keras.models.model_from_json} (tf.keras 2.x, tf_keras), TensorFlow.js
 * {@code tf.models.modelFromJSON} and DL4J's {@code KerasModelImport} read; what the generated
 * classes hold as {@code KERAS2_JSON}. Keras 3 cannot load this form ("Could not locate class
 * 'Sequential'"): its form is {@link KerasJson}'s. The conformance suite holds every corpus model
 * to tf_keras's own {@code to_json()} of it (Keras2JsonConformanceTest).
 *
 * <p>Each layer is written as tf_keras's {@code serialize_keras_object} writes it: {@code module},
 * {@code class_name}, {@code config}, {@code registered_name} and {@code build_config} with the
 * shape the layer was built on. A sequential model's has an explicit {@code InputLayer} first
 * (named after the first layer, {@code <name>_input}) and the input shape repeated on the first
 * layer, as tf.keras 2's {@code Sequential} writes it when the first layer was given {@code
 * batch_input_shape}. A layer's config holds every key of tf.keras 2's {@code get_config} ({@link
 * LayerCatalog#keras2Keys}): the arguments ShapeCheck models in Keras's value form ({@link
 * KerasValues}, with what tf.keras 2 changes when it stores them: {@link
 * LayerCatalog#keras2Stored}) and the ones it does not model (initializers, regularizers,
 * constraints, {@code input_length}, {@code time_major}, ...) with tf.keras 2's defaults ({@link
 * Keras2Defaults}). A layer kind with no declared tf.keras 2 keys (the preprocessing layers, for
 * now) is written in the base form: {@code name}, {@code trainable}, {@code dtype} and its
 * attributes; {@code @Lambda} and {@code @Custom} layers are written with class {@code Custom} (or
 * {@code Lambda}), which no tf.keras 2 loader knows.
 *
 * <p>Where Keras 2 and Keras 3 name an argument differently, tf.keras 2's name is written:
 * LeakyReLU's slope is {@code alpha}. {@code Activations.SILU} is written {@code "swish"}, the same
 * function under the name tf.keras 2 and TensorFlow.js know.
 *
 * <p>The text is written as Python's {@code json.dumps} writes it (see {@link PythonJson}): one
 * line, deterministic, ASCII only.
 */
final class Keras2Json {
  /** The Keras version the JSON declares (the last tf.keras 2 release line). */
  static final String KERAS_VERSION = "2.21.0";

  /**
   * One layer's {@code {"class_name": ..., "config": ...}} as it appears in a model's JSON, without
   * an input shape: for tests of layers that only a functional model can hold.
   */
  static String layerJson(LayerConfig layer, String dtype) {
    return PythonJson.write(layer(layer, layer.name(), dtype, null, null, new int[1]));
  }

  /** The keys whose Keras name is not the attribute's snake_case. */
  private static final Map<String, String> RENAMED = Map.of("LeakyReLU.negativeSlope", "alpha");

  private Keras2Json() {}

  /** The layer types this writer knows: every registered one ({@link LayerCatalog}). */
  static Set<String> types() {
    return LayerCatalog.types();
  }

  /** The attributes written for {@code type}, in order ({@link LayerCatalog#configKeys}). */
  static List<String> attributes(String type) {
    return LayerCatalog.configKeys(type);
  }

  /**
   * A sequential model's {@code to_json()}: {@link #of(ModelSummary, List)} for callers that hold
   * the model as declared.
   *
   * @param config the model as declared
   * @param summary what {@link ShapeEngine#check} computed for {@code config}: only a checked model
   *     has a JSON form, since only its arguments are known to be valid Keras values
   * @throws IllegalArgumentException if {@code summary} is not {@code config}'s
   */
  static String of(ModelConfig config, ModelSummary summary) {
    if (summary.isFunctional() || !summary.name().equals(config.name())) {
      throw new IllegalArgumentException(
          "the summary of model " + summary.name() + " is not that of model " + config.name());
    }
    return of(summary, config.layers());
  }

  /**
   * The model's {@code to_json()}: the whole of {@link #parts}.
   *
   * @param configs {@link ModelCheck#configs()}: one per row of {@code summary}, null for inputs
   */
  static String of(ModelSummary summary, List<LayerConfig> configs) {
    return String.join("", parts(summary, configs));
  }

  /**
   * The model's {@code to_json()} in pieces that concatenate to it: the opening, one piece per
   * layer ({@code ", {...}"}), and the closing. Code generators use the pieces to write long models
   * as several string constants, one layer per line. A sequential summary gives Keras's {@code
   * Sequential} form, a functional one its {@code Functional} form ({@code inbound_nodes}, in
   * Keras's {@code model.layers} order).
   *
   * @param summary what {@link ShapeEngine#check} computed: only a checked model has a JSON form,
   *     since only its arguments are known to be valid Keras values
   * @param configs {@link ModelCheck#configs()}: one per row of {@code summary}, null for inputs
   * @throws IllegalArgumentException if {@code configs} are not those of {@code summary}'s rows
   */
  static List<String> parts(ModelSummary summary, List<LayerConfig> configs) {
    return parts(summary, configs, null);
  }

  /** {@link #parts}, a sequential model's InputLayer of {@code inputDtype} (null: the model's). */
  static List<String> parts(ModelSummary summary, List<LayerConfig> configs, String inputDtype) {
    Map<String, LayerConfig> byName = KerasJson.byRow(summary, configs);
    return summary.isFunctional()
        ? functionalParts(summary, byName)
        : sequentialParts(summary, configs, inputDtype, null, new int[1]);
  }

  /**
   * Keras 2's {@code Sequential} form: an explicit {@code InputLayer}, then the layers, the first
   * one repeating the input shape.
   */
  private static List<String> sequentialParts(
      ModelSummary summary,
      List<LayerConfig> layers,
      String inputDtype,
      String inputName,
      int[] inputs) {
    return sequentialParts(summary, layers, inputDtype, inputName, true, inputs);
  }

  /**
   * {@link #sequentialParts}: with {@code inputName} null, tf.keras 2's Sequential.add names the
   * input after the first layer; {@code firstHasInput} whether that layer was given the input shape
   * ({@code batch_input_shape}); {@code inputs} counts the inputs tf.keras 2 named itself.
   */
  private static List<String> sequentialParts(
      ModelSummary summary,
      List<LayerConfig> layers,
      String inputDtype,
      String inputName,
      boolean firstHasInput,
      int[] inputs) {
    List<String> parts = new ArrayList<>();
    Shape input = summary.inputShape();
    String dtype = summary.dtype().kerasName();
    Map<String, Object> inputLayer =
        inputLayer(
            KerasValues.withBatch(input),
            inputDtype == null ? dtype : inputDtype,
            inputName != null ? inputName : layers.get(0).name() + "_input");
    StringBuilder head =
        new StringBuilder("{\"class_name\": \"Sequential\", \"config\": {\"name\": ");
    PythonJson.string(summary.name(), head);
    head.append(", \"layers\": [");
    PythonJson.write(inputLayer, head);
    parts.add(head.toString());
    List<Layer> rows = summary.layers();
    for (int i = 0; i < layers.size(); i++) {
      LayerConfig layer = layers.get(i);
      Object buildShape = KerasValues.withBatch(rows.get(i).inputShape());
      parts.add(
          ", "
              + PythonJson.write(
                  layer(
                      layer,
                      layer.name(),
                      dtype,
                      i == 0 && firstHasInput ? input : null,
                      buildShape,
                      inputs)));
    }
    parts.add("]}, \"keras_version\": \"" + KERAS_VERSION + "\", \"backend\": \"tensorflow\"}");
    return List.copyOf(parts);
  }

  /** tf.keras 2's {@code InputLayer}, as {@code serialize_keras_object} writes it. */
  private static Map<String, Object> inputLayer(
      List<Object> batchShape, String dtype, String name) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("batch_input_shape", batchShape);
    config.put("dtype", dtype);
    config.put("sparse", false);
    config.put("ragged", false);
    config.put("name", name);
    config.put("optional", false);
    return entry("InputLayer", config, null);
  }

  /** Keras's {@code Functional} form: the rows' configs by name, null for inputs. */
  private static List<String> functionalParts(
      ModelSummary summary, Map<String, LayerConfig> byName) {
    String dtype = summary.dtype().kerasName();
    List<String> parts = new ArrayList<>();
    StringBuilder head =
        new StringBuilder("{\"class_name\": \"Functional\", \"config\": {\"name\": ");
    PythonJson.string(summary.name(), head);
    head.append(", \"trainable\": true, \"layers\": [");
    parts.add(head.toString());
    String separator = "";
    // Keras's get_network_config walks model.layers, which is not the declaration order and
    // holds no layer that reaches no declared output (Keras drops those from the model).
    Map<String, Layer> rows = new LinkedHashMap<>();
    for (Layer row : summary.layers()) {
      rows.put(row.name(), row);
    }
    // Nested models in declaration order, the order tf.keras 2 names their inputs in.
    int[] inputs = new int[1];
    Map<String, Map<String, Object>> nestedModels = new HashMap<>();
    for (Layer row : summary.layers()) {
      LayerConfig config = byName.get(row.name());
      if (config != null && config.nested() != null) {
        Object shape = KerasValues.withBatch(row.inputShape());
        nestedModels.put(row.name(), nested(config, row.name(), shape, false, inputs));
      }
    }
    for (Layer row : summary.kerasLayers()) {
      LayerConfig config = byName.get(row.name());
      Map<String, Object> entry;
      if (config == null) {
        entry = inputLayer(KerasValues.withBatch(row.outputShape()), dtype, row.name());
      } else {
        List<Object> shapes = new ArrayList<>();
        for (String inbound : row.inbound()) {
          shapes.add(KerasValues.withBatch(rows.get(inbound).outputShape()));
        }
        // A merge layer is built on a list of shapes, every other layer on one.
        Object buildShape = shapes.size() > 1 ? shapes : shapes.get(0);
        entry =
            config.nested() != null
                ? nestedModels.get(row.name())
                : layer(config, row.name(), dtype, null, buildShape, inputs);
      }
      entry.put("name", row.name());
      List<Object> inbound = new ArrayList<>();
      for (int i = 0; i < row.inbound().size(); i++) {
        // tf.keras 2 gives a nested model a node of its own (its inner graph) before the call
        // of the outer model: a layer that consumes it takes that call's node, 1.
        LayerConfig producer = byName.get(row.inbound().get(i));
        int node = producer != null && producer.nested() != null ? 1 : 0;
        inbound.add(List.of(row.inbound().get(i), node, row.inboundOutputs().get(i), Map.of()));
      }
      // One node per layer (ShapeCheck never shares a layer); an input has none.
      entry.put("inbound_nodes", inbound.isEmpty() ? List.of() : List.of(inbound));
      parts.add(separator + PythonJson.write(entry));
      separator = ", ";
    }
    StringBuilder tail = new StringBuilder("], \"input_layers\": ");
    PythonJson.write(coordinates(summary.inputLayers()), tail);
    tail.append(", \"output_layers\": ");
    List<Object> outputs = new ArrayList<>();
    for (Layer layer : summary.outputLayers()) {
      LayerConfig config = byName.get(layer.name());
      outputs.add(List.of(layer.name(), config != null && config.nested() != null ? 1 : 0, 0));
    }
    PythonJson.write(outputs, tail);
    tail.append("}, \"keras_version\": \"" + KERAS_VERSION + "\", \"backend\": \"tensorflow\"}");
    parts.add(tail.toString());
    return List.copyOf(parts);
  }

  /**
   * A model nested as one layer ({@link LayerConfig#nested}): its own {@code Sequential} config,
   * called on the shape it is built on, under the use's name.
   */
  private static Map<String, Object> nested(
      LayerConfig layer, String name, Object buildShape, boolean firstHasInput, int[] inputs) {
    List<?> dims = (List<?>) buildShape;
    int[] sample = new int[dims.size() - 1];
    for (int i = 1; i < dims.size(); i++) {
      sample[i - 1] = dims.get(i) == null ? Shape.NONE : (Integer) dims.get(i);
    }
    Object batch = dims.get(0);
    ModelCheck inner =
        NestedModelSpec.called(
            layer, Shape.withBatch(batch == null ? Shape.NONE : (Integer) batch, sample));
    // A declared input is tf.keras 2's Input(shape), named input_1, input_2, ... in a session;
    // without one, the nested model's first layer was given the outer model's input shape only
    // when the nested model is the first layer of a sequential model.
    boolean declared = !layer.nested().takesWhatArrives();
    String whole =
        String.join(
            "",
            sequentialParts(
                inner.summary(),
                inner.configs(),
                null,
                declared ? "input_" + ++inputs[0] : null,
                firstHasInput && !declared,
                inputs));
    String prefix = "{\"class_name\": \"Sequential\", \"config\": {\"name\": ";
    StringBuilder config = new StringBuilder("{\"name\": ");
    PythonJson.string(name, config);
    String rest = whole.substring(prefix.length());
    rest = rest.substring(rest.indexOf(", \"layers\": ["), rest.lastIndexOf(", \"keras_version\""));
    config.append(rest);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("module", "keras");
    entry.put("class_name", "Sequential");
    entry.put("config", new PythonJson.Raw(config.toString()));
    entry.put("registered_name", null);
    entry.put("build_config", Map.of("input_shape", buildShape));
    return entry;
  }

  /** {@code [[name, 0, 0], ...]}: Keras's node coordinates of a model's inputs or outputs. */
  private static List<Object> coordinates(List<Layer> layers) {
    List<Object> coordinates = new ArrayList<>();
    for (Layer layer : layers) {
      coordinates.add(List.of(layer.name(), 0, 0));
    }
    return coordinates;
  }

  /** {@code serialize_keras_object} of a layer; {@code buildShape} null when none is written. */
  private static Map<String, Object> entry(
      String className, Map<String, Object> config, Object buildShape) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("module", "keras.layers");
    entry.put("class_name", className);
    entry.put("config", config);
    entry.put("registered_name", null);
    if (buildShape != null) {
      entry.put("build_config", Map.of("input_shape", buildShape));
    }
    return entry;
  }

  /**
   * One layer, wrapped layers included, serialized. The first layer of a sequential model also
   * carries the model's input shape, as tf.keras 2 writes it: the layer was given {@code
   * batch_input_shape}.
   *
   * @param buildShape the shape (a list) or shapes (a list of lists) tf.keras 2 builds the layer
   *     on; null for a layer it writes no {@code build_config} for
   */
  private static Map<String, Object> layer(
      LayerConfig layer, String name, String dtype, Shape input, Object buildShape, int[] inputs) {
    String type = layer.type();
    if (layer.nested() != null) {
      return nested(layer, name, buildShape, input != null, inputs);
    }
    List<String> attributes = LayerCatalog.configKeys(type);
    if (attributes == null) {
      throw new IllegalArgumentException("no Keras JSON form for layer type " + type);
    }
    List<String> keys = LayerCatalog.keras2Keys(type);
    if (keys == null) {
      keys = new ArrayList<>(List.of("name", "trainable", "dtype"));
      for (String attribute : attributes) {
        keys.add(key(type, attribute));
      }
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String attribute : attributes) {
      byKey.put(key(type, attribute), attribute);
    }
    Map<String, Object> config = new LinkedHashMap<>();
    for (String key : keys) {
      switch (key) {
        case "name" -> config.put("name", name);
        case "trainable" -> config.put("trainable", true);
        case "dtype" -> {
          config.put("dtype", dtype);
          if (input != null) {
            config.put("batch_input_shape", KerasValues.withBatch(input));
          }
        }
        case "layer" -> config.put("layer", wrapped(layer, name, dtype, buildShape));
        default -> {
          String attribute = byKey.get(key);
          if (attribute == null) {
            config.put(key, Keras2Defaults.value(key));
          } else {
            Object value = layer.argument(attribute);
            if (value == null) {
              throw new IllegalArgumentException(
                  layer.label()
                      + " has no value for "
                      + attribute
                      + ": give the model with defaults");
            }
            config.put(key, KerasValues.value(layer, attribute, value, false));
          }
        }
      }
    }
    LayerCatalog.Keras3Stored stored = LayerCatalog.keras2Stored(type);
    if (stored != null && buildShape != null) {
      stored.store(config, shape(buildShape));
    }
    return entry(type, config, buildShape);
  }

  /**
   * A wrapper's {@code layer}, named after the wrapper and its type ({@code bi_lstm}), which keeps
   * every inner name unique as Keras's own naming does. {@code TimeDistributed} builds it on one
   * time step (the input without axis 1), which tf.keras 2 writes; {@code Bidirectional} (the
   * wrapper Keras 3 gives a {@code backward_layer}) builds copies of it, and writes it unbuilt.
   */
  private static Map<String, Object> wrapped(
      LayerConfig wrapper, String name, String dtype, Object buildShape) {
    LayerConfig inner = wrapper.wrapped();
    String innerName = name + "_" + KerasNames.toSnakeCase(inner.type());
    Object innerShape = null;
    if (!LayerCatalog.keras3Keys(wrapper.type()).contains("backward_layer") && buildShape != null) {
      List<Object> step = new ArrayList<>(shape(buildShape));
      step.remove(1);
      innerShape = step;
    }
    Map<String, Object> entry = layer(inner, innerName, dtype, null, innerShape, new int[1]);
    LayerCatalog.Keras3Stored stored = LayerCatalog.keras2Stored(inner.type());
    if (stored != null && innerShape == null && buildShape != null) {
      // The copies are built on the wrapper's input: what they store is stored from it.
      @SuppressWarnings("unchecked")
      Map<String, Object> config = (Map<String, Object>) entry.get("config");
      stored.store(config, shape(buildShape));
    }
    return entry;
  }

  @SuppressWarnings("unchecked") // a single input's shape: what wrappers and stored values take
  private static List<Object> shape(Object buildShape) {
    return (List<Object>) buildShape;
  }

  private static String key(String type, String attribute) {
    String renamed = RENAMED.get(type + "." + attribute);
    return renamed != null ? renamed : KerasValues.key(attribute);
  }
}
