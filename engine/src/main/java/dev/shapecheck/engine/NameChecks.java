package dev.shapecheck.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a graph's name templates get wrong before any use names a row with them: a template that is
 * invalid ({@link NameTemplate#problem()}), one that means nothing where it is ({@code {use}} in a
 * model, {@code {auto}} on a block use, {@code @Name} on a block's input), and, for a block checked
 * on its own, two layers that every use would give one name. These are the block's own mistakes, so
 * they are reported where the block is declared, once, however often it is applied; what depends on
 * the uses (a name another use has too) is {@link BlockExpansion}'s to find row by row.
 */
final class NameChecks {
  /** Where a problem goes: a member's {@code @Name}, or with {@code node} null the graph's. */
  interface Reporter {
    void problem(NodeConfig node, int member, String headline, List<String> details);
  }

  private final GraphConfig graph;
  private final boolean inUse;
  private final Function<String, NameTemplate> templates;
  private final Reporter reporter;

  /**
   * @param inUse whether the graph is being expanded as one use of a block (else it is the model,
   *     or the block, being checked)
   */
  NameChecks(
      GraphConfig graph,
      boolean inUse,
      Function<String, NameTemplate> templates,
      Reporter reporter) {
    this.graph = graph;
    this.inUse = inUse;
    this.templates = templates;
    this.reporter = reporter;
  }

  /** Reports every problem of the graph's templates; true when there is none. */
  boolean check() {
    boolean ok = checkGraphNames();
    List<NodeConfig> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      ok &= checkOwn(nodes.get(i), i);
    }
    if (ok && !inUse && graph.kind() == GraphConfig.Kind.BLOCK) {
      ok = checkDistinct();
    }
    return ok;
  }

  /** Whether the graph names anything with {@code names}: as a block, or applied as one. */
  private boolean namesApply() {
    return inUse || graph.kind() == GraphConfig.Kind.BLOCK;
  }

  private boolean checkGraphNames() {
    if (!namesApply()) {
      return true;
    }
    NameTemplate names = templates.apply(graph.names());
    String written = "names = " + KerasNames.quoted(graph.names());
    if (!names.isValid()) {
      reporter.problem(null, -1, written + " " + names.problem(), List.of(names.hint()));
      return false;
    }
    if (!names.isAuto()) {
      return true;
    }
    for (NodeConfig node : graph.nodes()) {
      if (node.kind() == NodeConfig.Kind.BLOCK && node.nameTemplate() == null) {
        reporter.problem(
            null,
            -1,
            written
                + " also names "
                + node.name()
                + ", a use of block "
                + node.block().name()
                + ", but {auto} is the name Keras gives a layer after its class, and a use is no"
                + " layer",
            List.of(
                "hint: give "
                    + node.name()
                    + " a name of its own, e.g. @Name(\"{use}_{layer}\"); its layers are named"
                    + " by "
                    + node.block().name()));
        return false;
      }
    }
    return true;
  }

  /** Checks a member's own {@code @Name}. */
  private boolean checkOwn(NodeConfig node, int member) {
    if (node.nameTemplate() == null) {
      return true;
    }
    NameTemplate own = templates.apply(node.nameTemplate());
    String written = "@Name(" + KerasNames.quoted(node.nameTemplate()) + ")";
    String problem = null;
    String hint = null;
    if (!own.isValid()) {
      problem = own.problem();
      hint = own.hint();
    } else if (node.kind() == NodeConfig.Kind.INPUT && graph.kind() == GraphConfig.Kind.BLOCK) {
      problem =
          "is on an input of a block, which is the layer that arrives where the block is"
              + " applied, and has no name of its own";
      hint = "hint: remove @Name; the layer that feeds the use has its own name";
    } else if (own.isAuto() && node.kind() == NodeConfig.Kind.BLOCK) {
      problem =
          "is on a use of block "
              + node.block().name()
              + ", but {auto} is the name Keras gives a layer after its class, and a use is no"
              + " layer";
      hint =
          "hint: name the use with text, {use} and {layer}; its layers are named by "
              + node.block().name();
    } else if (own.needsUse() && !namesApply()) {
      problem =
          "names a use of a block, but "
              + node.name()
              + " is a member of model "
              + KerasNames.shown(graph.name())
              + ", not of a block: {use} and {index} name nothing here";
      hint = "hint: name it with text, {layer} (the method's name) or {auto}";
    }
    if (problem == null) {
      return true;
    }
    reporter.problem(node, member, written + " " + problem, List.of(hint));
    return false;
  }

  /**
   * A block's layers, as every use names them (with {@code {use}} and {@code {index}} standing for
   * the use's), must differ: {@code names = "{use}"} gives them all the use's name.
   */
  private boolean checkDistinct() {
    NameTemplate names = templates.apply(graph.names());
    Map<String, NodeConfig> seen = new HashMap<>();
    List<NodeConfig> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      NodeConfig node = nodes.get(i);
      if (node.kind() != NodeConfig.Kind.LAYER) {
        continue;
      }
      NameTemplate template =
          node.nameTemplate() == null ? names : templates.apply(node.nameTemplate());
      if (template.isAuto()) {
        continue; // numbered: never one another's
      }
      String name = template.render("{use}", node.name(), "{index}");
      NodeConfig first = seen.putIfAbsent(name, node);
      if (first == null) {
        continue;
      }
      String headline =
          "names "
              + first.name()
              + " and "
              + node.name()
              + " "
              + name
              + " in every use of block "
              + graph.name();
      List<String> details =
          List.of(
              "needed: a name of its own for each layer, as Keras layer names are unique in a"
                  + " model",
              "hint: include {layer} (the method's name) in the template, as \""
                  + NameTemplate.DEFAULT
                  + "\" does");
      if (node.nameTemplate() != null) {
        reporter.problem(
            node, i, "@Name(" + KerasNames.quoted(node.nameTemplate()) + ") " + headline, details);
      } else {
        reporter.problem(
            null, -1, "names = " + KerasNames.quoted(graph.names()) + " " + headline, details);
      }
      return false;
    }
    return true;
  }
}
