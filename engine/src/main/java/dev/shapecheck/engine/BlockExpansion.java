package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens a functional model into rows: every block use becomes the block's layers, named by the
 * block's template ({@code conv2_block1} + {@code conv1} -> {@code conv2_block1_conv1}, see {@link
 * NameTemplate}), recursively, with the use's {@code set} overrides applied, and every inbound name
 * becomes the name of the row that produces it. It also checks how members are connected and named
 * — names, inbound references, outputs, block uses, Keras layer names — since that is what
 * expansion must understand anyway. No shape is computed here.
 *
 * <p>Rows are named as Keras names layers: a name is unique in the model and Keras-legal, and a
 * layer that takes Keras's automatic name ({@code {auto}}) is numbered per class in expansion
 * order, which is declaration order, as Keras numbers in creation order ({@link AutoNames}).
 *
 * <p>Problems inside a block are placed on the top-level member that applies it. A block's own
 * structure is reported on its first use only: a mistake in a block applied sixteen times is one
 * mistake. Anything reported makes the rows depending on it "broken" (or absent), so the shape flow
 * skips them silently.
 */
final class BlockExpansion {
  /**
   * The most layers a model may have once every block is expanded. Keras's largest applications
   * have about a thousand; the limit is there so that a slip such as {@code times = 2000000000} is
   * a clear error at once, not a minute of work ending in {@code OutOfMemoryError}. Checking and
   * generating a model of this size takes minutes and gigabytes of javac's heap.
   */
  static final int MAX_LAYERS = 100_000;

  /**
   * The rows in declaration order, the model's outputs as row names (nulls: unknown), and the row
   * each top-level member stands for (an {@code @Apply} member: its last use's output, which may be
   * an alias row when a block passes one of its inputs through).
   */
  static final class Result {
    final List<GraphRow> rows;
    final List<String> outputs;
    final Map<String, String> memberRows;

    Result(List<GraphRow> rows, List<String> outputs, Map<String, String> memberRows) {
      this.rows = List.copyOf(rows);
      this.outputs = Collections.unmodifiableList(new ArrayList<>(outputs));
      this.memberRows = Collections.unmodifiableMap(new LinkedHashMap<>(memberRows));
    }
  }

  /** One {@code set} entry on its way down to its layer. */
  private static final class Pending {
    final List<String> path;
    final String attribute;
    final Object value;

    /** Whether it comes from the top-level use (problems then go on its {@code set}). */
    final boolean fromTop;

    /** Which {@code set} entry of its use it is. */
    final int entry;

    Pending(List<String> path, String attribute, Object value, boolean fromTop, int entry) {
      this.path = path;
      this.attribute = attribute;
      this.value = value;
      this.fromTop = fromTop;
      this.entry = entry;
    }
  }

  /** Where a graph is being expanded: at the top level, or as one use of a block. */
  private static final class Use {
    static final Use TOP = new Use(null, "", 0, -1, null, null, List.of(), List.of(), null);

    /** The use's name, {@code {use}} in the block's templates; null at the top level. */
    final String name;

    /**
     * The use's path of member names ({@code a/inner/}), unique in the model: the names of the
     * block's input rows, which are no Keras layers and must never clash with one.
     */
    final String path;

    /** The use's position in its chain, from 0: {@code {index}}. */
    final int index;

    /** The top-level member index, or -1 at the top level. */
    final int member;

    /** The top-level member's name. */
    final String memberName;

    /** Row names feeding the block's inputs, in order (null: unknown); null at the top level. */
    final List<String> arriving;

    final List<Pending> overrides;

    /** Names of the blocks being expanded, outermost first. */
    final List<String> stack;

    /** The block being expanded, or null at the top level. */
    final String block;

    Use(
        String name,
        String path,
        int index,
        int member,
        String memberName,
        List<String> arriving,
        List<Pending> overrides,
        List<String> stack,
        String block) {
      this.name = name;
      this.path = path;
      this.index = index;
      this.member = member;
      this.memberName = memberName;
      this.arriving = arriving;
      this.overrides = overrides;
      this.stack = stack;
      this.block = block;
    }

    boolean inside() {
      return member >= 0;
    }
  }

  private final GraphConfig model;
  private final GraphReport report;
  private final List<GraphRow> rows = new ArrayList<>();

  /** Each row name so far -> who has it, for messages: {@code conv1 of conv2_block1 (Conv2D)}. */
  private final Map<String, String> rowOwners = new HashMap<>();

  /** The top-level members already reported for a row name that is taken or not Keras-legal. */
  private final Set<Integer> rowClashes = new HashSet<>();

