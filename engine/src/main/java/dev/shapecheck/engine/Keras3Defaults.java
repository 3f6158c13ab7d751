package dev.shapecheck.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values Keras 3.15's {@code get_config} writes for the constructor arguments ShapeCheck does
 * not model, by key: each is the default of that argument in every Keras 3 layer that has it
 * (keras/src/layers/...). {@link KerasJson} writes them, so that its JSON is all of Keras's, and a
 * model Keras rebuilds from it is the one ShapeCheck checked: initialized, regularized and
 * constrained as Keras would by default.
 *
 * <p>Initializers are written as Keras 3's {@code serialize_keras_object} writes them: {@code
 * {"module": "keras.initializers", "class_name": ..., "config": ..., "registered_name": null}}, the
 * config holding every argument, {@code seed} null (the unseeded default, so nothing here is
 * random).
 */
final class Keras3Defaults {
  private static final Map<String, Object> DEFAULTS = new LinkedHashMap<>();

  static {
    Map<String, Object> glorotUniform =
        initializer("GlorotUniform", config("seed", null, "input_axes", null, "output_axes", null));
    Map<String, Object> zeros = initializer("Zeros", config());
    Map<String, Object> ones = initializer("Ones", config());
    DEFAULTS.put("kernel_initializer", glorotUniform);
    DEFAULTS.put("depthwise_initializer", glorotUniform);
    DEFAULTS.put("pointwise_initializer", glorotUniform);
    DEFAULTS.put(
        "recurrent_initializer", initializer("Orthogonal", config("seed", null, "gain", 1.0)));
    DEFAULTS.put(
        "embeddings_initializer",
        initializer("RandomUniform", config("seed", null, "minval", -0.05, "maxval", 0.05)));
    DEFAULTS.put("bias_initializer", zeros);
    DEFAULTS.put("beta_initializer", zeros);
    DEFAULTS.put("moving_mean_initializer", zeros);
    DEFAULTS.put("alpha_initializer", zeros); // PReLU
    DEFAULTS.put("gamma_initializer", ones);
    DEFAULTS.put("moving_variance_initializer", ones);
    // Dense, EinsumDense and Embedding: not quantized.
    DEFAULTS.put("quantization_config", null);
    // BatchNormalization: not synchronized across devices, no batch renormalization.
    DEFAULTS.put("synchronized", false);
    DEFAULTS.put("renorm", false);
    DEFAULTS.put("renorm_clipping", null);
    DEFAULTS.put("renorm_momentum", 0.99);
    DEFAULTS.put("rms_scaling", false); // LayerNormalization
    // RNN: one output, no state kept across batches, not unrolled. Bidirectional sets
    // zero_output_for_mask to return_sequences in its copies of the layer (see KerasJson).
    DEFAULTS.put("return_state", false);
    DEFAULTS.put("stateful", false);
    DEFAULTS.put("unroll", false);
    DEFAULTS.put("zero_output_for_mask", false);
    DEFAULTS.put("unit_forget_bias", true); // LSTM
    DEFAULTS.put("seed", null); // LSTM and GRU: their dropout's seed
    DEFAULTS.put("sparse", false); // Discretization: ShapeCheck declares dense outputs only
    DEFAULTS.put("data_format", "channels_last"); // ZeroPadding1D, which we give none
    DEFAULTS.put("arguments", Map.of()); // Lambda: no keyword arguments for its function
    DEFAULTS.put("reverse_dtype", null); // ReversibleEmbedding: its reverse call's
    DEFAULTS.put("logit_soft_cap", null);
    // StringLookup and IntegerLookup: the vocabulary is data (adapt()), in the assets; Keras's
    // defaults for the arguments ShapeCheck does not declare.
    DEFAULTS.put("idf_weights", null);
    DEFAULTS.put("vocabulary", null);
    DEFAULTS.put("vocabulary_dtype", "int64");
    DEFAULTS.put("oov_method", "floormod");
    DEFAULTS.put("encoding", "utf-8");
    DEFAULTS.put("ragged", false); // TextVectorization: dense outputs only
  }

  private Keras3Defaults() {}

  /**
   * Whether Keras 3 writes a default for {@code key}: the keys above, and every regularizer and
   * constraint (none by default: {@code null}).
   */
  static boolean has(String key) {
    return DEFAULTS.containsKey(key) || key.endsWith("_regularizer") || key.endsWith("_constraint");
  }

  /**
   * The value Keras 3 writes for the unmodelled argument {@code key}.
   *
   * @throws IllegalArgumentException if Keras has no default of that name here ({@link #has})
   */
  static Object value(String key) {
    if (!has(key)) {
      throw new IllegalArgumentException("no Keras 3 default for " + key);
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

  /** An initializer's config from key, value pairs (values may be null). */
  private static Map<String, Object> config(Object... keysAndValues) {
    Map<String, Object> config = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      config.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(config);
  }
}
