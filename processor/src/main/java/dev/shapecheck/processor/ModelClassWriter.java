package dev.shapecheck.processor;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import dev.shapecheck.engine.KerasJson;
import dev.shapecheck.engine.ModelCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The last stage: writes {@code <Interface>Model} from a checked model. It only formats values
 * the engine computed; it decides nothing.
 *
 * <p>The generated class holds the totals as {@code long} compile-time constants (usable in
 * constant expressions and {@code long} annotation values), the input and output shapes, and
 * {@code SUMMARY} with one {@code Layer.of} line per layer; each interface method returns its
 * layer from {@code SUMMARY}, so no name the user chooses can collide with a generated one.
 *
 * <p><b>Why text, not JavaPoet.</b> The class is written straight into one {@link StringBuilder}
 * in the layout JavaPoet gave it (byte for byte: the two writers ran side by side over every
 * processor test, the examples and the benchmark corpus before JavaPoet was removed). The
 * compile-time benchmark ({@code bench/}) measured JavaPoet at about 40 % of the processor's own
 * time: it renders every file twice (once to collect imports) and runs a regular expression on
 * every piece of text it emits. A model class uses a handful of known types, so
 * {@link JavaNames} settles the imports in advance and one pass suffices.
 */
final class ModelClassWriter {
  static final int LAYERS_PER_METHOD = 200;
  /** Rows per nested class of a very large model; a multiple of {@link #LAYERS_PER_METHOD}. */
  static final int LAYERS_PER_CLASS = 5_000;
  /** The java.lang types the generated code names without an import. */
  private static final Set<String> JAVA_LANG_USED = Set.of("String");
  private static final String INDENT = "  ";
  /** The widest line the writer lays out to: Google Java Style's column limit. */
  private static final int LINE_WIDTH = 100;

  private final Elements elements;
  /** {@link #javaLangHidden} by package: a package's members do not change within a round. */
  private final Map<String, Set<String>> hiddenByPackage = new HashMap<>();

  /** A writer for one round of processing: later rounds may add types to a package. */
  ModelClassWriter(Elements elements) {
    this.elements = elements;
  }

  /** A generated source file: its qualified name, its text, and the model it comes from. */
  record GeneratedFile(String qualifiedName, String simpleName, String text, TypeElement origin) {}

  /** The generated class's name: {@code MnistCnnModel}, or {@code Outer_InnerModel} if nested. */
  static String generatedSimpleName(TypeElement type) {
    return JavaNames.nestedName(type, "_") + "Model";
  }

  GeneratedFile write(ModelDeclaration model, ModelSummary summary) {
    Source source = new Source(model.type, summary);
    source.constants();
    String list = source.listOf(summary.layers(), model.type);
    source.field(
        "Every layer with its shapes and parameter counts, and the totals.",
        source.modelSummary,
        "SUMMARY",
        source.modelSummary + ".of(" + literal(summary.name()) + ", INPUT_SHAPE, " + list + ", "
            + source.dtype + "." + summary.dtype().name() + ")");
    source.kerasJson(KerasJson.parts(model.config, summary), "Sequential");
    source.summaryMethod();
    List<Layer> layers = summary.layers();
    for (int i = 0; i < layers.size(); i++) {
      source.layerMethod(layers.get(i).name(), "", layers.get(i), i, "SUMMARY");
    }
    return source.finish();
  }

