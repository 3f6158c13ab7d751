package dev.shapecheck.engine;

import dev.shapecheck.layers.ConvLSTM1D;
import dev.shapecheck.layers.ConvLSTM2D;
import dev.shapecheck.layers.ConvLSTM3D;
import java.lang.annotation.Annotation;

/**
 * Keras's convolutional LSTMs {@code ConvLSTM1D}, {@code ConvLSTM2D} and {@code ConvLSTM3D}: one
 * spec ({@link ConvLstmSpec}) over 1, 2 or 3 spatial axes. They take their {@code initial_state} as
 * the other recurrent layers do ({@link LayerTrait#RECURRENT_STATE}); no other trait fits, since
 * their input has timesteps before the spatial axes and their activation is not applied last.
 */
final class ConvLstmLayers {
  private ConvLstmLayers() {}

  /** The attributes in the order of Keras's {@code ConvLSTM.get_config} (RNN's keys first). */
  private static final String[] KEYS = {
    "returnSequences",
    "returnState",
    "goBackwards",
    "filters",
    "kernelSize",
    "strides",
    "padding",
    "dataFormat",
    "dilationRate",
    "activation",
    "recurrentActivation",
    "useBias",
    "unitForgetBias",
    "dropout",
    "recurrentDropout"
  };

  /**
   * Keras 3's {@code ConvLSTM.get_config}: {@code RNN.get_config} less its cell, then the cell's.
   */
  private static final String KERAS3 =
      "name trainable dtype return_sequences return_state go_backwards stateful unroll"
          + " zero_output_for_mask filters kernel_size strides padding data_format dilation_rate"
          + " activation recurrent_activation use_bias kernel_initializer recurrent_initializer"
          + " bias_initializer unit_forget_bias kernel_regularizer recurrent_regularizer"
          + " bias_regularizer activity_regularizer kernel_constraint recurrent_constraint"
          + " bias_constraint dropout recurrent_dropout seed";

  static void register() {
    register(ConvLSTM1D.class, 1);
    register(ConvLSTM2D.class, 2);
    register(ConvLSTM3D.class, 3);
  }

  private static void register(Class<? extends Annotation> type, int rank) {
    LayerCatalog.layer(type, args -> ConvLstmSpec.parse(args, rank), KEYS)
        .keras3(KERAS3)
        .keras3Call("training", "mask")
        .keras3Stored(RecurrentLayers::clampedDropouts)
        .traits(LayerTrait.RECURRENT_STATE);
  }
}
