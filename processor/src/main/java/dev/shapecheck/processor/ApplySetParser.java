package dev.shapecheck.processor;

import dev.shapecheck.engine.ArgumentOverride;
import dev.shapecheck.engine.NodeConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Parses the entries of {@code @Apply(set = {"conv1.filters=128", ...})} into typed {@link
 * ArgumentOverride}s, checking each against the annotation it addresses: the path must name a layer
 * of the block (through nested uses), the attribute an element of that layer's annotation, and the
 * value a Java-source constant of the element's type.
 *
 * <p>Per-use arguments are strings because annotation values must be compile-time constants of a
 * fixed type: no annotation can hold "an int for this block, an enum for that one". A string with
 * one small grammar covers every attribute of every layer, and since the processor has the
 * annotations' mirrors it can still type-check each entry as strictly as javac checks the attribute
 * itself.
 */
final class ApplySetParser {
  private static final Pattern INT = Pattern.compile("[+-]?\\d[\\d_]*");
  private static final Pattern LONG = Pattern.compile("[+-]?\\d[\\d_]*[lL]?");
  private static final Pattern DOUBLE =
      Pattern.compile("[+-]?(\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)([eE][+-]?\\d+)?[dDfF]?");
  private static final Pattern QUALIFIED =
      Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

  /** One bad entry: which one, and the message. */
  static final class Issue {
    final int index;
    final String headline;
    final String hint;

    Issue(int index, String headline, String hint) {
      this.index = index;
      this.headline = headline;
      this.hint = hint;
    }
  }

  private final List<ArgumentOverride> overrides = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();

  private ApplySetParser() {}

  /** Parses {@code entries} against {@code block}; the results are in the returned parser. */
  static ApplySetParser parse(List<String> entries, GraphDeclaration block) {
    ApplySetParser parser = new ApplySetParser();
    for (int i = 0; i < entries.size(); i++) {
      parser.entry(i, entries.get(i), block);
    }
    return parser;
  }

  List<ArgumentOverride> overrides() {
    return List.copyOf(overrides);
  }

  List<Issue> issues() {
    return List.copyOf(issues);
  }

