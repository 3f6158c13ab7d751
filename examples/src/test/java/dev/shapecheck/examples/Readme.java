package dev.shapecheck.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fenced code blocks of the repository's README.md, read as a reader sees them, so that the
 * README tests take every snippet from the file itself and never keep a copy that could drift.
 */
final class Readme {
  /**
   * Tests run in the module's directory, whose parent is the repository root; failsafe names the
   * root explicitly.
   */
  static final Path FILE =
      Path.of(System.getProperty("shapecheck.root", "..")).resolve("README.md");

  private static final String FENCE = "```";

  /**
   * One fenced block: its info string ({@code java}, {@code xml}, empty for plain output), the
   * README line of its first content line, its text, and the heading it appears under (with the
   * heading's index, since a heading's text can repeat).
   */
  record Block(String language, int firstLine, String text, String heading, int section) {
    @Override
    public String toString() {
      return "README.md:" + firstLine + " (" + (language.isEmpty() ? "text" : language) + ")";
    }
  }

  private final List<Block> blocks;

  private Readme(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  static Readme read() throws IOException {
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    String heading = "";
    int section = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(FENCE)) {
        int first = i + 1;
        int end = first;
        while (end < lines.size() && !lines.get(end).startsWith(FENCE)) {
          end++;
        }
        if (end == lines.size()) {
          throw new IllegalStateException("README.md:" + (i + 1) + ": unclosed code block");
        }
        String text = String.join("\n", lines.subList(first, end)) + "\n";
        String language = line.substring(FENCE.length()).trim();
        blocks.add(new Block(language, first + 1, text, heading, section));
        i = end;
      } else if (line.startsWith("#")) {
        heading = line.trim();
        section++;
      }
    }
    return new Readme(blocks);
  }

  List<Block> blocks() {
    return blocks;
  }

  List<Block> blocks(String language) {
    return blocks.stream().filter(b -> b.language().equals(language)).toList();
  }

  /** The first block of a language under a heading (the heading line as written, with #s). */
  Block first(String language, String heading) {
    return blocks.stream()
        .filter(b -> b.language().equals(language) && b.heading().equals(heading))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("README.md has no " + language + " block under " + heading));
  }

  /**
   * The block right after {@code block} if nothing but prose separates them (no heading): the place
   * where the README shows what a snippet prints.
   */
  Optional<Block> followingUnderSameHeading(Block block) {
    int index = blocks.indexOf(block);
    if (index + 1 < blocks.size() && blocks.get(index + 1).section() == block.section()) {
      return Optional.of(blocks.get(index + 1));
    }
    return Optional.empty();
  }
}
