package dev.shapecheck.engine;

import dev.shapecheck.layers.Bidirectional;
import dev.shapecheck.layers.Embedding;
import dev.shapecheck.layers.GRU;
import dev.shapecheck.layers.LSTM;
import dev.shapecheck.layers.SimpleRNN;
import dev.shapecheck.layers.TimeDistributed;

/**
 * Keras's layers for sequences: {@code Embedding} to turn ids into vectors, the recurrent layers
 * {@code SimpleRNN}, {@code LSTM} and {@code GRU}, and the wrappers {@code Bidirectional} and
 * {@code TimeDistributed}, written as a second annotation beside the layer they wrap.
 */
final class RecurrentLayers {
  private RecurrentLayers() {}

  static void register() {
    LayerCatalog.layer(Embedding.class, EmbeddingSpec::parse, "inputDim", "outputDim", "maskZero");
    // Keras's RNN.get_config puts the base RNN arguments before the cell's.
    LayerCatalog.layer(
        SimpleRNN.class,
        args -> RecurrentSpec.parse(args, 1, false),
        "returnSequences",
        "goBackwards",
        "units",
        "activation",
        "useBias",
        "dropout",
        "recurrentDropout");
    LayerCatalog.layer(
        LSTM.class,
        args -> RecurrentSpec.parse(args, 4, false),
        "returnSequences",
        "goBackwards",
        "units",
        "activation",
        "recurrentActivation",
        "useBias",
        "dropout",
        "recurrentDropout");
    LayerCatalog.layer(
        GRU.class,
        args -> RecurrentSpec.parse(args, 3, true),
        "returnSequences",
        "goBackwards",
        "units",
        "activation",
        "recurrentActivation",
        "useBias",
        "dropout",
        "recurrentDropout",
        "resetAfter");
    // The wrapped layer is written first, as Keras's Wrapper.get_config does.
    LayerCatalog.wrapper(Bidirectional.class, BidirectionalSpec::parse, "mergeMode");
    LayerCatalog.wrapper(TimeDistributed.class, TimeDistributedSpec::parse);
  }
}