  private final Set<Integer> illegalNames = new HashSet<>();

  private final AutoNames autoNames = new AutoNames();

  /** Templates by text, parsed once. */
  private final Map<String, NameTemplate> templates = new HashMap<>();

  private final Set<GraphConfig> seenBlocks = Collections.newSetFromMap(new IdentityHashMap<>());

  /** {@link #layersPerUse} by block, computed once each. */
  private final Map<GraphConfig, Long> layersPerUse = new IdentityHashMap<>();

  private BlockExpansion(GraphConfig model, GraphReport report) {
    this.model = model;
    this.report = report;
  }

  /** Expands {@code model}, reporting every connection problem to {@code report}. */
  static Result expand(GraphConfig model, GraphReport report) {
    BlockExpansion expansion = new BlockExpansion(model, report);
    Level top = expansion.new Level(model, Use.TOP, false);
    for (NodeConfig node : model.nodes()) {
      top.member(node);
    }
    return new Result(expansion.rows, top.outputs(), top.resolved);
  }

  /**
   * The outputs of {@code graph} by member name: the declared ones, or every member other than an
   * input that no later member consumes, in declaration order. A parameter naming the layer itself
   * or a later one is a reported mistake, not a consumer: {@code Layer d(Layer d)} leaves {@code d}
   * an output, rather than a model without outputs.
   */
  static List<String> outputNames(GraphConfig graph) {
    if (!graph.outputs().isEmpty()) {
      return graph.outputs();
    }
    Set<String> declared = new HashSet<>();
    Set<String> consumed = new HashSet<>();
    for (NodeConfig node : graph.nodes()) {
      for (String inbound : node.inbound()) {
        if (declared.contains(inbound)) {
          consumed.add(inbound);
        }
      }
      declared.add(node.name());
    }
    List<String> outputs = new ArrayList<>();
    for (NodeConfig node : graph.nodes()) {
      if (node.kind() != NodeConfig.Kind.INPUT
          && !consumed.contains(node.name())
          && !outputs.contains(node.name())) {
        outputs.add(node.name());
      }
    }
    return outputs;
  }

  /** "conv2_block (@Apply ResBlock)", "conv1 (Conv2D)", "image (InputLayer)". */
  static String label(String name, NodeConfig node) {
    switch (node.kind()) {
      case INPUT:
        return name + " (InputLayer)";
      case LAYER:
        return name + " (" + node.layer().type() + ")";
      default:
        return name + " (@Apply " + node.block().name() + ")";
    }
  }

  /** Expands one graph; returns its outputs as row names (null: unknown). */
  private List<String> graph(GraphConfig graph, Use use) {
    boolean quiet = use.inside() && !seenBlocks.add(graph);
    Level level = new Level(graph, use, quiet);
    for (NodeConfig node : graph.nodes()) {
      level.member(node);
    }
    return level.outputs();
  }

  /** {@code text} parsed, once per text. */
  private NameTemplate template(String text) {
    return templates.computeIfAbsent(text, NameTemplate::parse);
  }

  /** The members of one graph being expanded: what each name resolves to so far. */
  private final class Level {
    final GraphConfig graph;
    final Use use;
    final boolean quiet;

    /**
     * A block checked on its own, with no use to name its members after: they keep their method
     * names, and only the templates themselves are checked ({@link NameChecks}).
     */
    final boolean standalone;

    /** The graph's {@code names}, where it names anything: in a use, or a block on its own. */
    final NameTemplate names;

    /** Member name -> producing row name (null: unknown), for the members declared so far. */
    final Map<String, String> resolved = new LinkedHashMap<>();

    final Map<String, NodeConfig.Kind> kinds = new HashMap<>();
    final Set<String> all = new HashSet<>();

    /** Each member by name (the first, if a name is repeated). */
    final Map<String, NodeConfig> byName = new HashMap<>();

    /** The name of each use of a chain ({@code times > 1}) so far -> the chain's member name. */
    final Map<String, String> chainUses = new HashMap<>();

    int index;
    int inputs;

    Level(GraphConfig graph, Use use, boolean quiet) {
      this.graph = graph;
      this.use = use;
      this.quiet = quiet;
      this.standalone = !use.inside() && graph.kind() == GraphConfig.Kind.BLOCK;
      this.names = use.inside() || standalone ? template(graph.names()) : null;
      for (NodeConfig node : graph.nodes()) {
        all.add(node.name());
        byName.putIfAbsent(node.name(), node);
      }
      if (!quiet) {
        new NameChecks(graph, use.inside(), BlockExpansion.this::template, this::nameProblem)
            .check();
      }
    }

