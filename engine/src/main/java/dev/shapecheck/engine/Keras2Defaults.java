package dev.shapecheck.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values tf.keras 2's {@code get_config} (tf_keras 2.21) writes for the constructor arguments
 * ShapeCheck does not model, by key: each is the default of that argument in every tf.keras 2 layer
 * that has it. {@link Keras2Json} writes them so that its JSON is all of tf.keras 2's: DL4J's
 * {@code KerasModelImport} refuses a layer without them ("Keras layer is missing kernel_initializer
 * field", "Embedding layer config missing input_length").
 *
 * <p>Initializers are written as tf_keras's {@code serialize_keras_object} writes them: {@code
 * {"module": "keras.initializers", "class_name": ..., "config": ..., "registered_name": null}},
 * {@code seed} null (unseeded, so nothing here is random). The Keras 3 twin is {@link
 * Keras3Defaults}.
 */
final class Keras2Defaults {
  private static final Map<String, Object> DEFAULTS = new LinkedHashMap<>();

  static {
    Map<String, Object> glorotUniform = initializer("GlorotUniform", config("seed", null));
    Map<String, Object> zeros = initializer("Zeros", config());
    Map<String, Object> ones = initializer("Ones", config());
    DEFAULTS.put("kernel_initializer", glorotUniform);
    DEFAULTS.put("depthwise_initializer", glorotUniform);
    DEFAULTS.put("pointwise_initializer", glorotUniform);
    DEFAULTS.put(
        "recurrent_initializer", initializer("Orthogonal", config("gain", 1.0, "seed", null)));
    DEFAULTS.put(
        "embeddings_initializer",
        initializer("RandomUniform", config("minval", -0.05, "maxval", 0.05, "seed", null)));
    DEFAULTS.put("bias_initializer", zeros);
    DEFAULTS.put("beta_initializer", zeros);
    DEFAULTS.put("moving_mean_initializer", zeros);
    DEFAULTS.put("alpha_initializer", zeros); // PReLU
    DEFAULTS.put("gamma_initializer", ones);
    DEFAULTS.put("moving_variance_initializer", ones);
    // Embedding: no fixed sequence length (the model's input shape gives it).
    DEFAULTS.put("input_length", null);
    // RNN: one output, no state kept across batches, not unrolled, batch-major.
    DEFAULTS.put("return_state", false);
    DEFAULTS.put("stateful", false);
    DEFAULTS.put("unroll", false);
    DEFAULTS.put("time_major", false);
    DEFAULTS.put("unit_forget_bias", true); // LSTM
    // LSTM and GRU: 2, but 1 with a recurrent dropout (RecurrentLayers writes it as stored).
    DEFAULTS.put("implementation", 2);
    // DepthwiseConv: tf.keras 2's depthwise layers inherit Conv's groups, always 1.
    DEFAULTS.put("groups", 1);
    DEFAULTS.put("noise_shape", null); // the spatial dropouts: their own noise shape
  }

  private Keras2Defaults() {}

  /**
   * Whether tf.keras 2 writes a default for {@code key}: the keys above, and every regularizer and
   * constraint (none by default: {@code null}).
   */
  static boolean has(String key) {
    return DEFAULTS.containsKey(key) || key.endsWith("_regularizer") || key.endsWith("_constraint");
  }

  /**
   * The value tf.keras 2 writes for the unmodelled argument {@code key}.
   *
   * @throws IllegalArgumentException if tf.keras 2 has no default of that name here ({@link #has})
   */
  static Object value(String key) {
    if (!has(key)) {
      throw new IllegalArgumentException("no tf.keras 2 default for " + key);
    }
    return DEFAULTS.get(key); // null for regularizers and constraints
  }

  private static Map<String, Object> initializer(String className, Map<String, Object> config) {
    Map<String, Object> initializer = new LinkedHashMap<>();
    initializer.put("module", "keras.initializers");
    initializer.put("class_name", className);
    initializer.put("config", config);
    initializer.put("registered_name", null);
    return Collections.unmodifiableMap(initializer);
  }

  private static Map<String, Object> config(Object... keysAndValues) {
    Map<String, Object> config = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      config.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(config);
  }
}
