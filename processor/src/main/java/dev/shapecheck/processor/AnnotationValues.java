package dev.shapecheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Reads annotation attributes through mirrors (never {@code getAnnotation()}, which throws on
 * unresolved types) into the plain values the engine takes: {@code Integer}, {@code int[]}, {@code
 * Double}, {@code double[]}, {@code Boolean}, and {@code String} for text and enum constant names.
 */
final class AnnotationValues {
  private AnnotationValues() {}

  /** Every attribute of {@code mirror} with defaults applied, by attribute name. */
  static Map<String, Object> read(AnnotationMirror mirror, Elements elements) {
    Map<String, Object> values = new java.util.TreeMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      Object value = entry.getValue().accept(TO_PLAIN, null);
      if (isDoubleArray(entry.getKey()) && value instanceof int[]) {
        value = new double[0]; // an empty array: nothing in it says it holds doubles
      } else if (isDoubleArray(entry.getKey()) && value instanceof List) {
        value = doubles((List<?>) value);
      }
      if (value != null) {
        values.put(entry.getKey().getSimpleName().toString(), value);
      }
    }
    return values;
  }

  private static boolean isDoubleArray(ExecutableElement attribute) {
    TypeMirror type = attribute.getReturnType();
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.DOUBLE;
  }

  /**
   * A {@code double[]} attribute's elements as the engine takes them, or the list if not all are.
   */
  private static Object doubles(List<?> elements) {
    double[] values = new double[elements.size()];
    for (int i = 0; i < values.length; i++) {
      if (!(elements.get(i) instanceof Double)) {
        return elements;
      }
      values[i] = (Double) elements.get(i);
    }
    return values;
  }

  /** The attribute's value as written in source, or null when it is left to its default. */
  static AnnotationValue explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static final SimpleAnnotationValueVisitor14<Object, Void> TO_PLAIN =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        protected Object defaultAction(Object value, Void unused) {
          return null; // types and nested annotations: no layer argument has them
        }

        @Override
        public Object visitInt(int value, Void unused) {
          return value;
        }

        @Override
        public Object visitLong(long value, Void unused) {
          return value;
        }

        @Override
        public Object visitBoolean(boolean value, Void unused) {
          return value;
        }

        @Override
        public Object visitDouble(double value, Void unused) {
          return value;
        }

        @Override
        public Object visitString(String value, Void unused) {
          return value;
        }

        @Override
        public Object visitEnumConstant(VariableElement constant, Void unused) {
          return constant.getSimpleName().toString();
        }

        @Override
        public Object visitArray(List<? extends AnnotationValue> values, Void unused) {
          List<Object> elements = new ArrayList<>(values.size());
          boolean allInts = true;
          for (AnnotationValue value : values) {
            Object element = value.accept(this, null);
            allInts &= element instanceof Integer;
            elements.add(element);
          }
          if (!allInts) {
            return elements;
          }
          int[] ints = new int[elements.size()];
          for (int i = 0; i < ints.length; i++) {
            ints[i] = (Integer) elements.get(i);
          }
          return ints;
        }
      };
}