    void member(NodeConfig node) {
      int member = use.inside() ? use.member : index;
      index++;
      String name = node.name();
      if (resolved.containsKey(name)) {
        problem(
            member,
            ErrorKind.DUPLICATE_NAME,
            null,
            -1,
            label(shownName(node), node),
            "the name "
                + name
                + " is already taken by an earlier member; Keras layer names are"
                + " unique within a model",
            List.of("hint: rename one of them"));
        return;
      }
      String produced;
      switch (node.kind()) {
        case INPUT:
          produced = input(node, member);
          break;
        case LAYER:
          produced = layer(node, member);
          break;
        default:
          produced = apply(node, member);
          break;
      }
      resolved.put(name, produced);
      kinds.put(name, node.kind());
    }

    /**
     * The template that names {@code node} here, or null when it keeps its method name (a model's
     * member without {@code @Name}; every member of a block checked on its own). A template that is
     * wrong, or wrong here, is reported by {@link NameChecks}; the use then names the member by the
     * default, so that one mistake gives one message.
     */
    NameTemplate templateOf(NodeConfig node) {
      if (standalone) {
        return null;
      }
      NameTemplate own = node.nameTemplate() == null ? null : template(node.nameTemplate());
      if (own != null && fits(own, node)) {
        return own;
      }
      if (!use.inside()) {
        return null;
      }
      return fits(names, node) ? names : template(NameTemplate.DEFAULT);
    }

    /** Whether {@code template} can name {@code node} here (else it is reported). */
    boolean fits(NameTemplate template, NodeConfig node) {
      return template.isValid()
          && !(template.isAuto() && node.kind() == NodeConfig.Kind.BLOCK)
          && !(template.needsUse() && !use.inside() && graph.kind() != GraphConfig.Kind.BLOCK);
    }

    /**
     * The Keras name of {@code node}, an input or a layer, or of one use of it, a block member
     * whose use is {@code layerName} ({@code conv2_block1} of a chain {@code conv2_block}); an
     * {@code {auto}} name takes Keras's next number for the layer's class.
     */
    String nameOf(NodeConfig node, String layerName) {
      NameTemplate template = templateOf(node);
      if (template == null) {
        return layerName;
      }
      if (template.isAuto()) {
        return autoNames.next(
            node.kind() == NodeConfig.Kind.INPUT
                ? "InputLayer"
                : LayerCatalog.kerasClass(node.layer()));
      }
      return template.render(use.name, layerName, String.valueOf(use.index));
    }

    /** The name messages give {@code node} before (or without) its row: no number is taken. */
    String shownName(NodeConfig node) {
      NameTemplate template = templateOf(node);
      if (template == null || template.isAuto()) {
        return use.inside() ? use.name + "_" + node.name() : node.name();
      }
      return template.render(use.name, node.name(), String.valueOf(use.index));
    }

    private String input(NodeConfig node, int member) {
      int ordinal = inputs++;
      int[] dims = node.shape();
      if (!use.inside()) {
        String rowName = nameOf(node, node.name());
        String label = label(rowName, node);
        boolean valid = validInput(dims, node.batchSize(), member, label);
        add(
            GraphRow.input(rowName, member, dims, node.batchSize(), node.dtype(), !valid),
            member,
            label,
            node);
        return rowName;
      }
      String label = node.name() + " (input of " + use.name + ")";
      boolean valid = validInput(dims, node.batchSize(), member, label);
      String source = ordinal < use.arriving.size() ? use.arriving.get(ordinal) : null;
      if (source == null || !valid) {
        return null;
      }
      String rowName = use.path + node.name(); // no Keras layer: the row that arrives
      add(
          GraphRow.alias(
              rowName,
              label,
              member,
              source,
              dims.length == 0 ? null : dims,
              node.dtype(),
              use.block),
          member,
          label,
          null);
      return rowName;
    }

