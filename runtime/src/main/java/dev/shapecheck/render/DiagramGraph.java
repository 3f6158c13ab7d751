package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model diagram shows, whatever the format: one box per layer and the arrows between them.
 *
 * <p>The DOT, Mermaid and SVG renderers read only this, never {@link ModelSummary}, so that all
 * three show the same text and so that functional (branching) models only need another way to build
 * a graph: a layer with several inputs is a node with several incoming edges, and its input cell
 * can list several shapes. A Sequential model is the chain {@code input → layer 1 → …}.
 */
public final class DiagramGraph {
  /**
   * One box. Shapes are already text so that a node with several inputs can print them all; {@code
   * params} is Keras's {@code count_params()}.
   */
  record Node(String name, String type, String input, String output, long params) {
    Node {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
    }

    /** The box's first line, as Keras's {@code plot_model} writes it: {@code conv1: Conv2D}. */
    String header() {
      return name + ": " + type;
    }

    /**
     * The values of the rows under the header, matching {@link #ROW_KEYS}; the parameter count is
     * grouped as Keras 3's summary prints it per layer ({@code 18,496}).
     */
    List<String> rowValues() {
      return List.of(input, output, Readable.grouped(params));
    }
  }

  /** An arrow from the node at index {@code from} to a later node at index {@code to}. */
  record Edge(int from, int to) {}

  /** The labels of a box's rows after its header, in order, shared by every renderer. */
  static final List<String> ROW_KEYS = List.of("input", "output", "params");

  private final String title;
  private final String totals;
  private final List<Node> nodes;
  private final List<Edge> edges;

  DiagramGraph(String title, String totals, List<Node> nodes, List<Edge> edges) {
    this.title = Objects.requireNonNull(title, "title");
    this.totals = Objects.requireNonNull(totals, "totals");
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    for (Edge edge : this.edges) {
      // Nodes in data-flow order let layouts place every node after all of its inputs in one pass.
      if (edge.from() < 0 || edge.from() >= edge.to() || edge.to() >= this.nodes.size()) {
        throw new IllegalArgumentException("edges must go forward between nodes: " + edge);
      }
    }
  }

  /**
   * The chain of a Sequential model, led by the {@code InputLayer} Keras creates for it; tf.keras 2
   * names that layer after the first one ({@code conv1_input}). A functional model's graph has one
   * node per row, its {@code InputLayer}s included, in declaration order (every inbound layer is
   * declared before its consumer) and one edge per inbound name, in the order of the inputs.
   */
  public static DiagramGraph of(ModelSummary summary) {
    List<Layer> layers = summary.layers();
    List<Node> nodes = new ArrayList<>(layers.size() + 1);
    List<Edge> edges = new ArrayList<>(layers.size());
    if (summary.isFunctional()) {
      Map<String, Integer> index = new HashMap<>();
      for (Layer layer : layers) {
        for (String inbound : layer.inbound()) {
          Integer from = index.get(inbound);
          if (from == null) {
            throw new IllegalArgumentException(
                layer.name() + " consumes " + inbound + ", which is not declared before it");
          }
          edges.add(new Edge(from, nodes.size()));
        }
        index.put(layer.name(), nodes.size());
        nodes.add(node(layer, inputs(layer)));
      }
    } else {
      String input = summary.inputShape().toString();
      nodes.add(new Node(layers.get(0).name() + "_input", "InputLayer", input, input, 0));
      for (Layer layer : layers) {
        nodes.add(node(layer, layer.inputShape().toString()));
        edges.add(new Edge(nodes.size() - 2, nodes.size() - 1));
      }
    }
    String totals =
        "Total params: "
            + Readable.grouped(summary.totalParams())
            + " (trainable: "
            + Readable.grouped(summary.trainableParams())
            + ", non-trainable: "
            + Readable.grouped(summary.nonTrainableParams())
            + ")";
    return new DiagramGraph(summary.name(), totals, nodes, edges);
  }

  private static Node node(Layer layer, String input) {
    return new Node(
        layer.name(), layer.type(), input, layer.outputShape().toString(), layer.params());
  }

  /** The input cell of a functional layer: its shapes joined by ", " (Keras's plot_model). */
  private static String inputs(Layer layer) {
    List<String> shapes = new ArrayList<>();
    for (Shape shape : layer.inputShapes()) {
      shapes.add(shape.toString());
    }
    return String.join(", ", shapes);
  }

  /** The model's name. */
  String title() {
    return title;
  }

  /** The parameter totals, one line. */
  String totals() {
    return totals;
  }

  /** The boxes in data-flow order: every edge goes from an earlier node to a later one. */
  List<Node> nodes() {
    return nodes;
  }

  List<Edge> edges() {
    return edges;
  }
}
