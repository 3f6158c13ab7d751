package dev.shapecheck;

import java.util.List;
import java.util.Objects;

/**
 * Everything Keras's {@code model.summary()} tells about a model, as values: the layers in order,
 * the shapes, and the parameter totals. {@link #toString()} prints the summary table itself.
 */
public final class ModelSummary {
  private final String name;
  private final Shape inputShape;
  private final List<Layer> layers;
  private final long trainableParams;
  private final long nonTrainableParams;

  private ModelSummary(String name, Shape inputShape, List<Layer> layers) {
    this.name = Objects.requireNonNull(name, "name");
    this.inputShape = Objects.requireNonNull(inputShape, "inputShape");
    this.layers = List.copyOf(layers);
    if (this.layers.isEmpty()) {
      throw new IllegalArgumentException("a model has at least one layer");
    }
    long trainable = 0;
    long nonTrainable = 0;
    for (Layer layer : this.layers) {
      trainable = Math.addExact(trainable, layer.trainableParams());
      nonTrainable = Math.addExact(nonTrainable, layer.nonTrainableParams());
    }
    Math.addExact(trainable, nonTrainable); // totalParams() must never wrap around
    this.trainableParams = trainable;
    this.nonTrainableParams = nonTrainable;
  }

  /** The summary of a model whose layers, in order, consume {@code inputShape}. */
  public static ModelSummary of(String name, Shape inputShape, List<Layer> layers) {
    return new ModelSummary(name, inputShape, layers);
  }

  /** The model's name, as Keras prints it in {@code Model: "..."}. */
  public String name() {
    return name;
  }

  /** The layers in the order data flows through them. */
  public List<Layer> layers() {
    return layers;
  }

  /** The shape the model accepts. */
  public Shape inputShape() {
    return inputShape;
  }

  /** The shape the last layer produces. */
  public Shape outputShape() {
    return layers.get(layers.size() - 1).outputShape();
  }

  /** Keras's "Total params". */
  public long totalParams() {
    return trainableParams + nonTrainableParams;
  }

  /** Keras's "Trainable params". */
  public long trainableParams() {
    return trainableParams;
  }

  /** Keras's "Non-trainable params". */
  public long nonTrainableParams() {
    return nonTrainableParams;
  }

  /**
   * The model as a Graphviz DOT graph, like Keras's {@code plot_model(show_shapes=True)}: an
   * {@code InputLayer} box, then one box per layer with its name, Keras type, input and output
   * shapes and parameter count, connected top to bottom. Render it with {@code dot -Tpng}.
   */
  public String toDot() {
    return DotDiagram.render(DiagramGraph.of(this));
  }

  /**
   * The same diagram as {@link #toDot()} as a Mermaid {@code flowchart TD}, which GitHub and most
   * Markdown viewers draw from a fenced {@code mermaid} block.
   */
  public String toMermaid() {
    return MermaidDiagram.render(DiagramGraph.of(this));
  }

  /**
   * The same diagram as {@link #toDot()} as a self-contained SVG document (no fonts, styles or
   * tools needed), titled with the model's name and parameter totals; the same model always gives
   * the same bytes.
   */
  public String toSvg() {
    return SvgDiagram.render(DiagramGraph.of(this));
  }

  /**
   * The classic tf.keras 2.x {@code model.summary()} table, character for character (65 columns,
   * rows padded with spaces, over-long cells truncated the way Keras truncates them).
   */
  @Override
  public String toString() {
    return ClassicSummaryTable.render(this);
  }
}
