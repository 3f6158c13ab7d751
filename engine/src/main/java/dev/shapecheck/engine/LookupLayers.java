package dev.shapecheck.engine;

import dev.shapecheck.layers.IntegerLookup;
import dev.shapecheck.layers.StringLookup;
import java.util.List;
import java.util.Map;

/**
 * Keras's lookup layers ({@code keras/src/layers/preprocessing/}): {@code StringLookup} and {@code
 * IntegerLookup}, whose vocabulary is data and whose size is declared ({@code vocabularySize}).
 * Their Keras 3 JSON is that of a layer whose vocabulary was learnt with {@code adapt()}: {@code
 * "vocabulary": null} and its {@code "vocabulary_size"} (Keras keeps the terms in the model's
 * assets, not in its config).
 */
final class LookupLayers {
  private LookupLayers() {}

  static void register() {
    LayerCatalog.layer(
            StringLookup.class,
            LookupSpec::stringLookup,
            "vocabularySize",
            "maxTokens",
            "numOovIndices",
            "maskToken",
            "oovToken",
            "invert",
            "outputMode",
            "padToMaxTokens",
            "salt")
        .keras3(
            "name trainable dtype invert max_tokens num_oov_indices oov_token mask_token"
                + " output_mode sparse pad_to_max_tokens idf_weights vocabulary vocabulary_size"
                + " oov_method salt encoding")
        .keras3Stored(LookupLayers::stored)
        .emptyBuildConfig();
    LayerCatalog.layer(
            IntegerLookup.class,
            LookupSpec::integerLookup,
            "vocabularySize",
            "maxTokens",
            "numOovIndices",
            "maskToken",
            "oovToken",
            "invert",
            "outputMode",
            "padToMaxTokens",
            "oovMethod",
            "salt")
        .keras3(
            "name trainable dtype invert max_tokens num_oov_indices oov_token mask_token"
                + " output_mode sparse pad_to_max_tokens vocabulary_dtype idf_weights vocabulary"
                + " vocabulary_size oov_method salt")
        .keras3Stored(LookupLayers::stored)
        .emptyBuildConfig();
  }

  /**
   * What Keras stores: None for an unset {@code max_tokens} (-1) and mask token (empty), a lone
   * integer mask token as the integer, and the salt as a pair ({@code s} as {@code [s, s]}).
   */
  private static void stored(Map<String, Object> config, List<Object> shape) {
    if (Integer.valueOf(-1).equals(config.get("max_tokens"))) {
      config.put("max_tokens", null);
    }
    Object mask = config.get("mask_token");
    if ("".equals(mask)) {
      config.put("mask_token", null);
    } else if (mask instanceof int[] ints) {
      config.put("mask_token", ints.length == 0 ? null : ints[0]);
    } else if (mask instanceof Integer) {
      config.put("mask_token", mask); // one value, read as a lone int
    }
    int[] salt = config.get("salt") instanceof int[] ints ? ints : null;
    if (salt != null) {
      config.put(
          "salt", salt.length == 0 ? null : salt.length == 1 ? new int[] {salt[0], salt[0]} : salt);
    } else if (config.get("salt") instanceof Integer s) {
      config.put("salt", new int[] {s, s});
    }
  }
}
