package dev.shapecheck.engine;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

/** Reads a layer annotation's declared defaults by reflection, in the engine's value forms. */
final class AnnotationDefaults {
  static final String LAYERS_PACKAGE = "dev.shapecheck.layers.";

  private AnnotationDefaults() {}

  static Map<String, Object> over(String type, Map<String, Object> explicit) {
    Map<String, Object> values = new TreeMap<>();
    try {
      for (Method attribute : Class.forName(LAYERS_PACKAGE + type).getDeclaredMethods()) {
        Object value = attribute.getDefaultValue();
        if (value instanceof Enum) {
          value = ((Enum<?>) value).name();
        }
        if (value != null) {
          values.put(attribute.getName(), value);
        }
      }
    } catch (ClassNotFoundException unknownType) {
      // no defaults: the engine reports the type as unknown
    }
    values.putAll(explicit);
    return values;
  }
}
