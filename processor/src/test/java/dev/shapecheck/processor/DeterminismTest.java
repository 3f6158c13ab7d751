package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.shapecheck.processor.Compilations.compile;
import static dev.shapecheck.processor.Compilations.mnistCnn;
import static dev.shapecheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

final class DeterminismTest {
  @Test
  void sameSourceTwiceGivesByteIdenticalModel() throws IOException {
    byte[] first = generatedBytes(compile(mnistCnn()), "test.MnistCnnModel");
    byte[] second = generatedBytes(compile(mnistCnn()), "test.MnistCnnModel");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void orderOfSourcesDoesNotChangeAnyModel() throws IOException {
    JavaFileObject tiny =
        source(
            "Tiny",
            "@Sequential(input = {8, 8, 1})",
            "interface Tiny {",
            "  @MaxPooling2D Layer pool();",
            "  @Flatten Layer flatten();",
            "}");

    Compilation forward = compile(mnistCnn(), tiny);
    Compilation backward = compile(tiny, mnistCnn());

    for (String model : new String[] {"test.MnistCnnModel", "test.TinyModel"}) {
      assertThat(generatedBytes(backward, model)).isEqualTo(generatedBytes(forward, model));
    }
  }

  private static byte[] generatedBytes(Compilation compilation, String qualifiedName)
      throws IOException {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName).orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }
}
