package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static dev.shapecheck.engine.Models.wrapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.MergeMode;
import dev.shapecheck.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the oracle cannot give for the recurrent family: the summary type of wrapped layers, the
 * kind, placement and wording of each validity rule (on the wrapper or on the wrapped annotation),
 * and arithmetic at the edges of {@code int} and {@code long}. Shapes and counts of ordinary
 * stacks, GRU's {@code resetAfter} biases included, are checked against the Keras-corrected
 * TensorFlow.js oracle by the conformance module.
 */
class RecurrentLayersTest {
  private static final int MAX = Integer.MAX_VALUE;

  /** Keras's summary prints a wrapped layer as {@code encoder (Bidirectional)}. */
  @Test
  void aWrappedLayerIsListedWithTheWrappersType() {
    ModelCheck check =
        check(
            dims(10, 8),
            wrapper(
                "Bidirectional", "", layer("encoder", "LSTM", "units: 4, returnSequences: true")),
            wrapper("TimeDistributed", "", layer("per_step", "Dense", "units: 2")));
    List<Layer> layers = check.summary().layers();
    assertEquals("encoder", layers.get(0).name());
    assertEquals("Bidirectional", layers.get(0).type());
    assertEquals("per_step", layers.get(1).name());
    assertEquals("TimeDistributed", layers.get(1).type());
    assertTrue(
        check.summary().toString().contains("encoder (Bidirectional)"), check.summary().toString());
  }

