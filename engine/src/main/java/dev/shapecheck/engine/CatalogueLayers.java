package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import dev.shapecheck.layers.ActivityRegularization;
import dev.shapecheck.layers.AdaptiveAveragePooling1D;
import dev.shapecheck.layers.AdaptiveAveragePooling2D;
import dev.shapecheck.layers.AdaptiveAveragePooling3D;
import dev.shapecheck.layers.AdaptiveMaxPooling1D;
import dev.shapecheck.layers.AdaptiveMaxPooling2D;
import dev.shapecheck.layers.AdaptiveMaxPooling3D;
import dev.shapecheck.layers.RMSNormalization;
import dev.shapecheck.layers.ReversibleEmbedding;
import dev.shapecheck.layers.SpectralNormalization;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rest of Keras 3's layer catalogue whose output is fixed by its arguments and input shapes:
 * {@code ActivityRegularization}, {@code RMSNormalization} and the adaptive poolings.
 */
final class CatalogueLayers {
  private CatalogueLayers() {}

  static void register() {
    LayerCatalog.layer(
            ReversibleEmbedding.class,
            CatalogueLayers::reversibleEmbedding,
            "inputDim",
            "outputDim",
            "maskZero",
            "tieWeights")
        .keras3(
            "name trainable dtype input_dim output_dim embeddings_initializer"
                + " embeddings_regularizer activity_regularizer embeddings_constraint mask_zero"
                + " quantization_config tie_weights reverse_dtype logit_soft_cap");
    // Built on the whole input, unlike TimeDistributed's layer (KerasJson).
    LayerCatalog.wrapper(
            SpectralNormalization.class, SpectralNormalizationSpec::parse, "powerIterations")
        .keras3("name trainable dtype layer power_iterations")
        .wrapsWholeInput();
    LayerCatalog.layer(
            ActivityRegularization.class, CatalogueLayers::activityRegularization, "l1", "l2")
        .builtAtInit();
    LayerCatalog.layer(RMSNormalization.class, RMSNormalizationSpec::parse, "axis", "epsilon")
        .keras3Stored(CatalogueLayers::sortedAxisList);
    LayerCatalog.layer(
        AdaptiveAveragePooling1D.class,
        args -> AdaptivePoolingSpec.parse(args, 1),
        "outputSize",
        "dataFormat");
    LayerCatalog.layer(
        AdaptiveAveragePooling2D.class,
        args -> AdaptivePoolingSpec.parse(args, 2),
        "outputSize",
        "dataFormat");
    LayerCatalog.layer(
        AdaptiveAveragePooling3D.class,
        args -> AdaptivePoolingSpec.parse(args, 3),
        "outputSize",
        "dataFormat");
    LayerCatalog.layer(
        AdaptiveMaxPooling1D.class,
        args -> AdaptivePoolingSpec.parse(args, 1),
        "outputSize",
        "dataFormat");
    LayerCatalog.layer(
        AdaptiveMaxPooling2D.class,
        args -> AdaptivePoolingSpec.parse(args, 2),
        "outputSize",
        "dataFormat");
    LayerCatalog.layer(
        AdaptiveMaxPooling3D.class,
        args -> AdaptivePoolingSpec.parse(args, 3),
        "outputSize",
        "dataFormat");
  }

  /**
   * Keras's {@code ReversibleEmbedding} called forward: an {@code Embedding}, whose table it ties
   * to the reverse projection or, with {@code tieWeights = false}, adds a {@code
   * reverse_embeddings} table of the same size.
   */
  private static LayerSpec reversibleEmbedding(Arguments args) {
    EmbeddingSpec embedding = EmbeddingSpec.parse(args);
    boolean tied = args.bool("tieWeights");
    return (input, in) -> {
      LayerOutput forward = embedding.apply(input, in);
      return tied
          ? forward
          : new LayerOutput(
              forward.shape,
              Checked.params("ReversibleEmbedding tables", 2, forward.trainableParams),
              0);
    };
  }

  /**
   * Keras's {@code ActivityRegularization}: the input as it is; its {@code L1L2} regularizer takes
   * only finite factors of at least 0 ({@code validate_float_arg}).
   */
  private static LayerSpec activityRegularization(Arguments args) {
    for (String factor : List.of("l1", "l2")) {
      double value = args.finiteDouble(factor);
      if (value < 0) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            factor,
            factor + " = " + value + ", but it must be >= 0",
            "Keras's L1L2 regularizer rejects a negative factor; use 0 to turn it off");
      }
    }
    return new LayerSpec() {
      @Override
      public LayerOutput apply(Shape input, InputDescription in) {
        return new LayerOutput(input, 0, 0);
      }

      @Override
      public boolean passesOutputsThrough() {
        return true; // its call returns its inputs, a list as it is
      }
    };
  }

  /**
   * Keras's {@code RMSNormalization.build} stores its axis as a sorted list ({@code a} as {@code
   * [a]}).
   */
  private static void sortedAxisList(Map<String, Object> config, List<Object> inputShape) {
    Object axis = config.get("axis");
    int[] axes = axis instanceof Integer ? new int[] {(Integer) axis} : ((int[]) axis).clone();
    Arrays.sort(axes);
    config.put("axis", axes);
  }
}
