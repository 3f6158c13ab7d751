package dev.shapecheck.processor;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * How one generated file spells the few types it uses: the simple name with an import where that
 * is unambiguous, the qualified name where it is not, and the sorted import list.
 *
 * <p>A simple name is unambiguous unless the generated class would see another type of that name
 * first: a member type the model interface declares or inherits (it is in scope in the
 * implementing class), the model interface's own top-level name (it is referred to unqualified,
 * from the same package), or, for {@code java.lang} names, a type of the model's package (it hides
 * {@code java.lang}). These are the rules JavaPoet's {@code avoidClashesWithNestedClasses} and
 * {@code alwaysQualify} encoded for us before; the writer now spells names itself, see
 * {@link ModelClassWriter}.
 */
final class JavaNames {
  private final Set<String> taken;
  private final Set<String> imports = new TreeSet<>();
  private final String modelReference;

  /**
   * {@code javaLangHidden}: the {@code java.lang} simple names the model's package declares types
   * of; {@code generatedSimpleName}: the class being written.
   */
  JavaNames(TypeElement model, String generatedSimpleName, Set<String> javaLangHidden) {
    taken = new HashSet<>(javaLangHidden);
    collectMemberTypes(model, taken, new HashSet<>());
    taken.add(generatedSimpleName);
    String nested = nestedName(model, ".");
    int dot = nested.indexOf('.');
    String modelTopLevel = dot < 0 ? nested : nested.substring(0, dot);
    modelReference = taken.contains(modelTopLevel) ? model.getQualifiedName().toString() : nested;
    taken.add(modelTopLevel);
  }

  /** The model interface as the generated class writes it: {@code MnistCnn}, {@code Outer.Net}. */
  String model() {
    return modelReference;
  }

  /**
   * {@code qualifiedName} (a top-level type outside the model's package) as the code writes it,
   * importing it when its simple name is free.
   */
  String use(String qualifiedName) {
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    if (taken.contains(simple)) {
      return qualifiedName;
    }
    if (!qualifiedName.startsWith("java.lang.") || qualifiedName.indexOf('.', 10) >= 0) {
      imports.add(qualifiedName);
    }
    return simple;
  }

  /** The import lines, sorted as javac's own tools list them; empty if none. */
  String importLines() {
    StringBuilder lines = new StringBuilder();
    for (String name : imports) {
      lines.append("import ").append(name).append(";\n");
    }
    return lines.toString();
  }

  /** Member types of {@code type} and of all its supertypes, by simple name. */
  private static void collectMemberTypes(TypeElement type, Set<String> names, Set<String> seen) {
    if (!seen.add(type.getQualifiedName().toString())) {
      return;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind().isClass() || member.getKind().isInterface()) {
        names.add(member.getSimpleName().toString());
      }
    }
    collectSuper(type.getSuperclass(), names, seen);
    for (TypeMirror parent : type.getInterfaces()) {
      collectSuper(parent, names, seen);
    }
  }

  private static void collectSuper(TypeMirror parent, Set<String> names, Set<String> seen) {
    if (parent.getKind() == TypeKind.DECLARED) {
      Element element = ((DeclaredType) parent).asElement();
      if (element instanceof TypeElement) {
        collectMemberTypes((TypeElement) element, names, seen);
      }
    }
  }

  /**
   * The simple names from the top-level type down to {@code type}, joined by {@code separator}:
   * {@code Outer.Inner} as the same package sees it, {@code Outer_Inner} for a generated name.
   */
  static String nestedName(TypeElement type, String separator) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + separator);
    }
    return name.toString();
  }
}
