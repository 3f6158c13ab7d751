package dev.shapecheck.engine;

import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.AlphaDropout;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.Dropout;
import dev.shapecheck.layers.ELU;
import dev.shapecheck.layers.Flatten;
import dev.shapecheck.layers.GaussianDropout;
import dev.shapecheck.layers.GaussianNoise;
import dev.shapecheck.layers.Identity;
import dev.shapecheck.layers.LeakyReLU;
import dev.shapecheck.layers.Masking;
import dev.shapecheck.layers.PReLU;
import dev.shapecheck.layers.Permute;
import dev.shapecheck.layers.ReLU;
import dev.shapecheck.layers.RepeatVector;
import dev.shapecheck.layers.Reshape;
import dev.shapecheck.layers.Softmax;
import dev.shapecheck.layers.SpatialDropout1D;
import dev.shapecheck.layers.SpatialDropout2D;
import dev.shapecheck.layers.SpatialDropout3D;
import dev.shapecheck.layers.ThresholdedReLU;
import java.util.List;
import java.util.Map;

/**
 * Keras's core layers: {@code Dense}, {@code Flatten} and the other reshaping layers, the
 * regularization layers (dropout and noise), the activation layers and {@code Identity}.
 */
final class CoreLayers {
  private CoreLayers() {}

  /** Keras 3's {@code Dropout.get_config} (and AlphaDropout's): the seed before the shape. */
  private static final String DROPOUT_KERAS3 = "name trainable dtype rate seed noise_shape";

  /**
   * Keras 3's {@code BaseSpatialDropout.get_config}, which replaces the base config: no {@code
   * trainable}, and the dtype as the policy's variable dtype, a string.
   */
  private static final String SPATIAL_DROPOUT_KERAS3 = "rate seed name dtype:variable";

  /**
   * tf.keras 2's {@code BaseSpatialDropout.get_config}: Dropout's, with no data format (tf.keras 2
   * reads it from the backend's image data format, not from the config).
   */
  private static final String SPATIAL_DROPOUT_KERAS2 = "name trainable dtype rate noise_shape seed";

