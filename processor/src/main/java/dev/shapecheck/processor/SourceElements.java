package dev.shapecheck.processor;

import com.sun.source.util.Trees;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Tells whether an element was read from source in this compilation, so that a message about it can
 * be placed on it: a message on an element from a class file has no line, and an IDE shows it
 * nowhere. Under compilers without javac's Trees API (ECJ) nothing counts as source, and callers
 * fall back to an element they know is.
 */
final class SourceElements {
  private SourceElements() {}

  static Predicate<Element> of(ProcessingEnvironment env) {
    try {
      Trees trees = Trees.instance(env);
      return element -> trees.getPath(element) != null;
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return element -> false;
    }
  }
}
