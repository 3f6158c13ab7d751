package dev.shapecheck.examples;

import static dev.shapecheck.examples.SummaryRows.row;
import static dev.shapecheck.examples.SummaryRows.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Keras Applications declared from the blocks of another (ResNet101/152 from ResNet50's,
 * ResNet101V2/152V2 from ResNet50V2's, DenseNet169/201 from DenseNet121's, NASNetLarge from
 * NASNetMobile's, ConvNeXtSmall to XLarge from ConvNeXtTiny's), VGG19 and InceptionResNetV2: Keras
 * 3's totals ({@code keras.applications.<Model>(weights=None).count_params()} and its non-trainable
 * weights), and the places where a shared block is used differently. Every row is held to Keras 3
 * by the conformance module's {@code KerasApplicationsTest}.
 */
class KerasApplicationFamiliesTest {
  private static void totals(ModelSummary summary, String name, long total, long nonTrainable) {
    assertEquals(name, summary.name());
    assertEquals(total, summary.totalParams(), name);
    assertEquals(nonTrainable, summary.nonTrainableParams(), name);
    assertEquals(Shape.of(1000), summary.outputShape(), name);
  }

  @Test
  void vgg19() {
    totals(Vgg19Model.SUMMARY, "vgg19", 143_667_240L, 0L);
    assertEquals("(None, 7, 7, 512)", shape(Vgg19Model.SUMMARY, "block5_pool"));
  }

  /** ResNet50's two blocks, chained 23 and 36 times in conv4. */
  @Test
  void resNet101And152() {
    totals(ResNet101Model.SUMMARY, "resnet101", 44_707_176L, 105_344L);
    totals(ResNet152Model.SUMMARY, "resnet152", 60_419_944L, 151_424L);
    assertEquals("(None, 14, 14, 1024)", shape(ResNet101Model.SUMMARY, "conv4_block23_out"));
    assertEquals("(None, 28, 28, 512)", shape(ResNet152Model.SUMMARY, "conv3_block8_out"));
    assertEquals("(None, 14, 14, 1024)", shape(ResNet152Model.SUMMARY, "conv4_block36_out"));
  }

  /** The stride of a v2 stage is in its last block, whose shortcut Keras max-pools unnamed. */
  @Test
  void resNetV2() {
    totals(ResNet50V2Model.SUMMARY, "resnet50v2", 25_613_800L, 45_440L);
    totals(ResNet101V2Model.SUMMARY, "resnet101v2", 44_675_560L, 97_664L);
    totals(ResNet152V2Model.SUMMARY, "resnet152v2", 60_380_648L, 143_744L);
    ModelSummary summary = ResNet50V2Model.SUMMARY;
    assertEquals("(None, 28, 28, 256)", shape(summary, "conv2_block3_out"));
    assertEquals("MaxPooling2D", row(summary, "max_pooling2d_2").type());
    assertEquals(List.of("conv4_block5_out"), row(summary, "max_pooling2d_2").inbound());
    assertEquals("(None, 7, 7, 2048)", shape(summary, "post_relu"));
  }

  @Test
  void denseNet169And201() {
    totals(DenseNet169Model.SUMMARY, "densenet169", 14_307_880L, 158_400L);
    totals(DenseNet201Model.SUMMARY, "densenet201", 20_242_984L, 229_056L);
    assertEquals("(None, 7, 7, 1664)", shape(DenseNet169Model.SUMMARY, "conv5_block32_concat"));
    assertEquals("(None, 7, 7, 1920)", shape(DenseNet201Model.SUMMARY, "conv5_block32_concat"));
  }

  /** One cell block per way Keras's _adjust_block brings p to ip, named after Keras's block_id. */
  @Test
  void nasNet() {
    totals(NASNetMobileModel.SUMMARY, "nasnet_mobile", 5_326_716L, 36_738L);
    totals(NASNetLargeModel.SUMMARY, "nasnet_large", 88_949_818L, 196_668L);
    ModelSummary mobile = NASNetMobileModel.SUMMARY;
    assertEquals("(None, 28, 28, 264)", shape(mobile, "normal_concat_0"));
    assertEquals("(None, 7, 7, 1056)", shape(mobile, "normal_concat_12"));
    assertEquals(
        "(None, 115, 115, 11)", shape(mobile, "separable_conv_1_pad_reduction_left1_stem_1"));
    assertEquals(
        "(None, 59, 59, 22)", shape(mobile, "separable_conv_1_pad_reduction_left1_stem_2"));
    assertEquals("Cropping2D", row(mobile, "cropping2d").type());
    assertEquals("(None, 11, 11, 4032)", shape(NASNetLargeModel.SUMMARY, "normal_concat_18"));
  }

  /** Keras's CustomScaleLayer, declared with @Custom: two inputs, the first one's shape. */
  @Test
  void inceptionResNetV2() {
    totals(InceptionResNetV2Model.SUMMARY, "inception_resnet_v2", 55_873_736L, 60_544L);
    ModelSummary summary = InceptionResNetV2Model.SUMMARY;
    assertEquals("CustomScaleLayer", row(summary, "custom_scale_layer").type());
    assertEquals(
        List.of("mixed_5b", "block35_1_conv"), row(summary, "custom_scale_layer").inbound());
    assertEquals("(None, 35, 35, 320)", shape(summary, "custom_scale_layer"));
    assertEquals(0L, row(summary, "custom_scale_layer").params());
    assertEquals("CustomScaleLayer", row(summary, "custom_scale_layer_39").type());
    assertEquals(List.of("custom_scale_layer_39"), row(summary, "conv_7b").inbound());
  }