    /**
     * Checks an input's declared shape; in a block an empty shape means "whatever arrives". A
     * sequential model's input is its {@code input} and {@code batchSize}, which the engine reports
     * on with the model's own attributes: here it is only found valid or not.
     */
    private boolean validInput(int[] dims, int batch, int member, String label) {
      boolean valid = dims.length > 0 || graph.kind() == GraphConfig.Kind.BLOCK;
      for (int dim : dims) {
        valid &= dim > 0 || dim == Shape.NONE;
      }
      if (graph.kind() == GraphConfig.Kind.SEQUENTIAL) {
        return valid && (batch == Shape.NONE || batch > 0);
      }
      if (!valid) {
        problem(
            member,
            ErrorKind.INVALID_INPUT,
            "shape",
            -1,
            label,
            dims.length == 0
                ? "shape is empty"
                : "shape = "
                    + Arguments.format(dims)
                    + ", but every dimension must be positive or Shape.NONE",
            List.of(
                "hint: give the shape of one sample without the batch, e.g. @Input(shape = {28,"
                    + " 28, 1})"));
      }
      if (batch != Shape.NONE && batch <= 0) {
        problem(
            member,
            ErrorKind.INVALID_BATCH_SIZE,
            "batchSize",
            -1,
            label,
            "batchSize = " + batch + ", but it must be positive or Shape.NONE",
            List.of(RuleText.batchSizeHint(batch)));
        valid = false;
      }
      return valid;
    }

    private String layer(NodeConfig node, int member) {
      String rowName = nameOf(node, node.name());
      List<String> arriving = new ArrayList<>();
      boolean connected = inbound(node, member, label(rowName, node), arriving);
      LayerConfig config = node.layer().renamed(rowName);
      Map<String, Integer> overridden = new HashMap<>();
      for (Pending pending : use.overrides) {
        if (pending.path.size() == 1 && pending.path.get(0).equals(node.name())) {
          config = config.withArgument(pending.attribute, pending.value);
          if (pending.fromTop) {
            overridden.put(pending.attribute, pending.entry);
          }
        }
      }
      List<String> known = new ArrayList<>();
      for (String source : arriving) {
        if (source != null) {
          known.add(source);
        }
      }
      boolean broken = !connected || known.size() < arriving.size();
      add(
          GraphRow.layer(config, node.layer(), member, known, broken, overridden, use.block),
          member,
          config.label(),
          node);
      return rowName;
    }

    /**
     * Resolves a member's inbound names into {@code arriving} (null for an unknown producer); false
     * when a name is wrong (reported).
     */
    private boolean inbound(NodeConfig node, int member, String label, List<String> arriving) {
      if (node.inbound().isEmpty()) {
        problem(
            member,
            ErrorKind.NO_INBOUND,
            null,
            -1,
            label,
            "names no inbound layer: in a "
                + (graph.kind() == GraphConfig.Kind.BLOCK ? "block" : "functional model")
                + " each layer consumes the members its parameters name",
            List.of(
                "available: " + available(),
                "hint: add a Layer parameter named after the member it consumes, e.g. Layer "
                    + node.name()
                    + "(Layer "
                    + example()
                    + ")"));
        return false;
      }
      boolean ok = true;
      for (int j = 0; j < node.inbound().size(); j++) {
        String ref = node.inbound().get(j);
        int parameter = use.inside() ? -1 : j;
        if (resolved.containsKey(ref)) {
          arriving.add(GraphRow.tensor(resolved.get(ref), node.inboundOutputs().get(j)));
        } else if (all.contains(ref)) {
          ok = false;
          problem(
              member,
              ErrorKind.FORWARD_REFERENCE,
              null,
              parameter,
              label,
              "parameter "
                  + ref
                  + " names "
                  + (ref.equals(node.name()) ? "this layer itself" : "a layer declared after it"),
              List.of(
                  "needed: a parameter named after an input or a layer declared above "
                      + node.name(),
                  ref.equals(node.name())
                      ? "hint: a layer cannot consume its own output; name the parameter after"
                          + " the input or earlier layer that "
                          + node.name()
                          + " consumes"
                      : "hint: a parameter can only name an earlier method, so a cycle is"
                          + " impossible by construction; if "
                          + ref
                          + " does not depend on "
                          + node.name()
                          + ", move "
                          + ref
                          + " above it"));
        } else {
          ok = false;
          problem(
              member,
              ErrorKind.UNKNOWN_INBOUND,
              null,
              parameter,
              label,
              "parameter "
                  + ref
                  + " names no input or earlier layer"
                  + Suggestions.didYouMean(ref, resolved.keySet()),
              List.of(
                  "available: " + available(),
                  "hint: name the parameter exactly as the method whose output it consumes"));
        }
      }
      return ok;
    }

    /** "inputs image, mask; earlier layers conv1, pool1", for messages. */
    private String available() {
      List<String> inputNames = new ArrayList<>();
      List<String> layers = new ArrayList<>();
      for (String name : resolved.keySet()) {
        (kinds.get(name) == NodeConfig.Kind.INPUT ? inputNames : layers).add(name);
      }
      String in = inputNames.isEmpty() ? "no inputs" : "inputs " + String.join(", ", inputNames);
      String before =
          layers.isEmpty() ? "no earlier layers" : "earlier layers " + String.join(", ", layers);
      return in + "; " + before;
    }