  static void register() {
    LayerCatalog.layer(Dense.class, DenseSpec::parse, "units", "activation", "useBias")
        .keras2(
            "name trainable dtype units activation use_bias kernel_initializer"
                + " bias_initializer kernel_regularizer bias_regularizer"
                + " activity_regularizer kernel_constraint bias_constraint")
        .keras3(
            "name trainable dtype units activation use_bias kernel_initializer bias_initializer"
                + " kernel_regularizer bias_regularizer kernel_constraint bias_constraint"
                + " quantization_config")
        .traits(
            LayerTrait.ACTIVATION_ARGUMENT,
            LayerTrait.PROPORTIONAL_TO_SIZE,
            LayerTrait.FULLY_CONNECTED);
    LayerCatalog.layer(Flatten.class, FlattenSpec::parse, "dataFormat")
        .keras2()
        .traits(LayerTrait.MOVES_VALUES, LayerTrait.FLATTENS);
    LayerCatalog.layer(Reshape.class, ReshapeSpec::parse, "targetShape")
        .keras2()
        .builtAtInit()
        .traits(LayerTrait.MOVES_VALUES);
    LayerCatalog.layer(Permute.class, PermuteSpec::parse, "dims")
        .keras2()
        .traits(LayerTrait.MOVES_VALUES);
    LayerCatalog.layer(RepeatVector.class, RepeatVectorSpec::parse, "n").keras2();

    LayerCatalog.layer(Dropout.class, NoiseSpec::dropout, "rate", "noiseShape", "seed")
        .keras2()
        .keras3(DROPOUT_KERAS3)
        .keras3Call("training")
        .builtAtInit()
        .traits(LayerTrait.DROPOUT);
    LayerCatalog.layer(
            SpatialDropout1D.class, args -> NoiseSpec.spatialDropout(args, 1), "rate", "seed")
        .keras2(SPATIAL_DROPOUT_KERAS2)
        .keras3(SPATIAL_DROPOUT_KERAS3)
        .keras3Call("training")
        .builtAtInit()
        .traits(LayerTrait.DROPOUT);
    LayerCatalog.layer(
            SpatialDropout2D.class,
            args -> NoiseSpec.spatialDropout(args, 2),
            "rate",
            "dataFormat",
            "seed")
        .keras2(SPATIAL_DROPOUT_KERAS2)
        .keras3(SPATIAL_DROPOUT_KERAS3 + " data_format")
        .keras3Call("training")
        .builtAtInit()
        .traits(LayerTrait.DROPOUT);
    LayerCatalog.layer(
            SpatialDropout3D.class,
            args -> NoiseSpec.spatialDropout(args, 3),
            "rate",
            "dataFormat",
            "seed")
        .keras2(SPATIAL_DROPOUT_KERAS2)
        .keras3(SPATIAL_DROPOUT_KERAS3 + " data_format")
        .keras3Call("training")
        .builtAtInit()
        .traits(LayerTrait.DROPOUT);
    LayerCatalog.layer(GaussianNoise.class, NoiseSpec::gaussianNoise, "stddev", "seed")
        .keras2()
        .keras3Call("training")
        .builtAtInit()
        .traits(LayerTrait.DROPOUT, LayerTrait.NOISE);
    LayerCatalog.layer(GaussianDropout.class, NoiseSpec::gaussianDropout, "rate", "seed")
        .keras2()
        .keras3Call("training")
        .builtAtInit()
        .traits(LayerTrait.DROPOUT, LayerTrait.NOISE);
    LayerCatalog.layer(AlphaDropout.class, NoiseSpec::alphaDropout, "rate", "noiseShape", "seed")
        .keras2("name trainable dtype rate seed")
        .keras3(DROPOUT_KERAS3)
        .keras3Call("training")
        .builtAtInit()
        .traits(LayerTrait.DROPOUT);

    LayerCatalog.layer(Activation.class, ElementwiseSpec::activation, "activation")
        .keras2()
        .builtAtInit()
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.ACTIVATION_ARGUMENT);
    LayerCatalog.layer(ReLU.class, ElementwiseSpec::relu, "maxValue", "negativeSlope", "threshold")
        .keras2()
        .keras2Stored(CoreLayers::float32Values)
        .builtAtInit()
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.RELU);
    LayerCatalog.layer(LeakyReLU.class, ElementwiseSpec::leakyRelu, "negativeSlope")
        .keras2("name trainable dtype alpha")
        .keras2Stored(CoreLayers::float32Values)
        .builtAtInit()
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.IDENTITY_ON_POSITIVES);
    LayerCatalog.layer(ELU.class, ElementwiseSpec::elu, "alpha")
        .keras2()
        .keras2Stored(CoreLayers::float32Values)
        .keras3("name alpha trainable dtype") // ELU.get_config puts its alpha first
        .builtAtInit()
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.IDENTITY_ON_POSITIVES);
    // Keras 3 has no ThresholdedReLU: written in the form of Keras 3's other activation layers.
    LayerCatalog.layer(ThresholdedReLU.class, ElementwiseSpec::thresholdedRelu, "theta")
        .keras2()
        .keras2Stored(CoreLayers::float32Values)
        .builtAtInit()
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.THRESHOLDED);
    LayerCatalog.layer(Softmax.class, ElementwiseSpec::softmax, "axis")
        .keras2()
        .keras3Call("mask")
        .builtAtInit()
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.SOFTMAX);
    LayerCatalog.layer(Masking.class, ElementwiseSpec::masking, "maskValue").keras2().builtAtInit();
    LayerCatalog.layer(Identity.class, ElementwiseSpec::identity)
        .keras2()
        .builtAtInit()
        .traits(LayerTrait.MOVES_VALUES);
    LayerCatalog.layer(PReLU.class, PReLUSpec::parse, "sharedAxes")
        .keras2(
            "name trainable dtype alpha_initializer alpha_regularizer"
                + " alpha_constraint shared_axes")
        .keras3(
            "name trainable dtype alpha_initializer alpha_regularizer alpha_constraint"
                + " shared_axes");
  }

  /**
   * tf.keras 2's activation layers store their numeric arguments as float32 ({@code
   * backend.cast_to_floatx}) and write them back as Python floats: {@code 0.1} as {@code
   * 0.10000000149011612}. {@code max_value} None stays None; a value beyond float32's range becomes
   * inf, which {@link PythonJson} writes as tf.keras 2 does ({@code Infinity}).
   */
  private static void float32Values(Map<String, Object> config, List<Object> inputShape) {
    for (String key : List.of("max_value", "negative_slope", "threshold", "alpha", "theta")) {
      if (config.get(key) instanceof Number number) {
        config.put(key, (double) number.floatValue());
      }
    }
  }
}
