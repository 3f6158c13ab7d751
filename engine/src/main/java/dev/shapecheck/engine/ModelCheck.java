package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking one model: either a complete {@link ModelSummary}, or the problems that
 * prevent one (all of them, so one compilation reports everything that is wrong).
 */
public final class ModelCheck {
  private final ModelSummary summary;
  private final List<Layer> layers;
  private final List<Problem> problems;
  private final List<LayerConfig> configs;
  private final Map<String, String> memberRows;
  private String inputDtype; // a sequential model's input, as Keras names it; null: the dtype's
  private Map<String, String> tensorDtypes = Map.of(); // by row: Keras's symbolic output dtype

  ModelCheck(ModelSummary summary, List<Layer> layers, List<Problem> problems) {
    this(summary, layers, problems, List.of(), Map.of());
  }

  /**
   * @param configs the configuration of each row of {@code layers} after block expansion and
   *     per-use overrides (null for an InputLayer row), named as the rows are
   * @param memberRows the row each declared member stands for
   */
  ModelCheck(
      ModelSummary summary,
      List<Layer> layers,
      List<Problem> problems,
      List<LayerConfig> configs,
      Map<String, String> memberRows) {
    this.memberRows = Map.copyOf(memberRows);
    this.configs = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(configs));
    this.summary = summary;
    this.layers = List.copyOf(layers);
    this.problems = List.copyOf(problems);
  }

  /**
   * The clean model as Keras 3's {@code model.to_json()} ({@code Sequential} or {@code
   * Functional}), one line, as Python's {@code json.dumps} writes it: what the generated class
   * holds as {@code KERAS_JSON}, and what {@code keras.models.model_from_json} of Keras 3 builds.
   *
   * @throws IllegalStateException if the model has problems
   */
  public String kerasJson() {
    return KerasJson.of(summary(), configs, inputDtype, tensorDtypes);
  }

  /**
   * {@link #kerasJson()} in pieces that concatenate to it: the opening, one piece per layer ({@code
   * ", {...}"}) and the closing, for writers that lay it out one layer per line.
   *
   * @throws IllegalStateException if the model has problems
   */
  public List<String> kerasJsonParts() {
    return KerasJson.parts(summary(), configs, inputDtype, tensorDtypes);
  }

  /**
   * The clean model as tf.keras 2's {@code model.to_json()}, the legacy form that tf.keras 2.x
   * ({@code tf_keras}), TensorFlow.js's {@code tf.models.modelFromJSON} and DL4J read (Keras 3 does
   * not): what the generated class holds as {@code KERAS2_JSON}.
   *
   * @throws IllegalStateException if the model has problems
   */
  public String keras2Json() {
    return String.join("", keras2JsonParts());
  }

  /**
   * {@link #keras2Json()} in pieces, as {@link #kerasJsonParts()} gives {@link #kerasJson()}.
   *
   * @throws IllegalStateException if the model has problems
   */
  public List<String> keras2JsonParts() {
    return Keras2Json.parts(summary(), configs, inputDtype);
  }

  /**
   * This check, its sequential model's input of {@code kerasDtype} (e.g. {@code "string"}) in the
   * JSON forms; null keeps the model's dtype. Set once, by the engine, before the check is handed
   * out.
   */
  ModelCheck withInputDtype(String kerasDtype) {
    this.inputDtype = kerasDtype;
    return this;
  }

  /**
   * This check, each row's output tensor of the Keras dtype {@code byRow} gives (a typed input, a
   * lookup's int64, ...; absent: the model's dtype) in the functional JSON form. Set once, by the
   * engine, before the check is handed out.
   */
  ModelCheck withTensorDtypes(Map<String, String> byRow) {
    this.tensorDtypes = Map.copyOf(byRow);
    return this;
  }

  /** Whether the model is valid: no errors (warnings allowed), and a summary. */
  public boolean isClean() {
    for (Problem problem : problems) {
      if (!problem.kind().isWarning()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The configuration behind each of {@link #layers()} after block expansion and per-use overrides
   * (null for InputLayer rows), for writers such as the Keras JSON.
   */
  public List<LayerConfig> configs() {
    return configs;
  }

  /**
   * The name of the summary row that each declared member (input, layer or {@code @Apply} use, by
   * method name) stands for: its own row, or for a block use the row that produces the use's output
   * — which is the row feeding the use when the block passes its input through. A sequential
   * model's input has no row (it is no member), and its layers are their own rows.
   */
  public Map<String, String> memberRows() {
    return memberRows;
  }

  /** Every problem, errors and warnings, in declaration order of the layers they concern. */
  public List<Problem> problems() {
    return problems;
  }

  /** The layers computed before the first failure; all of them when the model is clean. */
  public List<Layer> layers() {
    return layers;
  }

  /**
   * The summary of a clean model.
   *
   * @throws IllegalStateException if the model has problems
   */
  public ModelSummary summary() {
    if (summary == null) {
      throw new IllegalStateException("the model has problems: " + problems);
    }
    return summary;
  }
}
