package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Layer;
import dev.shapecheck.SummaryStyle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two Transformer examples' graphs as Keras 3.15.1 builds the same models ({@code
 * conformance/keras/reference_models.py}; {@code ReferenceModelsTest} holds every row and total to
 * its file, {@code keras/examples.py} loads the generated {@code KERAS_JSON}): here, the
 * connections a row comparison does not see — self-attention takes one tensor as query and value,
 * and the residual {@code Add}s take the block's input.
 */
class TransformerModelsTest {
  private static Layer row(List<Layer> layers, String name) {
    return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void classifierAttendsToItsEmbeddedTokens() {
    List<Layer> layers = TransformerClassifierModel.SUMMARY.kerasLayers();
    // Keras: MultiHeadAttention(...)(x, x), then Add()([x, attn_output]).
    assertEquals(
        List.of("position_embedding", "position_embedding"),
        row(layers, "multi_head_attention").inbound());
    assertEquals(List.of("position_embedding", "dropout_1"), row(layers, "add").inbound());
    assertEquals(List.of("layer_normalization", "dropout_2"), row(layers, "add_1").inbound());
    assertEquals("PositionEmbedding", row(layers, "position_embedding").type());
    String keras3 = TransformerClassifierModel.SUMMARY.toString(SummaryStyle.KERAS3);
    assertTrue(keras3.contains("│ (PositionEmbedding)  "), keras3);
  }

  @Test
  void visionTransformerUsesItsEncoderBlockTwice() {
    List<Layer> layers = VisionTransformerModel.SUMMARY.kerasLayers();
    List<String> attention = new ArrayList<>();
    for (Layer layer : layers) {
      if (layer.type().equals("MultiHeadAttention")) {
        attention.add(layer.name() + " <- " + layer.inbound());
      }
    }
    // Keras's names for a helper function's layers, called twice: y = LN(x); MHA(y, y).
    assertEquals(
        List.of(
            "multi_head_attention <- [layer_normalization, layer_normalization]",
            "multi_head_attention_1 <- [layer_normalization_2, layer_normalization_2]"),
        attention);
    // The second block starts from the first one's output, add_1.
    assertEquals(List.of("add_1"), row(layers, "layer_normalization_2").inbound());
    assertEquals(List.of("dense_3", "add_2"), row(layers, "add_3").inbound());
  }
}
