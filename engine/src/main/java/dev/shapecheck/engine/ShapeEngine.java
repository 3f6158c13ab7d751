package dev.shapecheck.engine;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Computes a sequential model's shapes and parameter counts with Keras's semantics, or says
 * precisely why Keras would reject it.
 *
 * <p>Checking runs in two passes. Every layer's arguments are validated first, independently, so
 * all argument errors of a model are reported together. Then shapes flow from the input through
 * the layers; the first layer that cannot take its input is reported and the rest are not checked,
 * since their input is unknown — one root cause, one error. Flow also stops, silently, at a layer
 * whose arguments were invalid.
 *
 * <p>This class knows nothing of compilers: the annotation processor is one client, tests and
 * run-time callers are others.
 */
public final class ShapeEngine {
  private ShapeEngine() {}

  /** Validates arguments and computes every shape and parameter count. */
  public static ModelCheck check(ModelConfig model) {
    return new Run(model).check(true);
  }

  /**
   * Validates a functional model's graph and every layer's arguments, expands its block uses, and
   * computes every shape and parameter count.
   */
  public static ModelCheck check(GraphConfig model) {
    return GraphEngine.check(model);
  }

  /**
   * Validates the model's input and each layer's arguments without computing shapes: for a
   * declaration that is already known to be incomplete, where shapes would only mislead.
   */
  public static ModelCheck checkArguments(ModelConfig model) {
    return new Run(model).check(false);
  }

  /** The layer types the engine knows, by Keras class name (wrappers included). */
  public static Set<String> layerTypes() {
    return LayerCatalog.types();
  }

  /**
   * The wrapper types ({@code Bidirectional}, {@code TimeDistributed}): annotations that go on a
   * method beside the annotation of the layer they wrap.
   */
  public static Set<String> wrapperTypes() {
    return LayerCatalog.wrapperTypes();
  }

  /** One check of one model; holds the problems found so far. */
  private static final class Run implements Findings {
    private final ModelConfig model;
    private final List<LayerConfig> configs;
    private final List<Problem> problems = new ArrayList<>();
    private DType dtype = DType.FLOAT32;

    Run(ModelConfig model) {
      this.model = model;
      this.configs = model.layers();
    }

    ModelCheck check(boolean computeShapes) {
      ModelDeclaration.checkName(model.name(), this);
      dtype = ModelDeclaration.dtype(model.dtype(), this);
      Shape input = inputShape();
      ConstraintChecks.validate(model, this); // like arguments: reported even if shapes fail
      if (configs.isEmpty() && computeShapes) { // else the declaration errors say why
        modelProblem(
            ErrorKind.NO_LAYERS,
            null,
            "declares no layers",
            "declare one abstract method per layer, e.g. @Dense(units = 10) Layer output();");
      }
      List<LayerSpec> specs = new ArrayList<>();
      for (int i = 0; i < configs.size(); i++) {
        specs.add(parse(i));
      }
      if (!computeShapes || input == null) {
        return new ModelCheck(null, List.of(), problems);
      }
      List<Layer> layers = flow(input, specs);
      ModelSummary summary = null;
      if (problems.isEmpty()) {
        summary = ModelSummary.of(model.name(), input, layers, dtype); // totals checked in flow
        // Checks of the complete model: the user's design constraints, then the warnings.
        ConstraintChecks.check(model, summary, this);
        // warnings
        WarningChecks.check(configs, summary, this);
      }
      problems.sort(Comparator.comparingInt(Problem::layerIndex)); // stable: model problems first
      ModelCheck check = new ModelCheck(summary, layers, problems);
      return check.isClean() ? check : new ModelCheck(null, layers, problems);
    }

    private Shape inputShape() {
      int[] dims = model.input();
      boolean valid = dims.length > 0;
      for (int dim : dims) {
        valid &= dim > 0 || dim == Shape.NONE;
      }
      if (!valid) {
        modelProblem(
            ErrorKind.INVALID_INPUT,
            "input",
            dims.length == 0
                ? "input is empty"
                : "input = " + Arguments.format(dims)
                    + ", but every dimension must be positive or Shape.NONE",
            "give the shape of one sample without the batch, e.g. input = {28, 28, 1}");
      }
      int batch = model.batchSize();
      if (batch != Shape.NONE && batch <= 0) {
        modelProblem(
            ErrorKind.INVALID_BATCH_SIZE,
            "batchSize",
            "batchSize = " + batch + ", but it must be positive or Shape.NONE",
            "leave batchSize out to keep the batch open, as Keras's None");
        return null;
      }
      return valid ? Shape.withBatch(batch, dims) : null;
    }

    /** The spec of layer {@code index}, or null if its arguments (or a wrapped layer's) fail. */
    private LayerSpec parse(int index) {
      return LayerParser.CATALOG.parse(
          configs.get(index),
          (kind, annotation, attribute, headline, details) ->
              layerProblem(index, kind, annotation, attribute, headline, details));
    }

    private List<Layer> flow(Shape modelInput, List<LayerSpec> specs) {
      List<Layer> layers = new ArrayList<>();
      Shape input = modelInput;
      InputDescription in = InputDescription.modelInput(modelInput);
      long total = 0;
      for (int i = 0; i < specs.size(); i++) {
        LayerConfig config = configs.get(i);
        if (specs.get(i) == null) {
          break; // its arguments were reported; what it would output is unknown
        }
        try {
          LayerOutput out = specs.get(i).apply(input, in);
          total = Checked.add("model's total", total, out.trainableParams);
          total = Checked.add("model's total", total, out.nonTrainableParams);
          layers.add(
              Layer.of(
                  config.name(),
                  config.type(),
                  input,
                  out.shape,
                  out.trainableParams,
                  out.nonTrainableParams,
                  out.macs));
          input = out.shape;
          in = InputDescription.outputOf(config.name(), out.shape);
        } catch (ShapeError error) {
          List<String> details = new ArrayList<>();
          details.add("input:  " + in.detail());
          details.add("needed: " + error.needed);
          details.add("hint:   " + error.hint);
          if (i < specs.size() - 1) {
            details.add(
                "the shapes of the " + (specs.size() - 1 - i) + " layer(s) after "
                    + config.name() + " were not checked; fix this one first");
          }
          layerProblem(
              i, error.kind, error.annotation, error.attribute, error.getMessage(), details);
          break;
        }
      }
      return layers;
    }

    @Override
    public void layer(
        int index,
        ErrorKind kind,
        String annotation,
        String attribute,
        String headline,
        List<String> details) {
      layerProblem(index, kind, annotation, attribute, headline, details);
    }

    @Override
    public void model(ErrorKind kind, String attribute, String headline, String hint) {
      modelProblem(kind, attribute, headline, hint);
    }

    @Override
    public void model(ErrorKind kind, String attribute, String headline, List<String> details) {
      problems.add(
          new Problem(
              kind, Problem.MODEL, null, attribute,
              "model " + KerasNames.shown(model.name()) + ": " + headline, details));
    }

    private void layerProblem(
        int index,
        ErrorKind kind,
        String annotation,
        String attribute,
        String headline,
        List<String> details) {
      List<String> all = new ArrayList<>();
      all.add(
          "in model " + KerasNames.shown(model.name()) + ", layer " + (index + 1) + " of "
              + configs.size());
      all.addAll(details);
      problems.add(
          new Problem(
              kind, index, annotation, attribute, configs.get(index).label() + ": " + headline, all));
    }

    private void modelProblem(ErrorKind kind, String attribute, String headline, String hint) {
      model(kind, attribute, headline, List.of("hint: " + hint));
    }
  }
}
