package dev.shapecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's catalogue and the annotations users write must name exactly the same layers. */
class CatalogConsistencyTest {
  @Test
  void everyAnnotationHasAnEngineLayerAndViceVersa() throws IOException {
    Set<String> annotations = new TreeSet<>();
    Path layers = Path.of("..", "runtime", "src", "main", "java", "dev", "shapecheck", "layers");
    try (Stream<Path> files = Files.list(layers)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".java") && !f.equals("package-info.java"))
          .forEach(f -> annotations.add(f.substring(0, f.length() - ".java".length())));
    }
    Set<String> declared = new TreeSet<>(ShapeEngine.layerTypes());
    declared.addAll(ShapeEngine.layerAliases().keySet());
    assertEquals(annotations, declared);
  }

  @Test
  void everyLayerAnnotationTargetsMethodsAndIsKeptAtRunTime() throws ClassNotFoundException {
    for (String type : ShapeEngine.layerTypes()) {
      Class<?> annotation = Class.forName("dev.shapecheck.layers." + type);
      assertTrue(annotation.isAnnotation(), type);
      assertEquals(
          RetentionPolicy.RUNTIME, annotation.getAnnotation(Retention.class).value(), type);
      assertEquals(
          Arrays.asList(ElementType.METHOD),
          Arrays.asList(annotation.getAnnotation(Target.class).value()),
          type);
    }
  }
}
