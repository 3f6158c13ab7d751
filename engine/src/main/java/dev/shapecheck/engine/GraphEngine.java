package dev.shapecheck.engine;

import dev.shapecheck.DType;
import dev.shapecheck.InputDType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The evaluator of every model, sequential ones as the chains {@link GraphConfig#sequential} makes
 * of them: see {@link ShapeEngine#check(GraphConfig)}.
 *
 * <p>Checking runs in stages, each reporting everything it finds. {@link BlockExpansion} checks how
 * members are connected and flattens block uses into rows; every layer's arguments are then
 * validated; shapes then flow through the rows in declaration order, which is a topological order
 * because a parameter can only name an earlier method. A row whose input is unknown (its producer
 * failed, or its arguments did) is skipped silently (one root cause, one error), while independent
 * branches go on being checked, so two broken branches give two errors in one pass. The {@link
 * Rules} run at one call per phase: constraints that can never hold with the arguments (the model
 * as declared, then each row after its arguments), and on a model without errors the expectations
 * and budgets, the warnings, and the checks of how it is wired.
 *
 * <p>Checking a {@code @Block} itself (its inputs have no shapes), or only the arguments of a
 * declaration known to be incomplete, validates its connections and arguments only.
 *
 * <p>Where Keras's {@code Sequential} differs from its functional models, so does a {@link
 * GraphConfig.Kind#SEQUENTIAL} chain here: its input is the model's {@code input} and {@code
 * batchSize} (reported as such), each layer is called on the one output before it (a merge layer
 * then says it needs more), the summary lists layers without an InputLayer row, and messages
 * describe the first layer's input as the model input and count the layers after a failure. The
 * rules that differ (its expectations form one chain that ends in {@code expectOutput}) ask {@link
 * RuleContext#isSequential()} themselves.
 */
final class GraphEngine {
  private GraphEngine() {}

  static ModelCheck check(GraphConfig model) {
    return check(model, LayerParser.CATALOG);
  }

  /** Like {@link #check(GraphConfig)}, with layer types from {@code parser} (tests add some). */
  static ModelCheck check(GraphConfig model, LayerParser parser) {
    return new Run(model, parser).check(model.kind() != GraphConfig.Kind.BLOCK);
  }

  /** Validates the model's input, connections and arguments, without computing shapes. */
  static ModelCheck checkArguments(GraphConfig model) {
    return new Run(model, LayerParser.CATALOG).check(false);
  }

  /** One check of one model. */
  private static final class Run {
    private final GraphConfig model;
    private final boolean sequential;
    private final LayerParser parser;
    private final GraphReport report;
    private final Map<String, LayerSpec> specs = new HashMap<>();

    /** Problems of block layers already reported, by the layer as declared in its block. */
    private final Map<LayerConfig, Set<String>> reportedInBlocks = new IdentityHashMap<>();

    private final Map<String, Shape> shapes = new HashMap<>();

    /** Row name -> the name of the row that really produces it (aliases resolved). */
    private final Map<String, String> producers = new HashMap<>();

    /** Every output of each input and layer row (an alias stands for one of them). */
    private final Map<String, List<Shape>> outputs = new HashMap<>();

    /** The Keras class of each input and layer row, for messages. */
    private final Map<String, String> types = new HashMap<>();

    /** Alias row -> which output of its producer it stands for. */
    private final Map<String, Integer> aliasOutputs = new HashMap<>();

    private final Set<String> consumed = new HashSet<>();
    private final List<Layer> layers = new ArrayList<>();
    private final List<LayerConfig> configs = new ArrayList<>();
    private final List<GraphRow> layerRows = new ArrayList<>();
    private DType dtype = DType.FLOAT32;
    private InputDType inputDtype = InputDType.FLOAT;

    /** The rows whose output is strings: a string input, an inverted StringLookup. */
    private final Set<String> stringRows = new HashSet<>();

    /**
     * The rows whose output is a model input's tensor object: the inputs, and the layers that
     * return their input tensor ({@link LayerTrait#RETURNS_ITS_INPUT}) called on one.
     */
    private final Set<String> inputTensors = new HashSet<>();

    /** The rows whose output 0 holds integers when the model runs (DtypeFlow's traits). */
    private final Set<String> integerRows = new HashSet<>();

    /**
     * The dtype Keras's symbolic call gives each row's output 0, where it is not the model's float
     * dtype: a typed input's, a lookup's int64, what a Flatten of them keeps ({@link
     * LayerSpec#tensorDtype}). KERAS_JSON writes it on the tensors that layers consume.
     */
    private final Map<String, String> tensorDtypes = new HashMap<>();

    private long total;

    Run(GraphConfig model, LayerParser parser) {
      this.model = model;
      this.sequential = model.kind() == GraphConfig.Kind.SEQUENTIAL;
      this.parser = parser;
      this.report = new GraphReport(model);
    }

    ModelCheck check(boolean computeShapes) {
      Findings modelFindings = findings(List.of());
      ModelDeclaration.checkName(model.name(), modelFindings);
      dtype = ModelDeclaration.dtype(model.dtype(), modelFindings);
      if (sequential) {
        checkSequentialInput(computeShapes);
        inputDtype = inputDtype(model.inputDtype());
      }
      RuleContext declared = RuleContext.declared(model);
      Rules.validate(declared, members()); // like arguments: reported even if shapes fail
      boolean hasInput = model.nodes().stream().anyMatch(n -> n.kind() == NodeConfig.Kind.INPUT);
      if (model.kind() == GraphConfig.Kind.FUNCTIONAL && !hasInput) {
        report.model(
            ErrorKind.INVALID_INPUT,
            null,
            "declares no input",
            List.of(
                "hint: declare each input as a method, e.g. @Input(shape = {28, 28, 1})"
                    + " Layer image();"));
      }
      if (sequential && computeShapes && model.nodes().size() == 1) {
        // (a functional model's is found with its outputs; an incomplete declaration says why)
        report.model(
            ErrorKind.NO_LAYERS,
            null,
            "declares no layers",
            List.of(
                "hint: declare one abstract method per layer, e.g. @Dense(units = 10) Layer"
                    + " output();"));
      }
      BlockExpansion.Result expansion = BlockExpansion.expand(model, report);
      Findings rowFindings = findings(expansion.rows);
      List<LayerConfig> rowConfigs = new ArrayList<>();
      for (GraphRow row : expansion.rows) {
        rowConfigs.add(row.kind == GraphRow.Kind.LAYER ? row.config : null);
      }
      RuleContext expanded = RuleContext.expanded(model, rowConfigs);
      for (int i = 0; i < expansion.rows.size(); i++) {
        GraphRow row = expansion.rows.get(i);
        for (String tensor : row.inbound) {
          consumed.add(GraphRow.rowOf(tensor));
        }
        if (row.kind == GraphRow.Kind.LAYER) {
          specs.put(row.name, parse(row));
          Rules.validateRow(expanded, i, rowFindings); // after its arguments
        }
      }
      if (!computeShapes) {
        return new ModelCheck(null, List.of(), report.problems());
      }
      for (GraphRow row : expansion.rows) {
        flow(row);
      }
      ModelSummary summary = null;
      if (!report.hasErrors()) {
        summary = summary(expansion);
        RuleContext checked = RuleContext.checked(model, configs, summary);
        Findings findings = findings(layerRows);
        Rules.checkConstraints(checked, findings);
        Rules.warn(checked, findings);
        Rules.checkWiring(declared, members());
      }
      Set<String> rows = new HashSet<>();
      for (Layer layer : layers) {
        rows.add(layer.name());
      }
      Map<String, String> memberRows = new LinkedHashMap<>();
      for (Map.Entry<String, String> member : expansion.memberRows.entrySet()) {
        String row = member.getValue() == null ? null : producers.get(member.getValue());
        if (rows.contains(row)) { // not a sequential model's input, which has no row
          memberRows.put(member.getKey(), row);
        }
      }
      ModelCheck check =
          new ModelCheck(summary, layers, report.problems(), configs, memberRows)
              .withInputDtype(inputDtype.kerasName())
              .withTensorDtypes(tensorDtypes);
      return check.isClean()
          ? check
          : new ModelCheck(null, layers, report.problems(), configs, memberRows);
    }

    /**
     * The summary of a model whose every shape is known: a sequential model's layers consume its
     * input one after the other; a functional model's rows start with its inputs and name their
     * inbound layers.
     */
    private ModelSummary summary(BlockExpansion.Result expansion) {
      if (sequential) {
        Shape input = shapes.get(GraphConfig.SEQUENTIAL_INPUT);
        return ModelSummary.of(model.name(), input, layers, dtype); // totals checked in flow
      }
      List<String> outputs = new ArrayList<>();
      for (String output : expansion.outputs) {
        String name = producers.get(output);
        if (!outputs.contains(name)) {
          outputs.add(name);
        }
      }
      return ModelSummary.functional(model.name(), layers, outputs, dtype);
    }

    /**
     * A sequential model's {@code input} and {@code batchSize}, reported on those attributes of the
     * model (the chain's input member is no method of the declaration).
     */
    private void checkSequentialInput(boolean computeShapes) {
      NodeConfig input = model.nodes().get(0);
      int[] dims = input.shape();
      // Without shapes, a model without an input is one that takes what arrives where it is
      // nested (Keras's Sequential without an Input): only its layers' arguments are checked.
      boolean valid = dims.length > 0 || !computeShapes;
      for (int dim : dims) {
        valid &= dim > 0 || dim == Shape.NONE;
      }
      if (!valid) {
        report.model(
            ErrorKind.INVALID_INPUT,
            "input",
            dims.length == 0
                ? "input is empty"
                : "input = "
                    + Arguments.format(dims)
                    + ", but every dimension must be positive or Shape.NONE",
            List.of(
                "hint: give the shape of one sample without the batch, e.g. input = {28, 28, 1}"));
      }
      int batch = input.batchSize();
      if (batch != Shape.NONE && batch <= 0) {
        report.model(
            ErrorKind.INVALID_BATCH_SIZE,
            "batchSize",
            "batchSize = " + batch + ", but it must be positive or Shape.NONE",
            List.of(RuleText.batchSizeHint(batch)));
      }
    }

    private LayerSpec parse(GraphRow row) {
      return parser.parse(
          row.config,
          (kind, annotation, attribute, headline, details) -> {
            // The same mistake seen through another use of the block: reported once, or once
            // per member when that member's set entries are at fault.
            String key =
                (row.overridden.isEmpty() ? "" : row.member + "/")
                    + kind
                    + "/"
                    + attribute
                    + "/"
                    + headline;
            if (row.block != null
                && !reportedInBlocks.computeIfAbsent(row.origin, k -> new HashSet<>()).add(key)) {
              return;
            }
            place(row, kind, annotation, attribute, -1, headline, details);
          });
    }

    private void flow(GraphRow row) {
      switch (row.kind) {
        case INPUT:
          if (!row.broken) {
            Shape shape = Shape.withBatch(row.batchSize, row.shape);
            shapes.put(row.name, shape);
            outputs.put(row.name, List.of(shape));
            types.put(row.name, "InputLayer");
            producers.put(row.name, row.name);
            inputTensors.add(row.name);
            InputDType declared = sequential ? inputDtype : nodeDtype(row);
            if (declared == InputDType.STRING) {
              stringRows.add(row.name);
            }
            if (declared.kerasName() != null) {
              tensorDtypes.put(row.name, declared.kerasName());
            }
            if (declared == InputDType.INT32 || declared == InputDType.INT64) {
              integerRows.add(row.name);
            }
            if (!sequential) { // Keras's Sequential lists no InputLayer among its layers
              layers.add(Layer.input(row.name, shape));
              configs.add(null);
              layerRows.add(row);
            }
          }
          return;
        case ALIAS:
          alias(row);
          return;
        default:
          layer(row);
      }
    }

    /** A block input in one use: the arriving shape, which must be the declared one if any. */
    private void alias(GraphRow row) {
      Tensor tensor = resolve(row, 0, row.inbound.get(0));
      if (tensor == null) {
        return;
      }
      Shape arriving = tensor.shape;
      if (row.shape != null && !Arrays.equals(arriving.dims(), row.shape)) {
        Shape declared = Shape.withBatch(arriving.batchSize(), row.shape);
        place(
            row,
            ErrorKind.INVALID_BLOCK_USE,
            null,
            null,
            -1,
            "receives "
                + arriving.dimsToString()
                + ", but "
                + row.block
                + " declares this input"
                + " with shape "
                + declared.dimsToString(),
            List.of(
                "input:  " + InputDescription.outputOf(tensor.label(), arriving).detail(),
                "needed: " + declared,
                "hint:   feed it a layer of shape "
                    + declared.dimsToString()
                    + ", or apply a block whose inputs take whatever arrives"));
        return;
      }
      String declaredDtype = "FLOAT".equals(row.dtype) ? null : row.dtype.toLowerCase(Locale.ROOT);
      String arrivingDtype = tensor.output == 0 ? tensorDtypes.get(tensor.producer) : null;
      if (declaredDtype != null && !declaredDtype.equals(arrivingDtype)) {
        String got = arrivingDtype == null ? dtype.kerasName() : arrivingDtype;
        place(
            row,
            ErrorKind.INVALID_BLOCK_USE,
            null,
            null,
            -1,
            "receives a tensor of "
                + got
                + ", but "
                + row.block
                + " declares this input"
                + " with dtype = InputDType."
                + row.dtype,
            List.of(
                "input:  " + InputDescription.outputOf(tensor.label(), arriving).detail(),
                "needed: a tensor of " + declaredDtype,
                "hint:   feed it a tensor of "
                    + declaredDtype
                    + ", or leave the block input's dtype out: it then takes what arrives"));
        return;
      }
      shapes.put(row.name, arriving);
      producers.put(row.name, tensor.producer);
      aliasOutputs.put(row.name, tensor.output);
    }

    /** One output of one row, as a layer consumes it. */
    private final class Tensor {
      final String producer;
      final int output;
      final Shape shape;

      Tensor(String producer, int output, Shape shape) {
        this.producer = producer;
        this.output = output;
        this.shape = shape;
      }

      /** {@code encoder} for output 0, {@code encoder[0][1]} as Keras's summary names output 1. */
      String label() {
        return output == 0 ? producer : producer + "[0][" + output + "]";
      }
    }

    /**
     * The tensor {@code ref}, the {@code j}-th inbound of {@code row}, stands for; null when its
     * producer failed (reported already) or it names an output its producer does not have (reported
     * here, on the parameter's {@code @From}).
     */
    private Tensor resolve(GraphRow row, int j, String ref) {
      String name = GraphRow.rowOf(ref);
      int k = GraphRow.outputOf(ref);
      List<Shape> all;
      if (aliasOutputs.containsKey(name) || (k == 0 && shapes.containsKey(name))) {
        Shape shape = shapes.get(name);
        if (k == 0) {
          return new Tensor(producers.get(name), aliasOutputs.getOrDefault(name, 0), shape);
        }
        all = List.of(shape); // a block's input stands for one tensor
      } else {
        all = outputs.get(name);
        if (all == null) {
          return null; // its producer failed and was reported: one root cause, one error
        }
        if (k >= 0 && k < all.size()) {
          return new Tensor(name, k, all.get(k));
        }
      }
      String type = types.getOrDefault(name, "a block input");
      List<String> details = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        details.add("output " + i + ": " + all.get(i));
      }
      details.add(
          "needed: an output index from 0 to " + (all.size() - 1) + " (Keras's tensor index)");
      details.add(
          "hint:   "
              + (all.size() == 1 && type.matches("LSTM|GRU|SimpleRNN|Bidirectional")
                  ? "set returnState = true on "
                      + name
                      + " to output its final states after its"
                      + " output"
                  : "outputs are counted from 0 in Keras's order: an LSTM with returnState has"
                      + " [output, state_h, state_c], a GRU or SimpleRNN [output, state]"));
      place(
          row,
          ErrorKind.NO_SUCH_OUTPUT,
          null,
          "output",
          row.block == null ? j : -1,
          "takes output "
              + k
              + " of "
              + name
              + ", but "
              + name
              + " ("
              + type
              + ") has "
              + (all.size() == 1 ? "1 output" : all.size() + " outputs"),
          details);
      return null;
    }

    /**
     * Keras's {@code Sequential.add}: "Only instances of {@code keras.Layer} can be added to a
     * Sequential model"; a {@code keras.ops} operation is none.
     */
    private ShapeError operationInSequential(GraphRow row) {
      return new ShapeError(
          ErrorKind.OPERATION_IN_SEQUENTIAL,
          null,
          "is a keras.ops operation ("
              + LayerCatalog.kerasClass(row.config)
              + "), but Keras's Sequential holds only layers",
          "a layer: Sequential.add takes only instances of keras.Layer",
          "declare the model with @Functional, where Keras records the operation between layers");
    }

    private void layer(GraphRow row) {
      LayerSpec spec = specs.get(row.name);
      if (row.broken || spec == null) {
        return; // reported already: its connections or its arguments
      }
      List<Shape> inputs = new ArrayList<>();
      List<InputDescription> ins = new ArrayList<>();
      List<String> inbound = new ArrayList<>();
      List<Integer> inboundOutputs = new ArrayList<>();
      boolean known = true;
      for (int j = 0; j < row.inbound.size(); j++) {
        Tensor tensor = resolve(row, j, row.inbound.get(j));
        if (tensor == null) {
          known = false; // reported, or its producer failed: one root cause, one error
          continue;
        }
        inputs.add(tensor.shape);
        inbound.add(tensor.producer);
        inboundOutputs.add(tensor.output);
        ins.add(
            describe(tensor.label(), tensor.shape)
                .ofStrings(stringRows.contains(tensor.producer))
                .ofIntegers(tensor.output == 0 && integerRows.contains(tensor.producer)));
      }
      if (!known) {
        return;
      }
      // Keras's Sequential calls each layer on the one output before it: a layer that takes
      // several inputs (a merge) says so itself, through its single-input apply.
      if (!sequential && !inputCountFits(row, spec, ins)) {
        return;
      }
      // Keras's Sequential hands the layer after one with several outputs (returnState) the
      // whole list of them.
      List<Shape> several = sequential ? severalOutputs(row) : null;
      if (several != null) {
        inputs = several;
        ins = new ArrayList<>();
        for (int k = 0; k < several.size(); k++) {
          Tensor each = new Tensor(inbound.get(0), k, several.get(k));
          ins.add(describe(each.label(), each.shape));
        }
      }
      try {
        if (sequential && LayerCatalog.isOperation(row.config.type())) {
          throw operationInSequential(row);
        }
        boolean returnsItsInput = LayerCatalog.is(row.config.type(), LayerTrait.RETURNS_ITS_INPUT);
        if (returnsItsInput) {
          returnsItsInput(row, inbound.get(0));
        }
        requireNumbers(row, spec, ins);
        requireAnAxis(spec, inputs, ins);
        LayerOutput out =
            several != null
                ? listed(row, spec, inbound.get(0), several, ins)
                : spec instanceof MultiInputSpec && !sequential
                    ? ((MultiInputSpec) spec).apply(inputs, ins)
                    : spec.apply(inputs.get(0), ins.get(0));
        total = Checked.add("model's total", total, out.trainableParams);
        total = Checked.add("model's total", total, out.nonTrainableParams);
        List<Shape> produced =
            several != null && spec.passesOutputsThrough() ? several : out.shapes;
        shapes.put(row.name, out.shape);
        outputs.put(row.name, produced);
        String arriving = inboundOutputs.get(0) == 0 ? tensorDtypes.get(inbound.get(0)) : null;
        String symbolic = is(row, LayerTrait.KEEPS_DTYPE) ? arriving : spec.tensorDtype(arriving);
        if (symbolic != null && !symbolic.equals(dtype.kerasName())) {
          tensorDtypes.put(row.name, symbolic);
        }
        if (spec.outputsStrings()
            || runsOnStrings(row, spec) && ins.stream().anyMatch(InputDescription::strings)) {
          stringRows.add(row.name);
        } else if (symbolic != null && symbolic.startsWith("int")
            || spec.outputsIntegers()
            || (is(row, LayerTrait.KEEPS_INTEGERS) || runsOnStrings(row, spec))
                && ins.stream().allMatch(InputDescription::integers)) {
          integerRows.add(row.name);
        }
        types.put(row.name, LayerCatalog.kerasClass(row.config));
        producers.put(row.name, row.name);
        if (returnsItsInput) {
          inputTensors.add(row.name);
        }
        Layer layer =
            sequential
                ? Layer.of(
                    row.name,
                    LayerCatalog.kerasClass(row.config),
                    inputs.get(0),
                    out.shape,
                    out.trainableParams,
                    out.nonTrainableParams,
                    out.macs)
                : Layer.connected(
                    row.name,
                    LayerCatalog.kerasClass(row.config),
                    inputs,
                    inbound,
                    out.shape,
                    out.trainableParams,
                    out.nonTrainableParams,
                    out.macs);
        if (produced.size() > 1) {
          layer = layer.withOutputShapes(produced);
        }
        if (!sequential && inboundOutputs.stream().anyMatch(k -> k != 0)) {
          layer = layer.withInboundOutputs(inboundOutputs);
        }
        layers.add(out.int64Params == 0 ? layer : layer.withInt64Params(out.int64Params));
        configs.add(row.config);
        layerRows.add(row);
      } catch (ShapeError error) {
        List<String> details = new ArrayList<>();
        for (int i = 0; i < ins.size(); i++) {
          String prefix = ins.size() == 1 ? "input:  " : "input " + (i + 1) + ": ";
          details.add(prefix + ins.get(i).detail());
        }
        details.add("needed: " + error.needed);
        details.add("hint:   " + error.hint);
        int after = model.nodes().size() - 1 - row.member; // a sequential model's later layers
        if (sequential && after > 0) {
          details.add(
              "the shapes of the "
                  + after
                  + " layer(s) after "
                  + row.name
                  + " were not checked; fix this one first");
        } else if (!sequential && consumed.contains(row.name)) {
          details.add(
              "the layers that consume " + row.name + " were not checked; fix this one first");
        }
        place(
            row,
            error.kind,
            error.annotation,
            error.attribute,
            error.input,
            error.getMessage(),
            details);
      }
    }

    /**
     * Keras's {@code Equalization}: its call returns its input tensor itself, which then stands for
     * the layer's output in Keras's graph. {@code keras.Model} and {@code Sequential} fail to build
     * ("... from operation 'x' is part of a cycle") where that tensor is another layer's output, or
     * the model's output; where it is the model's input, a functional model leaves the layer out
     * (and renames the input) and a {@code Sequential} keeps it as a layer that never runs. Only
     * that last case is a model Keras builds with the layer in it.
     */
    private void returnsItsInput(GraphRow row, String producer) throws ShapeError {
      String type = LayerCatalog.kerasClass(row.config);
      boolean onInput = inputTensors.contains(producer);
      String cycle =
          "Keras fails to build the model (\"... from operation '"
              + row.name
              + "' is part of a cycle\")";
      String needed =
          "its input being the model's input, and a layer after it: Keras builds "
              + type
              + " layers only as the first layers of a Sequential model (where they never run)";
      if (!sequential) {
        throw new ShapeError(
            ErrorKind.RETURNS_ITS_INPUT,
            null,
            "returns its input tensor itself (Keras 3.15.1's "
                + type
                + "), which a functional model cannot hold: "
                + (onInput ? "Keras leaves it out of the model and never runs it" : cycle),
            needed,
            "declare it first in a @Sequential model, followed by another layer, or leave it out");
      }
      if (!onInput) {
        throw new ShapeError(
            ErrorKind.RETURNS_ITS_INPUT,
            null,
            "returns its input tensor itself (Keras 3.15.1's "
                + type
                + "), here the output of "
                + producer
                + ": "
                + cycle,
            needed,
            "move it first, right after the input, or leave it out");
      }
      if (model.nodes().size() - 1 - row.member == 0) {
        throw new ShapeError(
            ErrorKind.RETURNS_ITS_INPUT,
            null,
            "returns its input tensor itself (Keras 3.15.1's "
                + type
                + "), so as the last layer it makes the model's input its output: "
                + cycle,
            needed,
            "follow it with a layer, e.g. @Identity (Keras builds that), or leave it out");
      }
    }

    /**
     * Every output of the layer before {@code row} in a sequential chain when it has several (a
     * recurrent layer's returnState, or a layer passing those on), else null.
     */
    private List<Shape> severalOutputs(GraphRow row) {
      if (row.inbound.size() != 1) {
        return null;
      }
      String ref = row.inbound.get(0);
      String name = GraphRow.rowOf(ref);
      if (aliasOutputs.containsKey(name) || GraphRow.outputOf(ref) != 0) {
        return null;
      }
      List<Shape> all = outputs.get(name);
      return all != null && all.size() > 1 ? all : null;
    }

    /**
     * A sequential layer called on the list of every output of {@code producer}, as Keras's
     * Sequential calls it: a merge (or Lambda) takes them as its inputs, a layer whose call returns
     * its input returns the list (its output 0 computed here), and every other layer is rejected,
     * as Keras's input check ("expects 1 input(s), but it received 3 input tensors") or its call
     * rejects a list.
     */
    private LayerOutput listed(
        GraphRow row,
        LayerSpec spec,
        String producer,
        List<Shape> several,
        List<InputDescription> ins)
        throws ShapeError {
      int n = several.size();
      String type = LayerCatalog.kerasClass(row.config);
      String from = producer + " (" + types.getOrDefault(producer, "?") + ")";
      String hint =
          "a @Sequential layer after a returnState layer receives all "
              + n
              + " of its outputs; use @Functional and @From(value = \""
              + producer
              + "\", output = k) to take ";
      if (spec.passesOutputsThrough()) {
        return spec.apply(several.get(0), ins.get(0));
      }
      if (spec.takesOutputList()) {
        MultiInputSpec merge = (MultiInputSpec) spec;
        if (n < merge.minInputs() || n > merge.maxInputs()) {
          throw new ShapeError(
              ErrorKind.WRONG_INPUT_COUNT,
              null,
              "receives all "
                  + n
                  + " outputs of "
                  + from
                  + ", but "
                  + type
                  + " takes "
                  + (merge.minInputs() == merge.maxInputs()
                      ? "exactly " + merge.minInputs()
                      : merge.minInputs() + " to " + merge.maxInputs())
                  + " inputs",
              (merge.minInputs() == merge.maxInputs()
                      ? "exactly " + merge.minInputs()
                      : merge.minInputs() + " to " + merge.maxInputs())
                  + " inputs",
              hint + "the ones to merge");
        }
        return merge.apply(several, ins);
      }
      throw new ShapeError(
          ErrorKind.WRONG_INPUT_COUNT,
          null,
          "receives all " + n + " outputs of " + from + " as a list, but " + type + " takes one",
          "one input (Keras's " + type + " rejects a list of tensors)",
          hint
              + "one, or merge them first with a layer that takes a list (@Add, @Concatenate, ...)");
    }

    /** The declared input dtype; FLOAT after reporting a name this engine does not know. */
    private InputDType inputDtype(String name) {
      for (InputDType known : InputDType.values()) {
        if (known.name().equals(name)) {
          return known;
        }
      }
      report.model(
          ErrorKind.INVALID_INPUT,
          "inputDtype",
          "inputDtype = InputDType." + name + " is unknown to this engine",
          List.of(
              "hint: the runtime and processor jars differ in version; use the same ShapeCheck"
                  + " version for both"));
      return InputDType.FLOAT;
    }

    /** A functional input's declared dtype; FLOAT after reporting a name it does not know. */
    private InputDType nodeDtype(GraphRow row) {
      for (InputDType known : InputDType.values()) {
        if (known.name().equals(row.dtype)) {
          return known;
        }
      }
      place(
          row,
          ErrorKind.INVALID_INPUT,
          null,
          "dtype",
          -1,
          "dtype = InputDType." + row.dtype + " is unknown to this engine",
          List.of(
              "hint: the runtime and processor jars differ in version; use the same ShapeCheck"
                  + " version for both"));
      return InputDType.FLOAT;
    }

    /**
     * Strings reach only the layers that take them (Keras's numeric layers fail on them); a layer
     * that runs on strings (Flatten, Dropout, Concatenate, ...) takes strings or numbers, not both.
     */
    private void requireNumbers(GraphRow row, LayerSpec spec, List<InputDescription> ins)
        throws ShapeError {
      if (rejectsIntegers(row.config)) {
        for (InputDescription in : ins) {
          if (in.integers()) {
            throw new ShapeError(
                ErrorKind.WRONG_DTYPE,
                null,
                "takes floats, but " + in + " is integers",
                "a float input (Keras builds "
                    + LayerCatalog.kerasClass(row.config)
                    + " on integers, but its kernels fail on them when the model runs)",
                "look integer ids up with @Embedding first, or cast them to floats, e.g."
                    + " @Rescaling(scale = 1.0)");
          }
        }
      }
      if (runsOnStrings(row, spec)) {
        long strings = ins.stream().filter(InputDescription::strings).count();
        if (strings > 0 && strings < ins.size()) {
          InputDescription text = ins.stream().filter(InputDescription::strings).findFirst().get();
          InputDescription numbers = ins.stream().filter(in -> !in.strings()).findFirst().get();
          throw new ShapeError(
              ErrorKind.WRONG_DTYPE,
              null,
              "merges strings with numbers: " + text + " is strings, " + numbers + " numbers",
              "inputs of one dtype (Keras's "
                  + LayerCatalog.kerasClass(row.config)
                  + " cannot combine a string tensor with a numeric one)",
              "map the strings to indices first, e.g. @StringLookup(vocabularySize = ...), or"
                  + " merge strings only with strings");
        }
        return;
      }
      for (InputDescription in : ins) {
        if (in.strings() && !spec.takesStrings()) {
          throw new ShapeError(
              ErrorKind.WRONG_DTYPE,
              null,
              "takes numbers, but " + in + " is strings",
              "a numeric input (Keras runs strings only through the lookups, Hashing,"
                  + " HashedCrossing and the layers that move values: see docs/layers.md)",
              "map the strings to indices first, e.g. @StringLookup(vocabularySize = ...), or"
                  + " hash them with @Hashing");
        }
      }
    }

    /** Whether the row's kind (an alias: the kind it names) has {@code trait}. */
    private boolean is(GraphRow row, LayerTrait trait) {
      return LayerCatalog.is(LayerCatalog.canonical(row.config.type()), trait);
    }

    /** Whether the layer runs on strings and gives them back (DtypeFlow's experiment). */
    private boolean runsOnStrings(GraphRow row, LayerSpec spec) {
      return is(row, LayerTrait.RUNS_ON_STRINGS) || spec.runsOnStrings();
    }

    /** Whether the layer, or the layer a wrapper wraps, fails on integers when it runs. */
    private boolean rejectsIntegers(LayerConfig config) {
      for (LayerConfig layer = config; layer != null; layer = layer.wrapped()) {
        if (LayerCatalog.is(LayerCatalog.canonical(layer.type()), LayerTrait.REJECTS_INTEGERS)) {
          return true;
        }
      }
      return false;
    }

    /** Where an input comes from, for messages: a sequential model's input is the model's. */
    private InputDescription describe(String producer, Shape shape) {
      return sequential && producer.equals(GraphConfig.SEQUENTIAL_INPUT)
          ? InputDescription.modelInput(shape)
          : InputDescription.outputOf(producer, shape);
    }

    /** Whether the layer takes as many inputs as it is given; reports when not. */
    private boolean inputCountFits(GraphRow row, LayerSpec spec, List<InputDescription> ins) {
      int n = ins.size();
      int min = spec instanceof MultiInputSpec ? ((MultiInputSpec) spec).minInputs() : 1;
      int max = spec instanceof MultiInputSpec ? ((MultiInputSpec) spec).maxInputs() : 1;
      if (n >= min && n <= max) {
        return true;
      }
      List<String> details = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        details.add("input " + (i + 1) + ": " + ins.get(i).detail());
      }
      String type = row.config.type();
      if (max == 1) {
        details.add("needed: exactly one inbound layer");
        details.add(
            "hint:   merge them first, e.g. with @Add or @Concatenate, and pass the merged layer"
                + " to "
                + row.config.name());
      } else {
        details.add(
            "needed: "
                + (max == Integer.MAX_VALUE
                    ? "at least " + min
                    : min == max ? "exactly " + min : min + " to " + max)
                + " inbound layers");
        details.add(
            "hint:   "
                + (n < min
                    ? "name " + (min - n) + " more inbound layer(s) as parameters"
                    : "merge some of them first, or use a layer that takes more"));
      }
      place(
          row,
          ErrorKind.WRONG_INPUT_COUNT,
          null,
          null,
          n > max ? max : -1, // the first parameter too many
          "receives "
              + n
              + (n == 1 ? " input" : " inputs")
              + ", but "
              + type
              + " takes "
              + (max == 1 ? "one" : min == max ? "exactly " + min : "at least " + min),
          details);
      return false;
    }

    /**
     * Findings whose layer index counts the model's members as messages do (a sequential model's
     * layers as declared), each placed on its member.
     */
    private Findings members() {
      return new Findings() {
        @Override
        public void layer(
            int index,
            ErrorKind kind,
            String annotation,
            String attribute,
            String headline,
            List<String> details) {
          int member = report.member(index);
          NodeConfig node = model.nodes().get(member);
          report.member(
              member,
              kind,
              annotation,
              attribute,
              -1,
              BlockExpansion.label(node.name(), node),
              headline,
              details);
        }

        @Override
        public void model(ErrorKind kind, String attribute, String headline, List<String> details) {
          report.model(kind, attribute, headline, details);
        }
      };
    }

    /** Findings whose layer index counts in {@code rows}. */
    private Findings findings(List<GraphRow> rows) {
      return new Findings() {
        @Override
        public void layer(
            int index,
            ErrorKind kind,
            String annotation,
            String attribute,
            String headline,
            List<String> details) {
          place(rows.get(index), kind, annotation, attribute, -1, headline, details);
        }

        @Override
        public void model(ErrorKind kind, String attribute, String headline, List<String> details) {
          report.model(kind, attribute, headline, details);
        }
      };
    }

    /**
     * Reports a problem of {@code row} on its top-level member. Inside a block the method's own
     * annotations hold no attribute of the inner layer, so the problem goes on {@code set} when the
     * use set that attribute, else on the {@code @Apply} as a whole.
     */
    private void place(
        GraphRow row,
        ErrorKind kind,
        String annotation,
        String attribute,
        int parameter,
        String headline,
        List<String> details) {
      List<String> all = details;
      int entry = -1;
      if (row.block != null) {
        Integer setEntry = attribute == null ? null : row.overridden.get(attribute);
        attribute = setEntry != null ? "set" : null;
        entry = setEntry != null ? setEntry : -1;
        annotation = null;
        parameter = -1;
        all = new ArrayList<>();
        all.add(
            "in block " + row.block + ", as applied by " + model.nodes().get(row.member).name());
        all.addAll(details);
      }
      report.member(
          row.member, kind, annotation, attribute, entry, parameter, row.label(), headline, all);
    }
  }

  /**
   * A sample of rank 0 (one value, {@code (None,)}: Keras's {@code Reshape(())}) has no axis to
   * read: only the layers that act value by value (activations, dropout and noise; {@code Softmax}
   * then checks its axis against the batch), {@code Reshape} and {@code Flatten} take it, as Keras
   * 3 builds and runs them; every other layer is rejected here, before its spec indexes an axis.
   */
  private static void requireAnAxis(LayerSpec spec, List<Shape> inputs, List<InputDescription> ins)
      throws ShapeError {
    boolean takesOneValue =
        spec instanceof ElementwiseSpec
            || spec instanceof NoiseSpec
            || spec instanceof ReshapeSpec
            || spec instanceof FlattenSpec;
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).rank() == 0 && !takesOneValue) {
        throw new ShapeError(
            ErrorKind.WRONG_RANK,
            null,
            ins.get(i) + " has no axis per sample (one value each)",
            "at least one axis after the batch",
            "reshape to {1} instead of {} to keep an axis");
      }
    }
  }
}