  private void entry(int index, String entry, GraphDeclaration block) {
    String quoted = "set entry \"" + entry + "\"";
    int equals = entry.indexOf('=');
    String[] parts =
        equals < 0 ? new String[0] : entry.substring(0, equals).trim().split("\\.", -1);
    boolean wellFormed = parts.length >= 2;
    for (String part : parts) {
      wellFormed &= !part.isBlank();
    }
    if (!wellFormed) {
      issues.add(
          new Issue(
              index,
              quoted + " is not of the form layer.attribute=value",
              "name a layer of "
                  + block.type.getSimpleName()
                  + " and one of its annotation's attributes, e.g. \"conv1.filters=128\"; a layer"
                  + " inside a nested use is reached through the use: \"branch.conv.filters=64\""));
      return;
    }
    List<String> path = new ArrayList<>();
    GraphDeclaration current = block;
    LayerDeclaration layer = null;
    for (int p = 0; p < parts.length - 1; p++) {
      String name = parts[p].trim();
      path.add(name);
      boolean last = p == parts.length - 2;
      NodeConfig node = current.node(name);
      if (node == null) {
        issues.add(
            new Issue(
                index,
                quoted
                    + ": "
                    + current.type.getSimpleName()
                    + " has no layer or use named "
                    + name
                    + ShapeEngine.didYouMean(name, memberNames(current)),
                "the path names the block's methods: " + String.join(", ", memberNames(current))));
        return;
      }
      if (node.kind() == NodeConfig.Kind.INPUT) {
        issues.add(
            new Issue(
                index,
                quoted
                    + ": "
                    + name
                    + " is an input of "
                    + current.type.getSimpleName()
                    + ", which has no arguments to set",
                "name a layer of the block"));
        return;
      }
      if (node.kind() == NodeConfig.Kind.BLOCK) {
        GraphDeclaration inner = current.applied.get(name);
        if (last || inner == null) {
          issues.add(
              new Issue(
                  index,
                  quoted
                      + ": "
                      + name
                      + " applies "
                      + (inner == null ? "a block" : inner.type.getSimpleName())
                      + "; name a layer inside it",
                  inner == null
                      ? "fix the @Apply of " + name + " first"
                      : "e.g. \""
                          + String.join(".", path)
                          + "."
                          + firstLayer(inner)
                          + "."
                          + parts[parts.length - 1].trim()
                          + "=...\""));
          return;
        }
        current = inner;
        continue;
      }
      if (!last) {
        issues.add(
            new Issue(
                index,
                quoted
                    + ": "
                    + name
                    + " is a layer of "
                    + current.type.getSimpleName()
                    + ", not an applied block, so nothing is inside it",
                "write \""
                    + String.join(".", path)
                    + "."
                    + parts[parts.length - 1].trim()
                    + "=...\""));
        return;
      }
      layer = member(current, name);
    }
    if (layer == null) {
      return; // the layer's method was not read as a layer; the reader reported why
    }
    String attribute = parts[parts.length - 1].trim();
    String layerName = path.get(path.size() - 1);
    ExecutableElement element = null;
    Set<String> known = new TreeSet<>(); // sorted: compilers list annotation members differently
    for (AnnotationMirror annotation : layer.annotations) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("ExpectShape")) {
        continue;
      }
      Element annotationType = annotation.getAnnotationType().asElement();
      for (ExecutableElement candidate :
          ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
        known.add(candidate.getSimpleName().toString());
        if (element == null && candidate.getSimpleName().contentEquals(attribute)) {
          element = candidate;
        }
      }
    }
    String layerLabel = layerName + " (" + LayerMethodReader.simpleName(layer.annotation) + ")";
    if (element == null) {
      issues.add(
          new Issue(
              index,
              quoted
                  + ": "
                  + layerLabel
                  + " has no attribute "
                  + attribute
                  + ShapeEngine.didYouMean(attribute, known),
              "its attributes: " + String.join(", ", known)));
      return;
    }
    String text = entry.substring(equals + 1).trim();
    Object value = value(text, element.getReturnType());
    if (value == null) {
      issues.add(
          new Issue(
              index,
              quoted
                  + ": "
                  + text
                  + " is not a "
                  + describe(element.getReturnType())
                  + ", the type of "
                  + layerLabel
                  + "'s "
                  + attribute,
              example(element.getReturnType(), attribute)));
      return;
    }
    if (value instanceof Unknown) {
      Unknown unknown = (Unknown) value;
      issues.add(
          new Issue(
              index,
              quoted
                  + ": "
                  + unknown.enumName
                  + " has no constant "
                  + unknown.constant
                  + ShapeEngine.didYouMean(unknown.constant, unknown.constants),
              "its constants: " + String.join(", ", unknown.constants)));
      return;
    }
    overrides.add(new ArgumentOverride(path, attribute, value, index));
  }

  /** An enum constant name that the enum does not have. */
  private static final class Unknown {
    final String enumName;
    final String constant;
    final List<String> constants;

    Unknown(String enumName, String constant, List<String> constants) {
      this.enumName = enumName;
      this.constant = constant;
      this.constants = constants;
    }
  }

  /** The engine's value for {@code text} as an attribute of {@code type}, or null if it is not. */
  private static Object value(String text, TypeMirror type) {
    switch (type.getKind()) {
      case INT:
        return integer(text);
      case LONG:
        if (!LONG.matcher(text).matches()) {
          return null;
        }
        try {
          return Long.parseLong(digits(text).replaceAll("[lL]$", ""));
        } catch (NumberFormatException tooLarge) {
          return null;
        }
      case DOUBLE:
      case FLOAT:
        if (!DOUBLE.matcher(text).matches() || !text.matches(".*\\d.*")) {
          return null;
        }
        double parsed = Double.parseDouble(digits(text).replaceAll("[dDfF]$", ""));
        return Double.isFinite(parsed) ? parsed : null;
      case BOOLEAN:
        return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() != TypeKind.INT) {
          return null;
        }
        return intArray(text);
      case DECLARED:
        Element declared = ((DeclaredType) type).asElement();
        if (declared.getKind() == ElementKind.ENUM) {
          return enumConstant(text, (TypeElement) declared);
        }
        if (((TypeElement) declared).getQualifiedName().contentEquals("java.lang.String")) {
          return string(text);
        }
        return null;
      default:
        return null;
    }
  }

  private static Integer integer(String text) {
    if (!INT.matcher(text).matches()) {
      return null;
    }
    try {
      return Integer.parseInt(digits(text));
    } catch (NumberFormatException tooLarge) {
      return null;
    }
  }

  /** {@code {2, 2}}, {@code {}} or a lone {@code 2}, as Java allows for an array attribute. */
  private static int[] intArray(String text) {
    if (!text.startsWith("{")) {
      Integer one = integer(text);
      return one == null ? null : new int[] {one};
    }
    if (!text.endsWith("}")) {
      return null;
    }
    String inside = text.substring(1, text.length() - 1).trim();
    if (inside.isEmpty()) {
      return new int[0];
    }
    String[] items = inside.split(",", -1);
    int[] values = new int[items.length];
    for (int i = 0; i < items.length; i++) {
      Integer item = integer(items[i].trim());
      if (item == null) {
        return null;
      }
      values[i] = item;
    }
    return values;
  }

  /** {@code RELU}, {@code Activations.RELU} or {@code dev.shapecheck.Activations.RELU}. */
  private static Object enumConstant(String text, TypeElement type) {
    if (!QUALIFIED.matcher(text).matches()) {
      return null;
    }
    int dot = text.lastIndexOf('.');
    String qualifier = dot < 0 ? "" : text.substring(0, dot);
    String constant = text.substring(dot + 1);
    if (!qualifier.isEmpty()
        && !qualifier.equals(type.getSimpleName().toString())
        && !qualifier.equals(type.getQualifiedName().toString())) {
      return null;
    }
    List<String> constants = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(member.getSimpleName().toString());
      }
    }
    return constants.contains(constant)
        ? constant
        : new Unknown(type.getSimpleName().toString(), constant, constants);
  }

  /** A Java string literal with the common escapes, or null. */
  private static String string(String text) {
    if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        return null; // an unescaped quote inside: not one literal
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= text.length() - 1) {
        return null;
      }
      char escaped = text.charAt(i);
      switch (escaped) {
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case '"':
          out.append('"');
          break;
        case '\'':
          out.append('\'');
          break;
        case '\\':
          out.append('\\');
          break;
        default:
          return null;
      }
    }
    return out.toString();
  }

  private static String digits(String text) {
    return text.replace("_", "").replaceFirst("^\\+", "");
  }

  private static String describe(TypeMirror type) {
    switch (type.getKind()) {
      case INT:
        return "int";
      case LONG:
        return "long";
      case DOUBLE:
      case FLOAT:
        return "number";
      case BOOLEAN:
        return "boolean";
      case ARRAY:
        return ((ArrayType) type).getComponentType() + "[]";
      case DECLARED:
        Element declared = ((DeclaredType) type).asElement();
        return declared.getKind() == ElementKind.ENUM
            ? declared.getSimpleName() + " constant"
            : declared.getSimpleName().toString();
      default:
        return type.toString();
    }
  }

  private static String example(TypeMirror type, String attribute) {
    switch (type.getKind()) {
      case INT:
        return "write an int literal, e.g. \"" + attribute + "=64\"";
      case LONG:
        return "write a long literal, e.g. \"" + attribute + "=64\"";
      case DOUBLE:
      case FLOAT:
        return "write a number, e.g. \"" + attribute + "=0.5\"";
      case BOOLEAN:
        return "write true or false";
      case ARRAY:
        return ((ArrayType) type).getComponentType().getKind() == TypeKind.INT
            ? "write the array as in Java source, e.g. \"" + attribute + "={2, 2}\", or one int"
            : "this attribute cannot be set per use";
      case DECLARED:
        Element declared = ((DeclaredType) type).asElement();
        if (declared.getKind() == ElementKind.ENUM) {
          List<String> constants = new ArrayList<>();
          for (Element member : declared.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
              constants.add(member.getSimpleName().toString());
            }
          }
          return "write one of "
              + String.join(", ", constants)
              + " (optionally as "
              + declared.getSimpleName()
              + "."
              + (constants.isEmpty() ? "X" : constants.get(0))
              + ")";
        }
        return "write a string literal in double quotes, e.g. " + attribute + "=\"text\"";
      default:
        return "this attribute cannot be set per use";
    }
  }

  private static List<String> memberNames(GraphDeclaration block) {
    List<String> names = new ArrayList<>();
    for (NodeConfig node : block.config.nodes()) {
      if (node.kind() != NodeConfig.Kind.INPUT) {
        names.add(node.name());
      }
    }
    return names;
  }

  private static String firstLayer(GraphDeclaration block) {
    for (NodeConfig node : block.config.nodes()) {
      if (node.kind() == NodeConfig.Kind.LAYER) {
        return node.name();
      }
    }
    return "layer";
  }

  private static LayerDeclaration member(GraphDeclaration block, String name) {
    for (LayerDeclaration member : block.members) {
      if (member.method.getSimpleName().contentEquals(name)) {
        return member;
      }
    }
    return null;
  }
}
