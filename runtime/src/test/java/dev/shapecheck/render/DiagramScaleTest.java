package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.ModelSummary;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Diagrams of 10,000-layer models. Every layer must add the same number of lines (exactly) and
 * about the same number of characters (coordinates and ids gain digits), and rendering must stay
 * far from quadratic: a 10,000-layer SVG has 6.6 million characters, so quadratic string building
 * would copy tens of gigabytes and blow the time limit.
 */
class DiagramScaleTest {
  private static final List<Function<ModelSummary, String>> FORMATS =
      List.of(ModelSummary::toDot, ModelSummary::toMermaid, ModelSummary::toSvg);

  private static long lines(String text) {
    return text.chars().filter(c -> c == '\n').count();
  }

  @Test
  void linesAndSizeGrowLinearly() {
    ModelSummary small = DiagramModels.chain(1_000);
    ModelSummary medium = DiagramModels.chain(2_000);
    ModelSummary large = DiagramModels.chain(10_000);
    for (Function<ModelSummary, String> format : FORMATS) {
      String s = format.apply(small);
      String m = format.apply(medium);
      String l = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> format.apply(large));
      long perThousand = lines(m) - lines(s);
      assertEquals(lines(s) + 9 * perThousand, lines(l), "lines");
      assertTrue(perThousand >= 1_000, "at least one line per layer: " + perThousand);
      double ratio = (double) l.length() / s.length();
      assertTrue(ratio > 9.5 && ratio < 11.0, "10x the layers, " + ratio + "x the characters");
    }
  }

  @Test
  void tenThousandLayerSvgParsesWithEveryBox() throws Exception {
    long start = System.nanoTime();
    String svg = DiagramModels.chain(10_000).toSvg();
    long millis = (System.nanoTime() - start) / 1_000_000;
    DiagramParsing.Svg parsed = DiagramParsing.svg(svg);
    assertEquals(10_001, parsed.boxes().size());
    assertEquals(10_000, parsed.arrows().size());
    assertEquals(
        List.of("relu_09999: ReLU", "(None, None, 16)", "(None, None, 16)", "0"),
        parsed.boxes().get(10_000));
    System.out.printf(
        "diagrams: 10,000-layer SVG, %,d characters, %,d px tall, rendered in %d ms%n",
        svg.length(), parsed.height(), millis);
  }
}
