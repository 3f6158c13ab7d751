package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README stays the short front page issue 16 made it, and the documentation's links lead
 * somewhere: the README holds the pitch, the first example and the set-up, everything else lives in
 * docs/*.md, so a link that points nowhere loses the reader exactly where the README sends them on.
 *
 * <p>A relative link must name an existing file; with a {@code #fragment} into a Markdown file, a
 * heading of that file must give that anchor as GitHub derives it. Links inside code blocks and
 * code spans are text, not links.
 */
class DocumentationTest {
  /** The longest the README may grow: pitch, first example, two commands, set-up, links. */
  private static final int README_MAX_LINES = 250;

  private static final String FENCE = "```";

  /** {@code [text](target)} and {@code ![alt](target)}, with an optional title. */
  private static final Pattern INLINE_LINK =
      Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  /** {@code [label]: target}, a reference definition. */
  private static final Pattern REFERENCE =
      Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(\\s.*)?$");

  /** {@code http:}, {@code https:}, {@code mailto:}: not files of the repository. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  /** Code spans of any number of backticks, as CommonMark matches them on one line. */
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");

  @Test
  void readmeIsAtMost250Lines() throws IOException {
    List<String> lines = Files.readAllLines(Readme.FILE, StandardCharsets.UTF_8);
    assertTrue(
        lines.size() <= README_MAX_LINES,
        "README.md has "
            + lines.size()
            + " lines, more than "
            + README_MAX_LINES
            + ": move the new part to a document under docs/ and link it");
  }

  @Test
  void readmeLinksEveryDocument() throws IOException {
    Set<Path> linked = new HashSet<>();
    for (Link link : links(Readme.FILE)) {
      linked.add(link.file().toAbsolutePath().normalize());
    }
    for (Path document : Readme.documentationFiles()) {
      if (!document.equals(Readme.FILE)) {
        assertTrue(
            linked.contains(document.toAbsolutePath().normalize()),
            "README.md does not link " + Readme.name(document));
      }
    }
  }

  @Test
  void everyRelativeLinkPointsAtAnExistingFile() throws IOException {
    List<String> broken = new ArrayList<>();
    Map<Path, Set<String>> anchors = new HashMap<>();
    int checked = 0;
    for (Path document : Readme.documentationFiles()) {
      for (Link link : links(document)) {
        checked++;
        if (!Files.exists(link.file())) {
          broken.add(link + ": no file " + Readme.name(link.file()));
        } else if (link.fragment() != null && link.file().toString().endsWith(".md")) {
          Set<String> known =
              anchors.computeIfAbsent(link.file().toAbsolutePath().normalize(), f -> anchors(f));
          if (!known.contains(link.fragment())) {
            broken.add(link + ": no heading gives #" + link.fragment() + ", only " + known);
          }
        }
      }
    }
    assertTrue(checked > 0, "found no relative link at all: the extraction broke");
    assertEquals(List.of(), broken, "broken links");
  }

  /** GitHub's anchors: the heading's text lowercased, punctuation dropped, spaces as hyphens. */
  @Test
  void anchorsAreGithubs() {
    assertEquals("what-mvn-verify-runs", anchor("## What `mvn verify` runs"));
    assertEquals(
        "conformance-tensorflowjs-as-the-oracle",
        anchor("# Conformance: TensorFlow.js as the oracle"));
    assertEquals("keras-model-json", anchor("### Keras model JSON"));
  }

  /** One link: where it is written, and the file and anchor it names. */
  record Link(String source, int line, String target, Path file, String fragment) {
    @Override
    public String toString() {
      return source + ":" + line + " (" + target + ")";
    }
  }

  /** The relative links of {@code document}, outside code blocks and code spans. */
  private static List<Link> links(Path document) throws IOException {
    List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
    List<Link> links = new ArrayList<>();
    boolean inFence = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(FENCE)) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        continue;
      }
      String prose = CODE_SPAN.matcher(line).replaceAll("");
      List<String> targets = new ArrayList<>();
      Matcher inline = INLINE_LINK.matcher(prose);
      while (inline.find()) {
        targets.add(inline.group(1));
      }
      Matcher reference = REFERENCE.matcher(prose);
      if (reference.matches()) {
        targets.add(reference.group(1));
      }
      for (String target : targets) {
        if (SCHEME.matcher(target).find()) {
          continue;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? document : document.getParent().resolve(path);
        links.add(new Link(Readme.name(document), i + 1, target, file, fragment));
      }
    }
    return links;
  }

  /** Every anchor the headings of {@code document} give, outside code blocks. */
  private static Set<String> anchors(Path document) {
    List<String> lines;
    try {
      lines = Files.readAllLines(document, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Set<String> anchors = new TreeSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean inFence = false;
    for (String line : lines) {
      if (line.startsWith(FENCE)) {
        inFence = !inFence;
      } else if (!inFence && line.startsWith("#")) {
        String anchor = anchor(line);
        int count = seen.merge(anchor, 1, Integer::sum);
        anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
      }
    }
    return anchors;
  }

  private static String anchor(String heading) {
    String text = heading.replaceFirst("^#+\\s*", "").trim();
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
        .replace(' ', '-');
  }
}
