package dev.shapecheck.engine;

import static dev.shapecheck.engine.Models.check;
import static dev.shapecheck.engine.Models.dims;
import static dev.shapecheck.engine.Models.layer;
import static dev.shapecheck.engine.Models.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Keras's short names ({@code Convolution2D}, {@code MaxPool2D}, ...) are the same classes as the
 * names they stand for, so each alias must read as its kind: same attributes and defaults, same
 * numbers, and the kind's class name wherever Keras shows one. The oracle holds every alias to
 * Keras 3 in {@code aliases.json}; this holds what it cannot see.
 */
class KerasAliasesTest {
  /** The 20 names {@code keras.layers} exports whose class has another name (Keras 3.15.1). */
  @Test
  void everyShortNameOfKerasLayersIsAnAliasOfItsClass() {
    Map<String, String> expected = new TreeMap<>();
    for (String pair :
        List.of(
            "AvgPool1D=AveragePooling1D",
            "AvgPool2D=AveragePooling2D",
            "AvgPool3D=AveragePooling3D",
            "Convolution1D=Conv1D",
            "Convolution1DTranspose=Conv1DTranspose",
            "Convolution2D=Conv2D",
            "Convolution2DTranspose=Conv2DTranspose",
            "Convolution3D=Conv3D",
            "Convolution3DTranspose=Conv3DTranspose",
            "GlobalAvgPool1D=GlobalAveragePooling1D",
            "GlobalAvgPool2D=GlobalAveragePooling2D",
            "GlobalAvgPool3D=GlobalAveragePooling3D",
            "GlobalMaxPool1D=GlobalMaxPooling1D",
            "GlobalMaxPool2D=GlobalMaxPooling2D",
            "GlobalMaxPool3D=GlobalMaxPooling3D",
            "MaxPool1D=MaxPooling1D",
            "MaxPool2D=MaxPooling2D",
            "MaxPool3D=MaxPooling3D",
            "SeparableConvolution1D=SeparableConv1D",
            "SeparableConvolution2D=SeparableConv2D")) {
      expected.put(pair.split("=")[0], pair.split("=")[1]);
    }
    assertEquals(expected, ShapeEngine.layerAliases());
    for (String alias : expected.keySet()) {
      assertFalse(ShapeEngine.layerTypes().contains(alias), alias);
    }
  }

  /** An alias takes exactly its kind's arguments, with the kind's defaults. */
  @Test
  void everyAliasDeclaresItsKindsAttributesAndDefaults() throws ClassNotFoundException {
    for (Map.Entry<String, String> alias : ShapeEngine.layerAliases().entrySet()) {
      assertEquals(attributes(alias.getValue()), attributes(alias.getKey()), alias.getKey());
    }
  }

  @Test
  void anAliasIsItsKindInTheSummaryAndTheJson() {
    ModelCheck alias =
        check(
            dims(28, 28, 1),
            layer("c", "Convolution2D", "filters: 8, kernelSize: [3], padding: 'SAME'"),
            layer("p", "MaxPool2D", ""),
            layer("g", "GlobalAvgPool2D", ""));
    ModelCheck kind =
        check(
            dims(28, 28, 1),
            layer("c", "Conv2D", "filters: 8, kernelSize: [3], padding: 'SAME'"),
            layer("p", "MaxPooling2D", ""),
            layer("g", "GlobalAveragePooling2D", ""));
    assertEquals(kind.summary().toString(), alias.summary().toString());
    assertEquals(80, alias.summary().totalParams());
    assertTrue(alias.summary().toString().contains("(Conv2D)"), alias.summary().toString());
    assertEquals(kind.kerasJson(), alias.kerasJson());
    assertFalse(alias.kerasJson().contains("Convolution2D"), alias.kerasJson());
  }

  @Test
  void anAliasIsJudgedByItsKindsRules() {
    ModelCheck check = check(dims(4, 4, 1), layer("p", "MaxPool2D", "poolSize: [0]"));
    assertEquals(List.of("InvalidArgument@0:poolSize"), tags(check));
    assertTrue(
        check.problems().get(0).headline().startsWith("p (MaxPooling2D)"),
        check.problems().get(0).headline());
  }

  /** Name, type and default of each attribute, sorted by name. */
  private static Map<String, String> attributes(String type) throws ClassNotFoundException {
    Map<String, String> attributes = new TreeMap<>();
    for (Method method : Class.forName("dev.shapecheck.layers." + type).getDeclaredMethods()) {
      Object value = method.getDefaultValue();
      String text =
          value == null
              ? "required"
              : value.getClass().isArray()
                  ? Arrays.deepToString(new Object[] {value})
                  : Objects.toString(value);
      attributes.put(method.getName(), method.getReturnType().getName() + " " + text);
    }
    return attributes;
  }
}
