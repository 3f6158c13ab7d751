package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Names that break naive diagram writers: quotes, markup, entities, braces and brackets, Mermaid's
 * own entity syntax and keywords, a backslash before a closing quote, a control character XML
 * cannot hold, characters outside the BMP, and a 300-character name. Each diagram is read back as
 * its consumer reads it and must show every name unchanged (XML formats show the control character
 * as U+FFFD, which XML cannot carry).
 */
class DiagramEscapingTest {
  private static final String LONG = "very_long_".repeat(30);
  private static final String MODEL = "say \"hi\" <v2> & {braces} #quot; \\";
  private static final List<String> NAMES =
      List.of(
          "q\"uote",
          "<script>alert('x')</script>",
          "{braces}|pipes[brackets]",
          "amp&amp;#35;hash",
          "`tick` end",
          "style:#f00;",
          "back\\",
          "caf\u00e9\uD83D\uDE00",
          "ctl\u0001",
          LONG);

  private static ModelSummary awkward() {
    List<Layer> layers = new ArrayList<>();
    Shape shape = Shape.of(Shape.NONE, 8);
    for (String name : NAMES) {
      layers.add(Layer.of(name, "Type<&>\"{}", shape, shape, 1_234_567, 0));
    }
    return ModelSummary.of(MODEL, shape, layers);
  }

  /** What every format must show: the headers, with XML's one substitution where it applies. */
  private static List<String> headers(boolean xml) {
    List<String> headers = new ArrayList<>();
    headers.add(NAMES.get(0) + "_input: InputLayer");
    for (String name : NAMES) {
      headers.add(name + ": Type<&>\"{}");
    }
    if (xml) {
      headers.replaceAll(h -> h.replace('\u0001', '\uFFFD'));
    }
    return headers;
  }

  private static List<String> firsts(List<List<String>> boxes) {
    List<String> headers = new ArrayList<>();
    for (List<String> box : boxes) {
      headers.add(box.get(0));
    }
    return headers;
  }

  @Test
  void svgShowsEveryNameAndParses() throws Exception {
    DiagramParsing.Svg svg = DiagramParsing.svg(awkward().toSvg());
    assertEquals(MODEL, svg.title());
    assertEquals(MODEL, svg.heading().get(0));
    assertEquals(headers(true), firsts(svg.boxes()));
    assertEquals(
        List.of("(None, None, 8)", "(None, None, 8)", "1,234,567"),
        svg.boxes().get(1).subList(1, 4));
    // The long name's box holds its header at the estimated monospace width, and so does the page.
    int longBox = svg.boxRects().get(NAMES.size())[2];
    int headerColumns = (LONG + ": Type<&>\"{}").length();
    assertTrue(longBox >= headerColumns * SvgDiagram.CHAR_WIDTH, "box " + longBox);
    assertTrue(svg.width() >= longBox, "page " + svg.width());
  }

  @Test
  void dotLabelsAreWellFormedHtmlAndShowEveryName() throws Exception {
    String dot = awkward().toDot();
    assertEquals(headers(true), firsts(DiagramParsing.dotBoxes(dot)));
    // The model's name, which may end in a backslash, is only in the HTML label, never quoted.
    assertTrue(dot.startsWith("digraph model {\n"));
    Matcher graphLabel = Pattern.compile("label=<(.*)>\\];").matcher(dot.split("\n")[1]);
    assertTrue(graphLabel.find());
    assertTrue(DiagramParsing.xmlText("<x>" + graphLabel.group(1) + "</x>").startsWith(MODEL));
    // Outside labels, every line is DOT we wrote: no name leaks into the graph's syntax.
    String[] lines = dot.split("\n");
    for (int i = 4; i < lines.length - 1; i++) {
      String outside = lines[i].replaceAll("label=<.*>", "label=<>");
      assertTrue(outside.matches("  n\\d+ \\[label=<>\\];|  n\\d+ -> n\\d+;"), lines[i]);
    }
    assertEquals("}", lines[lines.length - 1]);
  }

  @Test
  void mermaidLabelsUseEntityCodesAndShowEveryName() {
    String mermaid = awkward().toMermaid();
    assertEquals(headers(false), firsts(DiagramParsing.mermaidBoxes(mermaid)));
    assertTrue(mermaid.contains("n1[\"<b>q#34;uote</b>: Type#60;#38;#62;#34;#123;#125;<br/>"));
    // The title is a YAML double-quoted string: only plain characters and \\u escapes.
    String title = mermaid.split("\n")[1];
    assertTrue(title.matches("title: \"([A-Za-z0-9 _.,()+\\-:]|\\\\u[0-9A-F]{4})*\""), title);
    String decoded =
        Pattern.compile("\\\\u([0-9A-F]{4})")
            .matcher(title.substring(8, title.length() - 1))
            .replaceAll(m -> Matcher.quoteReplacement(unicodeEscape(m.group(1))));
    // Mermaid would show & as "&amp;" and drop <v2> from a title: they become fullwidth forms.
    String shown = MODEL.replace('&', '\uFF06').replace('<', '\uFF1C').replace('>', '\uFF1E');
    assertEquals(
        shown + ": Total params: 12,345,670 (trainable: 12,345,670, non-trainable: 0)", decoded);
  }

  private static String unicodeEscape(String hex) {
    return String.valueOf((char) Integer.parseInt(hex, 16));
  }
}
