package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked model as tf.keras 2's {@code model.to_json()}: the legacy {@code Sequential} or {@code
 * Functional} topology that {@code tf.keras.models.model_from_json} (tf.keras 2.x, tf_keras),
 * TensorFlow.js {@code tf.models.modelFromJSON} and DL4J's {@code KerasModelImport} read; what the
 * generated classes hold as {@code KERAS2_JSON}. Keras 3 cannot load this form ("Could not locate
 * class 'Sequential'"): its form is {@link KerasJson}'s.
 *
 * <p>The form is tf.keras 2's legacy one, {@code {"class_name": ..., "config": ...}} per layer; a
 * sequential model's has an explicit {@code InputLayer} first and the input shape repeated on the
 * first layer, as Keras 2's {@code Sequential} writes it when the first layer was given an input
 * shape. Keras 2.13+ also writes {@code module}, {@code registered_name} and {@code build_config};
 * loaders take the form without them. Every argument ShapeCheck models is written in Keras's own
 * value form ({@link KerasValues}). Arguments ShapeCheck does not model (initializers,
 * regularizers, constraints) are left out, so loaders use Keras's defaults.
 *
 * <p>Where Keras 2 and Keras 3 name an argument differently, the name every tf.keras 2 loader
 * accepts wins: LeakyReLU's slope is written as Keras 2's {@code alpha}, which tf.keras 2,
 * TensorFlow.js and (with a deprecation warning) Keras 3 all take. {@code Activations.SILU} is
 * written {@code "swish"}, the same function under the name tf.keras 2.15 and TensorFlow.js know.
 * {@code RELU6}, {@code LEAKY_RELU} and {@code LOG_SOFTMAX} keep their Keras 3 names: tf.keras 2
 * has no activation of those names.
 *
 * <p>The text is written as Python's {@code json.dumps} writes it (see {@link PythonJson}): one
 * line, deterministic, ASCII only.
 */
final class Keras2Json {
  /** The Keras version the JSON declares (the last tf.keras 2 release line). */
  static final String KERAS_VERSION = "2.15.0";

  /**
   * One layer's {@code {"class_name": ..., "config": ...}} as it appears in a model's JSON, without
   * an input shape: for tests of layers that only a functional model can hold.
   */
  static String layerJson(LayerConfig layer, String dtype) {
    return PythonJson.write(layer(layer, layer.name(), dtype, null));
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
    Map<String, LayerConfig> byName = KerasJson.byRow(summary, configs);
    return summary.isFunctional()
        ? functionalParts(summary, byName)
        : sequentialParts(summary, configs);
  }

  /**
   * Keras 2's {@code Sequential} form: an explicit {@code InputLayer}, then the layers, the first
   * one repeating the input shape.
   */
  private static List<String> sequentialParts(ModelSummary summary, List<LayerConfig> layers) {
    List<String> parts = new ArrayList<>();
    Shape input = summary.inputShape();
    String dtype = summary.dtype().kerasName();
    Map<String, Object> inputLayer = new LinkedHashMap<>();
    inputLayer.put("batch_input_shape", KerasValues.withBatch(input));
    inputLayer.put("dtype", dtype); // Keras 2's Sequential gives the input its first layer's dtype
    inputLayer.put("sparse", false);
    inputLayer.put("ragged", false);
    // Keras 2's Sequential.add names the input after the first layer.
    inputLayer.put("name", layers.get(0).name() + "_input");
    StringBuilder head =
        new StringBuilder("{\"class_name\": \"Sequential\", \"config\": {\"name\": ");
    PythonJson.string(summary.name(), head);
    head.append(", \"layers\": [");
    PythonJson.write(entry("InputLayer", inputLayer), head);
    parts.add(head.toString());
    for (int i = 0; i < layers.size(); i++) {
      LayerConfig layer = layers.get(i);
      parts.add(", " + PythonJson.write(layer(layer, layer.name(), dtype, i == 0 ? input : null)));
    }
    parts.add("]}, \"keras_version\": \"" + KERAS_VERSION + "\", \"backend\": \"tensorflow\"}");
    return List.copyOf(parts);
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
    for (Layer row : summary.kerasLayers()) {
      LayerConfig config = byName.get(row.name());
      Map<String, Object> entry;
      if (config == null) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("batch_input_shape", KerasValues.withBatch(row.outputShape()));
        input.put("dtype", dtype);
        input.put("sparse", false);
        input.put("ragged", false);
        input.put("name", row.name());
        entry = entry("InputLayer", input);
      } else {
        entry = layer(config, row.name(), dtype, null);
      }
      entry.put("name", row.name());
      List<Object> inbound = new ArrayList<>();
      for (int i = 0; i < row.inbound().size(); i++) {
        inbound.add(List.of(row.inbound().get(i), 0, row.inboundOutputs().get(i), Map.of()));
      }
      // One node per layer (ShapeCheck never shares a layer); an input has none.
      entry.put("inbound_nodes", inbound.isEmpty() ? List.of() : List.of(inbound));
      parts.add(separator + PythonJson.write(entry));
      separator = ", ";
    }
    StringBuilder tail = new StringBuilder("], \"input_layers\": ");
    PythonJson.write(coordinates(summary.inputLayers()), tail);
    tail.append(", \"output_layers\": ");
    PythonJson.write(coordinates(summary.outputLayers()), tail);
    tail.append("}, \"keras_version\": \"" + KERAS_VERSION + "\", \"backend\": \"tensorflow\"}");
    parts.add(tail.toString());
    return List.copyOf(parts);
  }

  /** {@code [[name, 0, 0], ...]}: Keras's node coordinates of a model's inputs or outputs. */
  private static List<Object> coordinates(List<Layer> layers) {
    List<Object> coordinates = new ArrayList<>();
    for (Layer layer : layers) {
      coordinates.add(List.of(layer.name(), 0, 0));
    }
    return coordinates;
  }

  private static Map<String, Object> entry(String className, Map<String, Object> config) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("class_name", className);
    entry.put("config", config);
    return entry;
  }

  /**
   * One layer's {@code {"class_name": ..., "config": ...}}, wrapped layers included. The first
   * layer also carries the model's input shape, as Keras 2 writes it: the layer was given {@code
   * input_shape}. Loaders take the shape from the {@code InputLayer} before it.
   */
  private static Map<String, Object> layer(
      LayerConfig layer, String name, String dtype, Shape input) {
    List<String> attributes = LayerCatalog.configKeys(layer.type());
    if (attributes == null) {
      throw new IllegalArgumentException("no Keras JSON form for layer type " + layer.type());
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", name);
    config.put("trainable", true);
    if (input != null) {
      config.put("batch_input_shape", KerasValues.withBatch(input));
    }
    config.put("dtype", dtype);
    if (layer.wrapped() != null) {
      // Keras names an inner layer after its class; prefixing the wrapper's name keeps every
      // inner name unique in the model, as Keras's own naming does.
      LayerConfig inner = layer.wrapped();
      config.put(
          "layer", layer(inner, name + "_" + KerasNames.toSnakeCase(inner.type()), dtype, null));
    }
    for (String attribute : attributes) {
      Object value = layer.argument(attribute);
      if (value == null) {
        throw new IllegalArgumentException(
            layer.label() + " has no value for " + attribute + ": give the model with defaults");
      }
      config.put(key(layer.type(), attribute), KerasValues.value(layer, attribute, value, false));
    }
    return entry(layer.type(), config);
  }

  private static String key(String type, String attribute) {
    String renamed = RENAMED.get(type + "." + attribute);
    return renamed != null ? renamed : KerasValues.key(attribute);
  }
}
