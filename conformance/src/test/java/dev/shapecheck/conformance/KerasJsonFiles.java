package dev.shapecheck.conformance;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import dev.shapecheck.examples.DenseNet121Model;
import dev.shapecheck.examples.InceptionV3Model;
import dev.shapecheck.examples.MobileNetV2Model;
import dev.shapecheck.examples.ResNet50Model;
import dev.shapecheck.examples.XceptionModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tf.keras 2 JSON files (what the generated {@code KERAS2_JSON} holds: TensorFlow.js reads only
 * that form, not Keras 3's {@code KERAS_JSON}) that {@code roundtrip.js} loads with TensorFlow.js,
 * made in one place for both sides of {@link KerasJsonRoundTripTest}. The oracle profile runs
 * {@link #main} to write them under {@code target/keras-json/} and then {@code roundtrip.js}, which
 * records what tfjs built from each file, with the file's SHA-256, in the committed {@code
 * expected/roundtrip-*.json}. The test makes the same files in memory: each must have the SHA-256
 * recorded (tfjs loaded exactly this text), and what tfjs built must be what the oracle and the
 * engine say. So the test needs no Node, and a changed writer cannot pass against results recorded
 * for the old text.
 */
final class KerasJsonFiles {
  /** The three sets, each a directory under {@code target/keras-json/}. */
  static final List<String> SETS = List.of("sequential", "functional", "applications");

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private KerasJsonFiles() {}

  /** One file tfjs loads: its name and its exact bytes. */
  record File(String name, byte[] bytes) {
    String sha256() {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** One valid sequential corpus model: its engine config and its tf.keras 2 JSON file. */
  static final class Case {
    final Corpus.Entry entry;
    final ModelConfig config;
    final File file;

    Case(Corpus.Entry entry) {
      this.entry = entry;
      this.config = Corpus.toConfig(entry.model);
      ModelCheck check = ShapeEngine.check(config);
      if (!check.isClean()) {
        throw new AssertionError(entry.name() + ": " + check.problems());
      }
      this.file =
          new File(entry.name() + ".json", check.keras2Json().getBytes(StandardCharsets.US_ASCII));
    }
  }

  /**
   * Every valid sequential corpus model tfjs builds as Keras 3 does ({@link Corpus#tfjsEntries()};
   * functional graphs: {@link #functional()}).
   */
  static List<Case> sequential() {
    List<Case> cases = new ArrayList<>();
    for (Corpus.Entry entry : Corpus.tfjsEntries()) {
      if (entry.valid() && !entry.functional()) {
        cases.add(new Case(entry));
      }
    }
    return cases;
  }

  /**
   * One valid functional corpus graph tfjs builds as Keras 3 does: its file name and, unless it is
   * excluded, the engine's check and the file. Excluded: a graph with an input nothing consumes
   * (Keras's model keeps that input in its layers, tfjs's drops it).
   */
  static final class Graph {
    final Corpus.Entry entry;
    final String name;
    final ModelCheck check; // null when excluded
    final File file; // null when excluded

    Graph(Corpus.Entry entry) {
      this.entry = entry;
      this.name = entry.file + "@" + entry.name() + ".json";
      ModelCheck checked = ShapeEngine.check(Corpus.toGraphConfig(entry.model));
      if (!checked.isClean()) {
        throw new AssertionError(entry.name() + ": " + checked.problems());
      }
      if (Corpus.hasUnusedInput(checked)) {
        this.check = null;
        this.file = null;
      } else {
        this.check = checked;
        this.file = new File(name, checked.keras2Json().getBytes(StandardCharsets.US_ASCII));
      }
    }
  }

  /** Every valid functional corpus graph, excluded ones included (the test counts them). */
  static List<Graph> functional() {
    List<Graph> graphs = new ArrayList<>();
    for (Corpus.Entry entry : Corpus.tfjsFunctionalEntries()) {
      if (entry.valid()) {
        graphs.add(new Graph(entry));
      }
    }
    return graphs;
  }

  /** One Keras Application of the examples module: the generated SUMMARY and KERAS2_JSON. */
  record Application(ModelSummary summary, File file) {}

  /** The five Keras Applications, by file name. */
  static Map<String, Application> applications() {
    Map<String, Application> applications = new LinkedHashMap<>();
    for (Class<?> model :
        List.of(
            ResNet50Model.class,
            MobileNetV2Model.class,
            DenseNet121Model.class,
            InceptionV3Model.class,
            XceptionModel.class)) {
      try {
        String name = model.getSimpleName() + ".json";
        String json = (String) model.getField("KERAS2_JSON").get(null);
        applications.put(
            name,
            new Application(
                (ModelSummary) model.getField("SUMMARY").get(null),
                new File(name, json.getBytes(StandardCharsets.US_ASCII))));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot read the generated " + model.getSimpleName(), e);
      }
    }
    return applications;
  }

  /**
   * Every example of the examples module (each {@code @Sequential} or {@code @Functional} interface
   * of its sources) as Keras 3 should load it, for {@code keras/examples.py}: per example {@code
   * <Model>.json}, its generated {@code KERAS_JSON}, and {@code <Model>.summary.json}, what Keras's
   * model must have: its name and, in Keras's {@code model.layers} order, each layer's name, output
   * shape and trainable / non-trainable parameter counts from the generated {@code SUMMARY}.
   */
  static List<File> keras3Examples() {
    Path sources = Corpus.dir().resolve("../examples/src/main/java/dev/shapecheck/examples");
    List<File> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(sources)) {
      for (Path source : list.sorted().toList()) {
        String text = Files.readString(source);
        if (!text.contains("\n@Sequential(") && !text.contains("\n@Functional(")) {
          continue;
        }
        String name = source.getFileName().toString().replace(".java", "");
        Class<?> model = Class.forName("dev.shapecheck.examples." + name + "Model");
        String json = (String) model.getField("KERAS_JSON").get(null);
        ModelSummary summary = (ModelSummary) model.getField("SUMMARY").get(null);
        files.add(new File(name + ".json", json.getBytes(StandardCharsets.US_ASCII)));
        JsonObject expected = new JsonObject();
        expected.addProperty("name", summary.name());
        JsonArray layers = new JsonArray();
        for (Layer layer : summary.kerasLayers()) {
          JsonObject row = new JsonObject();
          row.addProperty("name", layer.name());
          JsonArray shape = new JsonArray();
          for (int dim : FunctionalComparison.withBatch(layer.outputShape())) {
            shape.add(dim == Shape.NONE ? JsonNull.INSTANCE : new JsonPrimitive(dim));
          }
          row.add("outputShape", shape);
          row.addProperty("trainable", layer.trainableParams());
          row.addProperty("nonTrainable", layer.nonTrainableParams());
          layers.add(row);
        }
        expected.add("layers", layers);
        files.add(
            new File(
                name + ".summary.json", GSON.toJson(expected).getBytes(StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read a generated example class", e);
    }
    if (files.isEmpty()) {
      throw new AssertionError("no examples under " + sources);
    }
    return files;
  }

  /** Every file of one set, in the order made. */
  static List<File> files(String set) {
    return switch (set) {
      case "sequential" -> sequential().stream().map(c -> c.file).toList();
      case "functional" ->
          functional().stream().filter(g -> g.file != null).map(g -> g.file).toList();
      case "applications" -> applications().values().stream().map(Application::file).toList();
      default -> throw new IllegalArgumentException(set);
    };
  }

  /**
   * Writes every set to {@code DIR/<set>/} (default {@code target/keras-json}), each directory
   * emptied first, and the examples' Keras 3 files to {@code DIR/keras3-examples/}; run in {@code
   * conformance/} by the oracle profile before {@code roundtrip.js} and {@code keras/examples.py}.
   */
  public static void main(String[] args) throws IOException {
    Path root = Corpus.dir().resolve(args.length > 0 ? args[0] : "target/keras-json");
    for (String set : SETS) {
      Path dir = root.resolve(set);
      emptyDirectory(dir);
      List<File> files = files(set);
      for (File file : files) {
        Files.write(dir.resolve(file.name()), file.bytes());
      }
      System.out.println("keras-json: " + files.size() + " " + set + " files -> " + dir);
    }
    Path dir = root.resolve("keras3-examples");
    emptyDirectory(dir);
    List<File> examples = keras3Examples();
    for (File file : examples) {
      Files.write(dir.resolve(file.name()), file.bytes());
    }
    System.out.println(
        "keras-json: " + examples.size() / 2 + " examples' KERAS_JSON (Keras 3) -> " + dir);
  }

  /** Creates {@code dir}, or deletes the files an earlier run left in it. */
  private static void emptyDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.list(dir)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(dir);
  }

  /**
   * What {@code roundtrip.js} recorded in {@code expected/roundtrip-<set>.json}: per file name,
   * what tfjs built from it and the file's SHA-256.
   */
  static Map<String, JsonObject> recorded(String set) {
    Map<String, JsonObject> results = new LinkedHashMap<>();
    Path file = Corpus.dir().resolve("expected").resolve("roundtrip-" + set + ".json");
    Corpus.readArray(file)
        .forEach(
            r -> results.put(r.getAsJsonObject().get("file").getAsString(), r.getAsJsonObject()));
    return results;
  }
}
