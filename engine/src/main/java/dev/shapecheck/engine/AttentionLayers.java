package dev.shapecheck.engine;

import dev.shapecheck.layers.AdditiveAttention;
import dev.shapecheck.layers.Attention;
import dev.shapecheck.layers.EinsumDense;
import dev.shapecheck.layers.GroupQueryAttention;
import dev.shapecheck.layers.MultiHeadAttention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keras's attention layers, which take a query, a value and optionally a key: {@code
 * MultiHeadAttention} and {@code GroupQueryAttention}, called with them as positional arguments
 * ({@code mha(query, value, key)}; their {@code build_config} is a {@code shapes_dict}), and {@code
 * Attention} and {@code AdditiveAttention}, called on a list of them; and {@code EinsumDense}, the
 * projection the first two are built of.
 */
final class AttentionLayers {
  private static final String PROJECTIONS =
      " kernel_initializer bias_initializer kernel_regularizer bias_regularizer"
          + " activity_regularizer kernel_constraint bias_constraint seed";

  private AttentionLayers() {}

  static void register() {
    LayerCatalog.layer(
            MultiHeadAttention.class,
            MultiHeadAttentionSpec::parse,
            "numHeads",
            "keyDim",
            "valueDim",
            "dropout",
            "useBias",
            "outputShape",
            "attentionAxes",
            "slidingWindow",
            "useGate",
            "seed")
        .keras3(
            "name trainable dtype num_heads key_dim value_dim dropout use_bias use_gate"
                + " output_shape attention_axes sliding_window"
                + PROJECTIONS)
        .keras3Positional("query_shape value_shape key_shape")
        .keras3Stored(AttentionLayers::storeMultiHead);
    LayerCatalog.layer(
            GroupQueryAttention.class,
            GroupQueryAttentionSpec::parse,
            "headDim",
            "numQueryHeads",
            "numKeyValueHeads",
            "dropout",
            "useBias",
            "slidingWindow",
            "useGate",
            "seed")
        .keras3(
            "name trainable dtype head_dim num_query_heads num_key_value_heads use_bias use_gate"
                + " sliding_window dropout"
                + PROJECTIONS)
        .keras3Positional("query_shape value_shape key_shape")
        .summaryClass("GroupedQueryAttention");
    LayerCatalog.layer(
        Attention.class, ScoreAttentionSpec::attention, "useScale", "scoreMode", "dropout", "seed");
    LayerCatalog.layer(
        AdditiveAttention.class, ScoreAttentionSpec::additive, "useScale", "dropout", "seed");
    // The projection MultiHeadAttention and GroupQueryAttention are built of.
    LayerCatalog.layer(
            EinsumDense.class,
            EinsumDenseSpec::parse,
            "outputShape",
            "equation",
            "activation",
            "biasAxes")
        .keras3(
            "name trainable dtype output_shape equation activation bias_axes kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer activity_regularizer"
                + " kernel_constraint bias_constraint quantization_config")
        .traits(LayerTrait.ACTIVATION_ARGUMENT);
  }

  /**
   * What {@code MultiHeadAttention} keeps: {@code value_dim} None as {@code key_dim}, {@code
   * output_shape} as a tuple, and {@code attention_axes} as {@code _build_attention} normalizes
   * them ({@code axis + rank} for a negative one, the rank counting the batch; None: every axis but
   * the batch and the features).
   */
  private static void storeMultiHead(Map<String, Object> config, List<Object> queryShape) {
    if (config.get("value_dim") == null) {
      config.put("value_dim", config.get("key_dim"));
    }
    int rank = queryShape.size();
    List<Object> axes = new ArrayList<>();
    Object given = config.get("attention_axes");
    if (given == null) {
      for (int axis = 1; axis < rank - 1; axis++) {
        axes.add(axis);
      }
    } else {
      for (int axis : given instanceof int[] ? (int[]) given : new int[] {(Integer) given}) {
        axes.add(axis >= 0 ? axis : axis + rank);
      }
    }
    config.put("attention_axes", axes);
  }
}
