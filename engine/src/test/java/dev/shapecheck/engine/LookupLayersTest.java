package dev.shapecheck.engine;

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
 * {@code StringLookup} and {@code IntegerLookup}, and the string inputs they take: the shapes and
 * verdicts Keras 3.15.1 gives (recorded by {@code conformance/keras/oracle.py} in {@code
 * expected/keras/lookup-preprocessing.json}, which the conformance suites hold all 118 corpus
 * models of to), and the family's errors and messages.
 */
class LookupLayersTest {
  private static final int NONE = Shape.NONE;

  private static ModelCheck check(String inputDtype, int[] input, LayerConfig... layers) {
    return ShapeEngine.check(
        ModelConfig.of("lookup", input, -1, List.of(layers)).withInputDtype(inputDtype));
  }

  private static Shape shape(String inputDtype, int[] input, String type, String args) {
    ModelCheck check = check(inputDtype, input, layer("l", type, args));
    assertTrue(check.isClean(), () -> check.problems().toString());
    Layer layer = check.layers().get(0);
    assertEquals(0, layer.params());
    return layer.outputShape();
  }

  @Test
  void theDepthIsTheDeclaredVocabularySizeOrMaxTokensWhenPadded() {
    String six = "vocabularySize: 6, outputMode: ";
    assertEquals(Shape.of(3, 4), shape("STRING", dims(3, 4), "StringLookup", six + "'INT'"));
    assertEquals(Shape.of(4, 6), shape("STRING", dims(4), "StringLookup", six + "'ONE_HOT'"));
    assertEquals(Shape.of(3, 6), shape("STRING", dims(3, 1), "StringLookup", six + "'ONE_HOT'"));
    assertEquals(Shape.of(NONE, 6), shape("STRING", dims(NONE), "StringLookup", six + "'ONE_HOT'"));
    assertEquals(Shape.of(3, 6), shape("STRING", dims(3, 4), "StringLookup", six + "'TF_IDF'"));
    assertEquals(Shape.of(6), shape("INT64", dims(NONE), "IntegerLookup", six + "'COUNT'"));
    assertEquals(
        Shape.of(10),
        shape(
            "STRING",
            dims(4),
            "StringLookup",
            "vocabularySize: 4, maxTokens: 10, padToMaxTokens: true, outputMode: 'COUNT'"));
  }

  @Test
  void theVocabularySizeCountsTheMaskAndOovIndicesAndMustLeaveATerm() {
    // one OOV index and a mask in INT output: 2 special indices, so 2 leaves no term
    ModelCheck empty =
        check("STRING", dims(4), layer("l", "StringLookup", "vocabularySize: 2, maskToken: '[M]'"));
    assertEquals(List.of("InvalidArgument@0:vocabularySize"), tags(empty));
    assertEquals(
        "l (StringLookup): vocabularySize = 2 leaves no vocabulary term after the 2 special"
            + " index(es) (1 mask, 1 OOV): Keras cannot set an empty vocabulary",
        empty.problems().get(0).headline());
    // outside INT output the mask takes no index
    assertEquals(
        Shape.of(2),
        shape(
            "STRING",
            dims(4),
            "StringLookup",
            "vocabularySize: 2, maskToken: '[M]', outputMode: 'MULTI_HOT'"));
    assertEquals(
        List.of("InvalidArgument@0:vocabularySize"),
        tags(
            check(
                "INT64", dims(4), layer("l", "IntegerLookup", "vocabularySize: 6, maxTokens: 5"))));
  }

  @Test
  void theConstructorsChecksAreKerass() {
    assertEquals(
        List.of("InvalidArgument@0:maxTokens"),
        tags(
            check(
                "STRING", dims(4), layer("l", "StringLookup", "vocabularySize: 3, maxTokens: 1"))));
    assertEquals(
        List.of("ConflictingArguments@0:padToMaxTokens"),
        tags(
            check(
                "STRING",
                dims(4),
                layer("l", "StringLookup", "vocabularySize: 3, padToMaxTokens: true"))));
    assertEquals(
        List.of("InvalidArgument@0:numOovIndices"),
        tags(
            check(
                "INT64",
                dims(4),
                layer("l", "IntegerLookup", "vocabularySize: 3, numOovIndices: -1"))));
    assertEquals(
        List.of("ConflictingArguments@0:outputMode"),
        tags(
            check(
                "INT64",
                dims(4),
                layer(
                    "l", "StringLookup", "vocabularySize: 3, invert: true, outputMode: 'COUNT'"))));
    assertEquals(
        List.of("ConflictingArguments@0:salt"),
        tags(check("INT64", dims(4), layer("l", "IntegerLookup", "vocabularySize: 3, salt: [3]"))));
    assertEquals(
        List.of("InvalidArgument@0:maskToken"),
        tags(
            check(
                "INT64",
                dims(4),
                layer("l", "IntegerLookup", "vocabularySize: 3, maskToken: [0, 1]"))));
  }

