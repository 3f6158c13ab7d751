package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Terse functional-model building for engine tests, and {@code TestAdd}: a test-only two-or-more
 * input layer (element-wise sum of equal shapes, no weights) known only to {@link #PARSER}, so
 * graph tests can merge branches without the real merge layers and without touching the global
 * {@link LayerCatalog} (whose contents {@link CatalogConsistencyTest} pins to the annotations).
 */
final class Graphs {
  private Graphs() {}

  static final String TEST_ADD = "TestAdd";

  /** The engine's catalogue plus {@code TestAdd}. */
  static final LayerParser PARSER =
      new LayerParser(
          type -> TEST_ADD.equals(type) ? args -> new TestAdd() : LayerCatalog.parser(type));

  /** Sums equal shapes; different shapes are {@link ErrorKind#INCOMPATIBLE_INPUTS}. */
  static final class TestAdd implements MultiInputSpec {
    @Override
    public int minInputs() {
      return 2;
    }

    @Override
    public int maxInputs() {
      return Integer.MAX_VALUE;
    }

    @Override
    public LayerOutput apply(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
      for (int i = 1; i < inputs.size(); i++) {
        if (!Arrays.equals(inputs.get(i).dims(), inputs.get(0).dims())) {
          throw new ShapeError(
              ErrorKind.INCOMPATIBLE_INPUTS,
              null,
              "cannot add " + ins.get(0) + " and " + ins.get(i),
              "inputs of one shape",
              "make the shapes equal");
        }
      }
      return new LayerOutput(inputs.get(0), 0, 0);
    }
  }

  static NodeConfig input(String name, int... dims) {
    return NodeConfig.input(name, dims, Shape.NONE);
  }

  /** A layer with its annotation's defaults and {@code arguments} (JSON members). */
  static NodeConfig layer(String name, String type, String arguments, String... inbound) {
    return NodeConfig.layer(Models.layer(name, type, arguments), List.of(inbound));
  }

  static NodeConfig add(String name, String... inbound) {
    return NodeConfig.layer(LayerConfig.of(name, TEST_ADD, java.util.Map.of()), List.of(inbound));
  }

  static NodeConfig use(String name, GraphConfig block, String... inbound) {
    return NodeConfig.block(name, block, List.of(inbound), 1, List.of());
  }

  static NodeConfig use(
      String name, GraphConfig block, int times, List<ArgumentOverride> set, String... inbound) {
    return NodeConfig.block(name, block, List.of(inbound), times, set);
  }

  /** A chain of {@code times} uses numbered from {@code from} ({@code @Apply(from)}). */
  static NodeConfig use(
      String name,
      GraphConfig block,
      int times,
      int from,
      List<ArgumentOverride> set,
      String... inbound) {
    return NodeConfig.block(name, block, List.of(inbound), times, from, set);
  }

  static ArgumentOverride set(String path, Object value, int index) {
    List<String> parts = new ArrayList<>(Arrays.asList(path.split("\\.")));
    String attribute = parts.remove(parts.size() - 1);
    return new ArgumentOverride(parts, attribute, value, index);
  }

  static GraphConfig model(NodeConfig... nodes) {
    return GraphConfig.model("test_graph", List.of(nodes), List.of(), "FLOAT32");
  }

  static GraphConfig model(List<String> outputs, NodeConfig... nodes) {
    return GraphConfig.model("test_graph", List.of(nodes), outputs, "FLOAT32");
  }

  static GraphConfig block(String name, NodeConfig... nodes) {
    return GraphConfig.block(name, List.of(nodes), List.of());
  }

  static ModelCheck check(GraphConfig model) {
    return GraphEngine.check(model, PARSER);
  }

  /** Each problem as {@code Tag@member:attribute#parameter}, for compact assertions. */
  static List<String> tags(ModelCheck check) {
    List<String> tags = new ArrayList<>();
    for (Problem p : check.problems()) {
      tags.add(p.kind().tag() + "@" + p.layerIndex() + ":" + p.attribute() + "#" + p.parameter());
    }
    return tags;
  }
}
