package dev.shapecheck.engine;

/**
 * One check that runs once a model is read or its shapes are known: a warning, a design constraint
 * or a check of how a graph is wired. Like Error Prone's {@code BugChecker}, each rule is a small
 * class that declares the one {@link ErrorKind} it reports and finds it through the hooks it needs;
 * {@link Rules} lists the rules and visits the model, handing every layer to {@link #checkLayer}
 * and then the model to {@link #checkModel}. A rule never tests a layer's name: it asks the layer's
 * {@link LayerTrait}s.
 */
interface Rule {
  /** The kind, and so the tag and severity, of everything this rule reports. */
  ErrorKind kind();

  /**
   * Checks row {@code index} of {@code model}, a row with a layer configuration; the rows of a
   * model are visited in order, each by every rule, so that one layer's problems come out together.
   */
  default void checkLayer(RuleContext model, int index, Findings sink) {}

  /** Checks {@code model} as a whole, after every row has been visited. */
  default void checkModel(RuleContext model, Findings sink) {}
}
