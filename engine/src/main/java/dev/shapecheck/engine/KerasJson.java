package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked model as Keras 3's {@code model.to_json()}: the {@code Sequential} or {@code
 * Functional} that {@code keras.models.model_from_json} (Keras 3) builds, what the generated
 * classes hold as {@code KERAS_JSON}. Keras 3.15.1 writes the same JSON for the same model, field
 * for field (the conformance suite holds every corpus model to that); tf.keras 2 and TensorFlow.js
 * read the older form of {@link Keras2Json} instead.
 *
 * <p>Every object is written as Keras 3's {@code serialize_keras_object} writes it: {@code module},
 * {@code class_name}, {@code config}, {@code registered_name} and, for a layer Keras builds on its
 * input, {@code build_config} with that input's shape. A layer's config holds every key of its
 * {@code get_config} ({@link LayerCatalog#keras3Keys}): {@code name}, {@code trainable}, the dtype
 * policy, the arguments ShapeCheck models in Keras's value form ({@link KerasValues}), and the ones
 * it does not model (initializers, regularizers, constraints, ...) with Keras's defaults ({@link
 * Keras3Defaults}). Three keys are not arguments: {@code layer}, a wrapper's inner layer (named
 * after the wrapper and the inner type, {@code bi_lstm}, as Keras's own naming would keep it
 * unique); {@code backward_layer}, which makes the wrapper write its layer as Keras's {@code
 * Bidirectional} keeps it, as a forward and a backward copy; and {@code dtype:variable}, the key
 * {@code dtype} holding the policy's dtype as a string, as Keras's spatial dropouts write it.
 *
 * <p>A functional model's nodes are written as Keras 3 records a call: the inbound tensors as
 * {@code args} (a list of them for a merge), and as {@code kwargs} what {@code Layer.__call__} adds
 * ({@link LayerCatalog#keras3CallArguments}): {@code training: false} and {@code mask: null}. One
 * case is not Keras's: in a functional model with a layer that makes a mask ({@code Embedding} with
 * {@code maskZero}, {@code Masking}), Keras 3 records the mask as an operation of the graph ({@code
 * not_equal}) and passes it to the layers after it; this writer passes no mask, so Keras rebuilds
 * the same layers, shapes and weights, but without the mask. Sequential models are not affected:
 * their JSON has no nodes, and Keras computes the masks when it rebuilds them.
 *
 * <p>{@code ThresholdedReLU}, which Keras 3 removed, is written in the form of Keras 3's other
 * activation layers; Keras 3 cannot load it ("Could not locate class"), tf.keras 2 loads {@link
 * Keras2Json}'s form.
 *
 * <p>Names Keras would choose itself are chosen as a fresh Keras session chooses them: a sequential
 * model's input is {@code input_layer} (with a suffix if a layer has that name, which Keras would
 * reject). The model's own dtype policy is {@code float32} whatever the model's dtype: {@code
 * Sequential.from_config} builds the model without one, so that is what a model rebuilt from the
 * JSON writes; the layers and inputs carry the model's dtype. Keras 3's {@code to_json} writes no
 * {@code keras_version} or {@code backend}, so neither does this.
 *
 * <p>The text is written as Python's {@code json.dumps} writes it (see {@link PythonJson}): one
 * line, deterministic, ASCII only.
 */
final class KerasJson {
  private static final Map<String, Object> NO_OVERRIDES = Map.of();

  private KerasJson() {}

  /**
   * The model's {@code to_json()}: the whole of {@link #parts}.
   *
   * @param configs {@link ModelCheck#configs()}: one per row of {@code summary}, null for inputs
   */
  static String of(ModelSummary summary, List<LayerConfig> configs) {
    return String.join("", parts(summary, configs));
  }

  /**
   * {@link #of}, a sequential model's InputLayer of {@code inputDtype} (null: the model's), a
   * functional model's tensors of the dtypes {@code tensorDtypes} gives by producing row (absent:
   * the model's).
   */
  static String of(
      ModelSummary summary,
      List<LayerConfig> configs,
      String inputDtype,
      Map<String, String> tensorDtypes) {
    return String.join("", parts(summary, configs, inputDtype, tensorDtypes));
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
    return parts(summary, configs, null, Map.of());
  }

