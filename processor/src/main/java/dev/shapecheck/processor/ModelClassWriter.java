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
import dev.shapecheck.engine.KerasJson;
import dev.shapecheck.engine.ModelCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The last stage: writes {@code <Interface>Model} from a checked model. It only formats values
 * the engine computed; it decides nothing.
 *
 * <p>The generated class holds the totals as compile-time constants (usable in annotations and
 * {@code switch}), the input and output shapes, and {@code SUMMARY} with one {@code Layer.of}
 * line per layer; each interface method returns its layer from {@code SUMMARY}, so no name the
 * user chooses can collide with a generated one.
 */
final class ModelClassWriter {
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName LAYER = ClassName.get(Layer.class);
  private static final ClassName SHAPE = ClassName.get(Shape.class);
  private static final AnnotationSpec OVERRIDE = AnnotationSpec.builder(Override.class).build();
  private static final TypeName LIST_OF_LAYERS =
      ParameterizedTypeName.get(LIST, LAYER);
  static final int LAYERS_PER_METHOD = 200;
  /** The java.lang types the generated code names without an import. */
  private static final Set<String> JAVA_LANG_USED = Set.of("Override", "String");

  private final Elements elements;

  ModelClassWriter(Elements elements) {
    this.elements = elements;
  }

  /** The generated class's name: {@code MnistCnnModel}, or {@code Outer_InnerModel} if nested. */
  static ClassName generatedName(TypeElement type, Elements elements) {
    String simple = type.getSimpleName().toString();
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      simple = e.getSimpleName() + "_" + simple;
    }
    PackageElement pkg = elements.getPackageOf(type);
    return ClassName.get(pkg.getQualifiedName().toString(), simple + "Model");
  }

  JavaFile write(ModelDeclaration model, ModelSummary summary) {
    ClassName name = generatedName(model.type, elements);
    TypeSpec.Builder type = classBuilder(name, model.type, summary);
    addConstants(type, summary);
    addSummary(type, summary, helperPrefix(model.type));
    addKerasJson(type, KerasJson.parts(model.config, summary), "Sequential");
    addSummaryMethod(type);

    List<Layer> layers = summary.layers();
    for (int i = 0; i < layers.size(); i++) {
      type.addMethod(
          layerMethod(MethodSpec.methodBuilder(layers.get(i).name()), layers.get(i), i, null));
    }
    return javaFile(name, type);
  }

  /**
   * The class of a functional model: the same constants as a sequential one, {@code SUMMARY}
   * built from {@code Layer.input} and {@code Layer.connected} rows after block expansion, and
   * each interface method, with its parameters, returning its row (an {@code @Apply} method the
   * row of the use's output).
   */
  JavaFile write(GraphDeclaration model, ModelCheck check) {
    ModelSummary summary = check.summary();
    ClassName name = generatedName(model.type, elements);
    TypeSpec.Builder type = classBuilder(name, model.type, summary);
    addConstants(type, summary);
    addFunctionalSummary(type, summary, helperPrefix(model.type));
    addKerasJson(type, KerasJson.functionalParts(summary, check.configs()), "Functional");
    addSummaryMethod(type);

    List<Layer> rows = summary.layers();
    for (LayerDeclaration member : model.members) {
      String memberName = member.method.getSimpleName().toString();
      String row = model.outputRow(memberName);
      int index = -1;
      for (int i = 0; i < rows.size() && index < 0; i++) {
        if (rows.get(i).name().equals(row)) {
          index = i;
        }
      }
      if (index < 0) {
        throw new IllegalStateException(
            "the engine's summary has no row " + row + " for method " + memberName);
      }
      MethodSpec.Builder method = MethodSpec.methodBuilder(memberName);
      boolean shadowed = false;
      for (VariableElement parameter : member.method.getParameters()) {
        method.addParameter(TypeName.get(parameter.asType()), parameter.getSimpleName().toString());
        shadowed |= parameter.getSimpleName().contentEquals("SUMMARY");
      }
      // A parameter naming a layer method SUMMARY() would hide the field: qualify it then.
      type.addMethod(
          layerMethod(
              method, rows.get(index), index, shadowed ? CodeBlock.of("$T.SUMMARY", name) : null));
    }
    return javaFile(name, type);
  }

  private TypeSpec.Builder classBuilder(ClassName name, TypeElement model, ModelSummary summary) {
    return TypeSpec.classBuilder(name)
        .addOriginatingElement(model)
        .addAnnotation(
            AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", ShapeCheckProcessor.class.getName())
                .build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ClassName.get(model))
        .avoidClashesWithNestedClasses(model)
        .alwaysQualify(javaLangClashes(model))
        .addJavadoc(classJavadoc(model, summary));
  }

  private static JavaFile javaFile(ClassName name, TypeSpec.Builder type) {
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** A method returning row {@code index} of {@code summary} (default: the field, unqualified). */
  private static MethodSpec layerMethod(
      MethodSpec.Builder method, Layer layer, int index, CodeBlock summary) {
    // Plain strings through a single $L: JavaPoet parses no per-layer format (see class doc).
    method
        .addJavadoc(
            "$L",
            layer.type() + ": " + layer.outputShape() + ", " + layer.params() + " params, "
                + (layer.macs() == Layer.UNKNOWN ? "unknown" : Long.toString(layer.macs()))
                + " MACs.\n")
        .addAnnotation(OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(LAYER);
    return (summary == null
            ? method.addCode("return SUMMARY.layers().get(" + index + ");\n")
            : method.addStatement("return $L.layers().get(" + index + ")", summary))
        .build();
  }

  private static void addSummaryMethod(TypeSpec.Builder type) {
    type.addMethod(
        MethodSpec.methodBuilder("summary")
            .addJavadoc("The Keras {@code model.summary()} table of this model.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addStatement("return SUMMARY.toString()")
            .build());
  }

  private static void addConstants(TypeSpec.Builder type, ModelSummary summary) {

    type.addField(longConstant("TOTAL_PARAMS", summary.totalParams(), "All weights: Keras's \"Total params\"."));
    type.addField(longConstant("TRAINABLE_PARAMS", summary.trainableParams(), "Keras's \"Trainable params\"."));
    type.addField(
        longConstant("NON_TRAINABLE_PARAMS", summary.nonTrainableParams(), "Keras's \"Non-trainable params\"."));
    type.addField(
        longConstant(
            "TOTAL_MACS",
            summary.totalMacs(),
            "Multiply-accumulates for one sample (-1 if they depend on an unknown dimension)."));
    type.addField(
        longConstant(
            "PARAM_BYTES",
            summary.paramBytes(),
            "Bytes of all weights as " + summary.dtype().kerasName() + "."));
    type.addField(
        longConstant(
            "ACTIVATION_BYTES",
            summary.activationBytes(),
            "Bytes of all layer outputs for one sample (-1 with an unknown dimension)."));
    type.addField(
        shapeConstant(
            "INPUT_SHAPE",
            summary.inputShape(),
            summary.isFunctional()
                ? "The shape of the model's first input"
                : "The shape of the model's input"));
    type.addField(
        shapeConstant(
            "OUTPUT_SHAPE",
            summary.outputShape(),
            summary.isFunctional()
                ? "The shape of the model's first output"
                : "The shape of the model's output"));
  }

  /**
   * The java.lang names the generated code uses unqualified that a type of the model's package
   * shadows ({@code class Override {}} beside the interface): those are written qualified.
   */
  private String[] javaLangClashes(TypeElement model) {
    List<String> clashes = new ArrayList<>();
    for (Element member : elements.getPackageOf(model).getEnclosedElements()) {
      String simple = member.getSimpleName().toString();
      if (JAVA_LANG_USED.contains(simple)) {
        clashes.add(simple);
      }
    }
    return clashes.toArray(new String[0]);
  }

  /**
   * A prefix for the private helpers of a large model ({@code allLayers}, {@code layers0}, ...)
   * that no method of the interface has: the helpers are static, and a static method may neither
   * share an implemented method's signature nor hide an inherited default one.
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
    // One pattern per prefix, not one per method: a large model has thousands of methods.
    Pattern part = Pattern.compile(Pattern.quote(prefix + "layers") + "\\d+");
    for (String name : taken) {
      if (name.equals(prefix + "allLayers") || part.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  private static CodeBlock classJavadoc(TypeElement model, ModelSummary summary) {
    return CodeBlock.builder()
        .add("The ShapeCheck model of {@link $T}: shapes and parameter counts computed at compile\n",
            ClassName.get(model))
        .add("time with Keras semantics.\n\n")
        .add("<pre>\n$L</pre>\n", escapeForJavadoc(summary.toString()))
        .build();
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

  private static FieldSpec longConstant(String name, long value, String doc) {
    return FieldSpec.builder(long.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer("$LL", value)
        .build();
  }

  private static FieldSpec shapeConstant(String name, Shape shape, String doc) {
    return FieldSpec.builder(Shape.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L: {@code $L}.\n", doc, shape)
        .initializer(shapeExpression(shape))
        .build();
  }

  /**
   * {@code SUMMARY}, with the layer list inline. A class initializer may hold at most 64 KB of
   * bytecode, so a large model builds its list in private methods of {@value #LAYERS_PER_METHOD}
   * layers each instead.
   */
  private static void addSummary(TypeSpec.Builder type, ModelSummary summary, String prefix) {
    List<Layer> layers = summary.layers();
    CodeBlock list;
    if (layers.size() <= LAYERS_PER_METHOD) {
      list = listOf(layers, 0, layers.size());
    } else {
      MethodSpec.Builder all =
          MethodSpec.methodBuilder(prefix + "allLayers")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(LIST_OF_LAYERS)
              .addStatement("$T all = new $T<>($L)", LIST_OF_LAYERS, ArrayList.class, layers.size());
      for (int from = 0, part = 0; from < layers.size(); from += LAYERS_PER_METHOD, part++) {
        int to = Math.min(layers.size(), from + LAYERS_PER_METHOD);
        type.addMethod(
            MethodSpec.methodBuilder(prefix + "layers" + part)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(LIST_OF_LAYERS)
                .addStatement("return $L", listOf(layers, from, to))
                .build());
        all.addStatement("all.addAll($Llayers$L())", prefix, part);
      }
      type.addMethod(all.addStatement("return all").build());
      list = CodeBlock.of("$LallLayers()", prefix);
    }
    type.addField(
        FieldSpec.builder(
                ModelSummary.class, "SUMMARY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every layer with its shapes and parameter counts, and the totals.\n")
            .initializer(
                "$T.of($S, INPUT_SHAPE, $L, $T.$L)",
                ModelSummary.class,
                summary.name(),
                list,
                DType.class,
                summary.dtype().name())
            .build());
  }

  /**
   * {@code SUMMARY} of a functional model: one {@code Layer.input} or {@code Layer.connected} line
   * per row, split into helper methods as {@link #addSummary}.
   */
  private static void addFunctionalSummary(
      TypeSpec.Builder type, ModelSummary summary, String prefix) {
    List<Layer> rows = summary.layers();
    CodeBlock list;
    if (rows.size() <= LAYERS_PER_METHOD) {
      list = rowsOf(rows, 0, rows.size());
    } else {
      list = splitRows(type, rows, prefix);
    }
    CodeBlock.Builder outputs = CodeBlock.builder();
    for (int i = 0; i < summary.outputLayers().size(); i++) {
      outputs.add(i == 0 ? "$S" : ", $S", summary.outputLayers().get(i).name());
    }
    type.addField(
        FieldSpec.builder(
                ModelSummary.class, "SUMMARY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every layer with its shapes, inbound layers and parameter counts.\n")
            .initializer(
                "$T.functional($S, $L,\n$T.of($L), $T.$L)",
                ModelSummary.class,
                summary.name(),
                list,
                LIST,
                outputs.build(),
                DType.class,
                summary.dtype().name())
            .build());
  }

  private static CodeBlock splitRows(TypeSpec.Builder type, List<Layer> rows, String prefix) {
    MethodSpec.Builder all =
        MethodSpec.methodBuilder(prefix + "allLayers")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(LIST_OF_LAYERS)
            .addStatement("$T all = new $T<>($L)", LIST_OF_LAYERS, ArrayList.class, rows.size());
    for (int from = 0, part = 0; from < rows.size(); from += LAYERS_PER_METHOD, part++) {
      int to = Math.min(rows.size(), from + LAYERS_PER_METHOD);
      type.addMethod(
          MethodSpec.methodBuilder(prefix + "layers" + part)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(LIST_OF_LAYERS)
              .addStatement("return $L", rowsOf(rows, from, to))
              .build());
      all.addStatement("all.addAll($Llayers$L())", prefix, part);
    }
    type.addMethod(all.addStatement("return all").build());
    return CodeBlock.of("$LallLayers()", prefix);
  }

  /** {@code List.of(Layer.input(...), Layer.connected(...), ...)} for rows {@code from..to}. */
  private static CodeBlock rowsOf(List<Layer> rows, int from, int to) {
    CodeBlock.Builder items = CodeBlock.builder();
    for (int i = from; i < to; i++) {
      Layer row = rows.get(i);
      if (row.type().equals("InputLayer") && row.inbound().isEmpty()) {
        items.add("\n$T.input(", LAYER).add(formatLiteral(row.name())).add(", ");
        addShape(items, row.outputShape());
        items.add(i < to - 1 ? ")," : ")");
        continue;
      }
      items.add("\n$T.connected(", LAYER)
          .add(formatLiteral(row.name()) + ", " + formatLiteral(row.type()) + ", ")
          .add("$T.of(", LIST);
      for (int k = 0; k < row.inbound().size(); k++) {
        if (k > 0) {
          items.add(", ");
        }
        addShape(items, row.inputShapes().get(k));
      }
      StringBuilder inbound = new StringBuilder();
      for (int k = 0; k < row.inbound().size(); k++) {
        inbound.append(k == 0 ? "" : ", ").append(formatLiteral(row.inbound().get(k)));
      }
      items.add("), $T.of(", LIST).add(inbound.append("), ").toString());
      addShape(items, row.outputShape());
      items.add(counts(row, i < to - 1));
    }
    return CodeBlock.of("$T.of($>$>$L)$<$<", LIST, items.build());
  }

  /**
   * The longest string constant {@code KERAS_JSON} is built from. A class file holds a string
   * constant in at most 65,535 bytes of modified UTF-8; the JSON is ASCII (one byte a character),
   * so this leaves room to spare.
   */
  static final int KERAS_JSON_CHUNK = 60_000;

  /**
   * {@code KERAS_JSON}: the model as Keras's {@code model.to_json()}, one layer per source line.
   * Up to {@value #KERAS_JSON_CHUNK} characters it is one compile-time constant (javac folds the
   * {@code +} of literals); longer, it joins several such constants at class initialization, since
   * a longer constant cannot be written to a class file.
   */
  private static void addKerasJson(TypeSpec.Builder type, List<String> parts, String form) {
    List<String> pieces = new ArrayList<>();
    for (String part : parts) {
      for (int at = 0; at < part.length(); at += KERAS_JSON_CHUNK) {
        pieces.add(part.substring(at, Math.min(part.length(), at + KERAS_JSON_CHUNK)));
      }
    }
    // The literals are escaped here and handed to JavaPoet as one $L, not as a $S per piece.
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
                "$T.join($S,$>$>\n$L)$<$<", String.class, "", String.join(",\n", constants));
    type.addField(
        FieldSpec.builder(
                String.class, "KERAS_JSON", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The model as Keras's {@code model.to_json()}, Keras 2 {@code " + form + "} form:\n"
                    + "{@code tf.keras.models.model_from_json(KERAS_JSON)} builds it in Python,\n"
                    + "{@code tf.models.modelFromJSON(JSON.parse(KERAS_JSON))} in TensorFlow.js.\n")
            .initializer(initializer)
            .build());
  }

  /** {@code List.of(Layer.of(...), ...)} for layers {@code from} (inclusive) to {@code to}. */
  private static CodeBlock listOf(List<Layer> layers, int from, int to) {
    CodeBlock.Builder items = CodeBlock.builder();
    for (int i = from; i < to; i++) {
      Layer layer = layers.get(i);
      items.add("\n$T.of(", LAYER)
          .add(formatLiteral(layer.name()) + ", " + formatLiteral(layer.type()) + ", ");
      if (i == 0) {
        items.add("INPUT_SHAPE");
      } else {
        addShape(items, layer.inputShape());
      }
      items.add(", ");
      addShape(items, layer.outputShape());
      items.add(counts(layer, i < to - 1));
    }
    return CodeBlock.of("$T.of($>$>$L)$<$<", LIST, items.build());
  }

  /** {@code , 320L, 0L, 194688L)} and the list separator: a row's counts, as format text. */
  private static String counts(Layer layer, boolean more) {
    return ", " + layer.trainableParams() + "L, " + layer.nonTrainableParams() + "L, "
        + layer.macs() + (more ? "L)," : "L)");
  }

  private static CodeBlock shapeExpression(Shape shape) {
    CodeBlock.Builder block = CodeBlock.builder();
    addShape(block, shape);
    return block.build();
  }

  /**
   * Adds {@code Shape.of(26, 26, 32)} (or {@code Shape.withBatch(...)}) as one format: only the
   * type goes through JavaPoet's {@code $T}, which decides whether {@code Shape} needs qualifying.
   */
  private static void addShape(CodeBlock.Builder block, Shape shape) {
    List<Object> types = new ArrayList<>();
    types.add(SHAPE);
    boolean batched = shape.batchSize() != Shape.NONE;
    StringBuilder format = new StringBuilder(batched ? "$T.withBatch(" + shape.batchSize() : "$T.of(");
    int[] values = shape.dims();
    for (int i = 0; i < values.length; i++) {
      if (i > 0 || batched) {
        format.append(", ");
      }
      if (values[i] == Shape.NONE) {
        format.append("$T.NONE");
        types.add(SHAPE);
      } else {
        format.append(values[i]);
      }
    }
    block.add(format.append(')').toString(), types.toArray());
  }

  /**
   * A Java string literal for {@code value}.
   * Escapes what JavaPoet's {@code $S} escapes (quote, backslash, the named escapes, other control
   * characters as {@code \\uXXXX}) and also U+2028 and U+2029, which JavaPoet's line splitting
   * would otherwise break the literal at. Done here, once per string, because {@code $S} builds a
   * string per character and large models spend most of their generation time there.
   */
  /** {@link #literal} as JavaPoet format text: {@code $} doubled. */
  private static String formatLiteral(String value) {
    return literal(value).replace("$", "$$");
  }

  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
