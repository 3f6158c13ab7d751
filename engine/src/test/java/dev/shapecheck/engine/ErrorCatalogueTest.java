package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's error catalogue and the tags the code prints must not drift apart. */
class ErrorCatalogueTest {
  @Test
  void everyTagIsDocumentedInTheReadme() throws IOException {
    String readme =
        Files.readString(java.nio.file.Path.of("..", "README.md"));
    for (ErrorKind kind : ErrorKind.values()) {
      assertTrue(readme.contains("| `" + kind.tag() + "` |"), kind.tag() + " is not in the README");
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
