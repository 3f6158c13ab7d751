package dev.shapecheck.engine;

import dev.shapecheck.layers.ActivityRegularization;
import dev.shapecheck.layers.AdaptiveAveragePooling1D;
import dev.shapecheck.layers.AdaptiveAveragePooling2D;
import dev.shapecheck.layers.AdaptiveAveragePooling3D;
import dev.shapecheck.layers.AdaptiveMaxPooling1D;
import dev.shapecheck.layers.AdaptiveMaxPooling2D;
import dev.shapecheck.layers.AdaptiveMaxPooling3D;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.AlphaDropout;
import dev.shapecheck.layers.AveragePooling1D;
import dev.shapecheck.layers.AveragePooling2D;
import dev.shapecheck.layers.AveragePooling3D;
import dev.shapecheck.layers.Concatenate;
import dev.shapecheck.layers.Conv1D;
import dev.shapecheck.layers.Conv1DTranspose;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Conv2DTranspose;
import dev.shapecheck.layers.Conv3D;
import dev.shapecheck.layers.Conv3DTranspose;
import dev.shapecheck.layers.ConvLSTM1D;
import dev.shapecheck.layers.ConvLSTM2D;
import dev.shapecheck.layers.ConvLSTM3D;
import dev.shapecheck.layers.Cropping1D;
import dev.shapecheck.layers.Cropping2D;
import dev.shapecheck.layers.Cropping3D;
import dev.shapecheck.layers.DepthwiseConv1D;
import dev.shapecheck.layers.DepthwiseConv2D;
import dev.shapecheck.layers.Dot;
import dev.shapecheck.layers.Dropout;
import dev.shapecheck.layers.ELU;
import dev.shapecheck.layers.Flatten;
import dev.shapecheck.layers.GaussianDropout;
import dev.shapecheck.layers.GaussianNoise;
import dev.shapecheck.layers.GlobalMaxPooling1D;
import dev.shapecheck.layers.GlobalMaxPooling2D;
import dev.shapecheck.layers.GlobalMaxPooling3D;
import dev.shapecheck.layers.Identity;
import dev.shapecheck.layers.Masking;
import dev.shapecheck.layers.MaxPooling1D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.MaxPooling3D;
import dev.shapecheck.layers.Maximum;
import dev.shapecheck.layers.Minimum;
import dev.shapecheck.layers.Multiply;
import dev.shapecheck.layers.PReLU;
import dev.shapecheck.layers.Permute;
import dev.shapecheck.layers.RMSNormalization;
import dev.shapecheck.layers.ReLU;
import dev.shapecheck.layers.RepeatVector;
import dev.shapecheck.layers.Reshape;
import dev.shapecheck.layers.STFTSpectrogram;
import dev.shapecheck.layers.SeparableConv1D;
import dev.shapecheck.layers.SeparableConv2D;
import dev.shapecheck.layers.Softmax;
import dev.shapecheck.layers.SpatialDropout1D;
import dev.shapecheck.layers.SpatialDropout2D;
import dev.shapecheck.layers.SpatialDropout3D;
import dev.shapecheck.layers.Subtract;
import dev.shapecheck.layers.UnitNormalization;
import dev.shapecheck.layers.UpSampling1D;
import dev.shapecheck.layers.UpSampling2D;
import dev.shapecheck.layers.UpSampling3D;
import dev.shapecheck.layers.ZeroPadding1D;
import dev.shapecheck.layers.ZeroPadding2D;
import dev.shapecheck.layers.ZeroPadding3D;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * What Keras 3 does with a tensor of strings or integers, as traits of the kinds registered by the
 * families: which layers keep their input's dtype in Keras's symbolic call ({@link
 * LayerTrait#KEEPS_DTYPE}, what KERAS_JSON writes on the tensors they feed), which run on strings
 * ({@link LayerTrait#RUNS_ON_STRINGS}), which give integers back ({@link
 * LayerTrait#KEEPS_INTEGERS}) and which fail on them ({@link LayerTrait#REJECTS_INTEGERS}). Kept in
 * one place because it was found by one experiment over the catalogue (each layer built and run in
 * Keras 3.15.1 on string, int32 and int64 inputs) and is held by one corpus, dtype-flow.json.
 * Layers not named here take numbers, integers cast to floats, and give floats.
 */
final class DtypeFlow {
  private DtypeFlow() {}

  /** Their compute_output_spec returns a tensor of the input's dtype (reshaping/, identity.py). */
  private static final List<Class<? extends Annotation>> KEEP_DTYPE =
      List.of(Flatten.class, Reshape.class, Permute.class, Identity.class);

  /** Move, repeat, drop or pad values: they run on strings (padding with ""). */
  private static final List<Class<? extends Annotation>> RUN_ON_STRINGS =
      List.of(
          Dropout.class,
          AlphaDropout.class,
          GaussianDropout.class,
          GaussianNoise.class,
          SpatialDropout1D.class,
          SpatialDropout2D.class,
          SpatialDropout3D.class,
          Cropping1D.class,
          Cropping2D.class,
          Cropping3D.class,
          ZeroPadding1D.class,
          ZeroPadding2D.class,
          ZeroPadding3D.class,
          UpSampling1D.class,
          UpSampling2D.class,
          UpSampling3D.class,
          RepeatVector.class,
          Concatenate.class); // of strings only (Add of strings fails when it runs)

  private static final List<Class<? extends Annotation>> KEEP_INTEGERS =
      List.of(
          ActivityRegularization.class,
          Masking.class,
          ReLU.class,
          RMSNormalization.class,
          MaxPooling1D.class,
          MaxPooling2D.class,
          GlobalMaxPooling1D.class,
          GlobalMaxPooling2D.class,
          GlobalMaxPooling3D.class,
          AdaptiveMaxPooling1D.class,
          AdaptiveMaxPooling2D.class,
          Add.class,
          Subtract.class,
          Multiply.class,
          Maximum.class,
          Minimum.class,
          Dot.class);

  private static final List<Class<? extends Annotation>> REJECT_INTEGERS =
      List.of(
          Conv1D.class,
          Conv2D.class,
          Conv3D.class,
          Conv1DTranspose.class,
          Conv2DTranspose.class,
          Conv3DTranspose.class,
          DepthwiseConv1D.class,
          DepthwiseConv2D.class,
          SeparableConv1D.class,
          SeparableConv2D.class,
          ConvLSTM1D.class,
          ConvLSTM2D.class,
          ConvLSTM3D.class,
          AveragePooling1D.class,
          AveragePooling2D.class,
          AveragePooling3D.class,
          AdaptiveAveragePooling1D.class,
          AdaptiveAveragePooling2D.class,
          AdaptiveAveragePooling3D.class,
          AdaptiveMaxPooling3D.class,
          MaxPooling3D.class,
          Softmax.class,
          ELU.class,
          PReLU.class,
          UnitNormalization.class,
          STFTSpectrogram.class);

  /** keras/src/layers with {@code _convert_input_args = False}: DataLayer's subclasses and more. */
  private static final String NO_CONVERSION =
      "StringLookup IntegerLookup TextVectorization Hashing HashedCrossing CategoryEncoding"
          + " Discretization Rescaling Normalization MelSpectrogram AugMix AutoContrast"
          + " CenterCrop CutMix MixUp RandAugment RandomBrightness RandomColorDegeneration"
          + " RandomColorJitter RandomContrast RandomCrop RandomElasticTransform"
          + " RandomErasing RandomFlip RandomGaussianBlur RandomGrayscale RandomHue"
          + " RandomInvert RandomPerspective RandomPosterization RandomRotation"
          + " RandomSaturation RandomSharpness RandomShear RandomTranslation RandomZoom"
          + " Resizing Solarization";

  static void register() {
    for (String type : NO_CONVERSION.split(" ")) {
      LayerCatalog.addTraits(type, LayerTrait.NO_INPUT_CONVERSION);
    }
    for (Class<? extends Annotation> kind : KEEP_DTYPE) {
      LayerCatalog.addTraits(
          kind, LayerTrait.KEEPS_DTYPE, LayerTrait.RUNS_ON_STRINGS, LayerTrait.KEEPS_INTEGERS);
    }
    for (Class<? extends Annotation> kind : RUN_ON_STRINGS) {
      LayerCatalog.addTraits(kind, LayerTrait.RUNS_ON_STRINGS, LayerTrait.KEEPS_INTEGERS);
    }
    for (Class<? extends Annotation> kind : KEEP_INTEGERS) {
      LayerCatalog.addTraits(kind, LayerTrait.KEEPS_INTEGERS);
    }
    for (Class<? extends Annotation> kind : REJECT_INTEGERS) {
      LayerCatalog.addTraits(kind, LayerTrait.REJECTS_INTEGERS);
    }
  }
}
