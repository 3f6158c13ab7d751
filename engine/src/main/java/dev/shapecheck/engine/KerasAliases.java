package dev.shapecheck.engine;

import dev.shapecheck.layers.AveragePooling1D;
import dev.shapecheck.layers.AveragePooling2D;
import dev.shapecheck.layers.AveragePooling3D;
import dev.shapecheck.layers.AvgPool1D;
import dev.shapecheck.layers.AvgPool2D;
import dev.shapecheck.layers.AvgPool3D;
import dev.shapecheck.layers.Conv1D;
import dev.shapecheck.layers.Conv1DTranspose;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Conv2DTranspose;
import dev.shapecheck.layers.Conv3D;
import dev.shapecheck.layers.Conv3DTranspose;
import dev.shapecheck.layers.Convolution1D;
import dev.shapecheck.layers.Convolution1DTranspose;
import dev.shapecheck.layers.Convolution2D;
import dev.shapecheck.layers.Convolution2DTranspose;
import dev.shapecheck.layers.Convolution3D;
import dev.shapecheck.layers.Convolution3DTranspose;
import dev.shapecheck.layers.GlobalAveragePooling1D;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.GlobalAveragePooling3D;
import dev.shapecheck.layers.GlobalAvgPool1D;
import dev.shapecheck.layers.GlobalAvgPool2D;
import dev.shapecheck.layers.GlobalAvgPool3D;
import dev.shapecheck.layers.GlobalMaxPool1D;
import dev.shapecheck.layers.GlobalMaxPool2D;
import dev.shapecheck.layers.GlobalMaxPool3D;
import dev.shapecheck.layers.GlobalMaxPooling1D;
import dev.shapecheck.layers.GlobalMaxPooling2D;
import dev.shapecheck.layers.GlobalMaxPooling3D;
import dev.shapecheck.layers.MaxPool1D;
import dev.shapecheck.layers.MaxPool2D;
import dev.shapecheck.layers.MaxPool3D;
import dev.shapecheck.layers.MaxPooling1D;
import dev.shapecheck.layers.MaxPooling2D;
import dev.shapecheck.layers.MaxPooling3D;
import dev.shapecheck.layers.SeparableConv1D;
import dev.shapecheck.layers.SeparableConv2D;
import dev.shapecheck.layers.SeparableConvolution1D;
import dev.shapecheck.layers.SeparableConvolution2D;

/**
 * The short names {@code keras.layers} exports beside the class names (Keras 3.15.1's {@code
 * keras/layers/__init__.py}: {@code Convolution2D = Conv2D}, {@code MaxPool2D = MaxPooling2D},
 * ...). Each is the same class in Keras, so each is the same kind here: users may write either, and
 * summaries, names and the Keras JSON show the class name, as Keras's do. Registered after every
 * family, since an alias names a registered kind.
 */
final class KerasAliases {
  private KerasAliases() {}

  static void register() {
    LayerCatalog.alias(Convolution1D.class, Conv1D.class);
    LayerCatalog.alias(Convolution2D.class, Conv2D.class);
    LayerCatalog.alias(Convolution3D.class, Conv3D.class);
    LayerCatalog.alias(Convolution1DTranspose.class, Conv1DTranspose.class);
    LayerCatalog.alias(Convolution2DTranspose.class, Conv2DTranspose.class);
    LayerCatalog.alias(Convolution3DTranspose.class, Conv3DTranspose.class);
    LayerCatalog.alias(SeparableConvolution1D.class, SeparableConv1D.class);
    LayerCatalog.alias(SeparableConvolution2D.class, SeparableConv2D.class);
    LayerCatalog.alias(MaxPool1D.class, MaxPooling1D.class);
    LayerCatalog.alias(MaxPool2D.class, MaxPooling2D.class);
    LayerCatalog.alias(MaxPool3D.class, MaxPooling3D.class);
    LayerCatalog.alias(AvgPool1D.class, AveragePooling1D.class);
    LayerCatalog.alias(AvgPool2D.class, AveragePooling2D.class);
    LayerCatalog.alias(AvgPool3D.class, AveragePooling3D.class);
    LayerCatalog.alias(GlobalMaxPool1D.class, GlobalMaxPooling1D.class);
    LayerCatalog.alias(GlobalMaxPool2D.class, GlobalMaxPooling2D.class);
    LayerCatalog.alias(GlobalMaxPool3D.class, GlobalMaxPooling3D.class);
    LayerCatalog.alias(GlobalAvgPool1D.class, GlobalAveragePooling1D.class);
    LayerCatalog.alias(GlobalAvgPool2D.class, GlobalAveragePooling2D.class);
    LayerCatalog.alias(GlobalAvgPool3D.class, GlobalAveragePooling3D.class);
  }
}