  /**
   * The class of a functional model: the same constants as a sequential one, {@code SUMMARY}
   * built from {@code Layer.input} and {@code Layer.connected} rows after block expansion, and
   * each interface method, with its parameters, returning its row (an {@code @Apply} method the
   * row of the use's output).
   */
  GeneratedFile write(GraphDeclaration model, ModelCheck check) {
    ModelSummary summary = check.summary();
    Source source = new Source(model.type, summary);
    source.constants();
    String list = source.rowsOf(summary.layers(), model.type);
    StringBuilder outputs = new StringBuilder();
    for (int i = 0; i < summary.outputLayers().size(); i++) {
      outputs.append(i == 0 ? "" : ", ").append(literal(summary.outputLayers().get(i).name()));
    }
    source.field(
        "Every layer with its shapes, inbound layers and parameter counts.",
        source.modelSummary,
        "SUMMARY",
        source.modelSummary + ".functional(" + literal(summary.name()) + ", " + list + ",\n"
            + INDENT + source.list + ".of(" + outputs + "), " + source.dtype + "."
            + summary.dtype().name() + ")");
    source.kerasJson(KerasJson.functionalParts(summary, check.configs()), "Functional");
    source.summaryMethod();

    List<Layer> rows = summary.layers();
    Map<String, Integer> rowIndex = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      rowIndex.putIfAbsent(rows.get(i).name(), i);
    }
    for (LayerDeclaration member : model.members) {
      String memberName = member.method.getSimpleName().toString();
      Integer index = rowIndex.get(check.memberRows().get(memberName));
      if (index == null) {
        throw new IllegalStateException("the engine names no summary row for method " + memberName);
      }
      List<String> parameters = new ArrayList<>();
      boolean shadowed = false;
      for (VariableElement parameter : member.method.getParameters()) {
        // Every parameter is a Layer (the reader reports any other type): spelled as the file
        // spells it, never from the TypeMirror, whose text carries TYPE_USE annotations.
        parameters.add(source.layer + " " + parameter.getSimpleName());
        shadowed |= parameter.getSimpleName().contentEquals("SUMMARY");
      }
      // A parameter named SUMMARY would hide the field: qualify it then.
      String summaryField = shadowed ? source.simpleName + ".SUMMARY" : "SUMMARY";
      source.layerMethod(
          memberName, parameterList(source, memberName, parameters), rows.get(index), index,
          summaryField);
    }
    return source.finish();
  }

  /**
   * The java.lang names the generated code uses unqualified that a type of the model's package
   * shadows ({@code class String {}} beside the interface): those are written qualified.
   */
  private Set<String> javaLangHidden(TypeElement model) {
    PackageElement pkg = elements.getPackageOf(model);
    return hiddenByPackage.computeIfAbsent(
        pkg.getQualifiedName().toString(), name -> javaLangHidden(pkg));
  }

  private static Set<String> javaLangHidden(PackageElement pkg) {
    Set<String> hidden = new HashSet<>();
    for (Element member : pkg.getEnclosedElements()) {
      String simple = member.getSimpleName().toString();
      if (JAVA_LANG_USED.contains(simple)) {
        hidden.add(simple);
      }
    }
    return hidden;
  }

  /**
   * A prefix for the private helpers of a large model ({@code allLayers}, {@code layers0}, ...)
   * that no method of the interface has: the helpers are static, and a static method may neither
   * share an implemented method's signature nor hide an inherited default one. Only asked for a
   * model that needs helpers: {@code getAllMembers} is costly at thousands of models.
   */
  private String helperPrefix(TypeElement model) {
    Set<String> taken = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(model))) {
      taken.add(method.getSimpleName().toString());
    }
    String prefix = "";
    while (clashes(taken, prefix)) {
      prefix += "_";
    }
    return prefix;
  }

  private static boolean clashes(Set<String> taken, String prefix) {
    String all = prefix + "allLayers";
    String part = prefix + "layers";
    for (String name : taken) {
      if (name.equals(all) || (name.startsWith(part) && isDigits(name, part.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} has one or more ASCII digits from {@code start} on, and nothing else. */
  private static boolean isDigits(String name, int start) {
    if (start >= name.length()) {
      return false;
    }
    for (int i = start; i < name.length(); i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code (Layer a, Layer b)}, broken before a parameter where the line would pass 100 columns,
   * continuing two indents deeper: the layout JavaPoet gave long parameter lists.
   */
  private static String parameterList(Source source, String name, List<String> parameters) {
    StringBuilder out = new StringBuilder("(");
    int column = INDENT.length() + "public ".length() + source.layer.length() + 1 + name.length() + 1;
    for (int i = 0; i < parameters.size(); i++) {
      String parameter = parameters.get(i);
      // What must fit on the line with this parameter: its separator and, for the last, ") {".
      String tail = i < parameters.size() - 1 ? "," : ") {";
      if (i > 0) {
        if (column + 1 + parameter.length() + tail.length() > LINE_WIDTH) {
          out.append('\n').append(INDENT.repeat(3));
          column = INDENT.length() * 3;
        } else {
          out.append(' ');
          column++;
        }
      }
      out.append(parameter).append(i < parameters.size() - 1 ? "," : "");
      column += parameter.length() + (i < parameters.size() - 1 ? 1 : 0);
    }
    return out.append(')').toString();
  }

  /**
   * The longest string constant {@code KERAS_JSON} is built from. A class file holds a string
   * constant in at most 65,535 bytes of modified UTF-8; the JSON is ASCII (one byte a character),
   * so this leaves room to spare.
   */
  static final int KERAS_JSON_CHUNK = 60_000;

  /** One file being written: its names and its text, member by member. */
  private final class Source {
    final TypeElement model;
    final ModelSummary summary;
    final String simpleName;
    final String packageName;
    final JavaNames names;
    final StringBuilder body = new StringBuilder(16_384);
    final String layer;
    final String shape;
    final String list;
    final String modelSummary;
    final String dtype;

    Source(TypeElement model, ModelSummary summary) {
      this.model = model;
      this.summary = summary;
      simpleName = generatedSimpleName(model);
      packageName = elements.getPackageOf(model).getQualifiedName().toString();
      names = new JavaNames(model, simpleName, javaLangHidden(model));
      layer = names.use(Layer.class.getName());
      shape = names.use(Shape.class.getName());
      list = names.use(List.class.getName());
      modelSummary = names.use(ModelSummary.class.getName());
      dtype = names.use("dev.shapecheck.DType");
    }

    void constants() {
      longConstant("TOTAL_PARAMS", summary.totalParams(), "All weights: Keras's \"Total params\".");
      longConstant("TRAINABLE_PARAMS", summary.trainableParams(), "Keras's \"Trainable params\".");
      longConstant(
          "NON_TRAINABLE_PARAMS", summary.nonTrainableParams(), "Keras's \"Non-trainable params\".");
      longConstant(
          "TOTAL_MACS",
          summary.totalMacs(),
          "Multiply-accumulates for one sample (-1 if they depend on an unknown dimension).");
      longConstant(
          "PARAM_BYTES",
          summary.paramBytes(),
          "Bytes of all weights as " + summary.dtype().kerasName() + ".");
      longConstant(
          "ACTIVATION_BYTES",
          summary.activationBytes(),
          "Bytes of all layer outputs for one sample (-1 with an unknown dimension).");
      String first = summary.isFunctional() ? "first " : "";
      shapeConstant("INPUT_SHAPE", summary.inputShape(), "The shape of the model's " + first + "input");
      shapeConstant(
          "OUTPUT_SHAPE", summary.outputShape(), "The shape of the model's " + first + "output");
    }

    private void longConstant(String name, long value, String doc) {
      field(doc, "long", name, value + "L");
    }

    private void shapeConstant(String name, Shape value, String doc) {
      field(doc + ": {@code " + value + "}.", shape, name, shape(value));
    }

    /** A {@code public static final} field with a one-paragraph Javadoc. */
    void field(String doc, String type, String name, String initializer) {
      memberSeparator();
      javadoc(body, INDENT, doc);
      body.append(INDENT).append("public static final ").append(type).append(' ').append(name)
          .append(" = ").append(initializer).append(";\n");
    }

    private boolean firstMember = true;

    private void memberSeparator() {
      if (!firstMember) {
        body.append('\n');
      }
      firstMember = false;
    }


    /**
     * {@code List.of(Layer.of(...), ...)}: inline up to {@value #LAYERS_PER_METHOD} layers; a
     * class initializer may hold at most 64 KB of bytecode, so a larger list is built in private
     * methods of that many layers each and this returns the call.
     */
    String listOf(List<Layer> layers, TypeElement model) {
      if (layers.size() <= LAYERS_PER_METHOD) {
        return listOf(layers, 0, layers.size(), INDENT.repeat(3));
      }
      return splitList(layers, helperPrefix(model), false);
    }

    /** {@link #listOf} of a functional model's {@code Layer.input}/{@code Layer.connected} rows. */
    String rowsOf(List<Layer> rows, TypeElement model) {
      if (rows.size() <= LAYERS_PER_METHOD) {
        return rowsOf(rows, 0, rows.size(), INDENT.repeat(3));
      }
      return splitList(rows, helperPrefix(model), true);
    }

    private final StringBuilder helpers = new StringBuilder();

    /**
     * Writes the helper methods (emitted after the fields) and returns {@code allLayers()}. Past
     * {@value #LAYERS_PER_CLASS} rows the helpers go into nested classes of that many rows each
     * ({@code Rows0}, {@code Rows1}, ...): a class file holds at most 65,535 constants, and each
     * row brings its own (its name, its counts), so one class cannot hold the rows of a model
     * much beyond 20,000 layers; every nested class has a constant pool of its own.
     */
    private String splitList(List<Layer> layers, String prefix, boolean functional) {
      String type = list + "<" + layer + ">";
      boolean nested = layers.size() > LAYERS_PER_CLASS;
      StringBuilder all = new StringBuilder();
      for (int from = 0, part = 0; from < layers.size(); from += LAYERS_PER_METHOD, part++) {
        int to = Math.min(layers.size(), from + LAYERS_PER_METHOD);
        String holder = prefix + "Rows" + from / LAYERS_PER_CLASS;
        String indent = nested ? INDENT.repeat(2) : INDENT;
        if (nested && from % LAYERS_PER_CLASS == 0) {
          helpers.append('\n').append(INDENT).append("private static final class ").append(holder)
              .append(" {");
        }
        String rows =
            functional
                ? rowsOf(layers, from, to, indent + INDENT.repeat(5))
                : listOf(layers, from, to, indent + INDENT.repeat(5));
        helpers.append('\n').append(indent).append(nested ? "static " : "private static ")
            .append(type).append(' ').append(prefix).append("layers").append(part).append("() {\n")
            .append(indent).append(INDENT).append("return ").append(rows).append(";\n")
            .append(indent).append("}\n");
        if (nested && (to % LAYERS_PER_CLASS == 0 || to == layers.size())) {
          helpers.append(INDENT).append("}\n");
        }
        all.append(INDENT.repeat(2)).append("all.addAll(").append(nested ? holder + "." : "")
            .append(prefix).append("layers").append(part).append("());\n");
      }
      helpers.append('\n').append(INDENT).append("private static ").append(type).append(' ')
          .append(prefix).append("allLayers() {\n")
          .append(INDENT.repeat(2)).append(type).append(" all = new ")
          .append(names.use(ArrayList.class.getName())).append("<>(").append(layers.size())
          .append(");\n")
          .append(all)
          .append(INDENT.repeat(2)).append("return all;\n")
          .append(INDENT).append("}\n");
      return prefix + "allLayers()";
    }

    /** {@code List.of(Layer.of(...), ...)} for layers {@code from..to}, rows at {@code indent}. */
    private String listOf(List<Layer> layers, int from, int to, String indent) {
      StringBuilder items = new StringBuilder(96 * (to - from)).append(list).append(".of(");
      for (int i = from; i < to; i++) {
        Layer row = layers.get(i);
        items.append('\n').append(indent).append(layer).append(".of(").append(literal(row.name()))
            .append(", ").append(literal(row.type())).append(", ")
            .append(i == 0 ? "INPUT_SHAPE" : shape(row.inputShape())).append(", ")
            .append(shape(row.outputShape()));
        counts(items, row, i < to - 1);
      }
      return items.append(')').toString();
    }

    /** {@code List.of(Layer.input(...), Layer.connected(...), ...)} for rows {@code from..to}. */
    private String rowsOf(List<Layer> rows, int from, int to, String indent) {
      StringBuilder items = new StringBuilder(160 * (to - from)).append(list).append(".of(");
      for (int i = from; i < to; i++) {
        Layer row = rows.get(i);
        items.append('\n').append(indent).append(layer);
        if (row.type().equals("InputLayer") && row.inbound().isEmpty()) {
          items.append(".input(").append(literal(row.name())).append(", ")
              .append(shape(row.outputShape())).append(i < to - 1 ? ")," : ")");
          continue;
        }
        items.append(".connected(").append(literal(row.name())).append(", ")
            .append(literal(row.type())).append(", ").append(list).append(".of(");
        for (int k = 0; k < row.inbound().size(); k++) {
          items.append(k == 0 ? "" : ", ").append(shape(row.inputShapes().get(k)));
        }
        items.append("), ").append(list).append(".of(");
        for (int k = 0; k < row.inbound().size(); k++) {
          items.append(k == 0 ? "" : ", ").append(literal(row.inbound().get(k)));
        }
        items.append("), ").append(shape(row.outputShape()));
        counts(items, row, i < to - 1);
      }
      return items.append(')').toString();
    }

    /** {@code , 320L, 0L, 194688L)} and the list separator: a row's counts. */
    private void counts(StringBuilder items, Layer row, boolean more) {
      items.append(", ").append(row.trainableParams()).append("L, ")
          .append(row.nonTrainableParams()).append("L, ").append(row.macs())
          .append(more ? "L)," : "L)");
    }

    /** {@code Shape.of(26, 26, 32)}, or {@code Shape.withBatch(...)} with a fixed batch size. */
    String shape(Shape value) {
      StringBuilder text = new StringBuilder(32).append(shape);
      boolean batched = value.batchSize() != Shape.NONE;
      text.append(batched ? ".withBatch(" + value.batchSize() : ".of(");
      int[] dims = value.dims();
      for (int i = 0; i < dims.length; i++) {
        if (i > 0 || batched) {
          text.append(", ");
        }
        if (dims[i] == Shape.NONE) {
          text.append(shape).append(".NONE");
        } else {
          text.append(dims[i]);
        }
      }
      return text.append(')').toString();
    }

    /**
     * {@code KERAS_JSON}: the model as Keras's {@code model.to_json()}, one layer per source
     * line. Up to {@value #KERAS_JSON_CHUNK} characters it is one compile-time constant (javac
     * folds the {@code +} of literals); longer, it joins several such constants at class
     * initialization, since a longer constant cannot be written to a class file.
     */
    void kerasJson(List<String> parts, String form) {
      List<String> pieces = new ArrayList<>();
      for (String part : parts) {
        for (int at = 0; at < part.length(); at += KERAS_JSON_CHUNK) {
          pieces.add(part.substring(at, Math.min(part.length(), at + KERAS_JSON_CHUNK)));
        }
      }
      String continuation = "\n" + INDENT.repeat(3) + "+ ";
      List<String> constants = new ArrayList<>();
      StringBuilder constant = new StringBuilder(literal(pieces.get(0)));
      int length = pieces.get(0).length();
      for (String piece : pieces.subList(1, pieces.size())) {
        if (length + piece.length() > KERAS_JSON_CHUNK) {
          constants.add(constant.toString());
          constant = new StringBuilder(literal(piece));
          length = piece.length();
        } else {
          constant.append(continuation).append(literal(piece));
          length += piece.length();
        }
      }
      constants.add(constant.toString());
      String initializer =
          constants.size() == 1
              ? constants.get(0)
              : names.use(String.class.getName()) + ".join(\"\",\n" + INDENT.repeat(3)
                  + String.join(",\n" + INDENT.repeat(3), constants) + ")";
      field(
          "The model as Keras's {@code model.to_json()}, Keras 2 {@code " + form + "} form:\n"
              + "{@code tf.keras.models.model_from_json(KERAS_JSON)} builds it in Python,\n"
              + "{@code tf.models.modelFromJSON(JSON.parse(KERAS_JSON))} in TensorFlow.js.",
          names.use(String.class.getName()),
          "KERAS_JSON",
          initializer);
    }

    void summaryMethod() {
      body.append(helpers);
      memberSeparator();
      javadoc(body, INDENT, "The Keras {@code model.summary()} table of this model.");
      body.append(INDENT).append("public static ").append(names.use(String.class.getName()))
          .append(" summary() {\n")
          .append(INDENT.repeat(2)).append("return SUMMARY.toString();\n")
          .append(INDENT).append("}\n");
    }

    /**
     * The accessor of interface method {@code name}: returns row {@code index} of SUMMARY. No
     * {@code @Override}: the class is final and implements the interface, so javac checks every
     * accessor anyway, while an annotation per layer is attributed and validated again in each
     * round of processing (0.7 s of a cold compile of a 10,000-layer model, bench/README.md).
     */
    /**
     * One accessor in as few lines as reads well, since a model has one per layer: a one-line
     * Javadoc and a one-line method where each fits in 100 columns (a method with parameters
     * keeps the block form, its parameter list laid out by {@link #parameterList}).
     */
    void layerMethod(String name, String parameters, Layer row, int index, String summaryField) {
      memberSeparator();
      String doc = row.type() + ": " + row.outputShape() + ", " + row.params() + " params, "
          + (row.macs() == Layer.UNKNOWN ? "unknown" : Long.toString(row.macs())) + " MACs.";
      if (INDENT.length() + "/** ".length() + doc.length() + " */".length() <= LINE_WIDTH) {
        body.append(INDENT).append("/** ").append(doc).append(" */\n");
      } else {
        javadoc(body, INDENT, doc);
      }
      String signature = INDENT + "public " + layer + ' ' + name
          + (parameters.isEmpty() ? "()" : parameters) + " {";
      String statement = "return " + summaryField + ".layers().get(" + index + ");";
      if (parameters.isEmpty()
          && signature.length() + 1 + statement.length() + 2 <= LINE_WIDTH) {
        body.append(signature).append(' ').append(statement).append(" }\n");
      } else {
        body.append(signature).append('\n')
            .append(INDENT.repeat(2)).append(statement).append('\n')
            .append(INDENT).append("}\n");
      }
    }

    GeneratedFile finish() {
      StringBuilder head = new StringBuilder(body.length() + 4096);
      String generated = names.use("javax.annotation.processing.Generated");
      if (!packageName.isEmpty()) {
        head.append("package ").append(packageName).append(";\n\n");
      }
      String imports = names.importLines();
      if (!imports.isEmpty()) {
        head.append(imports).append('\n');
      }
      javadoc(
          head,
          "",
          "The ShapeCheck model of {@link " + names.model() + "}: shapes and parameter counts"
              + " computed at compile\ntime with Keras semantics.\n\n<pre>\n"
              + escapeForJavadoc(summary.toString()) + "</pre>");
      head.append('@').append(generated).append("(\"")
          .append(ShapeCheckProcessor.class.getName()).append("\")\n")
          .append("public final class ").append(simpleName).append(" implements ")
          .append(names.model()).append(" {\n")
          .append(body)
          .append("}\n");
      String qualified = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
      return new GeneratedFile(qualified, simpleName, head.toString(), model);
    }
  }

  /**
   * A Javadoc comment at {@code indent}: {@code text} split into lines, an empty line written as a
   * bare star, as javadoc and JavaPoet lay it out.
   */
  static void javadoc(StringBuilder out, String indent, String text) {
    out.append(indent).append("/**\n");
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end == start) {
        out.append(indent).append(" *\n");
      } else {
        out.append(indent).append(" * ").append(text, start, end).append('\n');
      }
      start = end + 1;
    }
    out.append(indent).append(" */\n");
  }

  /**
   * Makes text safe inside {@code <pre>} in a Javadoc comment: HTML, tags, the comment's end, and
   * backslashes (javac decodes Unicode escapes everywhere, so an escaped star-slash would end it).
   */
  static String escapeForJavadoc(String text) {
    return text.replace("&", "&amp;")
        .replace("\\", "&#92;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;");
  }

  /**
   * A Java string literal for {@code value}: quote, backslash and the named escapes escaped, other
   * control characters and U+2028/U+2029 as {@code \\uXXXX}, as JavaPoet's {@code $S} wrote them.
   */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + value.length() / 8 + 2).append('"');
    int plainFrom = 0; // characters that need no escape are copied in runs
    for (int i = 0; i < value.length(); i++) {
      String escape = escape(value.charAt(i));
      if (escape != null) {
        out.append(value, plainFrom, i).append(escape);
        plainFrom = i + 1;
      }
    }
    return out.append(value, plainFrom, value.length()).append('"').toString();
  }

  /** How {@code c} is written inside a Java string literal, or null if as itself. */
  private static String escape(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\t':
        return "\\t";
      case '\r':
        return "\\r";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      default:
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
          String hex = Integer.toHexString(c);
          return "\\u" + "0000".substring(hex.length()) + hex;
        }
        return null;
    }
  }
}
