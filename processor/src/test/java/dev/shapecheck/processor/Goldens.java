package dev.shapecheck.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden generated sources under {@code src/test/resources/expected/}: the exact text users get, so
 * that a change of the writer shows in review as a diff of these files. Run the tests once with
 * {@code -Dshapecheck.updateGoldens=true} to (re)write them; every written file must then be read
 * by eye before it is committed.
 */
final class Goldens {
  private static final Path DIR = Path.of("src", "test", "resources", "expected");

  private Goldens() {}

  /**
   * Asserts that {@code actual} is the golden {@code file}, failing with a line diff (Truth's
   * multi-line string comparison) and the way to rewrite it.
   */
  static void assertGolden(String file, String actual) {
    Path path = DIR.resolve(file);
    try {
      if (Boolean.getBoolean("shapecheck.updateGoldens")) {
        Files.createDirectories(DIR);
        Files.writeString(path, actual, StandardCharsets.UTF_8);
      }
      String expected =
          Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
      assertWithMessage(
              "%s (if the change is intended: rerun with -Dshapecheck.updateGoldens=true and"
                  + " read the rewritten file)",
              path)
          .that(actual)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
