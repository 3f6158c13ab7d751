package dev.shapecheck.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders a {@link DiagramGraph} as a self-contained SVG image, so a diagram needs neither Graphviz
 * nor a browser-side Mermaid: one file that GitHub, IDEs and browsers show as it is.
 *
 * <p>Without a font engine, text width is estimated: the text is monospace, and every character is
 * counted as {@value #CHAR_WIDTH} px at {@value #FONT_SIZE} px, a little more than the 0.6 em of
 * common monospace fonts, so that text always fits its box. All coordinates are integers and every
 * box width is even, so centers are exact and the output is the same on every machine.
 *
 * <p>Layout is by rank: a node sits one row below the lowest of its inputs (the longest path from a
 * source), rows are centered, and arrows go straight from the bottom of a box to the top of the
 * next. For a Sequential chain that is one centered column. Branching graphs get rows of several
 * boxes; an arrow that skips rows (a residual shortcut, a dense connection) is routed around the
 * boxes instead: out of the right side of its source, down a lane right of every row, into the
 * right side of its target. Lanes are reused by arrows whose rows do not overlap, so a ResNet's
 * sixteen shortcuts share one lane.
 */
public final class SvgDiagram {
  static final int FONT_SIZE = 13;
  static final int CHAR_WIDTH = 8;
  private static final int TITLE_FONT_SIZE = 16;
  private static final int TITLE_CHAR_WIDTH = 10;
  private static final int LINE_HEIGHT = 18;

  /** The baseline sits this far above the bottom of its line. */
  private static final int DESCENT = 5;

  private static final int PAD_X = 12;
  private static final int PAD_Y = 6;

  /** Extra space between the header band and the rows under it. */
  private static final int HEADER_GAP = 4;

  private static final int MARGIN = 20;
  private static final int GAP_X = 24;
  private static final int GAP_Y = 36;

  /** Distance between the rows' right edge and the first lane, and between lanes. */
  private static final int LANE_GAP = 16;

  private static final int TITLE_HEIGHT = 2 * LINE_HEIGHT + 16;

  /** Row values start after the longest key, "output" and its colon, plus a space. */
  private static final int KEY_COLUMNS = 8;

  private static final int ROWS = 1 + DiagramGraph.ROW_KEYS.size();
  private static final int BOX_HEIGHT = 2 * PAD_Y + ROWS * LINE_HEIGHT + HEADER_GAP;
  private static final String STROKE = "#37474f";

  private SvgDiagram() {}

  public static String render(DiagramGraph graph) {
    List<DiagramGraph.Node> nodes = graph.nodes();
    int n = nodes.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = boxWidth(nodes.get(i));
    }
    int[] rank = ranks(graph);

    // Rows: the nodes of each rank in data-flow order, and each row's total width.
    int rankCount = n == 0 ? 0 : Arrays.stream(rank).max().getAsInt() + 1;
    List<List<Integer>> rows = new ArrayList<>(rankCount);
    for (int r = 0; r < rankCount; r++) {
      rows.add(new ArrayList<>(1));
    }
    for (int i = 0; i < n; i++) {
      rows.get(rank[i]).add(i);
    }
    int contentWidth =
        even(
            Math.max(
                graph.title().length() * TITLE_CHAR_WIDTH, graph.totals().length() * CHAR_WIDTH));
    int[] rowWidth = new int[rankCount];
    for (int r = 0; r < rankCount; r++) {
      for (int i : rows.get(r)) {
        rowWidth[r] += width[i] + (rowWidth[r] == 0 ? 0 : GAP_X);
      }
      contentWidth = Math.max(contentWidth, rowWidth[r]);
    }

    int[] x = new int[n];
    int[] y = new int[n];
    for (int r = 0; r < rankCount; r++) {
      int left = MARGIN + (contentWidth - rowWidth[r]) / 2;
      for (int i : rows.get(r)) {
        x[i] = left;
        y[i] = MARGIN + TITLE_HEIGHT + r * (BOX_HEIGHT + GAP_Y);
        left += width[i] + GAP_X;
      }
    }
    int[] lane = lanes(graph, rank);
    int laneCount = Arrays.stream(lane).max().orElse(-1) + 1;
    int totalWidth = contentWidth + 2 * MARGIN + laneCount * LANE_GAP;
    int totalHeight = MARGIN + TITLE_HEIGHT + rankCount * (BOX_HEIGHT + GAP_Y) - GAP_Y + MARGIN;

    StringBuilder out = new StringBuilder(1024 + 900 * n);
    header(out, graph, totalWidth, totalHeight);
    List<DiagramGraph.Edge> edges = graph.edges();
    for (int e = 0; e < edges.size(); e++) {
      int from = edges.get(e).from();
      int to = edges.get(e).to();
      if (lane[e] >= 0) {
        int laneX = MARGIN + contentWidth + (lane[e] + 1) * LANE_GAP;
        int fromY = y[from] + BOX_HEIGHT / 2;
        int toY = y[to] + BOX_HEIGHT / 2;
        out.append("<polyline points=\"").append(x[from] + width[from]).append(',').append(fromY);
        out.append(' ').append(laneX).append(',').append(fromY);
        out.append(' ').append(laneX).append(',').append(toY);
        out.append(' ').append(x[to] + width[to]).append(',').append(toY);
        out.append("\" fill=\"none\" stroke=\"").append(STROKE);
        out.append("\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n");
        continue;
      }
      out.append("<line x1=\"").append(x[from] + width[from] / 2);
      out.append("\" y1=\"").append(y[from] + BOX_HEIGHT);
      out.append("\" x2=\"").append(x[to] + width[to] / 2);
      out.append("\" y2=\"").append(y[to]);
      out.append("\" stroke=\"").append(STROKE);
      out.append("\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n");
    }
    for (int i = 0; i < n; i++) {
      box(out, nodes.get(i), x[i], y[i], width[i]);
    }
    return out.append("</svg>\n").toString();
  }

  /** The longest path from a source to each node; edges go forward, so one pass in order. */
  private static int[] ranks(DiagramGraph graph) {
    int[] rank = new int[graph.nodes().size()];
    List<DiagramGraph.Edge> edges = new ArrayList<>(graph.edges());
    // Once the edges are sorted by source, every edge into a node is seen before any edge out.
    edges.sort((a, b) -> Integer.compare(a.from(), b.from()));
    for (DiagramGraph.Edge edge : edges) {
      rank[edge.to()] = Math.max(rank[edge.to()], rank[edge.from()] + 1);
    }
    return rank;
  }

  /**
   * The lane of each edge that skips at least one row, or -1 for an edge between adjacent rows:
   * greedily the lowest lane free over the edge's rows (an interval colouring, in edge order).
   */
  private static int[] lanes(DiagramGraph graph, int[] rank) {
    List<DiagramGraph.Edge> edges = graph.edges();
    int[] lane = new int[edges.size()];
    List<Integer> laneEnds = new ArrayList<>(); // the last row each lane is busy until
    for (int e = 0; e < edges.size(); e++) {
      int top = rank[edges.get(e).from()];
      int bottom = rank[edges.get(e).to()];
      lane[e] = -1;
      if (bottom - top < 2) {
        continue;
      }
      for (int l = 0; l < laneEnds.size() && lane[e] < 0; l++) {
        if (laneEnds.get(l) < top) {
          lane[e] = l;
        }
      }
      if (lane[e] < 0) {
        lane[e] = laneEnds.size();
        laneEnds.add(bottom);
      } else {
        laneEnds.set(lane[e], bottom);
      }
    }
    return lane;
  }

  private static int boxWidth(DiagramGraph.Node node) {
    int columns = node.header().length();
    for (String value : node.rowValues()) {
      columns = Math.max(columns, KEY_COLUMNS + value.length());
    }
    return even(columns * CHAR_WIDTH + 2 * PAD_X);
  }

  private static int even(int value) {
    return value + (value & 1);
  }

  private static void header(StringBuilder out, DiagramGraph graph, int width, int height) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width);
    out.append("\" height=\"").append(height);
    out.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height);
    out.append("\" font-family=\"monospace\" font-size=\"").append(FONT_SIZE).append("\">\n");
    out.append("<title>");
    XmlText.append(out, graph.title()).append("</title>\n");
    out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"");
    out.append(" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">");
    out.append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(STROKE);
    out.append("\"/></marker></defs>\n");
    // An opaque background keeps dark text readable in dark themes.
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    int center = width / 2;
    out.append("<text x=\"").append(center).append("\" y=\"").append(MARGIN + LINE_HEIGHT);
    out.append("\" text-anchor=\"middle\" font-size=\"").append(TITLE_FONT_SIZE);
    out.append("\" font-weight=\"bold\">");
    XmlText.append(out, graph.title()).append("</text>\n");
    out.append("<text x=\"").append(center).append("\" y=\"").append(MARGIN + 2 * LINE_HEIGHT + 4);
    out.append("\" text-anchor=\"middle\" fill=\"#455a64\">");
    XmlText.append(out, graph.totals()).append("</text>\n");
  }

  private static void box(StringBuilder out, DiagramGraph.Node node, int x, int y, int width) {
    out.append("<g>\n");
    rect(out, x, y, width, BOX_HEIGHT, "#ffffff");
    // The header band: the layer's name and type, as the first line of Keras's plot_model boxes.
    rect(out, x, y, width, PAD_Y + LINE_HEIGHT + PAD_Y / 2, "#e3ecf7");
    int textX = x + PAD_X;
    int baseline = y + PAD_Y + LINE_HEIGHT - DESCENT;
    out.append("<text x=\"").append(textX).append("\" y=\"").append(baseline).append("\">");
    out.append("<tspan font-weight=\"bold\">");
    XmlText.append(out, node.name()).append("</tspan>: ");
    XmlText.append(out, node.type()).append("</text>\n");
    baseline += HEADER_GAP;
    List<String> values = node.rowValues();
    for (int row = 0; row < values.size(); row++) {
      baseline += LINE_HEIGHT;
      out.append("<text x=\"").append(textX).append("\" y=\"").append(baseline);
      out.append("\" fill=\"#607d8b\">").append(DiagramGraph.ROW_KEYS.get(row)).append(":</text>");
      out.append("<text x=\"").append(textX + KEY_COLUMNS * CHAR_WIDTH);
      out.append("\" y=\"").append(baseline).append("\">");
      XmlText.append(out, values.get(row)).append("</text>\n");
    }
    out.append("</g>\n");
  }

  private static void rect(StringBuilder out, int x, int y, int width, int height, String fill) {
    out.append("<rect x=\"").append(x).append("\" y=\"").append(y);
    out.append("\" width=\"").append(width).append("\" height=\"").append(height);
    out.append("\" fill=\"").append(fill).append("\" stroke=\"").append(STROKE).append("\"/>\n");
  }
}
