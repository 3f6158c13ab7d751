package dev.shapecheck;

import dev.shapecheck.render.ClassicSummaryTable;
import dev.shapecheck.render.CostFigures;
import dev.shapecheck.render.CsvSummary;
import dev.shapecheck.render.DetailedSummaryTable;
import dev.shapecheck.render.DiagramGraph;
import dev.shapecheck.render.DotDiagram;
import dev.shapecheck.render.Keras3SummaryTable;
import dev.shapecheck.render.KerasLayerOrder;
import dev.shapecheck.render.MarkdownSummary;
import dev.shapecheck.render.MermaidDiagram;
import dev.shapecheck.render.SvgDiagram;
import dev.shapecheck.render.TfjsSummaryTable;
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
  private final long int64Params;
  private final DType dtype;
  private final long totalMacs;
  private final long activationBytes;
  private final List<String> outputs; // empty: sequential, the last layer is the output

  /**
   * @throws ArithmeticException if a parameter total does not fit in a {@code long} (the engine
   *     reports such models as errors, so generated summaries never throw)
   */
  private ModelSummary(
      String name, Shape inputShape, List<Layer> layers, DType dtype, List<String> outputs) {
    this.outputs = List.copyOf(outputs);
    this.name = Objects.requireNonNull(name, "name");
    this.inputShape = Objects.requireNonNull(inputShape, "inputShape");
    this.layers = List.copyOf(layers);
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    if (this.layers.isEmpty()) {
      throw new IllegalArgumentException("a model has at least one layer");
    }
    long trainable = 0;
    long nonTrainable = 0;
    long int64 = 0;
    long macs = 0;
    long activations = 0;
    // Keras leaves a layer that reaches no declared output out of the model it builds, so the
    // totals leave it out too (the engine warns UnusedLayer; the row stays in layers()).
    List<Layer> counted = isFunctional() ? KerasLayerOrder.layers(this) : this.layers;
    for (Layer layer : counted) {
      trainable = Math.addExact(trainable, layer.trainableParams());
      nonTrainable = Math.addExact(nonTrainable, layer.nonTrainableParams());
      int64 += layer.int64Params(); // at most nonTrainable, which did not overflow
      macs = CostFigures.plus(macs, layer.macs());
      activations =
          CostFigures.plus(activations, CostFigures.times(layer.outputElements(), dtype.bytes()));
    }
    Math.addExact(trainable, nonTrainable); // totalParams() must never wrap around
    this.trainableParams = trainable;
    this.nonTrainableParams = nonTrainable;
    this.int64Params = int64;
    this.totalMacs = macs;
    this.activationBytes = activations;
  }

  /** The summary of a float32 model whose layers, in order, consume {@code inputShape}. */
  public static ModelSummary of(String name, Shape inputShape, List<Layer> layers) {
    return new ModelSummary(name, inputShape, layers, DType.FLOAT32, List.of());
  }

  /** The summary of a model of {@code dtype} whose layers, in order, consume {@code inputShape}. */
  public static ModelSummary of(String name, Shape inputShape, List<Layer> layers, DType dtype) {
    return new ModelSummary(name, inputShape, layers, dtype, List.of());
  }

  /**
   * The summary of a functional model: {@code layers} in declaration order, a valid topological
   * order, starting with (or including) one {@link Layer#input InputLayer} row per input; each
   * other layer names its inbound layers. {@code outputs} names the output layers, in order.
   */
  public static ModelSummary functional(
      String name, List<Layer> layers, List<String> outputs, DType dtype) {
    Shape firstInput = null;
    for (Layer layer : layers) {
      if (layer.type().equals("InputLayer")) {
        firstInput = layer.outputShape();
        break;
      }
    }
    if (firstInput == null || outputs.isEmpty()) {
      throw new IllegalArgumentException("a functional model has inputs and outputs");
    }
    return new ModelSummary(name, firstInput, layers, dtype, outputs);
  }

  /** Whether this is a functional model (layers name their inbound layers). */
  public boolean isFunctional() {
    return !outputs.isEmpty();
  }

  /** The input layers of a functional model in order; empty for a sequential model. */
  public List<Layer> inputLayers() {
    List<Layer> inputs = new java.util.ArrayList<>();
    if (isFunctional()) {
      for (Layer layer : layers) {
        if (layer.type().equals("InputLayer")) {
          inputs.add(layer);
        }
      }
    }
    return List.copyOf(inputs);
  }

  /** The output layers: the last layer of a sequential model, the declared ones of a functional. */
  public List<Layer> outputLayers() {
    if (!isFunctional()) {
      return List.of(layers.get(layers.size() - 1));
    }
    List<Layer> found = new java.util.ArrayList<>();
    for (String output : outputs) {
      for (Layer layer : layers) {
        if (layer.name().equals(output)) {
          found.add(layer);
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The layers in the order Keras's {@code model.layers} lists them: for a functional model, by
   * depth from the outputs, deepest first, as Keras, Keras 3 and TensorFlow.js order a Functional
   * model's layers in its summary and its {@code to_json()}; {@link #layers()} for a sequential
   * one. Like Keras's, the list leaves out a layer that reaches no declared output (Keras drops it
   * from the model; ShapeCheck warns) but keeps an input nothing consumes.
   */
  public List<Layer> kerasLayers() {
    return isFunctional() ? KerasLayerOrder.layers(this) : layers;
  }

  /** The model's name, as Keras prints it in {@code Model: "..."}. */
  public String name() {
    return name;
  }

  /** The layers in the order data flows through them. */
  public List<Layer> layers() {
    return layers;
  }

  /** The shape the model accepts (the first input's, for a functional model). */
  public Shape inputShape() {
    return inputShape;
  }

  /** The shape the last layer produces (the first output's, for a functional model). */
  public Shape outputShape() {
    return outputLayers().get(0).outputShape();
  }

  /**
   * Keras's "Total params". For a functional model, a layer from which no declared output can be
   * reached is not counted, here or in any other total, since Keras builds the model without it.
   */
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

  /** The type of weights and activations behind every memory figure. */
  public DType dtype() {
    return dtype;
  }

  /**
   * Multiply-accumulates for one sample, the sum of {@link Layer#macs()}, or {@link Layer#UNKNOWN}
   * when a layer's depends on an unknown dimension (or exceeds 2^63 - 1).
   */
  public long totalMacs() {
    return totalMacs;
  }

  /**
   * Bytes of all weights: total params × {@link DType#bytes()} (Keras's "(364.54 KB)"), 64-bit
   * integer weights at 8 bytes ({@link #int64Params()}), or {@link Layer#UNKNOWN} beyond 2^63 - 1.
   */
  public long paramBytes() {
    return CostFigures.plus(trainableParamBytes(), nonTrainableParamBytes());
  }

  /** Bytes of trainable weights, or {@link Layer#UNKNOWN} beyond 2^63 - 1. */
  public long trainableParamBytes() {
    return CostFigures.times(trainableParams, dtype.bytes());
  }

  /** Bytes of non-trainable weights, or {@link Layer#UNKNOWN} beyond 2^63 - 1. */
  public long nonTrainableParamBytes() {
    return CostFigures.plus(
        CostFigures.times(nonTrainableParams - int64Params, dtype.bytes()),
        CostFigures.times(int64Params, Long.BYTES));
  }

  /**
   * How many of the non-trainable weights are 64-bit integers whatever {@link #dtype()} (Keras's
   * {@code Normalization} count, see {@link Layer#withInt64Params}): 8 bytes each in the byte
   * figures.
   */
  public long int64Params() {
    return int64Params;
  }

  /**
   * Bytes of every layer's output for one sample — what a forward pass keeps for the backward pass
   * — or {@link Layer#UNKNOWN} with an unknown dimension.
   */
  public long activationBytes() {
    return activationBytes;
  }

  /**
   * An estimate of the memory training takes with Adam at {@code batchSize}: all weights, plus a
   * gradient and Adam's two moments per trainable weight, plus the activations of the whole batch.
   * Framework workspace and the input batch itself are not counted. {@link Layer#UNKNOWN} with an
   * unknown dimension, or beyond 2^63 - 1.
   */
  public long trainingMemoryBytes(int batchSize) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    long optimizer = CostFigures.times(trainableParamBytes(), 3);
    long batch = CostFigures.times(activationBytes, batchSize);
    return CostFigures.plus(CostFigures.plus(paramBytes(), optimizer), batch);
  }

  /**
   * The model as a Graphviz DOT graph, like Keras's {@code plot_model(show_shapes=True)}: an {@code
   * InputLayer} box, then one box per layer with its name, Keras type, input and output shapes and
   * parameter count, connected top to bottom. Render it with {@code dot -Tpng}.
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

  /**
   * The summary table in {@code style}: the classic tf.keras 2 table (what {@link #toString()}
   * prints), Keras 3's, TensorFlow.js's, each character for character, or ShapeCheck's detailed
   * table (shapes in and out, parameters with their non-trainable part, MACs and output memory per
   * layer; parameter, activation and training-memory totals). Keras 3's is the one it prints on a
   * terminal wide enough for all of it; {@link #toString(SummaryStyle, int)} prints it for a given
   * terminal width.
   */
  public String toString(SummaryStyle style) {
    switch (style) {
      case KERAS_CLASSIC:
        return ClassicSummaryTable.render(this);
      case KERAS3:
        return Keras3SummaryTable.render(this);
      case TFJS:
        return TfjsSummaryTable.render(this);
      case DETAILED:
        return DetailedSummaryTable.render(this);
      default:
        throw new IllegalArgumentException("unknown summary style: " + style);
    }
  }

  /**
   * The summary table in {@code style} as it prints on a terminal {@code terminalColumns} wide.
   * Only Keras 3 reads the terminal: its {@code model.summary()} narrows its table to the terminal
   * (to {@code terminalColumns - 4}, when that is less than its full 88 columns, 108 with
   * "Connected to"), fits the columns into it, wraps and cuts cells as the rich library does, and
   * wraps the title and totals at the terminal's width. It does so even when {@code print_fn}
   * captures the text: a capture where no terminal is attached (CI, a log file) is the 80-column
   * text. The other styles print the same text on any terminal, as their frameworks do, so for them
   * this is {@link #toString(SummaryStyle)}.
   *
   * @throws IllegalArgumentException if {@code terminalColumns} is not positive, or if Keras 3
   *     prints no summary on so narrow a terminal (it prints one on any terminal of at least 20
   *     columns, 25 with "Connected to")
   */
  public String toString(SummaryStyle style, int terminalColumns) {
    if (terminalColumns < 1) {
      throw new IllegalArgumentException("a terminal has at least one column: " + terminalColumns);
    }
    return style == SummaryStyle.KERAS3
        ? Keras3SummaryTable.render(this, terminalColumns)
        : toString(style);
  }

  /**
   * The {@link SummaryStyle#DETAILED} summary as GitHub Flavored Markdown: a pipe table with the
   * same cells, then the totals as a list.
   */
  public String toMarkdown() {
    return MarkdownSummary.render(this);
  }

  /**
   * One RFC 4180 CSV record per layer under a header row ({@code layer,type,input_shape,
   * output_shape,params,trainable_params,non_trainable_params,macs,output_bytes}): CRLF line ends,
   * numbers without separators, an empty field for a figure that depends on an unknown dimension.
   */
  public String toCsv() {
    return CsvSummary.render(this);
  }
}
