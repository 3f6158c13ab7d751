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
 * NASNetMobile's), VGG19 and InceptionResNetV2: Keras 3's totals ({@code
 * keras.applications.<Model>(weights=None).count_params()} and its non-trainable weights), and the
 * places where a shared block is used differently. Every row is held to Keras 3 by the conformance
 * module's {@code KerasApplicationsTest}.
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
}
