package dev.shapecheck.render;

import java.util.List;

/**
 * Renders a {@link DiagramGraph} as Graphviz DOT, the format Keras's {@code plot_model} builds
 * through pydot, for users who have Graphviz and want its layouts or other output formats.
 *
 * <p>Labels are HTML-like ({@code label=<...>}) rather than records: inside them only XML escaping
 * applies, whereas record labels give {@code {}|<>} and spaces meanings of their own and quoted
 * strings cannot escape a trailing backslash. The graph's ID is fixed for the same reason; the
 * model's name is in the graph's label.
 */
public final class DotDiagram {
  private DotDiagram() {}

  public static String render(DiagramGraph graph) {
    StringBuilder out = new StringBuilder(256 + 320 * graph.nodes().size());
    out.append("digraph model {\n");
    out.append("  graph [labelloc=t, fontname=\"monospace\", label=<<b>");
    XmlText.append(out, graph.title()).append("</b><br/>");
    XmlText.append(out, graph.totals()).append(">];\n");
    out.append("  node [shape=plaintext, fontname=\"monospace\"];\n");
    out.append("  edge [arrowhead=normal];\n");
    List<DiagramGraph.Node> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      DiagramGraph.Node node = nodes.get(i);
      out.append("  n").append(i).append(" [label=<");
      out.append("<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
      out.append("<tr><td colspan=\"2\" bgcolor=\"#e8eef7\"><b>");
      XmlText.append(out, node.name()).append("</b>: ");
      XmlText.append(out, node.type()).append("</td></tr>");
      List<String> values = node.rowValues();
      for (int row = 0; row < values.size(); row++) {
        out.append("<tr><td align=\"left\">").append(DiagramGraph.ROW_KEYS.get(row));
        out.append("</td><td align=\"left\">");
        XmlText.append(out, values.get(row)).append("</td></tr>");
      }
      out.append("</table>>];\n");
    }
    for (DiagramGraph.Edge edge : graph.edges()) {
      out.append("  n").append(edge.from()).append(" -> n").append(edge.to()).append(";\n");
    }
    return out.append("}\n").toString();
  }
}
