package dev.shapecheck.engine;

import dev.shapecheck.layers.Bidirectional;
import dev.shapecheck.layers.Embedding;
import dev.shapecheck.layers.GRU;
import dev.shapecheck.layers.GRUCell;
import dev.shapecheck.layers.LSTM;
import dev.shapecheck.layers.LSTMCell;
import dev.shapecheck.layers.RNN;
import dev.shapecheck.layers.SimpleRNN;
import dev.shapecheck.layers.SimpleRNNCell;
import dev.shapecheck.layers.TimeDistributed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's layers for sequences: {@code Embedding} to turn ids into vectors, the recurrent layers
 * {@code SimpleRNN}, {@code LSTM} and {@code GRU}, and the wrappers {@code Bidirectional} and
 * {@code TimeDistributed}, written as a second annotation beside the layer they wrap.
 */
final class RecurrentLayers {
  private RecurrentLayers() {}

  /** Keras 3's {@code RNN.get_config}, which its subclasses put before their cell's config. */
  private static final String RNN_KERAS3 =
      "name trainable dtype return_sequences return_state go_backwards stateful unroll"
          + " zero_output_for_mask";

  /** The initializers, regularizers and constraints of Keras 3's SimpleRNN and GRU cells. */
  private static final String RNN_WEIGHTS =
      " kernel_initializer recurrent_initializer bias_initializer kernel_regularizer"
          + " recurrent_regularizer bias_regularizer activity_regularizer kernel_constraint"
          + " recurrent_constraint bias_constraint";

  static void register() {
    LayerCatalog.layer(Embedding.class, EmbeddingSpec::parse, "inputDim", "outputDim", "maskZero")
        .keras2(
            "name trainable dtype input_dim output_dim embeddings_initializer"
                + " embeddings_regularizer activity_regularizer embeddings_constraint"
                + " mask_zero input_length")
        .keras2Stored(RecurrentLayers::sequenceInput)
        .keras3(
            "name trainable dtype input_dim output_dim embeddings_initializer"
                + " embeddings_regularizer activity_regularizer embeddings_constraint mask_zero"
                + " quantization_config");
    // Keras's RNN.get_config puts the base RNN arguments before the cell's.
    LayerCatalog.layer(
            SimpleRNN.class,
            args -> RecurrentSpec.parse(args, 1, false),
            "returnSequences",
            "returnState",
            "goBackwards",
            "units",
            "activation",
            "useBias",
            "dropout",
            "recurrentDropout")
        .keras2(
            "name trainable dtype return_sequences return_state go_backwards"
                + " stateful unroll time_major units activation use_bias"
                + " kernel_initializer recurrent_initializer bias_initializer"
                + " kernel_regularizer recurrent_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint recurrent_constraint"
                + " bias_constraint dropout recurrent_dropout")
        .keras3(
            RNN_KERAS3 + " units activation use_bias" + RNN_WEIGHTS + " dropout recurrent_dropout")
        .keras3Call("training", "mask")
        .keras3Stored(RecurrentLayers::clampedDropouts)
        .keras2Stored(RecurrentLayers::clampedDropouts)
        .traits(LayerTrait.RECURRENT_STATE);
    LayerCatalog.layer(
            LSTM.class,
            args -> RecurrentSpec.parse(args, 4, false),
            "returnSequences",
            "returnState",
            "goBackwards",
            "units",
            "activation",
            "recurrentActivation",
            "useBias",
            "dropout",
            "recurrentDropout")
        .keras2(
            "name trainable dtype return_sequences return_state go_backwards"
                + " stateful unroll time_major units activation recurrent_activation"
                + " use_bias kernel_initializer recurrent_initializer bias_initializer"
                + " unit_forget_bias kernel_regularizer recurrent_regularizer"
                + " bias_regularizer activity_regularizer kernel_constraint"
                + " recurrent_constraint bias_constraint dropout recurrent_dropout"
                + " implementation")
        .keras3(
            RNN_KERAS3
                + " units activation recurrent_activation use_bias kernel_initializer"
                + " recurrent_initializer bias_initializer unit_forget_bias kernel_regularizer"
                + " recurrent_regularizer bias_regularizer activity_regularizer kernel_constraint"
                + " recurrent_constraint bias_constraint dropout recurrent_dropout seed")
        .keras3Call("training", "mask")
        .keras3Stored(RecurrentLayers::clampedDropouts)
        .keras2Stored(RecurrentLayers::implementation)
        .traits(LayerTrait.RECURRENT_STATE);
    LayerCatalog.layer(
            GRU.class,
            args -> RecurrentSpec.parse(args, 3, true),
            "returnSequences",
            "returnState",
            "goBackwards",
            "units",
            "activation",
            "recurrentActivation",
            "useBias",
            "dropout",
            "recurrentDropout",
            "resetAfter")
        .keras2(
            "name trainable dtype return_sequences return_state go_backwards"
                + " stateful unroll time_major units activation recurrent_activation"
                + " use_bias kernel_initializer recurrent_initializer bias_initializer"
                + " kernel_regularizer recurrent_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint recurrent_constraint"
                + " bias_constraint dropout recurrent_dropout implementation reset_after")
        .keras3(
            RNN_KERAS3
                + " units activation recurrent_activation use_bias"
                + RNN_WEIGHTS
                + " dropout recurrent_dropout reset_after seed")
        .keras3Call("training", "mask")
        .keras3Stored(RecurrentLayers::clampedDropouts)
        .keras2Stored(RecurrentLayers::implementation)
        .traits(LayerTrait.RECURRENT_STATE);
    registerRnnAndCells();
    // The wrapped layer is written first, as Keras's Wrapper.get_config does.
    LayerCatalog.wrapper(Bidirectional.class, BidirectionalSpec::parse, "mergeMode")
        .keras2("name trainable dtype layer merge_mode")
        .keras3("name trainable dtype merge_mode layer backward_layer")
        .keras3Call("mask")
        .traits(LayerTrait.RECURRENT_STATE);
    LayerCatalog.wrapper(TimeDistributed.class, TimeDistributedSpec::parse)
        .keras2("name trainable dtype layer")
        .keras3("name trainable dtype layer")
        .keras3Call("mask");
  }

