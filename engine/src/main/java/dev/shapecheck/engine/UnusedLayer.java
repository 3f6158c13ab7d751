package dev.shapecheck.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code UnusedLayer}: when a functional model declares its outputs, a member no output depends on.
 * Keras silently drops it from the model (and ShapeCheck from the totals), so it is probably a
 * leftover. With inferred outputs every unconsumed member is an output, so no layer can be unused.
 * Reported on the member, whose index counts in the graph's members.
 */
final class UnusedLayer implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.UNUSED_LAYER;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    GraphConfig graph = model.graph();
    if (graph.outputs().isEmpty()) {
      return;
    }
    List<NodeConfig> nodes = graph.nodes();
    Set<String> needed = new HashSet<>(graph.outputs());
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (needed.contains(nodes.get(i).name())) {
        needed.addAll(nodes.get(i).inbound());
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      NodeConfig node = nodes.get(i);
      if (node.kind() != NodeConfig.Kind.INPUT && !needed.contains(node.name())) {
        sink.layer(
            i,
            kind(),
            null,
            null,
            "reaches no output of "
                + KerasNames.shown(graph.name())
                + " (outputs = "
                + String.join(", ", graph.outputs())
                + "): Keras leaves it out of the model, and ShapeCheck out of the totals",
            List.of(
                "hint: add it to outputs, consume it in a layer that reaches one, or remove"
                    + " it"));
      }
    }
  }
}
