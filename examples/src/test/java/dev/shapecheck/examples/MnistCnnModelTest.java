package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed model as javac compiled it in this build. Every expected number is the seed document's
 * table (TensorFlow's CNN tutorial): shapes, per-layer parameters and 93,322 in all.
 */
class MnistCnnModelTest {
  @Test
  void totalsAreCompileTimeConstants() {
    // A switch label only compiles with a constant expression: this is checked by javac.
    switch ((int) MnistCnnModel.TOTAL_PARAMS) {
      case 93_322:
        break;
      default:
        throw new AssertionError("TOTAL_PARAMS = " + MnistCnnModel.TOTAL_PARAMS);
    }
    assertEquals(93_322L, MnistCnnModel.TRAINABLE_PARAMS);
    assertEquals(0L, MnistCnnModel.NON_TRAINABLE_PARAMS);
  }

  @Test
  void everyLayerHasTheSeedShapeAndCount() {
    List<Layer> layers = MnistCnnModel.SUMMARY.layers();
    int[][] shapes = {
      {26, 26, 32}, {13, 13, 32}, {11, 11, 64}, {5, 5, 64}, {3, 3, 64}, {576}, {64}, {10}
    };
    long[] params = {320, 0, 18_496, 0, 36_928, 0, 36_928, 650};
    String[] types = {
      "Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Conv2D", "Flatten", "Dense", "Dense"
    };
    assertEquals(8, layers.size());
    for (int i = 0; i < layers.size(); i++) {
      assertArrayEquals(shapes[i], layers.get(i).outputShape().dims(), "layer " + i);
      assertEquals(params[i], layers.get(i).params(), "layer " + i);
      assertEquals(types[i], layers.get(i).type(), "layer " + i);
    }
  }

  @Test
  void interfaceMethodsReturnTheirLayers() {
    MnistCnn model = new MnistCnnModel();
    assertEquals("conv3", model.conv3().name());
    assertEquals(Shape.of(5, 5, 64), model.conv3().inputShape());
    assertSame(MnistCnnModel.SUMMARY.layers().get(7), model.output());
    assertEquals(Shape.of(28, 28, 1), MnistCnnModel.INPUT_SHAPE);
    assertEquals(Shape.of(10), MnistCnnModel.OUTPUT_SHAPE);
    assertEquals("mnist_cnn", MnistCnnModel.SUMMARY.name());
  }

  @Test
  void summaryIsTheKerasTableCharacterForCharacter() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/mnist_cnn.summary.txt")) {
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, MnistCnnModel.summary());
      assertEquals(expected, MnistCnnModel.SUMMARY.toString());
    }
  }
}
