package dev.shapecheck.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fenced code blocks of one of the repository's Markdown files (README.md, docs/*.md), read as
 * a reader sees them, so that the documentation tests take every snippet from the file itself and
 * never keep a copy that could drift.
 */
final class Readme {
  /**
   * Tests run in the module's directory, whose parent is the repository root; failsafe names the
   * root explicitly.
   */
  static final Path ROOT = Path.of(System.getProperty("shapecheck.root", ".."));

  static final Path FILE = ROOT.resolve("README.md");

  /** The folder of the focused documents the README links to. */
  static final Path DOCS = ROOT.resolve("docs");

  private static final String FENCE = "```";

  /**
   * One fenced block: its info string ({@code java}, {@code xml}, empty for plain output), the line
   * of its first content line in its file, its text, and the heading it appears under (with the
   * heading's index, since a heading's text can repeat).
   */
  record Block(
      String file, String language, int firstLine, String text, String heading, int section) {
    @Override
    public String toString() {
      return file + ":" + firstLine + " (" + (language.isEmpty() ? "text" : language) + ")";
    }
  }

  private final String name;
  private final List<Block> blocks;

  private Readme(String name, List<Block> blocks) {
    this.name = name;
    this.blocks = List.copyOf(blocks);
  }

  /** README.md. */
  static Readme read() throws IOException {
    return read(FILE);
  }

  /** Any Markdown file of the repository. */
  static Readme read(Path file) throws IOException {
    String name = name(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
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
          throw new IllegalStateException(name + ":" + (i + 1) + ": unclosed code block");
        }
        String text = String.join("\n", lines.subList(first, end)) + "\n";
        String language = line.substring(FENCE.length()).trim();
        blocks.add(new Block(name, language, first + 1, text, heading, section));
        i = end;
      } else if (line.startsWith("#")) {
        heading = line.trim();
        section++;
      }
    }
    return new Readme(name, blocks);
  }

  /** README.md, then every docs/*.md in name order: the files that ship documentation. */
  static List<Path> documentationFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(FILE);
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  /** The file's path from the repository root, with forward slashes: {@code docs/guide.md}. */
  static String name(Path file) {
    Path root = ROOT.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : file.getFileName();
    return shown.toString().replace('\\', '/');
  }

  /** The file's path from the repository root, as {@link #name(Path)}. */
  String name() {
    return name;
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
            () -> new AssertionError(name + " has no " + language + " block under " + heading));
  }

  /**
   * The block right after {@code block} if nothing but prose separates them (no heading): the place
   * where a document shows what a snippet prints.
   */
  Optional<Block> followingUnderSameHeading(Block block) {
    int index = blocks.indexOf(block);
    if (index + 1 < blocks.size() && blocks.get(index + 1).section() == block.section()) {
      return Optional.of(blocks.get(index + 1));
    }
    return Optional.empty();
  }
}
