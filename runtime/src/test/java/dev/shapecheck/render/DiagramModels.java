package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;

/** Models the diagram tests draw, with the shapes and counts their published summaries give. */
final class DiagramModels {
  private DiagramModels() {}

  /**
   * The seed: TensorFlow's CNN tutorial with the README's {@code poolSize = 4}, every row as the
   * README's (tf.keras-identical) summary table prints it.
   */
  static ModelSummary mnistCnn() {
    return ModelSummary.of(
        "mnist_cnn",
        Shape.of(28, 28, 1),
        List.of(
            Layer.of("conv1", "Conv2D", Shape.of(28, 28, 1), Shape.of(26, 26, 32), 320, 0),
            Layer.of("pool1", "MaxPooling2D", Shape.of(26, 26, 32), Shape.of(13, 13, 32), 0, 0),
            Layer.of("conv2", "Conv2D", Shape.of(13, 13, 32), Shape.of(11, 11, 64), 18_496, 0),
            Layer.of("pool2", "MaxPooling2D", Shape.of(11, 11, 64), Shape.of(5, 5, 64), 0, 0),
            Layer.of("conv3", "Conv2D", Shape.of(5, 5, 64), Shape.of(3, 3, 64), 36_928, 0),
            Layer.of("flatten", "Flatten", Shape.of(3, 3, 64), Shape.of(576), 0, 0),
            Layer.of("dense1", "Dense", Shape.of(576), Shape.of(64), 36_928, 0),
            Layer.of("output", "Dense", Shape.of(64), Shape.of(10), 650, 0)));
  }

  /**
   * keras.io's "Bidirectional LSTM on IMDB": wrapped layers and an unknown sequence length ({@code
   * None}) in every shape until the last LSTM; 2,757,761 parameters as published.
   */
  static ModelSummary imdbBidirectionalLstm() {
    Shape ids = Shape.of(Shape.NONE);
    Shape sequence = Shape.of(Shape.NONE, 128);
    return ModelSummary.of(
        "imdb_bidirectional_lstm",
        ids,
        List.of(
            Layer.of("embedding", "Embedding", ids, sequence, 2_560_000, 0),
            Layer.of("bidirectional", "Bidirectional", sequence, sequence, 98_816, 0),
            Layer.of("bidirectional_1", "Bidirectional", sequence, Shape.of(128), 98_816, 0),
            Layer.of("dense", "Dense", Shape.of(128), Shape.of(1), 129, 0)));
  }

  /**
   * A fixed batch and non-trainable weights: BatchNormalization over 64 features has 128 trainable
   * and 128 non-trainable weights (Keras's gamma/beta and moving mean/variance).
   */
  static ModelSummary fixedBatch() {
    Shape features = Shape.withBatch(32, 64);
    return ModelSummary.of(
        "fixed_batch",
        features,
        List.of(Layer.of("norm", "BatchNormalization", features, features, 128, 128)));
  }

  /** {@code n} parameter-free layers with names of equal length, so each adds the same text. */
  static ModelSummary chain(int n) {
    List<Layer> layers = new ArrayList<>(n);
    Shape shape = Shape.of(Shape.NONE, 16);
    for (int i = 0; i < n; i++) {
      layers.add(Layer.of(String.format("relu_%05d", i), "ReLU", shape, shape, 0, 0));
    }
    return ModelSummary.of("chain", shape, layers);
  }
}
