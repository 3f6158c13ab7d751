package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.ModelSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagrams the repository shows cannot go stale: the committed {@code docs/mnist_cnn.svg} and
 * the Mermaid block of the guide's "Diagrams" ({@code docs/guide.md}) must be exactly what the
 * seed's summary renders in this build. When a renderer changes on purpose, copy {@code
 * examples/target/mnist_cnn.svg} to {@code docs/} and paste {@code
 * MnistCnnModel.SUMMARY.toMermaid()} into the guide.
 */
class DiagramFilesTest {
  /** Surefire runs in the module's directory; the repository root is its parent. */
  private static final Path ROOT = Path.of("..");

  /** The document that shows the diagrams; its images are relative to docs/. */
  private static final Path GUIDE = ROOT.resolve("docs/guide.md");

  @Test
  void committedSvgIsTheCurrentRendering() throws Exception {
    String committed = Files.readString(ROOT.resolve("docs/mnist_cnn.svg"));
    assertEquals(committed, MnistCnnModel.SUMMARY.toSvg(), "copy target/mnist_cnn.svg to docs/");
    assertTrue(committed.contains(">Total params: 93,322 (trainable: 93,322, non-trainable: 0)<"));
  }

  /** The functional example's diagram: branches drawn from the graph's real edges. */
  @Test
  void committedFunctionalSvgIsTheCurrentRendering() throws Exception {
    String committed = Files.readString(ROOT.resolve("docs/residual_block.svg"));
    assertEquals(
        committed, ResidualBlockModel.SUMMARY.toSvg(), "copy target/residual_block.svg to docs/");
    String guide = Files.readString(GUIDE);
    assertTrue(guide.contains("](residual_block.svg)"), "the guide shows the residual block");
  }

  @Test
  void guideShowsTheCurrentMermaidAndTheCommittedSvg() throws Exception {
    String guide = Files.readString(GUIDE);
    int start = guide.indexOf("```mermaid\n");
    assertTrue(start >= 0, "the guide has a mermaid block");
    start += "```mermaid\n".length();
    String block = guide.substring(start, guide.indexOf("```", start));
    assertEquals(MnistCnnModel.SUMMARY.toMermaid(), block);
    assertTrue(guide.contains("](mnist_cnn.svg)"), "the guide shows docs/mnist_cnn.svg");
  }

  @Test
  void writeDiagramsWritesEveryModelByName(@TempDir Path directory) throws Exception {
    WriteDiagrams.main(new String[] {directory.toString()});
    for (ModelSummary model : WriteDiagrams.MODELS) {
      Path file = directory.resolve(model.name() + ".svg");
      assertEquals(model.toSvg(), Files.readString(file, StandardCharsets.UTF_8), model.name());
    }
    assertTrue(Files.exists(directory.resolve("mobilenet_1.00_224.svg")));
    assertTrue(Files.exists(directory.resolve("mnist_cnn.svg")));
  }
}