  /**
   * {@link #parts}, a sequential model's InputLayer of {@code inputDtype} (null: the model's), a
   * functional model's inputs and tensors of the dtypes {@code tensorDtypes} gives by producing row
   * (output 0; absent: the model's), as the engine found them.
   */
  static List<String> parts(
      ModelSummary summary,
      List<LayerConfig> configs,
      String inputDtype,
      Map<String, String> tensorDtypes) {
    Map<String, LayerConfig> byName = byRow(summary, configs);
    if (summary.isFunctional()) {
      int[] inputs = {0};
      for (Layer input : summary.inputLayers()) {
        if (input.name().matches("input_layer(_[0-9]+)?")) {
          inputs[0]++; // named as Keras names an Input created without a name
        }
      }
      return functionalParts(summary, byName, tensorDtypes, inputs);
    }
    return sequentialParts(
        summary, configs, inputDtype, inputName(summary, configs), new int[] {1});
  }

  /**
   * The name Keras gives the {@code uid}-th InputLayer it names itself in a session, counted from
   * 0: {@code input_layer}, {@code input_layer_1}, ...
   */
  private static String autoInputName(int uid) {
    return uid == 0 ? "input_layer" : "input_layer_" + uid;
  }

  /** A sequential model's input: {@code input_layer}, with a suffix if a layer has that name. */
  private static String inputName(ModelSummary summary, List<LayerConfig> layers) {
    Set<String> names = new HashSet<>();
    for (LayerConfig layer : layers) {
      names.add(layer.name());
    }
    String inputName = "input_layer";
    for (int suffix = 1; names.contains(inputName); suffix++) {
      inputName = "input_layer_" + suffix;
    }
    return inputName;
  }

  /**
   * A model nested as one layer ({@link LayerConfig#nested}), as Keras 3's {@code
   * serialize_keras_object} writes a {@code Sequential} in another model's layers: its own {@code
   * Sequential} config (an {@code InputLayer} of the shape it was called on, Keras's {@code build}
   * having made one, then its layers) and {@code build_config}. Keras names that {@code InputLayer}
   * itself when it builds the model, so {@code inputs} counts the ones named so far, in the order
   * the layers are called.
   */
  private static Map<String, Object> nested(
      LayerConfig layer, String name, Shape input, int[] inputs) {
    ModelCheck inner = NestedModelSpec.called(layer, input);
    String inputName = autoInputName(inputs[0]++);
    List<String> parts =
        sequentialConfig(inner.summary(), inner.configs(), null, inputName, inputs, name);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("module", "keras");
    entry.put("class_name", "Sequential");
    entry.put("config", new PythonJson.Raw(String.join("", parts)));
    entry.put("registered_name", null);
    entry.put("build_config", Map.of("input_shape", KerasValues.withBatch(input)));
    entry.put("compile_config", Map.of());
    return entry;
  }

