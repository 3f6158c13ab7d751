package dev.shapecheck.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a corpus model as the annotated interface a user would write, one layer per line, so a
 * compile error's line number tells which layer it is on.
 */
final class SourceRenderer {
  /** A rendered model: its source lines and, per layer, the 1-based line declaring it. */
  static final class Rendered {
    final String qualifiedName;
    final List<String> lines;
    final int[] layerLines;

    /** The lines of nested models' interfaces, each with the layer that nests it. */
    final Map<Integer, Integer> nestedLines;

    Rendered(String qualifiedName, List<String> lines, int[] layerLines) {
      this(qualifiedName, lines, layerLines, Map.of());
    }

    Rendered(
        String qualifiedName,
        List<String> lines,
        int[] layerLines,
        Map<Integer, Integer> nestedLines) {
      this.qualifiedName = qualifiedName;
      this.lines = lines;
      this.layerLines = layerLines;
      this.nestedLines = nestedLines;
    }

    /**
     * The layer declared on {@code line} (or nesting the model declared there), or -1 for any other
     * line (the model's own).
     */
    int layerAt(long line) {
      for (int i = 0; i < layerLines.length; i++) {
        if (layerLines[i] == line) {
          return i;
        }
      }
      return nestedLines.getOrDefault((int) line, -1);
    }
  }

  private SourceRenderer() {}

