package dev.shapecheck.engine;

import java.util.List;

/**
 * Warnings about how a valid functional model is wired, {@link Rules#GRAPH_WARNINGS}: an input
 * nothing consumes ({@link UnusedInput}) and, when outputs are declared, a member no output
 * depends on ({@link UnusedLayer}). Their indices count the graph's top-level members, so they
 * report through a {@link Findings} that places each on its member.
 */
final class GraphWarnings {
  private GraphWarnings() {}

  static void check(GraphConfig model, GraphReport report) {
    Rules.run(Rules.GRAPH_WARNINGS, RuleContext.declared(model), members(model, report));
  }

  /** Findings whose layer index is a top-level member of {@code model}, labelled as such. */
  private static Findings members(GraphConfig model, GraphReport report) {
    return new Findings() {
      @Override
      public void layer(
          int index,
          ErrorKind kind,
          String annotation,
          String attribute,
          String headline,
          List<String> details) {
        NodeConfig node = model.nodes().get(index);
        report.member(
            index, kind, annotation, attribute, -1, BlockExpansion.label(node.name(), node),
            headline, details);
      }

      @Override
      public void model(ErrorKind kind, String attribute, String headline, List<String> details) {
        report.model(kind, attribute, headline, details);
      }
    };
  }
}