  /**
   * The configs by row name, checked to be those of {@code summary}'s rows (null for inputs).
   *
   * @throws IllegalArgumentException if they are not
   */
  static Map<String, LayerConfig> byRow(ModelSummary summary, List<LayerConfig> configs) {
    List<Layer> rows = summary.layers();
    if (configs.size() != rows.size()) {
      throw new IllegalArgumentException(
          "one config per row is needed for model " + summary.name());
    }
    Map<String, LayerConfig> byName = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Layer row = rows.get(i);
      LayerConfig config = configs.get(i);
      boolean input = row.type().equals("InputLayer");
      if (input != (config == null)
          || (config != null
              && !(LayerCatalog.kerasClass(config).equals(row.type())
                  && config.name().equals(row.name())))) {
        throw new IllegalArgumentException(
            "config " + i + " of model " + summary.name() + " is not that of row " + row.name());
      }
      byName.put(row.name(), config);
    }
    return byName;
  }

  /** Keras 3's {@code Sequential}: an {@code InputLayer}, then the layers. */
  private static List<String> sequentialParts(
      ModelSummary summary,
      List<LayerConfig> layers,
      String inputDtype,
      String inputName,
      int[] inputs) {
    List<String> parts =
        new ArrayList<>(
            sequentialConfig(summary, layers, inputDtype, inputName, inputs, summary.name()));
    parts.set(
        0, "{\"module\": \"keras\", \"class_name\": \"Sequential\", \"config\": " + parts.get(0));
    StringBuilder tail = new StringBuilder(parts.get(parts.size() - 1));
    tail.append(", \"registered_name\": null, \"build_config\": {\"input_shape\": ");
    PythonJson.write(KerasValues.withBatch(summary.inputShape()), tail);
    tail.append("}, \"compile_config\": {}}");
    parts.set(parts.size() - 1, tail.toString());
    return List.copyOf(parts);
  }

  /**
   * A {@code Sequential}'s config in pieces: {@code {"name": ..., "layers": [} with its InputLayer,
   * one piece per layer, and {@code ], "build_input_shape": ...}}.
   */
  private static List<String> sequentialConfig(
      ModelSummary summary,
      List<LayerConfig> layers,
      String inputDtype,
      String inputName,
      int[] inputs,
      String name) {
    List<String> parts = new ArrayList<>();
    String dtype = summary.dtype().kerasName();
    List<Object> batchShape = KerasValues.withBatch(summary.inputShape());
    StringBuilder head = new StringBuilder("{\"name\": ");
    PythonJson.string(name, head);
    head.append(", \"trainable\": true, \"dtype\": ");
    PythonJson.write(policy("float32"), head);
    head.append(", \"layers\": [");
    PythonJson.write(
        inputLayer(inputName, batchShape, inputDtype == null ? dtype : inputDtype), head);
    parts.add(head.toString());
    List<Layer> rows = summary.layers();
    for (int i = 0; i < layers.size(); i++) {
      LayerConfig layer = layers.get(i);
      if (layer.nested() != null) {
        parts.add(
            ", " + PythonJson.write(nested(layer, layer.name(), rows.get(i).inputShape(), inputs)));
        continue;
      }
      Object inputShape = KerasValues.withBatch(rows.get(i).inputShape());
      List<Shape> arriving = i == 0 ? List.of() : rows.get(i - 1).outputShapes();
      if (arriving.size() > 1) { // Keras's Sequential called it on every output of the one before
        List<Object> shapes = new ArrayList<>();
        for (Shape shape : arriving) {
          shapes.add(KerasValues.withBatch(shape));
        }
        inputShape = shapes;
      }
      parts.add(
          ", " + PythonJson.write(layer(layer, layer.name(), dtype, inputShape, NO_OVERRIDES)));
    }
    StringBuilder tail = new StringBuilder("], \"build_input_shape\": ");
    PythonJson.write(batchShape, tail);
    tail.append("}");
    parts.add(tail.toString());
    return parts;
  }

  /** Keras 3's {@code Functional}: the rows' configs by name, null for inputs. */
  private static List<String> functionalParts(
      ModelSummary summary,
      Map<String, LayerConfig> byName,
      Map<String, String> tensorDtypes,
      int[] inputs) {
    String dtype = summary.dtype().kerasName();
    Map<String, Layer> rows = new HashMap<>();
    // Nested models in declaration order, the order Keras calls (and so builds) them in.
    Map<String, Map<String, Object>> nestedModels = new HashMap<>();
    for (Layer row : summary.layers()) {
      rows.put(row.name(), row);
      LayerConfig config = byName.get(row.name());
      if (config != null && config.nested() != null) {
        nestedModels.put(row.name(), nested(config, row.name(), row.inputShape(), inputs));
      }
    }
    List<String> parts = new ArrayList<>();
    StringBuilder head =
        new StringBuilder(
            "{\"module\": \"keras.src.models.functional\", \"class_name\": \"Functional\","
                + " \"config\": {\"name\": ");
    PythonJson.string(summary.name(), head);
    head.append(", \"trainable\": true, \"layers\": [");
    parts.add(head.toString());
    String separator = "";
    // Keras's Functional.get_config walks model.operations, which is not the declaration order
    // and holds no layer that reaches no declared output (Keras drops those from the model).
    for (Layer row : summary.kerasLayers()) {
      LayerConfig config = byName.get(row.name());
      Map<String, Object> entry;
      List<Object> nodes = new ArrayList<>();
      if (config == null) {
        entry =
            inputLayer(
                row.name(),
                KerasValues.withBatch(row.outputShape()),
                tensorDtypes.getOrDefault(row.name(), dtype));
      } else {
        List<Object> tensors = new ArrayList<>();
        List<Object> shapes = new ArrayList<>();
        for (int i = 0; i < row.inbound().size(); i++) {
          String inbound = row.inbound().get(i);
          int output = row.inboundOutputs().get(i);
          Shape shape = rows.get(inbound).outputShapes().get(output);
          String tensorDtype = output == 0 ? tensorDtypes.getOrDefault(inbound, dtype) : dtype;
          tensors.add(kerasTensor(inbound, output, shape, tensorDtype));
          shapes.add(KerasValues.withBatch(shape));
        }
        if (LayerCatalog.isOperation(config.type())) {
          parts.add(separator + PythonJson.write(operation(config, row.name(), tensors.get(0))));
          separator = ", ";
          continue;
        }
        if (tensors.size() > 1 && LayerCatalog.is(config.type(), LayerTrait.RECURRENT_STATE)) {
          nodes.add(withInitialState(tensors));
          entry = layer(config, row.name(), dtype, shapes.get(0), NO_OVERRIDES);
          Map<String, Object> shapesDict = new LinkedHashMap<>();
          shapesDict.put("sequences_shape", shapes.get(0));
          shapesDict.put("initial_state_shape", shapes.subList(1, shapes.size()));
          entry.put("build_config", Map.of("shapes_dict", shapesDict));
          entry.put("name", row.name());
          entry.put("inbound_nodes", nodes);
          parts.add(separator + PythonJson.write(entry));
          separator = ", ";
          continue;
        }
        // A merge layer is called on a list of tensors, every other layer on one tensor; an
        // attention layer with its inputs as positional arguments (mha(query, value)).
        boolean positional = LayerCatalog.keras3Positional(config.type()) != null;
        boolean list = tensors.size() > 1 && !positional;
        entry =
            config.nested() != null
                ? nestedModels.get(row.name())
                : layer(
                    config,
                    row.name(),
                    dtype,
                    list || positional ? shapes : shapes.get(0),
                    NO_OVERRIDES);
        Map<String, Object> kwargs = new LinkedHashMap<>();
        // A layer that converts an input of another dtype (integers, strings) records the call
        // Keras's __call__ was given, before it added training and mask (Layer.__call__ replaces
        // its kwargs while converting).
        boolean converted =
            !list
                && !positional
                && !row.inbound().isEmpty()
                && row.inboundOutputs().get(0) == 0
                && !tensorDtypes.getOrDefault(row.inbound().get(0), dtype).equals(dtype)
                && !LayerCatalog.is(
                    LayerCatalog.canonical(config.type()), LayerTrait.NO_INPUT_CONVERSION);
        // A nested model's call: Keras's Model.call(inputs, training=None, mask=None) records
        // the mask it passes (none).
        List<String> callArguments =
            config.nested() != null
                ? List.of("mask")
                : converted ? List.<String>of() : LayerCatalog.keras3CallArguments(config.type());
        for (String argument : callArguments) {
          if (argument.equals("mask") && list) {
            continue; // Keras fills in the mask only of a call on one tensor (Lambda on a list)
          }
          // Keras passes call()'s default training=False on, and the input's mask: none (see
          // the class comment on masks).
          if (argument.equals("training:true")) {
            kwargs.put("training", true); // call(training=True): Keras's image augmentation layers
          } else {
            kwargs.put(argument, argument.equals("training") ? false : null);
          }
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("args", positional ? tensors : List.of(list ? tensors : tensors.get(0)));
        node.put("kwargs", kwargs);
        nodes.add(node); // ShapeCheck calls each layer once: one node
      }
      entry.put("name", row.name());
      entry.put("inbound_nodes", nodes);
      parts.add(separator + PythonJson.write(entry));
      separator = ", ";
    }
    StringBuilder tail = new StringBuilder("], \"input_layers\": ");
    PythonJson.write(coordinates(summary.inputLayers()), tail);
    tail.append(", \"output_layers\": ");
    PythonJson.write(coordinates(summary.outputLayers()), tail);
    tail.append(
        "}, \"registered_name\": \"Functional\", \"build_config\": {\"input_shape\": null},"
            + " \"compile_config\": {}}");
    parts.add(tail.toString());
    return List.copyOf(parts);
  }

  /**
   * A {@code keras.ops} operation on a tensor and a number ({@link OperationLayers}), as Keras 3's
   * {@code Functional.get_config} writes it: {@code serialize_keras_object} of the operation (its
   * config only its name, registered under its class name, no {@code build_config}), and one node
   * whose {@code args} are the tensor and the number in the call's order and whose {@code kwargs}
   * are empty.
   */
  private static Map<String, Object> operation(LayerConfig config, String name, Object tensor) {
    String kerasClass = LayerCatalog.kerasClass(config);
    Object value = config.argument("value");
    boolean scalarFirst = Boolean.TRUE.equals(config.argument("scalarFirst"));
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("args", scalarFirst ? List.of(value, tensor) : List.of(tensor, value));
    node.put("kwargs", Map.of());
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("module", "keras.src.ops.numpy");
    entry.put("class_name", kerasClass);
    entry.put("config", Map.of("name", name));
    entry.put("registered_name", kerasClass);
    entry.put("name", name);
    entry.put("inbound_nodes", List.of(node));
    return entry;
  }

  /**
   * {@code [name, 0, 0]} per input or output, as {@code keras.Model(inputs, outputs)} records them:
   * one tensor as itself, several as a list.
   */
  private static Object coordinates(List<Layer> layers) {
    List<Object> coordinates = new ArrayList<>();
    for (Layer layer : layers) {
      coordinates.add(List.of(layer.name(), 0, 0));
    }
    return coordinates.size() == 1 ? coordinates.get(0) : coordinates;
  }

  /**
   * A recurrent layer's node called with {@code initial_state}: the sequence as its one argument,
   * the states as the only keyword (Keras then passes neither {@code training} nor {@code mask}).
   */
  private static Map<String, Object> withInitialState(List<Object> tensors) {
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("initial_state", tensors.subList(1, tensors.size()));
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("args", List.of(tensors.get(0)));
    node.put("kwargs", kwargs);
    return node;
  }

  /**
   * A symbolic tensor in a node's arguments: output {@code output} of {@code layer}'s only node
   * (Keras's {@code keras_history}: layer, node index, tensor index).
   */
  private static Map<String, Object> kerasTensor(
      String layer, int output, Shape shape, String dtype) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("shape", KerasValues.withBatch(shape));
    config.put("dtype", dtype);
    config.put("keras_history", List.of(layer, 0, output));
    Map<String, Object> tensor = new LinkedHashMap<>();
    tensor.put("class_name", "__keras_tensor__");
    tensor.put("config", config);
    return tensor;
  }

  private static Map<String, Object> inputLayer(
      String name, List<Object> batchShape, String dtype) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("batch_shape", batchShape);
    config.put("dtype", dtype);
    config.put("sparse", false);
    config.put("ragged", false);
    config.put("name", name);
    config.put("optional", false);
    return serialized("InputLayer", config, null);
  }

  /** Keras 3's {@code DTypePolicy} of a dtype, as every layer's config holds it. */
  private static Map<String, Object> policy(String dtype) {
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("module", "keras");
    policy.put("class_name", "DTypePolicy");
    policy.put("config", Map.of("name", dtype));
    policy.put("registered_name", null);
    return policy;
  }

  /** {@code serialize_keras_object} of a layer; {@code buildShape} null when Keras wrote none. */
  private static Map<String, Object> serialized(
      String type, Map<String, Object> config, Object buildShape) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("module", "keras.layers");
    entry.put("class_name", type);
    entry.put("config", config);
    entry.put("registered_name", null);
    if (buildShape != null) {
      entry.put("build_config", Map.of("input_shape", buildShape));
    }
    return entry;
  }

  /**
   * One layer, wrapped layers included, serialized.
   *
   * @param inputShape the shape (a list) or shapes (a list of lists) Keras builds the layer on
   * @param overrides values that replace the config's own, by key: what a wrapper changes in the
   *     copy of its layer it keeps
   */
  private static Map<String, Object> layer(
      LayerConfig layer,
      String name,
      String dtype,
      Object inputShape,
      Map<String, Object> overrides) {
    String type = layer.type();
    List<String> keys = LayerCatalog.keras3Keys(type);
    if (keys == null) {
      throw new IllegalArgumentException("no Keras JSON form for layer type " + type);
    }
    Map<String, String> attributes = new HashMap<>();
    for (String attribute : LayerCatalog.configKeys(type)) {
      attributes.put(KerasValues.key(attribute), attribute);
    }
    Map<String, Object> config = new LinkedHashMap<>();
    for (String key : keys) {
      switch (key) {
        case "name" -> config.put("name", name);
        case "trainable" -> config.put("trainable", true);
        case "dtype" -> config.put("dtype", policy(dtype));
        case "dtype:variable" -> config.put("dtype", dtype);
        case "layer" -> wrapped(layer, name, dtype, inputShape, keys, config);
        case "cell" -> config.put("cell", cell(layer, name, dtype, inputShape, overrides));
        case "backward_layer" -> {} // written with "layer"
        case "function" -> config.put("function", function(name));
        default -> {
          String attribute = attributes.get(key);
          if (attribute == null) {
            config.put(key, Keras3Defaults.value(key));
          } else {
            Object value = layer.argument(attribute);
            if (value == null) {
              throw new IllegalArgumentException(
                  layer.label()
                      + " has no value for "
                      + attribute
                      + ": give the model with defaults");
            }
            config.put(key, KerasValues.value(layer, attribute, value, true));
          }
        }
      }
      if (overrides.containsKey(key) && !key.equals("cell")) {
        config.put(key, overrides.get(key));
      }
    }
    List<String> positional = LayerCatalog.keras3Positional(type);
    LayerCatalog.Keras3Stored stored = LayerCatalog.keras3Stored(type);
    if (stored != null) {
      stored.store(config, shape(positional == null ? inputShape : ((List<?>) inputShape).get(0)));
    }
    if (positional != null) {
      // build(query_shape, value_shape, key_shape=None): Keras records the shapes by name.
      Map<String, Object> shapes = new LinkedHashMap<>();
      List<?> given = (List<?>) inputShape;
      for (int i = 0; i < given.size(); i++) {
        shapes.put(positional.get(i), given.get(i));
      }
      Map<String, Object> entry = serialized(type, config, null);
      entry.put("build_config", Map.of("shapes_dict", shapes));
      return entry;
    }
    Object buildShape = LayerCatalog.builtAtInit(type) ? null : inputShape;
    if (LayerCatalog.isCustomObject(type)) {
      return customObject(LayerCatalog.kerasClass(layer), config, buildShape);
    }
    if (LayerCatalog.emptyBuildConfig(type)) {
      Map<String, Object> entry = serialized(type, config, null);
      entry.put("build_config", Map.of());
      return entry;
    }
    return serialized(type, config, buildShape);
  }

  /**
   * A {@code Lambda}'s function: ShapeCheck cannot see its code, so the JSON names a Python
   * function after the layer, as Keras's {@code serialize_keras_object} writes a plain function
   * ({@code model_from_json(..., custom_objects={"<layer name>": fn})} loads it).
   */
  private static Map<String, Object> function(String layerName) {
    Map<String, Object> function = new LinkedHashMap<>();
    function.put("module", "builtins");
    function.put("class_name", "function");
    function.put("config", layerName);
    function.put("registered_name", "function");
    return function;
  }

  /**
   * {@code serialize_keras_object} of a user's layer class registered with {@code
   * register_keras_serializable()} (package {@code "Custom"}), as Keras writes it: no module, the
   * registered name {@code Custom>ClassName}.
   */
  private static Map<String, Object> customObject(
      String className, Map<String, Object> config, Object buildShape) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("module", null);
    entry.put("class_name", className);
    entry.put("config", config);
    entry.put("registered_name", "Custom>" + className);
    if (buildShape != null) {
      entry.put("build_config", Map.of("input_shape", buildShape));
    }
    return entry;
  }

  /**
   * A wrapper's {@code layer}: {@code TimeDistributed} builds its layer on one time step (the input
   * without axis 1); {@code Bidirectional} (a wrapper with a {@code backward_layer}) keeps a
   * forward and a backward copy of it, as its constructor makes them (keras/src/layers/rnn/
   * bidirectional.py): named {@code forward_} and {@code backward_} the layer's name, the backward
   * one going backwards, both with {@code zero_output_for_mask} as {@code return_sequences}.
   */
  private static void wrapped(
      LayerConfig wrapper,
      String name,
      String dtype,
      Object inputShape,
      List<String> keys,
      Map<String, Object> config) {
    LayerConfig inner = wrapper.wrapped();
    String innerName = name + "_" + KerasNames.toSnakeCase(inner.type());
    if (LayerCatalog.wrapsWholeInput(wrapper.type())) {
      config.put("layer", layer(inner, innerName, dtype, inputShape, NO_OVERRIDES));
      return;
    }
    if (!keys.contains("backward_layer")) {
      List<Object> step = new ArrayList<>((List<?>) inputShape);
      step.remove(1);
      config.put("layer", layer(inner, innerName, dtype, step, NO_OVERRIDES));
      return;
    }
    Map<String, Object> forward = new HashMap<>();
    Map<String, Object> backward = new HashMap<>();
    if (LayerCatalog.keras3Keys(inner.type()).contains("zero_output_for_mask")) {
      Object returnSequences = inner.argument("returnSequences");
      forward.put("zero_output_for_mask", returnSequences);
      backward.put("zero_output_for_mask", returnSequences);
    }
    backward.put("go_backwards", true);
    forward.put(CELL_OWNER, innerName);
    backward.put(CELL_OWNER, innerName);
    config.put(
        "layer",
        layer(inner, "forward_" + removePrefix(innerName, "forward_"), dtype, inputShape, forward));
    config.put(
        "backward_layer",
        layer(
            inner,
            "backward_" + removePrefix(innerName, "backward_"),
            dtype,
            inputShape,
            backward));
  }

  /**
   * The key of a wrapper's overrides that holds the name an {@code RNN} copy was declared with:
   * {@code Bidirectional}'s copies of an {@code RNN} are renamed {@code forward_}/{@code
   * backward_}, but keep the cell Keras made (named after the declared {@code RNN}). Not a config
   * key.
   */
  private static final String CELL_OWNER = " cell owner";

  /**
   * An {@code RNN}'s {@code cell}: the cell written beside {@code @RNN}, named after the {@code
   * RNN} and its type ({@code rnn_lstm_cell}) as the corpus builds it, built on one time step (the
   * input without axis 1), as Keras's {@code RNN.build} builds it. Several cells are Keras's {@code
   * StackedRNNCells} ({@code rnn_stacked_rnn_cells}), each cell built on the previous one's output
   * and named with its type and, for a type written again, {@code _1}, {@code _2}, ...
   */
  private static Map<String, Object> cell(
      LayerConfig rnn,
      String name,
      String dtype,
      Object inputShape,
      Map<String, Object> overrides) {
    Object owner = overrides.getOrDefault(CELL_OWNER, name);
    List<Object> step = new ArrayList<>(shape(inputShape));
    step.remove(1);
    List<LayerConfig> cells = rnn.allWrapped();
    if (cells.size() == 1) {
      LayerConfig cell = cells.get(0);
      return layer(
          cell, owner + "_" + KerasNames.toSnakeCase(cell.type()), dtype, step, NO_OVERRIDES);
    }
    List<Object> written = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Object> cellInput = step;
    for (LayerConfig cell : cells) {
      int k = seen.merge(cell.type(), 1, Integer::sum) - 1;
      String cellName = owner + "_" + KerasNames.toSnakeCase(cell.type()) + (k == 0 ? "" : "_" + k);
      written.add(layer(cell, cellName, dtype, cellInput, NO_OVERRIDES));
      cellInput = new ArrayList<>(step.subList(0, step.size() - 1));
      cellInput.add(cell.argument("units"));
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", owner + "_stacked_rnn_cells");
    config.put("trainable", true);
    config.put("dtype", policy(dtype));
    config.put("cells", written);
    return serialized("StackedRNNCells", config, step);
  }

  @SuppressWarnings("unchecked") // a single input's shape: what layers with a Keras3Stored take
  private static List<Object> shape(Object inputShape) {
    return (List<Object>) inputShape;
  }

  private static String removePrefix(String name, String prefix) {
    return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
  }
}
