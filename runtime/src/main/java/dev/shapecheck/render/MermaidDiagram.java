package dev.shapecheck.render;

import java.util.List;

/**
 * Renders a {@link DiagramGraph} as a Mermaid {@code flowchart TD}, the diagram language GitHub,
 * GitLab and most Markdown viewers draw from a fenced {@code mermaid} block with no tool installed.
 *
 * <p>Escaping is by allow-list because Mermaid's grammar has many special characters (quotes,
 * brackets, {@code #}, backticks for Markdown strings, {@code <} for HTML) and even rewrites some
 * lines by pattern before parsing ({@code style…:…#…;}). Inside the quoted labels we write, every
 * name character outside {@code [A-Za-z0-9 _.,()+-]} becomes a Mermaid entity code {@code #N;} (its
 * decimal code point), which Mermaid turns back into that character when it draws the label. Our
 * own text uses colons only before a space, which no Mermaid rewrite matches.
 */
public final class MermaidDiagram {
  private MermaidDiagram() {}

  public static String render(DiagramGraph graph) {
    StringBuilder out = new StringBuilder(128 + 160 * graph.nodes().size());
    // Front matter is Mermaid's way to title a diagram; the value is a double-quoted YAML string.
    out.append("---\ntitle: \"");
    appendYaml(out, graph.title() + ": " + graph.totals());
    out.append("\"\n---\nflowchart TD\n");
    List<DiagramGraph.Node> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      DiagramGraph.Node node = nodes.get(i);
      out.append("  n").append(i).append("[\"<b>");
      appendLabel(out, node.name()).append("</b>: ");
      appendLabel(out, node.type());
      List<String> values = node.rowValues();
      for (int row = 0; row < values.size(); row++) {
        out.append("<br/>").append(DiagramGraph.ROW_KEYS.get(row)).append(": ");
        appendLabel(out, values.get(row));
      }
      out.append("\"]\n");
    }
    for (DiagramGraph.Edge edge : graph.edges()) {
      out.append("  n").append(edge.from()).append(" --> n").append(edge.to()).append('\n');
    }
    return out.toString();
  }

  private static boolean isPlain(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || " _.,()+-".indexOf(c) >= 0;
  }

  private static StringBuilder appendLabel(StringBuilder out, String text) {
    text.codePoints()
        .forEach(
            c -> {
              if (isPlain(c)) {
                out.appendCodePoint(c);
              } else {
                out.append('#').append(c).append(';');
              }
            });
    return out;
  }

  /**
   * YAML double-quoted content: plain characters as they are, everything else {@code \\uXXXX}.
   * Mermaid sanitizes a title as HTML and then shows it as plain text, so {@code &} would read
   * {@code &amp;} and {@code <…>} would vanish; their fullwidth forms look the same and survive.
   */
  private static void appendYaml(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c =
          switch (text.charAt(i)) {
            case '&' -> '\uFF06';
            case '<' -> '\uFF1C';
            case '>' -> '\uFF1E';
            default -> text.charAt(i);
          };
      if (isPlain(c) || c == ':') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
  }
}
