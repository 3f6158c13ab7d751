package dev.shapecheck.engine;

/**
 * Keras's layers for sequences: {@code Embedding} to turn ids into vectors, the recurrent layers
 * {@code SimpleRNN}, {@code LSTM} and {@code GRU}, and the wrappers {@code Bidirectional} and
 * {@code TimeDistributed}, written as a second annotation beside the layer they wrap.
 */
final class RecurrentLayers {
  private RecurrentLayers() {}

  static void register() {
    LayerCatalog.layer("Embedding", EmbeddingSpec::parse);
    LayerCatalog.layer("SimpleRNN", args -> RecurrentSpec.parse(args, 1));
    LayerCatalog.layer("LSTM", args -> RecurrentSpec.parse(args, 4));
    LayerCatalog.layer("GRU", args -> RecurrentSpec.parse(args, 3));
    LayerCatalog.wrapper("Bidirectional", BidirectionalSpec::parse);
    LayerCatalog.wrapper("TimeDistributed", TimeDistributedSpec::parse);
  }
}
