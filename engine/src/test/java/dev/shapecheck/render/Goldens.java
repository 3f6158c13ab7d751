package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/summaries/}. Run the tests once with {@code
 * -Dshapecheck.updateGoldens=true} to (re)write them; every written file must then be read by eye
 * before it is committed.
 */
final class Goldens {
  private static final Path DIR = Path.of("src", "test", "resources", "summaries");

  private Goldens() {}

  static void assertGolden(String file, String actual) {
    Path path = DIR.resolve(file);
    try {
      if (Boolean.getBoolean("shapecheck.updateGoldens")) {
        Files.createDirectories(DIR);
        Files.writeString(path, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