  /** Keras's Bidirectional reads go_backwards and return_sequences of the layer it wraps. */
  @Test
  void bidirectionalWrapsOnlyRecurrentLayers() {
    ModelCheck check =
        check(dims(10, 8), wrapper("Bidirectional", "", layer("b", "Dense", "units: 4")));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("InvalidArgument@0:null"), tags(check));
    assertNull(problem.annotation(), "placed on @Bidirectional itself");
    assertEquals(
        "b (Bidirectional): @Bidirectional wraps Dense, but only a recurrent layer (SimpleRNN,"
            + " LSTM, RNN, GRU, ConvLSTM1D/2D/3D) can run backwards",
        problem.headline());
    assertTrue(
        problem
            .render()
            .contains(
                "hint: wrap a recurrent layer, or use @TimeDistributed to apply"
                    + " Dense to every step"),
        problem.render());
  }

  /** Keras 3's _verify_layer_config: forward and backward layers need different go_backwards. */
  @Test
  void bidirectionalRejectsAWrappedLayerThatAlreadyGoesBackwards() {
    ModelCheck check =
        check(
            dims(10, 8),
            wrapper("Bidirectional", "", layer("b", "GRU", "units: 4, goBackwards: true")));
    assertEquals(List.of("ConflictingArguments@0:null"), tags(check));
    assertTrue(
        check.problems().get(0).render().contains("remove goBackwards = true from @GRU"),
        check.problems().get(0).render());
  }

  @Test
  void argumentErrorsOfTheWrappedLayerArePlacedOnItsAnnotation() {
    ModelCheck check =
        check(
            dims(10, 8),
            wrapper("Bidirectional", "", layer("b", "LSTM", "units: 0, activation: 'NOPE'")));
    assertEquals(List.of("InvalidArgument@0:units", "InvalidArgument@0:activation"), tags(check));
    for (Problem problem : check.problems()) {
      assertEquals("LSTM", problem.annotation());
    }
  }

  @Test
  void argumentErrorsOfTheWrapperStayOnTheWrapper() {
    ModelCheck check =
        check(
            dims(10, 8),
            wrapper("Bidirectional", "mergeMode: 'NONE'", layer("b", "LSTM", "units: 4")));
    assertEquals(List.of("InvalidArgument@0:mergeMode"), tags(check));
    assertNull(check.problems().get(0).annotation());
  }

  /** A shape error of the wrapped layer is reported on the wrapped annotation's attribute. */
  @Test
  void shapeErrorsOfTheWrappedLayerArePlacedOnItsAttribute() {
    ModelCheck check =
        check(
            dims(3, 4, 4, 1),
            wrapper("TimeDistributed", "", layer("td", "Conv2D", "filters: 2, kernelSize: [5]")));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("KernelTooLarge@0:kernelSize"), tags(check));
    assertEquals("Conv2D", problem.annotation());
    assertEquals(
        "td (TimeDistributed): wrapped Conv2D: 5x5 kernel does not fit the (4, 4, 1) output of"
            + " each time step of the model input (3, 4, 4, 1) — output would be (0, 0, 2)",
        problem.headline());
    assertTrue(problem.render().contains("input:  (None, 3, 4, 4, 1)"), problem.render());
  }

  /** Through two wrappers the error still lands on the innermost annotation. */
  @Test
  void nestedWrappersPlaceErrorsOnTheInnermostLayer() {
    ModelCheck argument =
        check(
            dims(4, 10, 8),
            wrapper(
                "TimeDistributed",
                "",
                wrapper("Bidirectional", "", layer("n", "LSTM", "units: -2"))));
    assertEquals(List.of("InvalidArgument@0:units"), tags(argument));
    assertEquals("LSTM", argument.problems().get(0).annotation());

    ModelCheck shape =
        check(
            dims(10, 8),
            wrapper(
                "TimeDistributed",
                "",
                wrapper("Bidirectional", "", layer("n", "LSTM", "units: 2"))));
    Problem problem = shape.problems().get(0);
    assertEquals(List.of("WrongRank@0:null"), tags(shape));
    assertEquals("LSTM", problem.annotation());
    assertTrue(
        problem
            .headline()
            .startsWith(
                "n (TimeDistributed): wrapped Bidirectional: wrapped LSTM: expects 2 dims (timesteps,"
                    + " features), but the (8) output of each time step of the model input (10, 8)"
                    + " has 1"),
        problem.headline());
  }

  /** Keras's RNN has InputSpec(ndim=3): stacking needs return_sequences=True on the layer below. */
  @Test
  void stackedRecurrentLayerWithoutSequencesSaysWhatToSet() {
    ModelCheck check =
        check(
            dims(10, 8),
            layer("lstm1", "LSTM", "units: 32"),
            layer("lstm2", "LSTM", "units: 16"),
            layer("out", "Dense", "units: 1"));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("WrongRank@1:null"), tags(check));
    assertEquals(
        "lstm2 (LSTM): expects 2 dims (timesteps, features), but the (32) output of lstm1 has 1",
        problem.headline());
    String message = problem.render();
    assertTrue(message.contains("set returnSequences = true on the one before"), message);
    assertTrue(
        message.contains("the shapes of the 1 layer(s) after lstm2 were not checked"), message);
  }

  @Test
  void recurrentLayerOnImagesSuggestsTimeDistributed() {
    ModelCheck check = check(dims(28, 28, 1), layer("r", "SimpleRNN", "units: 4"));
    assertEquals(List.of("WrongRank@0:null"), tags(check));
    assertTrue(
        check.problems().get(0).render().contains("@TimeDistributed @Flatten"),
        check.problems().get(0).render());
  }

  /** The kernel is (features, gates * units): Keras cannot create it for a None feature axis. */
  @Test
  void unknownFeaturesAreRejectedButUnknownTimestepsAreNot() {
    ModelCheck features = check(dims(10, Shape.NONE), layer("g", "GRU", "units: 4"));
    assertEquals(List.of("UnknownDimension@0:null"), tags(features));
    assertEquals(
        "g (GRU): the features axis of the model input (10, None) is unknown (None)",
        features.problems().get(0).headline());

    ModelCheck steps =
        check(dims(Shape.NONE, 3), layer("g", "GRU", "units: 4, returnSequences: true"));
    assertEquals(Shape.of(Shape.NONE, 4), steps.summary().outputShape());
  }

  /** Keras's TimeDistributed: "should be passed an `input_shape` with at least 3 dimensions". */
  @Test
  void timeDistributedNeedsATimeAxis() {
    ModelCheck check =
        check(dims(16), wrapper("TimeDistributed", "", layer("t", "Dense", "units: 8")));
    Problem problem = check.problems().get(0);
    assertEquals(List.of("WrongRank@0:null"), tags(check));
    assertNull(problem.annotation(), "placed on @TimeDistributed itself");
    assertEquals(
        "t (TimeDistributed): expects at least 2 dims (timesteps, ...), but the model input (16)"
            + " has 1",
        problem.headline());
    assertTrue(problem.render().contains("use @Dense alone"), problem.render());
  }

  /** A wrapper built at run time without its layer; the processor reports this case itself. */
  @Test
  void aWrapperWithoutALayerIsAnArgumentError() {
    ModelCheck bidirectional =
        check(dims(10, 8), LayerConfig.withDefaults("b", "Bidirectional", Map.of()));
    ModelCheck timeDistributed =
        check(dims(10, 8), LayerConfig.withDefaults("t", "TimeDistributed", Map.of()));
    assertEquals(List.of("InvalidArgument@0:null"), tags(bidirectional));
    assertEquals(List.of("InvalidArgument@0:null"), tags(timeDistributed));
  }

  /** LSTMCell: 4 * units * (features + units) + 4 * units, about 2^65 here. */
  @Test
  void recurrentParameterOverflowIsAnError() {
    ModelCheck check = check(dims(1, MAX), layer("l", "LSTM", "units: 2147483647"));
    assertEquals(List.of("ParameterOverflow@0:null"), tags(check));
  }

  /**
   * SimpleRNNCell at the edge: units * (features + units) + units with features 1 and units 2^31 -
   * 1 is 2^62 - 1; the Bidirectional pair 2^63 - 2 still fits a long, but CONCAT's last dimension,
   * 2 * (2^31 - 1), does not fit an int.
   */
  @Test
  void bidirectionalDoublesExactlyAndRejectsAnOversizedConcatenation() {
    long one = (long) MAX * (1L + MAX) + MAX;
    ModelCheck sum =
        check(
            dims(5, 1),
            wrapper(
                "Bidirectional", "mergeMode: 'SUM'", layer("b", "SimpleRNN", "units: 2147483647")));
    assertEquals(2 * one, sum.summary().totalParams());
    assertEquals(Shape.of(MAX), sum.summary().outputShape());

    ModelCheck concat =
        check(
            dims(5, 1), wrapper("Bidirectional", "", layer("b", "SimpleRNN", "units: 2147483647")));
    assertEquals(List.of("OutputTooLarge@0:null"), tags(concat));
  }

  /** Embedding's table is input_dim * output_dim, here (2^31 - 1)^2, exact. */
  @Test
  void hugeEmbeddingTableIsExact() {
    ModelCheck check =
        check(dims(3), layer("e", "Embedding", "inputDim: 2147483647, outputDim: 2147483647"));
    assertEquals((long) MAX * MAX, check.summary().totalParams());
    assertEquals(Shape.of(3, MAX), check.summary().outputShape());
  }

  @Test
  void embeddingSizesMustBePositive() {
    ModelCheck check = check(dims(3), layer("e", "Embedding", "inputDim: 0, outputDim: -1"));
    assertEquals(List.of("InvalidArgument@0:inputDim", "InvalidArgument@0:outputDim"), tags(check));
  }

  @Test
  void mergeModesUseKerasNames() {
    assertEquals("concat", MergeMode.CONCAT.kerasName());
    assertEquals("ave", MergeMode.AVE.kerasName());
  }
}
