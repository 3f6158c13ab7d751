package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapecheck.ModelSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Models unlike the seed: wrapped layers and unknown dimensions (IMDB's bidirectional LSTMs), a
 * fixed batch with non-trainable weights, and a one-layer model. Their SVG must parse with the
 * JDK's XML parser, their DOT labels too, and all three formats must show the same boxes.
 */
class DiagramWellFormednessTest {
  @Test
  void wrappedLayersAndUnknownDimensions() throws Exception {
    ModelSummary model = DiagramModels.imdbBidirectionalLstm();
    List<List<String>> expected =
        List.of(
            List.of("embedding_input: InputLayer", "(None, None)", "(None, None)", "0"),
            List.of("embedding: Embedding", "(None, None)", "(None, None, 128)", "2,560,000"),
            List.of(
                "bidirectional: Bidirectional", "(None, None, 128)", "(None, None, 128)", "98,816"),
            List.of("bidirectional_1: Bidirectional", "(None, None, 128)", "(None, 128)", "98,816"),
            List.of("dense: Dense", "(None, 128)", "(None, 1)", "129"));
    DiagramParsing.Svg svg = DiagramParsing.svg(model.toSvg());
    assertEquals(expected, svg.boxes());
    assertEquals(
        "Total params: 2,757,761 (trainable: 2,757,761, non-trainable: 0)", svg.heading().get(1));
    assertEquals(4, svg.arrows().size());
    assertEquals(expected, DiagramParsing.dotBoxes(model.toDot()));
    assertEquals(expected, DiagramParsing.mermaidBoxes(model.toMermaid()));
  }

  @Test
  void fixedBatchAndNonTrainableWeights() throws Exception {
    ModelSummary model = DiagramModels.fixedBatch();
    List<List<String>> expected =
        List.of(
            List.of("norm_input: InputLayer", "(32, 64)", "(32, 64)", "0"),
            List.of("norm: BatchNormalization", "(32, 64)", "(32, 64)", "256"));
    DiagramParsing.Svg svg = DiagramParsing.svg(model.toSvg());
    assertEquals(expected, svg.boxes());
    assertEquals("Total params: 256 (trainable: 128, non-trainable: 128)", svg.heading().get(1));
    assertEquals(1, svg.arrows().size());
    assertEquals(expected, DiagramParsing.dotBoxes(model.toDot()));
    assertEquals(expected, DiagramParsing.mermaidBoxes(model.toMermaid()));
  }

  @Test
  void seedAndChainsParseAndMatchAcrossFormats() throws Exception {
    for (ModelSummary model : List.of(DiagramModels.mnistCnn(), DiagramModels.chain(3))) {
      List<List<String>> boxes = DiagramParsing.svg(model.toSvg()).boxes();
      assertEquals(model.layers().size() + 1, boxes.size());
      assertEquals(boxes, DiagramParsing.dotBoxes(model.toDot()));
      assertEquals(boxes, DiagramParsing.mermaidBoxes(model.toMermaid()));
    }
  }

  @Test
  void renderingIsDeterministic() {
    ModelSummary a = DiagramModels.imdbBidirectionalLstm();
    ModelSummary b = DiagramModels.imdbBidirectionalLstm();
    assertEquals(a.toSvg(), b.toSvg());
    assertEquals(a.toDot(), b.toDot());
    assertEquals(a.toMermaid(), b.toMermaid());
  }
}
