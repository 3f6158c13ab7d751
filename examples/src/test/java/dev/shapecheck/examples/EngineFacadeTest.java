package dev.shapecheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapecheck.Activations;
import dev.shapecheck.Layer;
import dev.shapecheck.Sequential;
import dev.shapecheck.Shape;
import dev.shapecheck.engine.ShapeEngine;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.Flatten;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of docs/guide.md, "Checking a model at run time", as a user would: the engine's
 * facade must give the summary and Keras JSON that the processor gives at compile time for the same
 * model declared with annotations ({@link MnistMlp} below).
 */
class EngineFacadeTest {
  private static final String HEADING = "## Checking a model at run time";

  /** The guide's model, declared as a user would: the processor checks it at compile time. */
  @Sequential(
      name = "mnist_mlp",
      input = {28, 28, 1})
  interface MnistMlp {
    @Flatten
    Layer flatten();

    @Dense(units = 128, activation = Activations.RELU)
    Layer hidden();

    @Dense(units = 10, activation = Activations.SOFTMAX)
    Layer output();
  }

  @Test
  void theGuidesRunTimeExamplePrintsWhatTheProcessorComputedAtCompileTime() throws Exception {
    String printed = run(guideExample());
    String summary = EngineFacadeTest_MnistMlpModel.summary();
    String json = EngineFacadeTest_MnistMlpModel.KERAS_JSON;
    assertEquals(summary + System.lineSeparator() + json + System.lineSeparator(), printed);
    // The comment the guide puts beside the summary is true.
    assertTrue(
        guideExample()
            .text()
            .contains(
                "// Total params: "
                    + String.format("%,d", EngineFacadeTest_MnistMlpModel.TOTAL_PARAMS)),
        guideExample().text());
  }

  private static Readme.Block guideExample() throws Exception {
    Readme guide = Readme.read(Path.of("..", "docs", "guide.md"));
    List<Readme.Block> blocks =
        guide.blocks("java").stream().filter(b -> b.heading().equals(HEADING)).toList();
    assertEquals(1, blocks.size(), "java blocks under \"" + HEADING + "\" in docs/guide.md");
    return blocks.get(0);
  }

  /** Compiles the example against the runtime and engine jars and runs its main. */
  private static String run(Readme.Block example) throws Exception {
    Path dir = Files.createTempDirectory("shapecheck-facade");
    Path source = dir.resolve("CheckAtRunTime.java");
    Files.writeString(source, example.text(), StandardCharsets.UTF_8);
    String classpath = location(Shape.class) + File.pathSeparator + location(ShapeEngine.class);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "--release",
            "17",
            "-proc:none",
            "-classpath",
            classpath,
            "-d",
            dir.toString(),
            source.toString());
    assertEquals(0, status, "javac of the guide's example");
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, EngineFacadeTest.class.getClassLoader())) {
      Method main = loader.loadClass("CheckAtRunTime").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
