package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The order and the layout Keras and TensorFlow.js give a functional model's summary.
 *
 * <p>Neither framework lists a Functional model's layers in declaration order: {@code model.layers}
 * groups them by depth (the longest path from the layer to an output), deepest first, and orders
 * each group by when a depth-first walk from the outputs first met the layer (tf.keras {@code
 * _map_graph_network}, Keras 3 {@code map_graph}, tfjs {@code Container}). So a short branch from
 * an input sits next to the layer it feeds, not next to the input. The framework tables follow that
 * order to print what the frameworks print; ShapeCheck's own tables keep the declaration order.
 *
 * <p>A layer no declared output depends on is not part of the model Keras builds: it is neither
 * listed nor counted. An input nothing consumes is still listed, at the lowest depth, by tf.keras
 * and Keras 3 ({@code _map_graph_network} / {@code map_graph} add it back); TensorFlow.js leaves it
 * out too, and here ShapeCheck follows Keras.
 *
 * <p>The frameworks also print a functional model that is a plain chain (one input, one inbound per
 * layer, one layer per depth) in their Sequential layout, without the connections column: {@link
 * #isSequentialLike} tells which.
 */
public final class KerasLayerOrder {
  private static final String INPUT_LAYER = "InputLayer";

  private KerasLayerOrder() {}

  /** The weight counts a framework prints under its table: those of the layers it lists. */
  record Totals(long trainable, long nonTrainable) {
    long total() {
      return trainable + nonTrainable; // at most the summary's own total, which cannot overflow
    }
  }

  /** The weight counts a framework prints under its table: the summary's own totals. */
  static Totals totals(ModelSummary summary) {
    return new Totals(summary.trainableParams(), summary.nonTrainableParams());
  }

  /** The rows in Keras's {@code model.layers} order. */
  public static List<Layer> layers(ModelSummary summary) {
    List<Layer> rows = summary.layers();
    Map<String, Layer> byName = new LinkedHashMap<>();
    for (Layer row : rows) {
      byName.put(row.name(), row);
    }
    Map<String, Integer> firstSeen = new HashMap<>();
    List<String> postOrder = new ArrayList<>();
    Set<String> finished = new HashSet<>();
    for (Layer output : summary.outputLayers()) {
      walk(output.name(), byName, firstSeen, postOrder, finished);
    }
    // Longest path to an output: reversed post-order visits every consumer before its producers.
    Map<String, Integer> depth = new HashMap<>();
    for (int i = postOrder.size() - 1; i >= 0; i--) {
      String name = postOrder.get(i);
      int own = depth.getOrDefault(name, 0);
      depth.put(name, own);
      for (String inbound : byName.get(name).inbound()) {
        depth.merge(inbound, own + 1, Math::max);
      }
    }
    // Rows no output depends on: Keras keeps an unused input at depth 0, met before anything
    // (its model still takes that input), and leaves out a layer that reaches no output.
    for (Layer row : rows) {
      if (!depth.containsKey(row.name()) && row.type().equals(INPUT_LAYER)) {
        depth.put(row.name(), 0);
        firstSeen.put(row.name(), -1);
      }
    }
    TreeMap<Integer, List<Layer>> byDepth = new TreeMap<>(Comparator.reverseOrder());
    for (Layer row : rows) {
      if (depth.containsKey(row.name())) {
        byDepth.computeIfAbsent(depth.get(row.name()), d -> new ArrayList<>()).add(row);
      }
    }
    List<Layer> ordered = new ArrayList<>(rows.size());
    for (List<Layer> group : byDepth.values()) {
      // Stable: unused rows keep their declaration order among themselves.
      group.sort(Comparator.comparingInt(row -> firstSeen.get(row.name())));
      ordered.addAll(group);
    }
    return List.copyOf(ordered);
  }

  /**
   * A depth-first walk from {@code start} up its inbound layers: {@code firstSeen} numbers the rows
   * in the order the walk meets them, {@code postOrder} lists them once all their inbound layers
   * are done. Iterative, with an explicit stack: a chain of tens of thousands of layers (a block
   * applied with a large {@code times}) would overflow javac's thread stack.
   */
  private static void walk(
      String start,
      Map<String, Layer> byName,
      Map<String, Integer> firstSeen,
      List<String> postOrder,
      Set<String> finished) {
    Deque<String> names = new ArrayDeque<>();
    Deque<Integer> nextInbound = new ArrayDeque<>();
    if (!enter(start, byName, firstSeen, finished)) {
      return;
    }
    names.push(start);
    nextInbound.push(0);
    while (!names.isEmpty()) {
      String name = names.peek();
      List<String> inbound = byName.get(name).inbound();
      int next = nextInbound.pop();
      if (next < inbound.size()) {
        nextInbound.push(next + 1);
        String producer = inbound.get(next);
        if (enter(producer, byName, firstSeen, finished)) {
          names.push(producer);
          nextInbound.push(0);
        }
        continue;
      }
      names.pop();
      finished.add(name);
      postOrder.add(name);
    }
  }

  /**
   * Numbers {@code name} as met and returns true, or false for an unknown name, a layer already
   * walked or (never in a checked model) a cycle.
   */
  private static boolean enter(
      String name,
      Map<String, Layer> byName,
      Map<String, Integer> firstSeen,
      Set<String> finished) {
    if (!byName.containsKey(name) || finished.contains(name) || firstSeen.containsKey(name)) {
      return false;
    }
    firstSeen.put(name, firstSeen.size());
    return true;
  }

  /**
   * Whether Keras prints this functional model in the Sequential layout: every depth holds one
   * layer and no layer has more than one inbound layer (Keras's {@code sequential_like}).
   */
  static boolean isSequentialLike(ModelSummary summary) {
    List<Layer> ordered = layers(summary);
    for (Layer row : ordered) {
      if (row.inbound().size() > 1) {
        return false;
      }
    }
    // In Keras order, one layer per depth means each layer consumes the one before it.
    for (int i = 1; i < ordered.size(); i++) {
      List<String> inbound = ordered.get(i).inbound();
      if (inbound.size() != 1 || !inbound.get(0).equals(ordered.get(i - 1).name())) {
        return false;
      }
    }
    return summary.inputLayers().size() == 1;
  }

  /**
   * Keras's "Connected to" entries of a row: {@code conv1[0][0]}, one per inbound layer, with the
   * output it takes ({@code encoder[0][1]}).
   */
  static List<String> connections(Layer row) {
    List<String> connections = new ArrayList<>(row.inbound().size());
    for (int i = 0; i < row.inbound().size(); i++) {
      connections.add(row.inbound().get(i) + "[0][" + row.inboundOutputs().get(i) + "]");
    }
    return connections;
  }

  /**
   * Keras's "Output Shape" cell: the shape, or for a layer with several outputs (a recurrent
   * layer's {@code return_state}) the list of them, {@code [(None, 256), (None, 256), (None,
   * 256)]}, as Keras 3's {@code format_layer_shape} and tf.keras 2's summary print it.
   */
  static String outputShape(Layer row) {
    if (row.outputShapes().size() == 1) {
      return row.outputShape().toString();
    }
    List<String> shapes = new ArrayList<>();
    for (dev.shapecheck.Shape shape : row.outputShapes()) {
      shapes.add(shape.toString());
    }
    return "[" + String.join(", ", shapes) + "]";
  }
}