    private String example() {
      String last = "x";
      for (String name : resolved.keySet()) {
        last = name;
      }
      return last;
    }

    private String apply(NodeConfig node, int member) {
      GraphConfig block = node.block();
      String label = label(shownName(node), node);
      List<String> arriving = new ArrayList<>();
      boolean ok = inbound(node, member, label, arriving);
      if (use.stack.contains(block.name()) || block == model) {
        problem(
            member,
            ErrorKind.BLOCK_CYCLE,
            null,
            -1,
            label,
            "applies block "
                + block.name()
                + " inside itself ("
                + String.join(" -> ", use.stack)
                + (use.stack.isEmpty() ? "" : " -> ")
                + block.name()
                + ")",
            List.of("hint: a block cannot contain itself, directly or through other blocks"));
        return null;
      }
      int times = node.times();
      List<String> inputNames = new ArrayList<>();
      for (NodeConfig inner : block.nodes()) {
        if (inner.kind() == NodeConfig.Kind.INPUT) {
          inputNames.add(inner.name());
        }
      }
      List<String> outputs = outputNames(block);
      if (times < 1) {
        ok = false;
        problem(
            member,
            ErrorKind.INVALID_BLOCK_USE,
            "times",
            -1,
            label,
            "times = " + times + ", but a block is applied at least once",
            List.of("hint: leave times out to apply " + block.name() + " once"));
      } else if (times > 1 && (inputNames.size() != 1 || outputs.size() != 1)) {
        ok = false;
        problem(
            member,
            ErrorKind.INVALID_BLOCK_USE,
            "times",
            -1,
            label,
            "times = "
                + times
                + " chains uses of "
                + block.name()
                + ", each consuming the"
                + " previous one's output, but it has "
                + count(inputNames.size(), "input")
                + " and "
                + count(outputs.size(), "output"),
            List.of(
                "needed: a block with exactly one input and one output",
                "hint: apply it once per method instead, naming the inbound layers of each"));
      }
      // Before the names of the uses are checked one by one: times may be in the billions.
      if (ok && !fitsTheLimit(node, member, label)) {
        ok = false;
      } else {
        ok &= validNumbering(node, member, label);
      }
      if (ok && node.inbound().size() != inputNames.size()) {
        ok = false;
        problem(
            member,
            ErrorKind.WRONG_INPUT_COUNT,
            null,
            -1,
            label,
            "passes "
                + count(node.inbound().size(), "inbound layer")
                + ", but block "
                + block.name()
                + " takes "
                + count(inputNames.size(), "input")
                + (inputNames.isEmpty() ? "" : " (" + String.join(", ", inputNames) + ")"),
            List.of(
                "hint: give the method one Layer parameter per input of "
                    + block.name()
                    + ", in the order the block declares them"));
      }
      if (ok && outputs.size() != 1) {
        ok = false;
        problem(
            member,
            ErrorKind.INVALID_BLOCK_USE,
            null,
            -1,
            label,
            "block "
                + block.name()
                + " has "
                + count(outputs.size(), "output")
                + (outputs.isEmpty() ? "" : " (" + String.join(", ", outputs) + ")")
                + ", but an applied block must have exactly one",
            List.of(
                "hint: declare one output, e.g. @Block(outputs = \""
                    + (outputs.isEmpty() ? "out" : outputs.get(outputs.size() - 1))
                    + "\")"));
      }
      List<Pending> pending = new ArrayList<>();
      for (ArgumentOverride override : node.overrides()) {
        String wrong = overrideProblem(block, override.path(), override.attribute());
        if (wrong != null) {
          ok = false;
          problemOn(
              member,
              ErrorKind.INVALID_OVERRIDE,
              "set",
              override.index(),
              -1,
              label,
              "set entry \""
                  + String.join(".", override.path())
                  + "."
                  + override.attribute()
                  + "=...\": "
                  + wrong,
              List.of(
                  "hint: write set = \"<layer>.<attribute>=<value>\", the layer by its method"
                      + " name in "
                      + block.name()
                      + " (nested uses joined by '.')"));
        } else {
          pending.add(
              new Pending(
                  override.path(),
                  override.attribute(),
                  override.value(),
                  !use.inside(),
                  override.index()));
        }
      }
      if (!ok) {
        return null;
      }
      for (Pending outer : use.overrides) { // the enclosing use's entries win over this one's
        if (outer.path.size() > 1 && outer.path.get(0).equals(node.name())) {
          pending.add(
              new Pending(
                  outer.path.subList(1, outer.path.size()),
                  outer.attribute,
                  outer.value,
                  outer.fromTop,
                  outer.entry));
        }
      }
      List<String> stack = new ArrayList<>(use.stack);
      stack.add(block.name());
      String memberName = use.inside() ? use.memberName : node.name();
      List<String> current = arriving;
      for (int k = 1; k <= times; k++) {
        String useName = node.useName(k);
        Use inner =
            new Use(
                nameOf(node, useName),
                use.path + useName + "/",
                k - 1,
                member,
                memberName,
                current,
                pending,
                stack,
                block.name());
        current = new ArrayList<>();
        current.add(graph(block, inner).get(0));
      }
      return current.get(0);
    }

