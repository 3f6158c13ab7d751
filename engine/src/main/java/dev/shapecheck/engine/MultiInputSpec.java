package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.List;

/**
 * A layer that takes several inputs, such as Keras's merge layers ({@code Add}, {@code
 * Concatenate}, {@code Dot}): a pure function of its arguments and the incoming shapes, in the
 * order the layer names its inbound layers. Registered in the {@link LayerCatalog} like any other
 * spec; its single-input {@link LayerSpec#apply} is never called by the graph evaluator.
 */
interface MultiInputSpec extends LayerSpec {
  /** The fewest inputs the layer takes (2 for merges). */
  int minInputs();

  /** The most inputs the layer takes ({@link Integer#MAX_VALUE} when unbounded). */
  int maxInputs();

  /**
   * The output shape and weights for {@code inputs}.
   *
   * @param inputs the incoming shapes, at least {@link #minInputs()} of them
   * @param ins one description per input for messages ("the (56, 56, 64) output of bn2")
   */
  LayerOutput apply(List<Shape> inputs, List<InputDescription> ins) throws ShapeError;

  @Override
  default LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    return apply(List.of(input), List.of(in));
  }
}
