package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code CategoryEncoding} and {@code Discretization}: the shapes Keras 3.15.1 gives (recorded by
 * {@code conformance/keras/oracle.py} in {@code expected/keras/categorical-preprocessing.json},
 * which the conformance suites hold every corpus model to), and the family's errors.
 */
class CategoricalLayersTest {
  private static final int NONE = Shape.NONE;

  private static Shape shape(int[] input, String type, String args) {
    ModelCheck check = check(input, layer("c", type, args));
    assertTrue(check.isClean(), () -> check.problems().toString());
    Layer layer = check.layers().get(0);
    assertEquals(0, layer.params());
    return layer.outputShape();
  }

  @Test
  void categoryEncodingReplacesTheLastAxisOrAppendsOneHot() {
    assertEquals(Shape.of(5), shape(dims(4), "CategoryEncoding", "numTokens: 5"));
    assertEquals(
        Shape.of(2, 3, 5),
        shape(dims(2, 3, 4), "CategoryEncoding", "numTokens: 5, outputMode: 'COUNT'"));
    assertEquals(
        Shape.of(4, 5), shape(dims(4), "CategoryEncoding", "numTokens: 5, outputMode: 'ONE_HOT'"));
    // a last axis of 1 is replaced
    assertEquals(
        Shape.of(3, 5),
        shape(dims(3, 1), "CategoryEncoding", "numTokens: 5, outputMode: 'ONE_HOT'"));
    assertEquals(
        Shape.of(NONE, 5),
        shape(dims(NONE), "CategoryEncoding", "numTokens: 5, outputMode: 'ONE_HOT'"));
  }

  @Test
  void categoryEncodingRejectsWhatItsConstructorRejects() {
    assertEquals(
        List.of("InvalidArgument@0:numTokens"),
        tags(check(dims(4), layer("c", "CategoryEncoding", "numTokens: 0"))));
    ModelCheck mode =
        check(dims(4), layer("c", "CategoryEncoding", "numTokens: 5, outputMode: 'INT'"));
    assertEquals(List.of("InvalidArgument@0:outputMode"), tags(mode));
    assertEquals(
        "c (CategoryEncoding): outputMode = OutputMode.INT, but Keras's CategoryEncoding takes"
            + " only ONE_HOT, MULTI_HOT and COUNT",
        mode.problems().get(0).headline());
  }

  @Test
  void discretizationCountsBoundariesPlusOneBins() {
    String boundaries = "binBoundaries: [0.0, 1.0, 2.0]";
    assertEquals(Shape.of(3, 4), shape(dims(3, 4), "Discretization", boundaries));
    assertEquals(
        Shape.of(3, 4, 4),
        shape(dims(3, 4), "Discretization", boundaries + ", outputMode: 'ONE_HOT'"));
    // multi-hot and count drop the first axis after the batch
    assertEquals(
        Shape.of(4, 4),
        shape(dims(3, 4), "Discretization", boundaries + ", outputMode: 'MULTI_HOT'"));
    assertEquals(
        Shape.of(1, 4), shape(dims(3, 1), "Discretization", boundaries + ", outputMode: 'COUNT'"));
    assertEquals(
        Shape.of(4), shape(dims(NONE), "Discretization", boundaries + ", outputMode: 'COUNT'"));
  }

  @Test
  void discretizationNeedsBoundariesItCanRun() {
    ModelCheck learnt = check(dims(4), layer("d", "Discretization", "numBins: 4"));
    assertEquals(List.of("InvalidArgument@0:numBins"), tags(learnt));
    assertTrue(
        learnt.problems().get(0).headline().contains("it fails when it runs until adapt()"),
        learnt.problems().get(0).headline());
    assertEquals(
        List.of("ConflictingArguments@0:numBins"),
        tags(check(dims(4), layer("d", "Discretization", "binBoundaries: [0.0], numBins: 3"))));
    assertEquals(
        List.of("InvalidArgument@0:binBoundaries"),
        tags(check(dims(4), layer("d", "Discretization", ""))));
    assertEquals(
        List.of("InvalidArgument@0:binBoundaries"),
        tags(check(dims(4), layer("d", "Discretization", "binBoundaries: [2.0, 0.0, 1.0]"))));
    assertEquals(
        List.of("InvalidArgument@0:outputMode"),
        tags(
            check(
                dims(4),
                layer("d", "Discretization", "binBoundaries: [0.0], outputMode: 'TF_IDF'"))));
  }

  /** Discretization's own get_config: a one-value list stays a list, the dtype a bare string. */
  @Test
  void discretizationIsWrittenAsKerasWritesIt() {
    String json = check(dims(4), layer("d", "Discretization", "binBoundaries: 0.5")).kerasJson();
    assertTrue(
        json.contains(
            "\"bin_boundaries\": [0.5], \"num_bins\": null, \"epsilon\": 0.01, \"output_mode\":"
                + " \"int\", \"sparse\": false, \"name\": \"d\", \"dtype\": \"float32\""),
        json);
  }

  /** Hashing's compute_output_shape replaces the last axis for every encoding, ONE_HOT too. */
  @Test
  void hashingKeepsTheShapeOrReplacesTheLastAxis() {
    assertEquals(Shape.of(3, 4), shape(dims(3, 4), "Hashing", "numBins: 8"));
    assertEquals(Shape.of(3, 8), shape(dims(3, 4), "Hashing", "numBins: 8, outputMode: 'ONE_HOT'"));
    assertEquals(Shape.of(8), shape(dims(NONE), "Hashing", "numBins: 8, outputMode: 'COUNT'"));
    assertEquals(
        List.of("InvalidArgument@0:numBins"),
        tags(check(dims(4), layer("h", "Hashing", "numBins: 0"))));
    assertEquals(
        List.of("InvalidArgument@0:salt"),
        tags(check(dims(4), layer("h", "Hashing", "numBins: 8, salt: [1, 2, 3]"))));
  }

  /** Keras stores a salt s as [s, s] and gives an INT Hashing the int64 dtype. */
  @Test
  void hashingIsWrittenAsKerasWritesIt() {
    String json = check(dims(4), layer("h", "Hashing", "numBins: 8, salt: 7")).kerasJson();
    assertTrue(json.contains("\"name\": \"int64\""), json);
    assertTrue(json.contains("\"salt\": [7, 7], \"mask_value\": null"), json);
    String oneHot =
        check(dims(4), layer("h", "Hashing", "numBins: 8, outputMode: 'ONE_HOT'")).kerasJson();
    assertTrue(oneHot.contains("\"salt\": null"), oneHot);
    assertTrue(!oneHot.contains("int64"), oneHot);
  }
}
