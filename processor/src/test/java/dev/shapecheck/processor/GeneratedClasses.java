package dev.shapecheck.processor;

import com.google.testing.compile.Compilation;
import dev.shapecheck.Layer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compilation wrote to memory, to read generated constants as values. */
final class GeneratedClasses extends ClassLoader {
  private final Map<String, JavaFileObject> classes = new HashMap<>();

  private GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String binary =
            path.substring(
                    path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                    path.length() - ".class".length())
                .replace('/', '.');
        classes.put(binary, file);
      }
    }
  }

  /** The class {@code name} as compiled (generated or fixture). */
  static Class<?> load(Compilation compilation, String name) {
    try {
      return new GeneratedClasses(compilation).loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + name, e);
    }
  }

  /** A static field's value of the class {@code name}. */
  static Object field(Class<?> type, String field) {
    try {
      return type.getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Calls layer method {@code method} of a new instance of the generated class {@code model}, with
   * {@code parameters} null {@code Layer} arguments (an accessor ignores its arguments).
   */
  static Layer call(Class<?> model, String method, int parameters) {
    try {
      Class<?>[] types = new Class<?>[parameters];
      java.util.Arrays.fill(types, Layer.class);
      Object instance = model.getDeclaredConstructor().newInstance();
      return (Layer) model.getMethod(method, types).invoke(instance, new Object[parameters]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JavaFileObject file = classes.get(name);
    if (file == null) {
      throw new ClassNotFoundException(name);
    }
    try (InputStream in = file.openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
