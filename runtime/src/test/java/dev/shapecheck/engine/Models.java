package dev.shapecheck.engine;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** Terse model building for engine tests: {@code layer("Conv2D", "filters: 4, kernelSize: [3]")}. */
final class Models {
  private Models() {}

  /** A layer with the annotation's defaults and these arguments, written as JSON members. */
  static LayerConfig layer(String name, String type, String arguments) {
    JsonObject args = JsonParser.parseString("{" + arguments + "}").getAsJsonObject();
    return LayerConfig.of(name, type, CorpusModels.arguments(type, args));
  }

  static ModelCheck check(int[] input, LayerConfig... layers) {
    return ShapeEngine.check(ModelConfig.of("test_model", input, -1, List.of(layers)));
  }

  static int[] dims(int... dims) {
    return dims;
  }

  static List<String> tags(ModelCheck check) {
    List<String> tags = new ArrayList<>();
    for (Problem p : check.problems()) {
      tags.add(p.kind().tag() + "@" + p.layerIndex() + ":" + p.attribute());
    }
    return tags;
  }
}
