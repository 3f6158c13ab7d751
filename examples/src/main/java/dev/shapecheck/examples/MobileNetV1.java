package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Layer;
import dev.shapecheck.Padding;
import dev.shapecheck.Sequential;
import dev.shapecheck.layers.Activation;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.DepthwiseConv2D;
import dev.shapecheck.layers.Dropout;
import dev.shapecheck.layers.GlobalAveragePooling2D;
import dev.shapecheck.layers.ReLU;
import dev.shapecheck.layers.Reshape;
import dev.shapecheck.layers.ZeroPadding2D;

/**
 * MobileNet v1 as in Keras Applications ({@code keras.applications.MobileNet(alpha=1.0,
 * include_top=True)} on 224x224x3), a sequential stack with Keras's layer names. Keras publishes
 * 4,253,864 parameters, of which 21,888 (the batch normalization moving statistics) are
 * non-trainable.
 */
@Sequential(
    name = "mobilenet_1.00_224",
    input = {224, 224, 3})
public interface MobileNetV1 {
  @Conv2D(filters = 32, kernelSize = 3, strides = 2, padding = Padding.SAME, useBias = false)
  Layer conv1();

  @BatchNormalization
  Layer conv1_bn();

  @ReLU(maxValue = 6.0)
  Layer conv1_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_1();

  @BatchNormalization
  Layer conv_dw_1_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_1_relu();

  @Conv2D(filters = 64, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_1();

  @BatchNormalization
  Layer conv_pw_1_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_1_relu();

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer conv_pad_2();

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer conv_dw_2();

  @BatchNormalization
  Layer conv_dw_2_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_2_relu();

  @Conv2D(filters = 128, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_2();

  @BatchNormalization
  Layer conv_pw_2_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_2_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_3();

  @BatchNormalization
  Layer conv_dw_3_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_3_relu();

  @Conv2D(filters = 128, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_3();

  @BatchNormalization
  Layer conv_pw_3_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_3_relu();

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer conv_pad_4();

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer conv_dw_4();

  @BatchNormalization
  Layer conv_dw_4_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_4_relu();

  @Conv2D(filters = 256, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_4();

  @BatchNormalization
  Layer conv_pw_4_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_4_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_5();

  @BatchNormalization
  Layer conv_dw_5_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_5_relu();

  @Conv2D(filters = 256, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_5();

  @BatchNormalization
  Layer conv_pw_5_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_5_relu();

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer conv_pad_6();

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer conv_dw_6();

  @BatchNormalization
  Layer conv_dw_6_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_6_relu();

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_6();

  @BatchNormalization
  Layer conv_pw_6_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_6_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_7();

  @BatchNormalization
  Layer conv_dw_7_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_7_relu();

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_7();

  @BatchNormalization
  Layer conv_pw_7_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_7_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_8();

  @BatchNormalization
  Layer conv_dw_8_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_8_relu();

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_8();

  @BatchNormalization
  Layer conv_pw_8_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_8_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_9();

  @BatchNormalization
  Layer conv_dw_9_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_9_relu();

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_9();

  @BatchNormalization
  Layer conv_pw_9_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_9_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_10();

  @BatchNormalization
  Layer conv_dw_10_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_10_relu();

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_10();

  @BatchNormalization
  Layer conv_pw_10_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_10_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_11();

  @BatchNormalization
  Layer conv_dw_11_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_11_relu();

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_11();

  @BatchNormalization
  Layer conv_pw_11_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_11_relu();

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer conv_pad_12();

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer conv_dw_12();

  @BatchNormalization
  Layer conv_dw_12_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_12_relu();

  @Conv2D(filters = 1024, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_12();

  @BatchNormalization
  Layer conv_pw_12_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_12_relu();

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_13();

  @BatchNormalization
  Layer conv_dw_13_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_dw_13_relu();

  @Conv2D(filters = 1024, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_13();

  @BatchNormalization
  Layer conv_pw_13_bn();

  @ReLU(maxValue = 6.0)
  Layer conv_pw_13_relu();

  @GlobalAveragePooling2D(keepdims = true)
  Layer global_average_pooling2d();

  @Dropout(rate = 0.001)
  Layer dropout();

  @Conv2D(filters = 1000, kernelSize = 1, padding = Padding.SAME)
  Layer conv_preds();

  @Reshape(targetShape = 1000)
  Layer reshape_2();

  @Activation(activation = Activations.SOFTMAX)
  Layer predictions();
}