    /** Whether this use keeps the model within {@link #MAX_LAYERS}; reports it when not. */
    private boolean fitsTheLimit(NodeConfig node, int member, String label) {
      long expanded = Math.min((long) node.times() * layersPerUse(node.block()), MAX_LAYERS + 1L);
      if (rows.size() + expanded <= MAX_LAYERS) {
        return true;
      }
      String limit = RuleText.number(MAX_LAYERS);
      problem(
          member,
          ErrorKind.INVALID_BLOCK_USE,
          "times",
          -1,
          label,
          "times = "
              + node.times()
              + " expands "
              + node.block().name()
              + " into "
              + (expanded > MAX_LAYERS ? "more than " + limit : RuleText.number(expanded))
              + " layers, which takes the model past the "
              + limit
              + " layers ShapeCheck checks",
          List.of(
              "needed: at most "
                  + limit
                  + " layers once every block is expanded (Keras's largest"
                  + " applications have about 1,000)",
              "hint: check times; apply "
                  + node.block().name()
                  + " as often as the model really"
                  + " repeats it"));
      return false;
    }

    /**
     * Checks {@code from} and that the names of a chain's uses are free: a use named like another
     * member ({@code conv2_block1} next to {@code conv2_block} chained from 1) or like a use of
     * another chain ({@code stage2_} and {@code stage2} both give {@code stage2_1}) would give two
     * meanings to one name in the summary, and its rows could repeat the other member's.
     */
    private boolean validNumbering(NodeConfig node, int member, String label) {
      int times = node.times();
      int from = node.from();
      String block = node.block().name();
      if (from < 0) {
        problem(
            member,
            ErrorKind.INVALID_BLOCK_USE,
            "from",
            -1,
            label,
            "from = " + from + ", but the number of a chain's first use is 0 or more",
            List.of(
                "hint: from = 2 numbers the uses "
                    + NodeConfig.numbered(node.name(), 2)
                    + ", "
                    + NodeConfig.numbered(node.name(), 3)
                    + ", ...; leave from out to start at"
                    + " 1"));
        return false;
      }
      if (times == 1 && from != 1) {
        problem(
            member,
            ErrorKind.INVALID_BLOCK_USE,
            "from",
            -1,
            label,
            "from = "
                + from
                + " numbers the uses of a chain, but times = 1 applies "
                + block
                + " once, and a single use is named after its method: "
                + node.name(),
            List.of(
                "hint: name the method as the use should be named, e.g. "
                    + NodeConfig.numbered(node.name(), from)
                    + ", and leave from out"));
        return false;
      }
      if (times < 2) {
        return true;
      }
      List<String> clashes = new ArrayList<>();
      for (int k = 1; k <= times; k++) {
        String useName = node.useName(k);
        String other = chainUses.putIfAbsent(useName, node.name());
        NodeConfig taken = byName.get(useName);
        if (taken != null) {
          clashes.add(useName + " is taken by " + label(useName, taken));
        } else if (other != null) {
          clashes.add(useName + " is taken by a use of " + other);
        }
      }
      if (clashes.isEmpty()) {
        return true;
      }
      problem(
          member,
          ErrorKind.INVALID_BLOCK_USE,
          null,
          -1,
          label,
          "times = "
              + times
              + ", from = "
              + from
              + " names its uses "
              + node.useName(1)
              + " to "
              + node.useName(times)
              + ", but "
              + String.join("; ", clashes),
          List.of(
              "needed: use names that no other member has, as Keras layer names are unique",
              "hint: rename the method or the other member, or number the chain from past the"
                  + " taken names with from"));
      return false;
    }