  /**
   * Keras's generic {@code RNN} and the cells it runs, written {@code @RNN @LSTMCell(units = 32)}:
   * {@code RNN} is registered as a wrapper of its cell (its config holds the cell's under {@code
   * cell}, after its own, as Keras 3's {@code RNN.get_config} writes them), the cells as kinds that
   * only {@code @RNN} runs. The cells' keys are their Keras 3 {@code get_config}'s.
   */
  private static void registerRnnAndCells() {
    LayerCatalog.wrapper(
            RNN.class,
            RecurrentSpec::parseRnn,
            "returnSequences",
            "returnState",
            "goBackwards",
            "stateful",
            "unroll",
            "zeroOutputForMask")
        .keras3(RNN_KERAS3 + " cell")
        .keras3Call("training", "mask")
        .traits(LayerTrait.RECURRENT_STATE);
    LayerCatalog.layer(
            SimpleRNNCell.class,
            args -> RecurrentCellSpec.parse(args, 1, false),
            "units",
            "activation",
            "useBias",
            "dropout",
            "recurrentDropout")
        .keras3(
            "name trainable dtype units activation use_bias"
                + RNN_WEIGHTS.replace(" activity_regularizer", "")
                + " dropout recurrent_dropout seed")
        .keras3Stored(RecurrentLayers::clampedDropouts);
    LayerCatalog.layer(
            LSTMCell.class,
            args -> RecurrentCellSpec.parse(args, 4, false),
            "units",
            "activation",
            "recurrentActivation",
            "useBias",
            "unitForgetBias",
            "dropout",
            "recurrentDropout")
        .keras3(
            "name trainable dtype units activation recurrent_activation use_bias"
                + " unit_forget_bias kernel_initializer recurrent_initializer bias_initializer"
                + " kernel_regularizer recurrent_regularizer bias_regularizer kernel_constraint"
                + " recurrent_constraint bias_constraint dropout recurrent_dropout seed")
        .keras3Stored(RecurrentLayers::clampedDropouts);
    LayerCatalog.layer(
            GRUCell.class,
            args -> RecurrentCellSpec.parse(args, 3, true),
            "units",
            "activation",
            "recurrentActivation",
            "useBias",
            "dropout",
            "recurrentDropout",
            "resetAfter")
        .keras3(
            "name trainable dtype units activation recurrent_activation use_bias"
                + RNN_WEIGHTS.replace(" activity_regularizer", "")
                + " dropout recurrent_dropout reset_after seed")
        .keras3Stored(RecurrentLayers::clampedDropouts);
  }

  /**
   * Keras's recurrent cells store {@code min(1, max(0, dropout))} (keras/src/layers/rnn/*.py): a
   * rate past 1 drops everything, as 1 does.
   */
  static void clampedDropouts(Map<String, Object> config, List<Object> inputShape) {
    for (String key : List.of("dropout", "recurrent_dropout")) {
      config.put(key, Math.min(1.0, Math.max(0.0, (Double) config.get(key))));
    }
  }

  /**
   * tf.keras 2's LSTM and GRU: the clamped dropouts, and {@code implementation} 2 (the default)
   * turned into 1 when there is a recurrent dropout, which implementation 2 does not support.
   */
  private static void implementation(Map<String, Object> config, List<Object> inputShape) {
    clampedDropouts(config, inputShape);
    if ((Double) config.get("recurrent_dropout") != 0) {
      config.put("implementation", 1);
    }
  }

  /**
   * tf.keras 2's Embedding gives itself {@code input_shape=(input_length,)}, {@code (None,)} when
   * no length is given: its config holds {@code batch_input_shape} {@code [null, null]}, after
   * {@code dtype}, unless the model's input shape was given to it (the first layer of a sequential
   * model).
   */
  private static void sequenceInput(Map<String, Object> config, List<Object> inputShape) {
    if (config.containsKey("batch_input_shape")) {
      return;
    }
    Map<String, Object> copy = new LinkedHashMap<>(config);
    config.clear();
    for (Map.Entry<String, Object> entry : copy.entrySet()) {
      config.put(entry.getKey(), entry.getValue());
      if (entry.getKey().equals("dtype")) {
        config.put("batch_input_shape", Arrays.asList(null, null));
      }
    }
  }
}
