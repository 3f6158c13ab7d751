package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sequential model is checked as the chain {@link GraphConfig#sequential} makes of it, by the
 * evaluator of every model; what Keras's Sequential does differently is kept (the other engine
 * tests hold its messages and summaries).
 */
class SequentialChainTest {
  private static final ModelConfig MODEL =
      ModelConfig.of(
              "chain",
              dims(6, 6, 1),
              8,
              List.of(
                  layer("c", "Conv2D", "filters: 2, kernelSize: [3]"),
                  layer("f", "Flatten", ""),
                  layer("d", "Dense", "units: 3")),
              "FLOAT16")
          .withConstraints(
              DesignConstraints.of(
                  new int[] {3}, 1_000, DesignConstraints.NONE, DesignConstraints.NONE));

  @Test
  void loweringMakesOneInputAndEachLayerConsumeThePreviousOne() {
    GraphConfig chain = GraphConfig.sequential(MODEL);
    assertEquals(GraphConfig.Kind.SEQUENTIAL, chain.kind());
    assertEquals("chain", chain.name());
    assertEquals("FLOAT16", chain.dtype());
    assertEquals(MODEL.constraints(), chain.constraints());
    assertEquals(List.of(), chain.outputs());
    List<NodeConfig> nodes = chain.nodes();
    assertEquals(4, nodes.size());
    assertEquals(NodeConfig.Kind.INPUT, nodes.get(0).kind());
    assertEquals(8, nodes.get(0).batchSize());
    assertEquals(List.of(nodes.get(0).name()), nodes.get(1).inbound());
    assertEquals(List.of("c"), nodes.get(2).inbound());
    assertEquals(List.of("f"), nodes.get(3).inbound());
  }

  @Test
  void theChainGivesTheSequentialSummaryWithoutAnInputRow() {
    ModelCheck check = ShapeEngine.check(MODEL);
    assertEquals(
        List.of("c", "f", "d"), check.summary().layers().stream().map(Layer::name).toList());
    assertFalse(check.summary().isFunctional());
    assertEquals(Shape.withBatch(8, 6, 6, 1), check.summary().inputShape());
    assertEquals(Map.of("c", "c", "f", "f", "d", "d"), check.memberRows());
    assertEquals(List.of("c", "f", "d"), check.configs().stream().map(LayerConfig::name).toList());
    assertEquals(
        ShapeEngine.check(GraphConfig.sequential(MODEL)).summary().toString(),
        check.summary().toString());
  }

  @Test
  void problemsCountTheDeclaredLayersNotTheInput() {
    ModelCheck check =
        ShapeEngine.check(
            ModelConfig.of(
                "m",
                dims(4),
                Shape.NONE,
                List.of(
                    layer("a", "Dense", "units: 2"),
                    layer("b", "Conv2D", "filters: 2, kernelSize: [3]"))));
    assertEquals(List.of("WrongRank@1:null"), tags(check));
    assertEquals("in model m, layer 2 of 2", check.problems().get(0).details().get(0));
  }

  /** Keras's Sequential.add rejects a second layer of the same name; so does the chain. */
  @Test
  void aRepeatedLayerNameIsReported() {
    LayerConfig d = layer("d", "Dense", "units: 3");
    ModelCheck check = ShapeEngine.check(ModelConfig.of("m", dims(4), Shape.NONE, List.of(d, d)));
    assertEquals(List.of("DuplicateName@1:null"), tags(check));
    assertEquals("in model m, layer 2 of 2", check.problems().get(0).details().get(0));
  }
}
