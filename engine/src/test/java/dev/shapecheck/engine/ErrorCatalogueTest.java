package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

  /** Each tag of the catalogue's "Warnings" table is the kind of a rule that {@link Rules} runs. */
  @Test
  void everyDocumentedWarningHasARegisteredRule() throws IOException {
    String catalogue = Files.readString(CATALOGUE);
    int start = catalogue.indexOf("\n## Warnings\n");
    assertTrue(start >= 0, "no \"## Warnings\" section in " + CATALOGUE);
    int end = catalogue.indexOf("\n## ", start + 1);
    String warnings = catalogue.substring(start, end < 0 ? catalogue.length() : end);
    Set<String> ruled =
        Rules.all().stream().map(rule -> rule.kind().tag()).collect(Collectors.toSet());
    Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(warnings);
    int rows = 0;
    while (row.find()) {
      rows++;
      assertTrue(ruled.contains(row.group(1)), row.group(1) + " has no rule in Rules");
    }
    assertTrue(rows > 0, "no warning rows in " + CATALOGUE);
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