    /** The declared or inferred outputs of this graph as row names, reporting wrong ones. */
    List<String> outputs() {
      List<String> result = new ArrayList<>();
      if (graph.outputs().isEmpty()) {
        for (String name : outputNames(graph)) {
          result.add(resolved.get(name));
        }
        // (A sequential model's NO_LAYERS is the engine's, worded for its declaration.)
        if (result.isEmpty() && !use.inside() && graph.kind() == GraphConfig.Kind.FUNCTIONAL) {
          report.model(
              ErrorKind.NO_LAYERS,
              null,
              "declares no layers",
              List.of(
                  "hint: declare one method per layer after the inputs, e.g. @Dense(units = 10)"
                      + " Layer output(Layer image);"));
        }
        return result;
      }
      Set<String> seen = new HashSet<>();
      for (String name : graph.outputs()) {
        String wrong = null;
        if (!resolved.containsKey(name)) {
          wrong =
              "outputs names "
                  + name
                  + ", which is no member of "
                  + graph.name()
                  + Suggestions.didYouMean(name, resolved.keySet());
        } else if (!seen.add(name)) {
          wrong = "outputs names " + name + " twice";
        }
        if (wrong == null) {
          result.add(resolved.get(name));
          continue;
        }
        result.add(null);
        List<String> details = List.of("hint: list each output once, by its method name");
        if (!use.inside()) {
          report.model(ErrorKind.INVALID_OUTPUTS, "outputs", wrong, details);
        } else if (!quiet) {
          problem(
              use.member,
              ErrorKind.INVALID_OUTPUTS,
              null,
              -1,
              use.name + " (@Apply " + use.block + ")",
              wrong,
              details);
        }
      }
      return result;
    }

    /**
     * Adds a row, checking that its name is one Keras takes: Keras-legal, and no other row's. Both
     * are reported even in a block's later use (which is otherwise quiet): they come from the use's
     * name as much as from the block, and a wrong name must never pass silently. Once per member
     * each: its other rows are wrong for the same reason. A row whose name is taken is dropped.
     *
     * @param node the member the row stands for, or null for a block's input in one use, which is
     *     no Keras layer and has an internal name
     */
    private void add(GraphRow row, int member, String label, NodeConfig node) {
      boolean ownName = node != null && !use.inside() && node.nameTemplate() != null;
      String annotation = ownName ? "Name" : null;
      String attribute = ownName ? "value" : null;
      boolean kerasLayer =
          node != null
              && !(graph.kind() == GraphConfig.Kind.SEQUENTIAL
                  && node.kind() == NodeConfig.Kind.INPUT); // the model's input attribute
      int bad = kerasLayer ? KerasNames.illegalCharacter(row.name) : -1;
      if (bad >= 0 && illegalNames.add(member)) {
        emit(
            member,
            ErrorKind.INVALID_LAYER_NAME,
            annotation,
            attribute,
            -1,
            -1,
            label,
            "its Keras name "
                + KerasNames.shown(row.name)
                + " "
                + KerasNames.whyIllegal(row.name.charAt(bad)),
            List.of(
                KerasNames.legalCharactersHint()
                    + (ownName ? "" : "; @Name(\"...\") gives a method another Keras name")));
      }
      if (model.kind() == GraphConfig.Kind.BLOCK) {
        // A block checked on its own keeps its members' method names, which no use gives them: a
        // clash here may be none in a use. Its uses find the real ones, NameChecks its own.
        rows.add(row);
        return;
      }
      String owner =
          node == null
              ? label
              : use.inside()
                  ? node.name() + " of " + use.name + label.substring(label.lastIndexOf(" ("))
                  : label(node.name(), node);
      String taken = rowOwners.putIfAbsent(row.name, owner);
      if (taken == null) {
        rows.add(row);
        return;
      }
      if (rowClashes.add(member)) {
        emit(
            member,
            ErrorKind.INVALID_LAYER_NAME,
            annotation,
            attribute,
            -1,
            -1,
            label,
            "its Keras name "
                + row.name
                + (use.inside()
                    ? " in use " + use.name
                    : ownName ? " (the @Name of " + node.name() + "())" : "")
                + " is taken by "
                + taken,
            List.of(
                "needed: a name of its own, as Keras layer names are unique in a model",
                use.inside()
                    ? "hint: put {use} in block "
                        + use.block
                        + "'s names (or in the layer's @Name), so that each use names its"
                        + " layers apart, or rename one of the two"
                    : "hint: rename one of the two: the method, or its @Name"));
      }
    }

