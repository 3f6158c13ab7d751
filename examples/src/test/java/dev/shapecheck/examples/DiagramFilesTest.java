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
 * The diagrams the repository shows cannot go stale: the committed {@code docs/mnist_cnn.svg}
 * and the README's Mermaid block must be exactly what the seed's summary renders in this build.
 * When a renderer changes on purpose, copy {@code examples/target/mnist_cnn.svg} to
 * {@code docs/} and paste {@code MnistCnnModel.SUMMARY.toMermaid()} into the README.
 */
class DiagramFilesTest {
  /** Surefire runs in the module's directory; the repository root is its parent. */
  private static final Path ROOT = Path.of("..");

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
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertTrue(readme.contains("](docs/residual_block.svg)"), "README shows the residual block");
  }

  @Test
  void readmeShowsTheCurrentMermaidAndTheCommittedSvg() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("```mermaid\n");
    assertTrue(start >= 0, "README has a mermaid block");
    start += "```mermaid\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    assertEquals(MnistCnnModel.SUMMARY.toMermaid(), block);
    assertTrue(readme.contains("](docs/mnist_cnn.svg)"), "README shows docs/mnist_cnn.svg");
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
