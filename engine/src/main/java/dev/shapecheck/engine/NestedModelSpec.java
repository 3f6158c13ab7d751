package dev.shapecheck.engine;

import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * A sequential model used as one layer of another ({@link LayerConfig#nested}), as Keras's {@code
 * model(x)} nests it: {@code keras.Sequential([Conv2D(...), LayerNormalization()],
 * name="convnext_tiny_stem")(x)} is one row of the outer model, of class {@code Sequential}, whose
 * output is the nested model's and whose weights are all of its layers' (trainable and not apart).
 *
 * <p>The nested model is checked by the same engine, called on the shape that arrives: its layers'
 * arguments once, when the outer model's are validated, and its shapes at the use. Whatever fails
 * inside is an error of the use, which names the inner layer, with that layer's own kind, needed
 * value and hint. A nested model that declares an input must receive exactly that shape: Keras
 * rejects the call ("Input 0 ... is incompatible with the layer: expected shape=..."); one without
 * takes what arrives, as Keras builds a {@code Sequential} without an {@code Input} on its first
 * call.
 */
final class NestedModelSpec implements LayerSpec {
  private final GraphConfig model;

  private NestedModelSpec(GraphConfig model) {
    this.model = model;
  }

  /**
   * The spec of a nested model whose layers' arguments are valid, else null after reporting each
   * problem of its layers through {@code sink}.
   */
  static NestedModelSpec parse(LayerConfig config, LayerParser.Sink sink) {
    GraphConfig model = config.nested();
    boolean valid = true;
    for (Problem problem : GraphEngine.checkArguments(model).problems()) {
      if (problem.kind().isWarning()) {
        continue;
      }
      valid = false;
      sink.report(
          problem.kind(),
          null,
          null,
          "in nested model " + model.name() + ", " + problem.headline(),
          List.of(hint(problem.details())));
    }
    return valid ? new NestedModelSpec(model) : null;
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int[] declared = model.nodes().get(0).shape();
    if (declared.length > 0 && !Arrays.equals(declared, input.dims())) {
      Shape expected = Shape.withBatch(input.batchSize(), declared);
      throw new ShapeError(
          ErrorKind.INVALID_BLOCK_USE,
          null,
          "receives "
              + in
              + ", but nested model "
              + model.name()
              + " declares its input as "
              + expected.dimsToString(),
          "an input of shape " + expected + " (Keras rejects the call: incompatible input)",
          "feed it a layer of shape "
              + expected.dimsToString()
              + ", or declare "
              + model.name()
              + " without an input, so that it takes what arrives");
    }
    ModelCheck check = GraphEngine.check(model.arriving(input));
    for (Problem problem : check.problems()) {
      if (!problem.kind().isWarning()) {
        String needed = detail(problem.details(), "needed:");
        throw new ShapeError(
            problem.kind(),
            null,
            "in nested model " + model.name() + ", " + problem.headline(),
            needed == null ? "a valid nested model" : needed,
            hint(problem.details()).substring("hint: ".length()));
      }
    }
    ModelSummary summary = check.summary();
    return new LayerOutput(
        summary.outputShape(),
        summary.trainableParams(),
        summary.nonTrainableParams(),
        summary.totalMacs(),
        summary.int64Params());
  }

  /** The nested model called on {@code input}: what the writers of the Keras JSON forms need. */
  static ModelCheck called(LayerConfig config, Shape input) {
    return GraphEngine.check(config.nested().arriving(input));
  }

  private static String hint(List<String> details) {
    String hint = detail(details, "hint:");
    return "hint: " + (hint == null ? "fix the nested model's layer first" : hint);
  }

  /** The text of the detail line that starts with {@code prefix}, or null. */
  private static String detail(List<String> details, String prefix) {
    for (String detail : details) {
      if (detail.startsWith(prefix)) {
        return detail.substring(prefix.length()).trim();
      }
    }
    return null;
  }
}
