package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads the diagrams back the way their consumers do, so tests compare what a reader sees (the text
 * in each box) rather than escaped source: XML through the JDK's parser, Mermaid labels by
 * Mermaid's own rules (entity codes {@code #N;}, {@code <b>} and {@code <br/>} tags).
 */
final class DiagramParsing {
  private static final Pattern DOT_NODE = Pattern.compile("  n\\d+ \\[label=<(.*)>\\];");
  private static final Pattern MERMAID_NODE = Pattern.compile("  n\\d+\\[\"(.*)\"\\]");
  private static final Pattern MERMAID_ENTITY = Pattern.compile("#(\\d+);");

  private DiagramParsing() {}

  /** Parses with the JDK's parser (DOCTYPEs refused); throws unless the text is well-formed. */
  static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static String xmlText(String xml) throws Exception {
    return parseXml(xml).getDocumentElement().getTextContent();
  }

  /** Each node of a DOT file: header, then the value of each row (the keys are checked). */
  static List<List<String>> dotBoxes(String dot) throws Exception {
    List<List<String>> boxes = new ArrayList<>();
    for (String line : dot.split("\n")) {
      Matcher m = DOT_NODE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      NodeList rows = parseXml(m.group(1)).getElementsByTagName("tr");
      List<String> box = new ArrayList<>();
      box.add(rows.item(0).getTextContent());
      for (int r = 1; r < rows.getLength(); r++) {
        NodeList cells = ((Element) rows.item(r)).getElementsByTagName("td");
        assertEquals(DiagramGraph.ROW_KEYS.get(r - 1), cells.item(0).getTextContent());
        box.add(cells.item(1).getTextContent());
      }
      boxes.add(box);
    }
    return boxes;
  }

  /** Each node of a Mermaid flowchart as Mermaid displays it: header, then each row's value. */
  static List<List<String>> mermaidBoxes(String mermaid) {
    List<List<String>> boxes = new ArrayList<>();
    for (String line : mermaid.split("\n")) {
      Matcher m = MERMAID_NODE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String label = m.group(1);
      assertFalse(label.contains("\""), "a quote would end the label: " + line);
      String[] parts = label.replace("<b>", "").replace("</b>", "").split("<br/>", -1);
      List<String> box = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        // Outside our three tags, only the allow-listed characters and entity codes may appear.
        assertTrue(parts[i].matches("[A-Za-z0-9 _.,()+\\-:#;]*"), "unescaped: " + parts[i]);
        String text = decodeMermaid(parts[i]);
        if (i > 0) {
          String key = DiagramGraph.ROW_KEYS.get(i - 1) + ": ";
          assertTrue(text.startsWith(key), text);
          text = text.substring(key.length());
        }
        box.add(text);
      }
      boxes.add(box);
    }
    return boxes;
  }

  static String decodeMermaid(String text) {
    return MERMAID_ENTITY
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.valueOf(m.group(1)))));
  }

  /** What an SVG diagram shows, read from its DOM. */
  record Svg(
      String title,
      List<String> heading,
      List<List<String>> boxes,
      List<int[]> boxRects,
      List<int[]> arrows,
      int width,
      int height) {}

  static Svg svg(String text) throws Exception {
    Element root = parseXml(text).getDocumentElement();
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("svg", root.getLocalName());
    String title = "";
    List<String> heading = new ArrayList<>();
    List<List<String>> boxes = new ArrayList<>();
    List<int[]> rects = new ArrayList<>();
    List<int[]> arrows = new ArrayList<>();
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (!(child instanceof Element)) {
        continue;
      }
      Element e = (Element) child;
      switch (e.getLocalName()) {
        case "title" -> title = e.getTextContent();
        case "text" -> heading.add(e.getTextContent());
        case "line" -> arrows.add(ints(e, "x1", "y1", "x2", "y2"));
        case "g" -> {
          NodeList texts = e.getElementsByTagNameNS(root.getNamespaceURI(), "text");
          List<String> box = new ArrayList<>();
          box.add(texts.item(0).getTextContent());
          for (int t = 1; t < texts.getLength(); t += 2) {
            assertEquals(DiagramGraph.ROW_KEYS.get(t / 2) + ":", texts.item(t).getTextContent());
            box.add(texts.item(t + 1).getTextContent());
          }
          boxes.add(box);
          Element rect = (Element) e.getElementsByTagNameNS(root.getNamespaceURI(), "rect").item(0);
          rects.add(ints(rect, "x", "y", "width", "height"));
        }
        default -> {}
      }
    }
    return new Svg(
        title,
        heading,
        boxes,
        rects,
        arrows,
        Integer.parseInt(root.getAttribute("width")),
        Integer.parseInt(root.getAttribute("height")));
  }

  private static int[] ints(Element e, String... attributes) {
    int[] values = new int[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      values[i] = Integer.parseInt(e.getAttribute(attributes[i]));
    }
    return values;
  }
}
