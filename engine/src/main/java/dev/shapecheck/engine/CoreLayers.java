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

/**
 * Keras's core layers: {@code Dense}, {@code Flatten} and the other reshaping layers, the
 * regularization layers (dropout and noise), the activation layers and {@code Identity}.
 */
final class CoreLayers {
  private CoreLayers() {}

  static void register() {
    LayerCatalog.layer(Dense.class, DenseSpec::parse, "units", "activation", "useBias")
        .traits(
            LayerTrait.ACTIVATION_ARGUMENT,
            LayerTrait.PROPORTIONAL_TO_SIZE,
            LayerTrait.FULLY_CONNECTED);
    LayerCatalog.layer(Flatten.class, FlattenSpec::parse, "dataFormat")
        .traits(LayerTrait.MOVES_VALUES, LayerTrait.FLATTENS);
    LayerCatalog.layer(Reshape.class, ReshapeSpec::parse, "targetShape")
        .traits(LayerTrait.MOVES_VALUES);
    LayerCatalog.layer(Permute.class, PermuteSpec::parse, "dims").traits(LayerTrait.MOVES_VALUES);
    LayerCatalog.layer(RepeatVector.class, RepeatVectorSpec::parse, "n");

    LayerCatalog.layer(Dropout.class, NoiseSpec::dropout, "rate", "noiseShape", "seed")
        .traits(LayerTrait.DROPOUT);
    LayerCatalog.layer(
            SpatialDropout1D.class, args -> NoiseSpec.spatialDropout(args, 1), "rate", "seed")
        .traits(LayerTrait.DROPOUT);
    LayerCatalog.layer(
            SpatialDropout2D.class,
            args -> NoiseSpec.spatialDropout(args, 2),
            "rate",
            "dataFormat",
            "seed")
        .traits(LayerTrait.DROPOUT);
    LayerCatalog.layer(
            SpatialDropout3D.class,
            args -> NoiseSpec.spatialDropout(args, 3),
            "rate",
            "dataFormat",
            "seed")
        .traits(LayerTrait.DROPOUT);
    LayerCatalog.layer(GaussianNoise.class, NoiseSpec::gaussianNoise, "stddev", "seed")
        .traits(LayerTrait.DROPOUT, LayerTrait.NOISE);
    LayerCatalog.layer(GaussianDropout.class, NoiseSpec::gaussianDropout, "rate", "seed")
        .traits(LayerTrait.DROPOUT, LayerTrait.NOISE);
    LayerCatalog.layer(AlphaDropout.class, NoiseSpec::alphaDropout, "rate", "noiseShape", "seed")
        .traits(LayerTrait.DROPOUT);

    LayerCatalog.layer(Activation.class, ElementwiseSpec::activation, "activation")
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.ACTIVATION_ARGUMENT);
    LayerCatalog.layer(ReLU.class, ElementwiseSpec::relu, "maxValue", "negativeSlope", "threshold")
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.RELU);
    LayerCatalog.layer(LeakyReLU.class, ElementwiseSpec::leakyRelu, "negativeSlope")
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.IDENTITY_ON_POSITIVES);
    LayerCatalog.layer(ELU.class, ElementwiseSpec::elu, "alpha")
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.IDENTITY_ON_POSITIVES);
    LayerCatalog.layer(ThresholdedReLU.class, ElementwiseSpec::thresholdedRelu, "theta")
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.THRESHOLDED);
    LayerCatalog.layer(Softmax.class, ElementwiseSpec::softmax, "axis")
        .traits(LayerTrait.ACTIVATION_LAYER, LayerTrait.SOFTMAX);
    LayerCatalog.layer(Masking.class, ElementwiseSpec::masking, "maskValue");
    LayerCatalog.layer(Identity.class, ElementwiseSpec::identity).traits(LayerTrait.MOVES_VALUES);
    LayerCatalog.layer(PReLU.class, PReLUSpec::parse, "sharedAxes");
  }
}
