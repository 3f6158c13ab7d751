package dev.shapecheck.engine;

import dev.shapecheck.layers.IntegerLookup;
import dev.shapecheck.layers.StringLookup;
import dev.shapecheck.layers.TextVectorization;
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
    registerTextVectorization();
  }

  /** TextVectorization, registered with the lookups it is built on. */
  private static void registerTextVectorization() {
    LayerCatalog.layer(
            TextVectorization.class,
            TextVectorizationSpec::parse,
            "vocabularySize",
            "maxTokens",
            "standardize",
            "split",
            "ngrams",
            "outputMode",
            "outputSequenceLength",
            "padToMaxTokens")
        .keras3(
            "name trainable dtype max_tokens standardize split ngrams output_mode"
                + " output_sequence_length pad_to_max_tokens sparse ragged vocabulary idf_weights"
                + " encoding vocabulary_size")
        .keras3Stored(LookupLayers::textStored);
  }

  /**
   * What Keras's TextVectorization stores: None for an unset {@code max_tokens} and {@code
   * output_sequence_length} (-1) and for {@code NONE} standardization or split, and {@code ngrams}
   * as given: None, an int, or a list.
   */
  private static void textStored(Map<String, Object> config, List<Object> shape) {
    for (String key : List.of("max_tokens", "output_sequence_length")) {
      if (Integer.valueOf(-1).equals(config.get(key))) {
        config.put(key, null);
      }
    }
    for (String key : List.of("standardize", "split")) {
      if ("none".equals(config.get(key))) {
        config.put(key, null); // Standardize.NONE, Split.NONE: Keras's None
      }
    }
    if (config.get("ngrams") instanceof int[] ngrams) {
      config.put("ngrams", ngrams.length == 0 ? null : ngrams.length == 1 ? ngrams[0] : ngrams);
    }
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
