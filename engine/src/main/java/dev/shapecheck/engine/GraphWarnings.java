package dev.shapecheck.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warnings about how a valid functional model is wired: an input nothing consumes ({@code
 * UnusedInput}) and, when outputs are declared, a member no output depends on ({@code
 * UnusedLayer}). Keras builds both without a word — the first still demands data at {@code
 * fit()}, the second is silently dropped from the model — so both are probably leftovers.
 * With inferred outputs every unconsumed member is an output, so no layer can be unused.
 */
final class GraphWarnings {
  private GraphWarnings() {}

  static void check(GraphConfig model, GraphReport report) {
    List<NodeConfig> nodes = model.nodes();
    Set<String> consumed = new HashSet<>(model.outputs());
    for (NodeConfig node : nodes) {
      consumed.addAll(node.inbound());
    }
    for (int i = 0; i < nodes.size(); i++) {
      NodeConfig node = nodes.get(i);
      if (node.kind() == NodeConfig.Kind.INPUT && !consumed.contains(node.name())) {
        report.member(
            i, ErrorKind.UNUSED_INPUT, null, null, -1, BlockExpansion.label(node.name(), node),
            "is consumed by no layer: the model still expects data for it",
            List.of("hint: name it as a parameter of the layer that should consume it, or remove"
                + " it"));
      }
    }
    if (model.outputs().isEmpty()) {
      return;
    }
    Set<String> needed = new HashSet<>(model.outputs());
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (needed.contains(nodes.get(i).name())) {
        needed.addAll(nodes.get(i).inbound());
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      NodeConfig node = nodes.get(i);
      if (node.kind() != NodeConfig.Kind.INPUT && !needed.contains(node.name())) {
        report.member(
            i, ErrorKind.UNUSED_LAYER, null, null, -1, BlockExpansion.label(node.name(), node),
            "reaches no output of " + KerasNames.shown(model.name()) + " (outputs = "
                + String.join(", ", model.outputs())
                + "): Keras leaves it out of the model, and ShapeCheck out of the totals",
            List.of("hint: add it to outputs, consume it in a layer that reaches one, or remove"
                + " it"));
      }
    }
  }
}