  static Rendered render(String pkg, String simpleName, JsonObject model) {
    if (model.has("functional") && model.get("functional").getAsBoolean()) {
      return renderFunctional(pkg, simpleName, model);
    }
    List<String> lines = new ArrayList<>();
    lines.add("package " + pkg + ";");
    lines.add("import dev.shapecheck.*;");
    lines.add("import dev.shapecheck.layers.*;");
    StringBuilder sequential =
        new StringBuilder("@Sequential(name = \"")
            .append(model.get("name").getAsString())
            .append("\", input = ")
            .append(array(model.getAsJsonArray("input")));
    if (model.has("batchSize")) {
      sequential.append(", batchSize = ").append(model.get("batchSize").getAsInt());
    }
    if (model.has("inputDtype")) {
      sequential.append(", inputDtype = InputDType.").append(model.get("inputDtype").getAsString());
    }
    lines.add(sequential.append(")").toString());
    lines.add("public interface " + simpleName + " {");
    JsonArray layers = model.getAsJsonArray("layers");
    int[] layerLines = new int[layers.size()];
    List<String> nested = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      JsonObject layer = layers.get(i).getAsJsonObject();
      lines.add(
          "  " + annotations(layer, nested) + "Layer " + layer.get("name").getAsString() + "();");
      layerLines[i] = lines.size();
      owners.addAll(java.util.Collections.nCopies(nested.size() - owners.size(), i));
    }
    Map<Integer, Integer> nestedLines = nestedLines(lines, nested, owners);
    lines.add("}");
    return new Rendered(pkg + "." + simpleName, lines, layerLines, nestedLines);
  }

  /** Adds the nested models' lines to {@code lines}; each line's number with its owner. */
  private static Map<Integer, Integer> nestedLines(
      List<String> lines, List<String> nested, List<Integer> owners) {
    Map<Integer, Integer> byLine = new java.util.HashMap<>();
    for (int k = 0; k < nested.size(); k++) {
      lines.add(nested.get(k));
      byLine.put(lines.size(), owners.get(k));
    }
    return byLine;
  }

  /**
   * A functional corpus model as a {@code @Functional} interface: one {@code @Input} method per
   * input, then one method per layer whose parameters name its inbound nodes, in order, each node
   * on its own line ({@link Rendered#layerAt} then gives the node's index, inputs counted).
   */
  private static Rendered renderFunctional(String pkg, String simpleName, JsonObject model) {
    List<String> lines = new ArrayList<>();
    lines.add("package " + pkg + ";");
    lines.add("import dev.shapecheck.*;");
    lines.add("import dev.shapecheck.layers.*;");
    StringBuilder functional =
        new StringBuilder("@Functional(name = \"")
            .append(model.get("name").getAsString())
            .append('"');
    JsonArray outputs = model.has("outputs") ? model.getAsJsonArray("outputs") : new JsonArray();
    if (!outputs.isEmpty()) {
      List<String> names = new ArrayList<>();
      outputs.forEach(o -> names.add('"' + o.getAsString() + '"'));
      functional.append(", outputs = {").append(String.join(", ", names)).append('}');
    }
    lines.add(functional.append(")").toString());
    lines.add("public interface " + simpleName + " {");
    JsonArray nodes = model.getAsJsonArray("nodes");
    int[] nodeLines = new int[nodes.size()];
    List<String> nested = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      JsonObject node = nodes.get(i).getAsJsonObject();
      String name = node.get("name").getAsString();
      if (node.get("kind").getAsString().equals("input")) {
        StringBuilder input =
            new StringBuilder("  @Input(shape = ").append(array(node.getAsJsonArray("shape")));
        if (node.has("batchSize")) {
          input.append(", batchSize = ").append(node.get("batchSize").getAsInt());
        }
        if (node.has("dtype")) {
          input.append(", dtype = InputDType.").append(node.get("dtype").getAsString());
        }
        lines.add(input.append(") Layer ").append(name).append("();").toString());
      } else {
        List<String> parameters = new ArrayList<>();
        // A parameter is named after its member, or bound with @From: to an output other than
        // the first, or to a member an earlier parameter already names (Java's names are unique).
        List<Integer> taken = Corpus.inboundOutputs(node);
        Set<String> named = new HashSet<>();
        JsonArray inbound = node.getAsJsonArray("inbound");
        for (int j = 0; j < inbound.size(); j++) {
          String member = inbound.get(j).getAsString();
          int output = taken.get(j);
          if (output == 0 && named.add(member)) {
            parameters.add("Layer " + member);
          } else {
            parameters.add(
                "@From(value = \""
                    + member
                    + "\""
                    + (output == 0 ? "" : ", output = " + output)
                    + ") Layer from"
                    + j);
          }
        }
        lines.add(
            "  "
                + annotations(node, nested)
                + "Layer "
                + name
                + "("
                + String.join(", ", parameters)
                + ");");
      }
      nodeLines[i] = lines.size();
      owners.addAll(java.util.Collections.nCopies(nested.size() - owners.size(), i));
    }
    Map<Integer, Integer> nestedLines = nestedLines(lines, nested, owners);
    lines.add("}");
    return new Rendered(pkg + "." + simpleName, lines, nodeLines, nestedLines);
  }

  /**
   * A layer's annotation and, for a wrapper, the wrapped layer's after it; each with a space. A
   * nested model ({@code "model"}) is {@code @Apply} of a {@code @Sequential} member interface,
   * whose lines (and those of the models it nests) are added to {@code nested}.
   */
  private static String annotations(JsonObject layer, List<String> nested) {
    if (layer.has("model")) {
      String type = "Nested_" + layer.get("name").getAsString();
      JsonObject model = layer.getAsJsonObject("model");
      List<String> inner = new ArrayList<>();
      StringBuilder sequential =
          new StringBuilder("  @Sequential(name = \"")
              .append(layer.get("name").getAsString())
              .append('"');
      if (model.has("input")) {
        sequential.append(", input = ").append(array(model.getAsJsonArray("input")));
      }
      inner.add(sequential.append(")").toString());
      inner.add("  interface " + type + " {");
      for (JsonElement element : model.getAsJsonArray("layers")) {
        JsonObject member = element.getAsJsonObject();
        inner.add(
            "    "
                + annotations(member, nested)
                + "Layer "
                + member.get("name").getAsString()
                + "();");
      }
      inner.add("  }");
      nested.addAll(inner);
      return "@Apply(" + type + ".class) ";
    }
    StringBuilder line = new StringBuilder();
    JsonObject annotation = layer;
    while (annotation != null) {
      line.append(annotation(annotation)).append(' ');
      if (annotation.has("wrapped") && annotation.get("wrapped").isJsonArray()) {
        // An RNN's stacked cells, written in order beside it.
        for (JsonElement cell : annotation.getAsJsonArray("wrapped")) {
          line.append(annotation(cell.getAsJsonObject())).append(' ');
        }
        break;
      }
      annotation = annotation.has("wrapped") ? annotation.getAsJsonObject("wrapped") : null;
    }
    return line.toString();
  }

  /** {@code @Conv2D(filters = 4, kernelSize = {3}, padding = Padding.SAME)} */
  private static String annotation(JsonObject layer) {
    String type = layer.get("type").getAsString();
    Class<?> annotation;
    try {
      annotation = Class.forName("dev.shapecheck.layers." + type);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("the corpus names an unknown layer: " + type, e);
    }
    List<String> attributes = new ArrayList<>();
    if (layer.has("args")) {
      for (Map.Entry<String, JsonElement> arg : layer.getAsJsonObject("args").entrySet()) {
        Method attribute;
        try {
          attribute = annotation.getMethod(arg.getKey());
        } catch (NoSuchMethodException e) {
          throw new IllegalArgumentException("@" + type + " has no attribute " + arg.getKey(), e);
        }
        attributes.add(arg.getKey() + " = " + value(attribute.getReturnType(), arg.getValue()));
      }
    }
    return "@" + type + (attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")");
  }

  private static String value(Class<?> type, JsonElement value) {
    if (type.isEnum()) {
      return type.getSimpleName() + "." + value.getAsString();
    }
    if (type == double.class) {
      double d = value.getAsDouble();
      if (Double.isNaN(d)) {
        return "Double.NaN";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
      }
      return Double.toString(d);
    }
    if (type == String.class) {
      return '"' + value.getAsString() + '"';
    }
    if (type.isArray()) {
      if (value.isJsonArray()) {
        List<String> items = new ArrayList<>();
        for (JsonElement item : value.getAsJsonArray()) {
          items.add(value(type.getComponentType(), item));
        }
        return "{" + String.join(", ", items) + "}";
      }
      return value(type.getComponentType(), value);
    }
    return value.getAsString();
  }

  private static String array(JsonArray values) {
    List<String> items = new ArrayList<>();
    for (JsonElement v : values) {
      items.add(v.isJsonNull() ? "Shape.NONE" : v.getAsString());
    }
    return "{" + String.join(", ", items) + "}";
  }
}
