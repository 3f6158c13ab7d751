package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The error catalogue (docs/errors.md) and the tags the code prints must not drift apart. */
class ErrorCatalogueTest {
  /** Surefire runs in the module's directory; the repository root is its parent. */
  private static final Path CATALOGUE = Path.of("..", "docs", "errors.md");

  @Test
  void everyTagIsDocumentedInTheCatalogue() throws IOException {
    String catalogue = Files.readString(CATALOGUE);
    for (ErrorKind kind : ErrorKind.values()) {
      assertTrue(
          catalogue.contains("| `" + kind.tag() + "` |"),
          kind.tag() + " has no row in " + CATALOGUE);
    }
  }

  @Test
  void tagsAreUniqueAndPrefixed() {
    Set<String> tags = new HashSet<>();
    for (ErrorKind kind : ErrorKind.values()) {
      assertTrue(tags.add(kind.tag()), kind.tag());
      assertEquals("[ShapeCheck/" + kind.tag() + "]", kind.prefix());
    }
  }
}
