package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one model or block, each placed on the top-level member a user can click on (an
 * {@code @Apply} method for everything inside a block use) and worded alike for every kind of
 * graph: label, headline, then "in model X, layer i of n" and the details.
 *
 * <p>A sequential model's layers are counted as declared: its input is an attribute of the model,
 * not one of its layers, so the chain's input member is not counted and layer {@code i} of the
 * model is member {@code i + 1} of the chain.
 */
final class GraphReport {
  private final GraphConfig model;

  /** The members before the first one messages count: a sequential chain's input. */
  private final int uncounted;

  private final List<Problem> problems = new ArrayList<>();

  GraphReport(GraphConfig model) {
    this.model = model;
    this.uncounted = model.kind() == GraphConfig.Kind.SEQUENTIAL ? 1 : 0;
  }

  /** The member that {@link Problem#layerIndex()} {@code index} stands for. */
  int member(int index) {
    return index + uncounted;
  }

  /**
   * A problem of top-level member {@code member}.
   *
   * @param label who it is about: {@code conv2_block1_1_conv (Conv2D)}
   * @param parameter the method parameter at fault, or -1
   */
  void member(
      int member,
      ErrorKind kind,
      String annotation,
      String attribute,
      int parameter,
      String label,
      String headline,
      List<String> details) {
    member(member, kind, annotation, attribute, -1, parameter, label, headline, details);
  }

  /**
   * A problem of top-level member {@code member} placed on element {@code entry} of the array
   * {@code attribute} (one {@code @Apply(set)} entry).
   */
  void member(
      int member,
      ErrorKind kind,
      String annotation,
      String attribute,
      int entry,
      int parameter,
      String label,
      String headline,
      List<String> details) {
    int index = member - uncounted;
    List<String> all = new ArrayList<>();
    all.add(
        "in "
            + kind()
            + " "
            + KerasNames.shown(model.name())
            + ", layer "
            + (index + 1)
            + " of "
            + (model.nodes().size() - uncounted));
    all.addAll(details);
    problems.add(
        new Problem(
            kind, index, annotation, attribute, label + ": " + headline, all, parameter, entry));
  }

  /** A problem of the model as a whole, on an attribute of its annotation (or null). */
  void model(ErrorKind kind, String attribute, String headline, List<String> details) {
    problems.add(
        new Problem(
            kind,
            Problem.MODEL,
            null,
            attribute,
            kind() + " " + KerasNames.shown(model.name()) + ": " + headline,
            details));
  }

  /** What messages call the graph: a model, or a block checked on its own. */
  private String kind() {
    return model.kind() == GraphConfig.Kind.BLOCK ? "block" : "model";
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(p -> !p.kind().isWarning());
  }

  /** Every problem, model problems first, then by member in declaration order (stable). */
  List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::layerIndex));
    return sorted;
  }
}
