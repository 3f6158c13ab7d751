package dev.shapecheck.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code UnusedInput}: an input of a functional model that no layer consumes (and that is no
 * output). Keras builds the model without a word, yet still demands data for it at {@code fit()}:
 * probably a leftover. Reported on the member, whose index counts in the graph's members. A
 * sequential model's input is its first layer's, never unused.
 */
final class UnusedInput implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.UNUSED_INPUT;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    if (model.isSequential()) {
      return;
    }
    List<NodeConfig> nodes = model.graph().nodes();
    Set<String> consumed = new HashSet<>(model.graph().outputs());
    for (NodeConfig node : nodes) {
      consumed.addAll(node.inbound());
    }
    for (int i = 0; i < nodes.size(); i++) {
      NodeConfig node = nodes.get(i);
      if (node.kind() == NodeConfig.Kind.INPUT && !consumed.contains(node.name())) {
        sink.layer(
            i,
            kind(),
            null,
            null,
            "is consumed by no layer: the model still expects data for it",
            List.of(
                "hint: name it as a parameter of the layer that should consume it, or remove"
                    + " it"));
      }
    }
  }
}
