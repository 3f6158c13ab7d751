package dev.shapecheck.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer escapes its string literals itself (it writes the generated source as text): javac
 * must read every one back as exactly the original string, whatever characters it holds.
 */
class StringLiteralTest {
  private static final List<String> TRICKY =
      List.of(
          "",
          "plain {\"class_name\": \"Dense\"}",
          "quote \" backslash \\ apostrophe ' dollar $ $L $S",
          "escapes \n \t \r \b \f and \\u0041 not an escape",
          "controls \u0000 \u0001 \u001f \u007f \u0085 \u009f",
          "line separators \u2028 and \u2029",
          "non-ASCII é ß 中文 \uD83D\uDE00 */ end of comment",
          "backslash at the end \\");

  @Test
  void javacReadsEveryLiteralBackAsTheOriginal(@TempDir Path dir) throws Exception {
    StringBuilder source = new StringBuilder("public class Literals {\n");
    source.append("  public static final String[] VALUES = {\n");
    for (String value : TRICKY) {
      source.append("    ").append(ModelClassWriter.literal(value)).append(",\n");
    }
    source.append("  };\n}\n");
    Path file = dir.resolve("Literals.java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(
        0,
        javac.run(null, null, null, "-encoding", "UTF-8", "-d", dir.toString(), file.toString()));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      String[] values = (String[]) loader.loadClass("Literals").getField("VALUES").get(null);
      assertEquals(TRICKY, List.of(values));
    }
  }

  @Test
  void literalsStayOnOneSourceLine() {
    for (String value : TRICKY) {
      String literal = ModelClassWriter.literal(value);
      assertEquals(1, literal.split("\\R", -1).length, literal);
    }
  }
}
