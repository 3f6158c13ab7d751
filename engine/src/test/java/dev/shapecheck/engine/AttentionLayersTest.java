package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attention layers' rules, applied to shapes directly: the weight counts of Keras's projections
 * (EinsumDense kernels and biases, keras/src/layers/attention/), the output shapes of their {@code
 * compute_output_shape}, and what a build or a run rejects, each error with its kind and place. The
 * functional corpus (functional-attention.json) holds the same rules to Keras 3.
 */
class AttentionLayersTest {
  private static final int NONE = Shape.NONE;

  private static MultiInputSpec spec(String type, String arguments) {
    Arguments args = new Arguments(layer("attn", type, arguments), null);
    LayerSpec spec = LayerCatalog.parser(type).apply(args);
    assertTrue(args.issues().isEmpty(), () -> type + ": " + args.issues().get(0).headline);
    return (MultiInputSpec) spec;
  }

  private static List<String> issues(String type, String arguments) {
    Arguments args = new Arguments(layer("attn", type, arguments), null);
    LayerCatalog.parser(type).apply(args);
    List<String> issues = new ArrayList<>();
    for (Arguments.Issue issue : args.issues()) {
      issues.add(issue.kind.tag() + ":" + issue.attribute);
    }
    return issues;
  }

  private static LayerOutput apply(MultiInputSpec spec, Shape... shapes) throws ShapeError {
    List<InputDescription> ins = new ArrayList<>();
    for (int i = 0; i < shapes.length; i++) {
      ins.add(InputDescription.outputOf(List.of("query", "value", "key").get(i), shapes[i]));
    }
    return spec.apply(List.of(shapes), ins);
  }

  private static ShapeError error(MultiInputSpec spec, Shape... shapes) {
    return assertThrows(ShapeError.class, () -> apply(spec, shapes));
  }

  private static Shape of(int... dims) {
    return Shape.of(dims);
  }

  @Test
  void multiHeadAttentionCountsFourProjectionsAndKeepsTheQueryShape() throws ShapeError {
    // query 8 features, value 6: query (8·2·4 + 2·4), key and value (6·2·4 + 2·4), output
    // (2·4·8 + 8)
    LayerOutput out =
        apply(spec("MultiHeadAttention", "numHeads: 2, keyDim: 4"), of(5, 8), of(7, 6));
    assertEquals(of(5, 8), out.shape);
    assertEquals(72 + 56 + 56 + 72, out.trainableParams);
    // the count itself is TensorFlow's (expected/keras/functional-attention.json, macs)
    assertTrue(out.macs > 0, "counted: " + out.macs);
    LayerOutput unknownLength =
        apply(spec("MultiHeadAttention", "numHeads: 2, keyDim: 4"), of(NONE, 8), of(7, 6));
    assertEquals(Macs.UNKNOWN, unknownLength.macs);
  }

  @Test
  void multiHeadAttentionValueDimOutputShapeGateAndBias() throws ShapeError {
    // valueDim 3, key of 2 features: query 8·2·4+8, key 2·2·4+8, value 6·2·3+6, gate 8·2·3+6,
    // output 2·3·(3·2) + 6
    LayerOutput out =
        apply(
            spec(
                "MultiHeadAttention",
                "numHeads: 2, keyDim: 4, valueDim: 3, useGate: true, outputShape: [3, 2]"),
            of(5, 8),
            of(7, 6),
            of(7, 2));
    assertEquals(of(5, 3, 2), out.shape);
    assertEquals(72 + 24 + 42 + 54 + 42, out.trainableParams);
    LayerOutput noBias =
        apply(
            spec("MultiHeadAttention", "numHeads: 2, keyDim: 4, useBias: false"),
            of(5, 8),
            of(7, 6));
    assertEquals(64 + 48 + 48 + 64, noBias.trainableParams);
  }

