package dev.shapecheck.engine;

import dev.shapecheck.DType;
import java.util.List;

/**
 * The checks of a model's own attributes that sequential and functional models share: its name and
 * its dtype. One place, so both kinds of model are held to the same rules and messages.
 */
final class ModelDeclaration {
  private ModelDeclaration() {}

  /** Reports a name Keras would reject (empty, or with a '/', which Keras uses for scopes). */
  static void checkName(String name, Findings findings) {
    if (name.isEmpty() || name.contains("/")) {
      findings.model(
          ErrorKind.INVALID_MODEL_NAME,
          "name",
          "name = " + KerasNames.quoted(name) + " is not a valid Keras model name",
          "use a non-empty name without '/', e.g. \"mnist_cnn\"");
    }
  }

  /** The dtype named {@code dtype}; float32 after reporting a name this engine does not know. */
  static DType dtype(String dtype, Findings findings) {
    for (DType known : DType.values()) {
      if (known.name().equals(dtype)) {
        return known;
      }
    }
    findings.model(
        ErrorKind.INVALID_ARGUMENT,
        "dtype",
        "dtype = DType." + dtype + " is unknown to this engine",
        List.of(
            "hint: the runtime and processor jars differ in version; use the same ShapeCheck"
                + " version for both"));
    return DType.FLOAT32;
  }
}
