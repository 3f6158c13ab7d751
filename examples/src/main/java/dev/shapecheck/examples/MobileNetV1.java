package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Name;
import dev.shapecheck.Padding;
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
@Functional(name = "mobilenet_1.00_224")
public interface MobileNetV1 {
  @Input(shape = {224, 224, 3})
  @Name("{auto}")
  Layer image();

  @Conv2D(filters = 32, kernelSize = 3, strides = 2, padding = Padding.SAME, useBias = false)
  Layer conv1(Layer image);

  @BatchNormalization
  Layer conv1_bn(Layer conv1);

  @ReLU(maxValue = 6.0)
  Layer conv1_relu(Layer conv1_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_1(Layer conv1_relu);

  @BatchNormalization
  Layer conv_dw_1_bn(Layer conv_dw_1);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_1_relu(Layer conv_dw_1_bn);

  @Conv2D(filters = 64, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_1(Layer conv_dw_1_relu);

  @BatchNormalization
  Layer conv_pw_1_bn(Layer conv_pw_1);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_1_relu(Layer conv_pw_1_bn);

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer conv_pad_2(Layer conv_pw_1_relu);

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer conv_dw_2(Layer conv_pad_2);

  @BatchNormalization
  Layer conv_dw_2_bn(Layer conv_dw_2);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_2_relu(Layer conv_dw_2_bn);

  @Conv2D(filters = 128, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_2(Layer conv_dw_2_relu);

  @BatchNormalization
  Layer conv_pw_2_bn(Layer conv_pw_2);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_2_relu(Layer conv_pw_2_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_3(Layer conv_pw_2_relu);

  @BatchNormalization
  Layer conv_dw_3_bn(Layer conv_dw_3);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_3_relu(Layer conv_dw_3_bn);

  @Conv2D(filters = 128, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_3(Layer conv_dw_3_relu);

  @BatchNormalization
  Layer conv_pw_3_bn(Layer conv_pw_3);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_3_relu(Layer conv_pw_3_bn);

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer conv_pad_4(Layer conv_pw_3_relu);

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer conv_dw_4(Layer conv_pad_4);

  @BatchNormalization
  Layer conv_dw_4_bn(Layer conv_dw_4);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_4_relu(Layer conv_dw_4_bn);

  @Conv2D(filters = 256, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_4(Layer conv_dw_4_relu);

  @BatchNormalization
  Layer conv_pw_4_bn(Layer conv_pw_4);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_4_relu(Layer conv_pw_4_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_5(Layer conv_pw_4_relu);

  @BatchNormalization
  Layer conv_dw_5_bn(Layer conv_dw_5);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_5_relu(Layer conv_dw_5_bn);

  @Conv2D(filters = 256, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_5(Layer conv_dw_5_relu);

  @BatchNormalization
  Layer conv_pw_5_bn(Layer conv_pw_5);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_5_relu(Layer conv_pw_5_bn);

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer conv_pad_6(Layer conv_pw_5_relu);

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer conv_dw_6(Layer conv_pad_6);

  @BatchNormalization
  Layer conv_dw_6_bn(Layer conv_dw_6);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_6_relu(Layer conv_dw_6_bn);

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_6(Layer conv_dw_6_relu);

  @BatchNormalization
  Layer conv_pw_6_bn(Layer conv_pw_6);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_6_relu(Layer conv_pw_6_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_7(Layer conv_pw_6_relu);

  @BatchNormalization
  Layer conv_dw_7_bn(Layer conv_dw_7);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_7_relu(Layer conv_dw_7_bn);

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_7(Layer conv_dw_7_relu);

  @BatchNormalization
  Layer conv_pw_7_bn(Layer conv_pw_7);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_7_relu(Layer conv_pw_7_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_8(Layer conv_pw_7_relu);

  @BatchNormalization
  Layer conv_dw_8_bn(Layer conv_dw_8);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_8_relu(Layer conv_dw_8_bn);

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_8(Layer conv_dw_8_relu);

  @BatchNormalization
  Layer conv_pw_8_bn(Layer conv_pw_8);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_8_relu(Layer conv_pw_8_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_9(Layer conv_pw_8_relu);

  @BatchNormalization
  Layer conv_dw_9_bn(Layer conv_dw_9);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_9_relu(Layer conv_dw_9_bn);

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_9(Layer conv_dw_9_relu);

  @BatchNormalization
  Layer conv_pw_9_bn(Layer conv_pw_9);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_9_relu(Layer conv_pw_9_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_10(Layer conv_pw_9_relu);

  @BatchNormalization
  Layer conv_dw_10_bn(Layer conv_dw_10);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_10_relu(Layer conv_dw_10_bn);

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_10(Layer conv_dw_10_relu);

  @BatchNormalization
  Layer conv_pw_10_bn(Layer conv_pw_10);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_10_relu(Layer conv_pw_10_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_11(Layer conv_pw_10_relu);

  @BatchNormalization
  Layer conv_dw_11_bn(Layer conv_dw_11);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_11_relu(Layer conv_dw_11_bn);

  @Conv2D(filters = 512, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_11(Layer conv_dw_11_relu);

  @BatchNormalization
  Layer conv_pw_11_bn(Layer conv_pw_11);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_11_relu(Layer conv_pw_11_bn);

  @ZeroPadding2D(padding = {0, 1, 0, 1})
  Layer conv_pad_12(Layer conv_pw_11_relu);

  @DepthwiseConv2D(kernelSize = 3, strides = 2, useBias = false)
  Layer conv_dw_12(Layer conv_pad_12);

  @BatchNormalization
  Layer conv_dw_12_bn(Layer conv_dw_12);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_12_relu(Layer conv_dw_12_bn);

  @Conv2D(filters = 1024, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_12(Layer conv_dw_12_relu);

  @BatchNormalization
  Layer conv_pw_12_bn(Layer conv_pw_12);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_12_relu(Layer conv_pw_12_bn);

  @DepthwiseConv2D(kernelSize = 3, padding = Padding.SAME, useBias = false)
  Layer conv_dw_13(Layer conv_pw_12_relu);

  @BatchNormalization
  Layer conv_dw_13_bn(Layer conv_dw_13);

  @ReLU(maxValue = 6.0)
  Layer conv_dw_13_relu(Layer conv_dw_13_bn);

  @Conv2D(filters = 1024, kernelSize = 1, padding = Padding.SAME, useBias = false)
  Layer conv_pw_13(Layer conv_dw_13_relu);

  @BatchNormalization
  Layer conv_pw_13_bn(Layer conv_pw_13);

  @ReLU(maxValue = 6.0)
  Layer conv_pw_13_relu(Layer conv_pw_13_bn);

  @GlobalAveragePooling2D(keepdims = true)
  Layer global_average_pooling2d(Layer conv_pw_13_relu);

  @Dropout(rate = 0.001)
  Layer dropout(Layer global_average_pooling2d);

  @Conv2D(filters = 1000, kernelSize = 1, padding = Padding.SAME)
  Layer conv_preds(Layer dropout);

  @Reshape(targetShape = 1000)
  Layer reshape_2(Layer conv_preds);

  @Activation(activation = Activations.SOFTMAX)
  Layer predictions(Layer reshape_2);
}