  /**
   * EfficientNet B0 to B7: B0's five blocks, scaled by Keras's round_filters and round_repeats; the
   * 7 non-trainable weights of Normalization (mean, variance, count) are among the totals.
   */
  @Test
  void efficientNet() {
    totals(EfficientNetB0Model.SUMMARY, "efficientnetb0", 5_330_571L, 42_023L);
    totals(EfficientNetB1Model.SUMMARY, "efficientnetb1", 7_856_239L, 62_055L);
    totals(EfficientNetB2Model.SUMMARY, "efficientnetb2", 9_177_569L, 67_575L);
    totals(EfficientNetB3Model.SUMMARY, "efficientnetb3", 12_320_535L, 87_303L);
    totals(EfficientNetB4Model.SUMMARY, "efficientnetb4", 19_466_823L, 125_207L);
    totals(EfficientNetB5Model.SUMMARY, "efficientnetb5", 30_562_527L, 172_743L);
    totals(EfficientNetB6Model.SUMMARY, "efficientnetb6", 43_265_143L, 224_439L);
    totals(EfficientNetB7Model.SUMMARY, "efficientnetb7", 66_658_687L, 310_727L);
    ModelSummary b0 = EfficientNetB0Model.SUMMARY;
    assertEquals(7L, row(b0, "normalization").nonTrainableParams());
    assertEquals("(None, 225, 225, 3)", shape(b0, "stem_conv_pad"));
    assertEquals("(None, 1, 1, 96)", shape(b0, "block2a_se_reshape"));
    assertEquals("(None, 7, 7, 320)", shape(b0, "block7a_project_bn"));
    assertEquals("(None, 19, 19, 640)", shape(EfficientNetB7Model.SUMMARY, "block7d_add"));
  }

  /**
   * EfficientNetV2: fused and MBConv blocks; S, M and L rescale to [-1, 1] without Normalization.
   */
  @Test
  void efficientNetV2() {
    totals(EfficientNetV2B0Model.SUMMARY, "efficientnetv2-b0", 7_200_312L, 60_608L);
    totals(EfficientNetV2B1Model.SUMMARY, "efficientnetv2-b1", 8_212_124L, 71_072L);
    totals(EfficientNetV2B2Model.SUMMARY, "efficientnetv2-b2", 10_178_374L, 82_288L);
    totals(EfficientNetV2B3Model.SUMMARY, "efficientnetv2-b3", 14_467_622L, 109_216L);
    totals(EfficientNetV2SModel.SUMMARY, "efficientnetv2-s", 21_612_360L, 153_872L);
    totals(EfficientNetV2MModel.SUMMARY, "efficientnetv2-m", 54_431_388L, 292_032L);
    totals(EfficientNetV2LModel.SUMMARY, "efficientnetv2-l", 119_027_848L, 512_576L);
    assertEquals(0L, row(EfficientNetV2B0Model.SUMMARY, "normalization").params());
    assertEquals(
        List.of("block1a_project_activation", "stem_activation"),
        row(EfficientNetV2SModel.SUMMARY, "block1a_add").inbound());
  }

  /**
   * ConvNeXt Tiny to XLarge: ConvNeXtTiny's block at four widths per model; Keras's residual {@code
   * inputs + x} (an operation, {@code add (Add)} in its summary) declared as an Add layer with
   * Keras's automatic names, and the nested Sequential stem and downsampling steps as nested
   * {@code @Sequential} models, one row each.
   */
  @Test
  void convNeXt() {
    totals(ConvNeXtTinyModel.SUMMARY, "convnext_tiny", 28_589_128L, 0L);
    totals(ConvNeXtSmallModel.SUMMARY, "convnext_small", 50_223_688L, 0L);
    totals(ConvNeXtBaseModel.SUMMARY, "convnext_base", 88_591_464L, 0L);
    totals(ConvNeXtLargeModel.SUMMARY, "convnext_large", 197_767_336L, 0L);
    totals(ConvNeXtXLargeModel.SUMMARY, "convnext_xlarge", 350_196_968L, 0L);
    ModelSummary tiny = ConvNeXtTinyModel.SUMMARY;
    assertEquals(
        List.of("convnext_tiny_downsampling_block_0", "convnext_tiny_stage_1_block_0_identity"),
        row(tiny, "add_3").inbound());
    assertEquals(
        List.of("add_16", "convnext_tiny_stage_3_block_2_identity"), row(tiny, "add_17").inbound());
    assertEquals(List.of("add_17"), row(tiny, "convnext_tiny_head_gap").inbound());
    assertEquals("LayerScale", row(tiny, "convnext_tiny_stage_1_block_0_layer_scale").type());
    assertEquals(192L, row(tiny, "convnext_tiny_stage_1_block_0_layer_scale").params());
    ModelSummary xlarge = ConvNeXtXLargeModel.SUMMARY;
    assertEquals("Sequential", row(xlarge, "convnext_xlarge_stem").type());
    assertEquals(13_056L, row(xlarge, "convnext_xlarge_stem").params());
    assertEquals("(None, 7, 7, 2048)", shape(xlarge, "convnext_xlarge_downsampling_block_2"));
    assertEquals(8_392_704L, row(xlarge, "convnext_xlarge_downsampling_block_2").params());
    assertEquals("(None, 7, 7, 2048)", shape(xlarge, "add_35"));
  }
}