  @Test
  void multiHeadAttentionRejectsWhatKerasRejects() {
    assertEquals(
        List.of(
            "InvalidArgument:numHeads",
            "InvalidArgument:valueDim",
            "InvalidArgument:slidingWindow"),
        issues("MultiHeadAttention", "numHeads: 0, keyDim: 4, valueDim: 0, slidingWindow: -2"));
    MultiHeadAttentionSpec spec =
        (MultiHeadAttentionSpec) spec("MultiHeadAttention", "numHeads: 2, keyDim: 4");
    ShapeError key = error(spec, of(5, 8), of(7, 6), of(9, 6));
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, key.kind);
    assertTrue(key.getMessage().contains("(None, 7, 6)"), key.getMessage());
    assertEquals(ErrorKind.UNKNOWN_DIMENSION, error(spec, of(5, NONE), of(7, 6)).kind);
    assertEquals(ErrorKind.WRONG_RANK, error(spec, of(8), of(8)).kind);
    assertEquals(ErrorKind.WRONG_RANK, error(spec, of(5, 8), of(2, 7, 6)).kind);
    ShapeError dropout =
        error(
            spec("MultiHeadAttention", "numHeads: 2, keyDim: 4, dropout: 2.0"), of(5, 8), of(7, 6));
    assertEquals("dropout", dropout.attribute);
    ShapeError output =
        error(
            spec("MultiHeadAttention", "numHeads: 2, keyDim: 4, outputShape: [-2]"),
            of(5, 8),
            of(7, 6));
    assertEquals("outputShape", output.attribute);
  }

  @Test
  void multiHeadAttentionAxesMatterOnlyWhereARunUsesThem() throws ShapeError {
    // rank 3 without dropout: ops.dot_product_attention ignores them (but np.delete's range)
    assertEquals(
        of(5, 8),
        apply(
                spec("MultiHeadAttention", "numHeads: 2, keyDim: 4, attentionAxes: [3]"),
                of(5, 8),
                of(7, 6))
            .shape);
    assertEquals(
        "attentionAxes",
        error(
                spec("MultiHeadAttention", "numHeads: 2, keyDim: 4, attentionAxes: [4]"),
                of(5, 8),
                of(7, 6))
            .attribute);
    MultiInputSpec repeated =
        spec("MultiHeadAttention", "numHeads: 2, keyDim: 4, attentionAxes: [1, 1], dropout: 0.1");
    assertEquals("attentionAxes", error(repeated, of(5, 8), of(7, 6)).attribute);
    // rank 4: axis 2 is not attended over when attentionAxes = {1}, so its sizes must agree
    MultiInputSpec axis1 = spec("MultiHeadAttention", "numHeads: 2, keyDim: 4, attentionAxes: [1]");
    assertEquals(of(3, 5, 8), apply(axis1, of(3, 5, 8), of(4, 5, 6)).shape);
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error(axis1, of(3, 5, 8), of(3, 7, 6)).kind);
  }

  @Test
  void groupQueryAttentionSharesKeyValueHeads() throws ShapeError {
    // headDim 4, 4 query heads, 2 key/value heads, 8 features: query 8·4·4+16, key and value
    // 8·2·4+8, output 4·4·8+8
    LayerOutput out =
        apply(
            spec("GroupQueryAttention", "headDim: 4, numQueryHeads: 4, numKeyValueHeads: 2"),
            of(5, 8),
            of(7, 8));
    assertEquals(of(5, 8), out.shape);
    assertEquals(144 + 72 + 72 + 136, out.trainableParams);
    assertEquals(
        List.of("InvalidArgument:numQueryHeads"),
        issues("GroupQueryAttention", "headDim: 4, numQueryHeads: 4, numKeyValueHeads: 3"));
    assertEquals(
        List.of("InvalidArgument:numKeyValueHeads"),
        issues("GroupQueryAttention", "headDim: 4, numQueryHeads: 4, numKeyValueHeads: 0"));
    MultiInputSpec spec =
        spec("GroupQueryAttention", "headDim: 4, numQueryHeads: 4, numKeyValueHeads: 2");
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error(spec, of(5, 8), of(7, 6)).kind);
    assertEquals(ErrorKind.WRONG_RANK, error(spec, of(3, 5, 8), of(3, 7, 8)).kind);
  }

  @Test
  void attentionScoresNeedMatchingFeaturesAndKeyLength() throws ShapeError {
    MultiInputSpec dot = spec("Attention", "");
    assertEquals(of(5, 6), apply(dot, of(5, 8), of(7, 6), of(7, 8)).shape);
    assertEquals(0, apply(dot, of(5, 8), of(7, 8)).trainableParams);
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error(dot, of(5, 8), of(7, 6)).kind);
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error(dot, of(5, 8), of(7, 6), of(9, 8)).kind);
    assertEquals(of(NONE, 8), apply(dot, of(NONE, 8), of(NONE, 8)).shape);
    MultiInputSpec concat = spec("Attention", "useScale: true, scoreMode: \"CONCAT\"");
    assertEquals(2, apply(concat, of(5, 1), of(7, 6)).trainableParams);
    assertEquals(ErrorKind.INCOMPATIBLE_INPUTS, error(concat, of(5, 8), of(7, 6)).kind);
  }

  @Test
  void additiveAttentionScalesByTheQueryFeatures() throws ShapeError {
    MultiInputSpec additive = spec("AdditiveAttention", "");
    LayerOutput out = apply(additive, of(5, 8), of(7, 6), of(7, 8));
    assertEquals(of(5, 6), out.shape);
    assertEquals(8, out.trainableParams);
    assertEquals(1, apply(additive, of(5, 1), of(7, 6)).trainableParams);
    assertEquals(ErrorKind.UNKNOWN_DIMENSION, error(additive, of(5, NONE), of(7, 8)).kind);
    assertEquals(
        0,
        apply(spec("AdditiveAttention", "useScale: false"), of(5, NONE), of(7, 8)).trainableParams);
  }

  @Test
  void aSequentialModelCannotHoldAnAttentionLayer() {
    for (String type : List.of("Attention", "AdditiveAttention")) {
      ShapeError error =
          assertThrows(
              ShapeError.class,
              () -> spec(type, "").apply(of(5, 8), InputDescription.modelInput(of(5, 8))));
      assertEquals(ErrorKind.WRONG_INPUT_COUNT, error.kind);
      assertTrue(error.hint.contains("@Functional"), error.hint);
    }
  }
}
