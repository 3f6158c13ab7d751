package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's public types are its documented facade (package-info.java): a new public type is a
 * decision to make there, not a side effect of reaching into the engine from elsewhere.
 */
class EnginePublicApiTest {
  @Test
  void thePublicTypesAreTheFacade() throws Exception {
    assertEquals(
        Set.of(
            "ArgumentOverride",
            "DesignConstraints",
            "ErrorKind",
            "GraphConfig",
            "LayerConfig",
            "ModelCheck",
            "ModelConfig",
            "NodeConfig",
            "Problem",
            "ShapeEngine"),
        publicTopLevelTypes());
  }

  private static Set<String> publicTopLevelTypes() throws Exception {
    Path classes = classesDirectory().resolve("dev/shapecheck/engine");
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
          continue;
        }
        String simple = name.substring(0, name.length() - ".class".length());
        Class<?> type = Class.forName("dev.shapecheck.engine." + simple);
        if (Modifier.isPublic(type.getModifiers())) {
          found.add(simple);
        }
      }
    }
    assertFalse(found.isEmpty(), "no classes found in " + classes);
    return found;
  }

  private static Path classesDirectory() throws URISyntaxException {
    return Path.of(ShapeEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
