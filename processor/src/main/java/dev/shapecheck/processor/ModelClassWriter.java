package dev.shapecheck.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import dev.shapecheck.engine.ModelCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The last stage: writes {@code <Interface>Model} from a checked model. It only formats values the
 * engine computed; it decides nothing.
 *
 * <p>The generated class holds the totals as {@code long} compile-time constants (usable in
 * constant expressions and {@code long} annotation values), the input and output shapes, and {@code
 * SUMMARY} with one {@code Layer.of} line per layer; each interface method returns its layer from
 * {@code SUMMARY}, so no name the user chooses can collide with a generated one.
 *
 * <p><b>Why JavaPoet.</b> The class is built from JavaPoet's {@code TypeSpec}, {@code FieldSpec}
 * and {@code MethodSpec} and laid out by its {@code JavaFile}, which also settles the imports: a
 * runtime type is imported unless the name is taken by a member type of the interface ({@code
 * avoidClashesWithNestedClasses}), by the interface itself, or, for {@code String}, by a class of
 * the model's package ({@code alwaysQualify}); then it is written qualified. The writer keeps no
 * layout rules or import logic of its own. The processor jar carries JavaPoet relocated
 * (processor/pom.xml), so it never meets another processor's JavaPoet.
 *
 * <p><b>Why some parts are pre-rendered.</b> JavaPoet renders a file twice (once to collect the
 * imports) and splits every piece of text it emits into lines with a regular expression, so its
 * cost follows the number of format parts. Handed one part per token, the rows of {@code SUMMARY}
 * and the chunks of {@code KERAS_JSON} (a line each per layer) were most of the processor's own
 * time when it last used JavaPoet (bench/README.md); with every type in the rows as a {@code $T}, a
 * 20-layer model still costs about 1.35 ms of the processor's CPU time instead of 1.05 ms
 * (TimedProcessor, 2,000 models). They go to JavaPoet as ready-made text instead, one {@code $L}
 * per list and one for the JSON: {@link SummaryRows} writes the rows with the names JavaPoet gives
 * the types, and {@link #written} checks those names against the imports JavaPoet wrote. Each
 * accessor's Javadoc and body are one {@code $L} for the same reason.
 */
final class ModelClassWriter {
  static final int LAYERS_PER_METHOD = 200;

  /** Rows per nested class of a very large model; a multiple of {@link #LAYERS_PER_METHOD}. */
  static final int LAYERS_PER_CLASS = 5_000;

  /**
   * The longest string constant {@code KERAS_JSON} or {@code KERAS2_JSON} is built from. A class
   * file holds a string constant in at most 65,535 bytes of modified UTF-8; the JSON is ASCII (one
   * byte a character), so this leaves room to spare.
   */
  static final int KERAS_JSON_CHUNK = 60_000;

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName LAYER = ClassName.get(Layer.class);
  private static final ClassName SHAPE = ClassName.get(Shape.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MODEL_SUMMARY = ClassName.get(ModelSummary.class);
  private static final ClassName DTYPE = ClassName.get(DType.class);
  private static final TypeName LIST_OF_LAYERS = ParameterizedTypeName.get(LIST, LAYER);
  private static final AnnotationSpec GENERATED_BY =
      AnnotationSpec.builder(GENERATED)
          .addMember("value", "$L", literal(ShapeCheckProcessor.class.getName()))
          .build();
  private static final Modifier[] CONSTANT = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};

  /** The java.lang types the generated code names, which a class of the package may hide. */
  private static final Set<String> JAVA_LANG_USED = Set.of("String");

  private final Elements elements;

  /** {@link #javaLangHidden} by package: a package's members do not change within a round. */
  private final Map<String, String[]> hiddenByPackage = new HashMap<>();

  /** A writer for one round of processing: later rounds may add types to a package. */
  ModelClassWriter(Elements elements) {
    this.elements = elements;
  }

  /** A generated source file: its qualified name, its text, and the model it comes from. */
  record GeneratedFile(String qualifiedName, String simpleName, String text, TypeElement origin) {}

  /** The generated class's name: {@code MnistCnnModel}, or {@code Outer_InnerModel} if nested. */
  static String generatedSimpleName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName()).append("Model");
    Element outer = type.getEnclosingElement();
    for (; outer instanceof TypeElement; outer = outer.getEnclosingElement()) {
      name.insert(0, outer.getSimpleName() + "_");
    }
    return name.toString();
  }

  /**
   * The class of a checked model: the constants, {@code SUMMARY} built from {@code Layer.of} rows
   * (a sequential model) or from {@code Layer.input} and {@code Layer.connected} rows after block
   * expansion (a functional one), {@code KERAS_JSON} and {@code KERAS2_JSON} in the matching Keras
   * form, and each interface method, with its parameters, returning its row (an {@code @Apply}
   * method the row of the use's output).
   */
  GeneratedFile write(GraphDeclaration model, ModelCheck check) {
    return written(model.type, rows -> classFile(model, check, rows));
  }

  private ClassFile classFile(GraphDeclaration model, ModelCheck check, SummaryRows rows) {
    ModelSummary summary = check.summary();
    boolean functional = summary.isFunctional();
    ClassFile file = new ClassFile(model.type, summary, rows);
    file.constants();
    CodeBlock list = file.rowList(summary.layers(), functional);
    if (functional) {
      StringBuilder outputs = new StringBuilder();
      for (int i = 0; i < summary.outputLayers().size(); i++) {
        outputs.append(i == 0 ? "" : ", ").append(literal(summary.outputLayers().get(i).name()));
      }
      file.summaryField(
          "Every layer with its shapes, inbound layers and parameter counts.",
          CodeBlock.of(
              "$T.functional($L, $L,\n$T.of($L), $T.$L)",
              MODEL_SUMMARY,
              literal(summary.name()),
              list,
              LIST,
              outputs.toString(),
              DTYPE,
              summary.dtype().name()));
    } else {
      file.summaryField(
          "Every layer with its shapes and parameter counts, and the totals.",
          CodeBlock.of(
              "$T.of($L, INPUT_SHAPE, $L, $T.$L)",
              MODEL_SUMMARY,
              literal(summary.name()),
              list,
              DTYPE,
              summary.dtype().name()));
    }
    String form = functional ? "Functional" : "Sequential";
    file.kerasJson(
        "KERAS_JSON",
        check.kerasJsonParts(),
        "The model as Keras 3's {@code model.to_json()}, {@code "
            + form
            + "}:\n"
            + "{@code keras.models.model_from_json(KERAS_JSON)} builds it with Keras 3.");
    file.kerasJson(
        "KERAS2_JSON",
        check.keras2JsonParts(),
        "The model as tf.keras 2's {@code model.to_json()}, {@code "
            + form
            + "} (Keras 3 reads {@code KERAS_JSON}):\n"
            + "{@code tf.keras.models.model_from_json(KERAS2_JSON)} builds it with tf.keras 2,\n"
            + "{@code tf.models.modelFromJSON(JSON.parse(KERAS2_JSON))} with TensorFlow.js.");
    file.summaryMethod();

    List<Layer> layers = summary.layers();
    Map<String, Integer> rowIndex = new HashMap<>();
    for (int i = 0; i < layers.size(); i++) {
      rowIndex.putIfAbsent(layers.get(i).name(), i);
    }
    for (LayerDeclaration member : model.members) {
      String memberName = member.method.getSimpleName().toString();
      Integer index = rowIndex.get(check.memberRows().get(memberName));
      if (index == null) {
        throw new IllegalStateException("the engine names no summary row for method " + memberName);
      }
      MethodSpec.Builder method = MethodSpec.methodBuilder(memberName);
      boolean shadowed = false;
      for (VariableElement parameter : member.method.getParameters()) {
        // Every parameter is a Layer (the reader reports any other type): written as LAYER, never
        // from the TypeMirror, whose text carries TYPE_USE annotations.
        method.addParameter(LAYER, parameter.getSimpleName().toString());
        shadowed |= parameter.getSimpleName().contentEquals("SUMMARY");
      }
      // A parameter named SUMMARY would hide the field: qualify it then.
      file.layerMethod(method, layers.get(index), index, shadowed);
    }
    return file;
  }

  /**
   * Builds the class with the rows spelling {@code Layer}, {@code Shape} and {@code List} by their
   * simple names and renders it; if JavaPoet imported not all three, builds and renders it again
   * with the rows spelling them as JavaPoet did (see {@link SummaryRows}).
   */
  private static GeneratedFile written(TypeElement model, Function<SummaryRows, ClassFile> build) {
    ClassFile file = build.apply(SummaryRows.IMPORTED);
    String text = file.render();
    SummaryRows used = SummaryRows.asImportedBy(text);
    if (used != SummaryRows.IMPORTED) {
      file = build.apply(used);
      text = file.render();
    }
    return new GeneratedFile(file.name.canonicalName(), file.name.simpleName(), text, model);
  }

  /**
   * The java.lang names the generated code uses unqualified that a type of the model's package
   * shadows ({@code class String {}} beside the interface): JavaPoet writes those qualified.
   */
  private String[] javaLangHidden(TypeElement model) {
    PackageElement pkg = elements.getPackageOf(model);
    return hiddenByPackage.computeIfAbsent(
        pkg.getQualifiedName().toString(), name -> javaLangHidden(pkg));
  }

  private static String[] javaLangHidden(PackageElement pkg) {
    List<String> hidden = new ArrayList<>();
    for (Element member : pkg.getEnclosedElements()) {
      String simple = member.getSimpleName().toString();
      if (JAVA_LANG_USED.contains(simple)) {
        hidden.add(simple);
      }
    }
    return hidden.toArray(new String[0]);
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

  /** One generated class being built: its names, its {@code TypeSpec}, member by member. */
  private final class ClassFile {
    final TypeElement model;
    final ModelSummary summary;
    final ClassName name;
    final TypeSpec.Builder type;
    final SummaryRows rows;

    ClassFile(TypeElement model, ModelSummary summary, SummaryRows rows) {
      this.model = model;
      this.summary = summary;
      this.rows = rows;
      String packageName = elements.getPackageOf(model).getQualifiedName().toString();
      name = ClassName.get(packageName, generatedSimpleName(model));
      ClassName modelName = ClassName.get(model);
      type =
          TypeSpec.classBuilder(name)
              .addJavadoc(
                  "The ShapeCheck model of {@link $T}: shapes and parameter counts computed at"
                      + " compile\ntime with Keras semantics.\n\n<pre>\n$L</pre>\n",
                  modelName,
                  escapeForJavadoc(summary.toString()))
              .addAnnotation(GENERATED_BY)
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .addSuperinterface(modelName)
              .avoidClashesWithNestedClasses(model)
              .alwaysQualify(javaLangHidden(model));
    }

    void constants() {
      longConstant("TOTAL_PARAMS", summary.totalParams(), "All weights: Keras's \"Total params\".");
      longConstant("TRAINABLE_PARAMS", summary.trainableParams(), "Keras's \"Trainable params\".");
      longConstant(
          "NON_TRAINABLE_PARAMS",
          summary.nonTrainableParams(),
          "Keras's \"Non-trainable params\".");
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
      shapeConstant(
          "INPUT_SHAPE", summary.inputShape(), "The shape of the model's " + first + "input");
      // A Sequential whose last layer has several outputs (returnState) has them all as outputs.
      List<Layer> all = summary.layers();
      boolean several = !all.isEmpty() && all.get(all.size() - 1).outputShapes().size() > 1;
      shapeConstant(
          "OUTPUT_SHAPE",
          summary.outputShape(),
          "The shape of the model's "
              + (several && !summary.isFunctional() ? "first " : first)
              + "output");
    }

    private void longConstant(String name, long value, String doc) {
      field(doc, TypeName.LONG, name, CodeBlock.of("$L", value + "L"));
    }

    private void shapeConstant(String name, Shape value, String doc) {
      field(doc + ": {@code " + value + "}.", SHAPE, name, rows.shape(value));
    }

    void summaryField(String doc, CodeBlock initializer) {
      field(doc, MODEL_SUMMARY, "SUMMARY", initializer);
    }

    /** A {@code public static final} field with a one-paragraph Javadoc. */
    private void field(String doc, TypeName fieldType, String fieldName, CodeBlock initializer) {
      type.addField(
          FieldSpec.builder(fieldType, fieldName, CONSTANT)
              .addJavadoc("$L", doc + "\n")
              .initializer(initializer)
              .build());
    }

    /**
     * {@code List.of(Layer.of(...), ...)} ({@code Layer.input}/{@code Layer.connected} rows for a
     * functional model): inline up to {@value #LAYERS_PER_METHOD} rows; a class initializer may
     * hold at most 64 KB of bytecode, so a larger list is built in helper methods of that many rows
     * each and this returns the call.
     */
    CodeBlock rowList(List<Layer> layers, boolean functional) {
      if (layers.size() <= LAYERS_PER_METHOD) {
        return rows.list(layers, 0, layers.size(), functional);
      }
      return splitRows(layers, helperPrefix(model), functional);
    }

    /**
     * Adds the helper methods and returns {@code allLayers()}. Past {@value #LAYERS_PER_CLASS} rows
     * the helpers go into nested classes of that many rows each ({@code Rows0}, {@code Rows1},
     * ...): a class file holds at most 65,535 constants, and each row brings its own (its name, its
     * counts), so one class cannot hold the rows of a model much beyond 20,000 layers; every nested
     * class has a constant pool of its own.
     */
    private CodeBlock splitRows(List<Layer> layers, String prefix, boolean functional) {
      boolean nested = layers.size() > LAYERS_PER_CLASS;
      MethodSpec.Builder all =
          MethodSpec.methodBuilder(prefix + "allLayers")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(LIST_OF_LAYERS)
              .addStatement(
                  "$T all = new $T<>($L)", LIST_OF_LAYERS, ArrayList.class, layers.size());
      TypeSpec.Builder holder = null;
      for (int from = 0, part = 0; from < layers.size(); from += LAYERS_PER_METHOD, part++) {
        int to = Math.min(layers.size(), from + LAYERS_PER_METHOD);
        MethodSpec.Builder method =
            MethodSpec.methodBuilder(prefix + "layers" + part)
                .returns(LIST_OF_LAYERS)
                .addStatement("return $L", rows.list(layers, from, to, functional));
        if (!nested) {
          type.addMethod(method.addModifiers(Modifier.PRIVATE, Modifier.STATIC).build());
          all.addStatement("all.addAll($Llayers$L())", prefix, part);
          continue;
        }
        String holderName = prefix + "Rows" + from / LAYERS_PER_CLASS;
        if (from % LAYERS_PER_CLASS == 0) {
          holder =
              TypeSpec.classBuilder(holderName)
                  .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        }
        holder.addMethod(method.addModifiers(Modifier.STATIC).build());
        all.addStatement("all.addAll($L.$Llayers$L())", holderName, prefix, part);
        if (to % LAYERS_PER_CLASS == 0 || to == layers.size()) {
          type.addType(holder.build());
        }
      }
      type.addMethod(all.addStatement("return all").build());
      return CodeBlock.of("$LallLayers()", prefix);
    }

    /**
     * {@code KERAS_JSON} or {@code KERAS2_JSON}: the model as Keras 3's or tf.keras 2's {@code
     * model.to_json()}, one layer per source line. Up to {@value #KERAS_JSON_CHUNK} characters it
     * is one compile-time constant (javac folds the {@code +} of literals); longer, it joins
     * several such constants at class initialization, since a longer constant cannot be written to
     * a class file. The literals are escaped here and handed to JavaPoet as one {@code $L}.
     */
    void kerasJson(String name, List<String> parts, String javadoc) {
      List<String> pieces = new ArrayList<>();
      for (String part : parts) {
        for (int at = 0; at < part.length(); at += KERAS_JSON_CHUNK) {
          pieces.add(part.substring(at, Math.min(part.length(), at + KERAS_JSON_CHUNK)));
        }
      }
      List<String> constants = new ArrayList<>();
      StringBuilder constant = new StringBuilder(literal(pieces.get(0)));
      int length = pieces.get(0).length();
      for (String piece : pieces.subList(1, pieces.size())) {
        if (length + piece.length() > KERAS_JSON_CHUNK) {
          constants.add(constant.toString());
          constant = new StringBuilder(literal(piece));
          length = piece.length();
        } else {
          constant.append("\n+ ").append(literal(piece));
          length += piece.length();
        }
      }
      constants.add(constant.toString());
      CodeBlock initializer =
          constants.size() == 1
              ? CodeBlock.of("$>$>$L$<$<", constants.get(0))
              : CodeBlock.of(
                  "$T.join(\"\",$>$>\n$L)$<$<", String.class, String.join(",\n", constants));
      field(javadoc, ClassName.get(String.class), name, initializer);
    }

    void summaryMethod() {
      type.addMethod(
          MethodSpec.methodBuilder("summary")
              .addJavadoc("The Keras {@code model.summary()} table of this model.\n")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(String.class)
              .addStatement("return SUMMARY.toString()")
              .build());
    }

    /**
     * The accessor of an interface method: returns row {@code index} of SUMMARY, through the class
     * name if a parameter named SUMMARY hides the field. No {@code @Override}: the class is final
     * and implements the interface, so javac checks every accessor anyway, while an annotation per
     * layer is attributed and validated again in each round of processing (0.7 s of a cold compile
     * of a 10,000-layer model, bench/README.md).
     */
    void layerMethod(MethodSpec.Builder method, Layer row, int index, boolean qualified) {
      String doc =
          row.type()
              + ": "
              + row.outputShape()
              + ", "
              + row.params()
              + " params, "
              + (row.macs() == Layer.UNKNOWN ? "unknown" : Long.toString(row.macs()))
              + " MACs.";
      // One $L each for the Javadoc and the body: every format part costs JavaPoet a regular
      // expression per pass, and a model has an accessor per layer.
      method.addJavadoc("$L", doc + "\n").addModifiers(Modifier.PUBLIC).returns(LAYER);
      if (qualified) {
        method.addStatement("return $T.SUMMARY.layers().get($L)", name, index);
      } else {
        method.addCode("$L", "return SUMMARY.layers().get(" + index + ");\n");
      }
      type.addMethod(method.build());
    }

    String render() {
      return JavaFile.builder(name.packageName(), type.build())
          .skipJavaLangImports(true)
          .indent("  ")
          .build()
          .toString();
    }
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
   * control characters and U+2028/U+2029 as {@code \\uXXXX}. Done here, once per string, rather
   * than by JavaPoet's {@code $S}, which builds a string per character and breaks a literal at
   * U+2028 and U+2029 (it splits emitted text into lines at every line terminator).
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