  @Test
  void stringsReachOnlyTheLayersThatTakeThem() {
    // an inverted StringLookup gives strings, which a second StringLookup takes
    ModelCheck chain =
        check(
            "INT64",
            dims(4),
            layer("inv", "StringLookup", "vocabularySize: 4, invert: true"),
            layer("again", "StringLookup", "vocabularySize: 6, outputMode: 'COUNT'"));
    assertTrue(chain.isClean(), () -> chain.problems().toString());
    assertEquals(Shape.of(6), chain.layers().get(1).outputShape());
    // a StringLookup's indices are no strings
    ModelCheck twice =
        check(
            "STRING",
            dims(4),
            layer("a", "StringLookup", "vocabularySize: 4"),
            layer("b", "StringLookup", "vocabularySize: 4"));
    assertEquals(List.of("WrongDtype@1:null"), tags(twice));
    assertEquals(
        "b (StringLookup): takes strings, but the (4) output of a is numbers",
        twice.problems().get(0).headline());
    ModelCheck dense = check("STRING", dims(4), layer("d", "Dense", "units: 2"));
    assertEquals(List.of("WrongDtype@0:null"), tags(dense));
    assertEquals(
        "d (Dense): takes numbers, but the model input (4) is strings",
        dense.problems().get(0).headline());
    assertEquals(
        Shape.of(8), shape("STRING", dims(4), "Hashing", "numBins: 8, outputMode: 'COUNT'"));
    assertEquals(
        List.of("WrongDtype@0:null"),
        tags(check("STRING", dims(4), layer("i", "IntegerLookup", "vocabularySize: 4"))));
    // numbers of any kind into an IntegerLookup (Keras casts floats)
    assertEquals(Shape.of(4), shape("FLOAT", dims(4), "IntegerLookup", "vocabularySize: 4"));
  }

  @Test
  void theKerasJsonWritesTheInputDtypeAndTheAdaptedVocabulary() {
    ModelCheck check =
        check("STRING", dims(4), layer("l", "StringLookup", "vocabularySize: 6, salt: [7]"));
    String json = check.kerasJson();
    assertTrue(json.contains("\"batch_shape\": [null, 4], \"dtype\": \"string\""), json);
    assertTrue(
        json.contains(
            "\"vocabulary\": null, \"vocabulary_size\": 6, \"oov_method\": \"floormod\","
                + " \"salt\": [7, 7], \"encoding\": \"utf-8\"}"),
        json);
    assertTrue(json.contains("\"build_config\": {}"), json);
  }

  @Test
  void textVectorizationGivesASequenceOrEncodesTheSplitTokens() {
    assertEquals(
        Shape.of(20),
        shape(
            "STRING", dims(1), "TextVectorization", "vocabularySize: 9, outputSequenceLength: 20"));
    // INT output is rank 1 whatever the input's rank; None when no length is set
    assertEquals(
        Shape.of(NONE), shape("STRING", dims(3, 1), "TextVectorization", "vocabularySize: 9"));
    assertEquals(
        Shape.of(1, 9),
        shape("STRING", dims(1), "TextVectorization", "vocabularySize: 9, outputMode: 'COUNT'"));
    assertEquals(
        Shape.of(1, NONE, 9),
        shape("STRING", dims(1), "TextVectorization", "vocabularySize: 9, outputMode: 'ONE_HOT'"));
    assertEquals(
        Shape.of(3, 9),
        shape(
            "STRING",
            dims(3),
            "TextVectorization",
            "vocabularySize: 9, outputMode: 'ONE_HOT', split: 'NONE'"));
  }

  @Test
  void textVectorizationSplitsOneStringPerRowAndChecksItsArguments() {
    ModelCheck wide =
        check("STRING", dims(3), layer("t", "TextVectorization", "vocabularySize: 9"));
    assertEquals(List.of("WrongRank@0:null"), tags(wide));
    assertEquals(
        List.of("InvalidArgument@0:vocabularySize"),
        tags(check("STRING", dims(1), layer("t", "TextVectorization", "vocabularySize: 2"))));
    assertEquals(
        List.of("ConflictingArguments@0:outputSequenceLength"),
        tags(
            check(
                "STRING",
                dims(1),
                layer(
                    "t",
                    "TextVectorization",
                    "vocabularySize: 9, outputSequenceLength: 4, outputMode: 'COUNT'"))));
    assertEquals(
        List.of("InvalidArgument@0:ngrams"),
        tags(
            check(
                "STRING",
                dims(1),
                layer("t", "TextVectorization", "vocabularySize: 9, ngrams: [0]"))));
    assertEquals(
        List.of("WrongDtype@0:null"),
        tags(check("FLOAT", dims(1), layer("t", "TextVectorization", "vocabularySize: 9"))));
  }
}
