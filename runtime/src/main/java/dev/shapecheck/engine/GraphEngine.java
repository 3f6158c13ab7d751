package dev.shapecheck.engine;

/** Checks functional models: see {@link ShapeEngine#check(GraphConfig)}. */
final class GraphEngine {
  private GraphEngine() {}

  static ModelCheck check(GraphConfig model) {
    throw new UnsupportedOperationException("functional models: being built (issue 7)");
  }
}