    private void problem(
        int member,
        ErrorKind kind,
        String attribute,
        int parameter,
        String label,
        String headline,
        List<String> details) {
      problemOn(member, kind, attribute, -1, parameter, label, headline, details);
    }

    /** A problem on element {@code entry} of array {@code attribute} (-1: the whole of it). */
    private void problemOn(
        int member,
        ErrorKind kind,
        String attribute,
        int entry,
        int parameter,
        String label,
        String headline,
        List<String> details) {
      if (!quiet) {
        emit(member, kind, null, attribute, entry, parameter, label, headline, details);
      }
    }

    /**
     * A problem of a member's {@code @Name} (or, with {@code node} null, of the graph's {@code
     * names}): on that attribute where the graph is the one being checked, else, inside a use, on
     * the top-level member that applies the block.
     */
    void nameProblem(NodeConfig node, int memberIndex, String headline, List<String> details) {
      if (quiet) {
        return;
      }
      if (!use.inside() && node == null) {
        report.model(ErrorKind.INVALID_LAYER_NAME, "names", headline, details);
      } else if (!use.inside()) {
        report.member(
            memberIndex,
            ErrorKind.INVALID_LAYER_NAME,
            "Name",
            "value",
            -1,
            label(node.name(), node),
            headline,
            details);
      } else {
        emit(
            use.member,
            ErrorKind.INVALID_LAYER_NAME,
            null,
            null,
            -1,
            -1,
            node == null ? use.name + " (@Apply " + use.block + ")" : label(shownName(node), node),
            headline,
            details);
      }
    }

    private void emit(
        int member,
        ErrorKind kind,
        String annotation,
        String attribute,
        int entry,
        int parameter,
        String label,
        String headline,
        List<String> details) {
      List<String> all = details;
      if (use.inside()) {
        all = new ArrayList<>();
        all.add("in block " + use.block + ", as applied by " + use.memberName);
        all.addAll(details);
        annotation = null; // it is an annotation of a method in the block, not the @Apply
        attribute = null;
        entry = -1;
      }
      report.member(member, kind, annotation, attribute, entry, parameter, label, headline, all);
    }
  }

  /**
   * How many layers one use of {@code block} expands to, nested uses included; at most {@code
   * MAX_LAYERS + 1}, so that no count of uses can overflow.
   */
  private long layersPerUse(GraphConfig block) {
    Long known = layersPerUse.get(block);
    if (known != null) {
      return known;
    }
    layersPerUse.put(block, 0L); // a cycle (reported elsewhere) adds nothing
    long count = 0;
    for (NodeConfig node : block.nodes()) {
      if (node.kind() == NodeConfig.Kind.LAYER) {
        count++;
      } else if (node.kind() == NodeConfig.Kind.BLOCK && node.times() > 0) {
        count += node.times() * layersPerUse(node.block());
      }
      count = Math.min(count, MAX_LAYERS + 1L);
    }
    layersPerUse.put(block, count);
    return count;
  }

  /**
   * Why {@code path.attribute} names nothing in {@code block}, or null when it names an argument of
   * a layer there (through nested uses).
   */
  private static String overrideProblem(GraphConfig block, List<String> path, String attribute) {
    if (path.isEmpty()) {
      return "names no layer";
    }
    String head = path.get(0);
    NodeConfig target = null;
    List<String> names = new ArrayList<>();
    for (NodeConfig node : block.nodes()) {
      if (node.kind() != NodeConfig.Kind.INPUT) {
        names.add(node.name());
      }
      if (node.name().equals(head) && target == null) {
        target = node;
      }
    }
    if (target == null || target.kind() == NodeConfig.Kind.INPUT) {
      return block.name() + " has no layer " + head + Suggestions.didYouMean(head, names);
    }
    if (path.size() == 1) {
      if (target.kind() == NodeConfig.Kind.BLOCK) {
        return head
            + " is a use of block "
            + target.block().name()
            + ", not a layer: name a"
            + " layer inside it, as "
            + head
            + ".<layer>."
            + attribute;
      }
      LayerConfig layer = target.layer();
      if (!layer.hasArgument(attribute)) {
        return head
            + " ("
            + layer.type()
            + ") has no attribute "
            + attribute
            + Suggestions.didYouMean(attribute, layer.argumentNames());
      }
      return null;
    }
    if (target.kind() != NodeConfig.Kind.BLOCK) {
      return head + " is a layer, not a use of a block: write " + head + "." + attribute;
    }
    return overrideProblem(target.block(), path.subList(1, path.size()), attribute);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
