package dev.shapecheck.engine;

/**
 * The catalogue of everything ShapeCheck reports, each with a stable tag printed as
 * {@code [ShapeCheck/Tag]} so users, IDE filters and documentation can refer to it.
 *
 * <p>Declaration kinds are found by the annotation processor while reading an interface; the
 * others by the engine. The README's error catalogue lists them all with an example each.
 */
public enum ErrorKind {
  // The declaration: what the processor finds before any shape is computed.
  NOT_AN_INTERFACE("NotAnInterface", "@Sequential is on a class, enum, record or annotation"),
  GENERIC_MODEL("GenericModel", "the model interface declares type parameters"),
  INACCESSIBLE_MODEL("InaccessibleModel", "the generated class could not implement the interface"),
  INHERITED_METHOD("InheritedMethod", "an abstract method is inherited from a superinterface"),
  NO_LAYERS("NoLayers", "the interface declares no layer method"),
  METHOD_HAS_PARAMETERS("MethodHasParameters", "a layer method of a Sequential model has parameters"),
  NOT_LAYER_RETURN_TYPE("NotLayerReturnType", "a layer method does not return Layer"),
  MISSING_LAYER_ANNOTATION("MissingLayerAnnotation", "an abstract method has no layer annotation"),
  MULTIPLE_LAYER_ANNOTATIONS("MultipleLayerAnnotations", "a method has two layer annotations"),
  LAYER_ON_CONCRETE_METHOD("LayerOnConcreteMethod", "a layer annotation is on a default, static or private method"),
  GENERATED_NAME_CLASH("GeneratedNameClash", "two models would generate the same class name"),
  RESERVED_NAME("ReservedName", "a layer method's name is one the generated class needs"),
  UNKNOWN_LAYER("UnknownLayer", "a layer annotation this engine does not know (mismatched jars)"),

  // The model as a whole.
  INVALID_MODEL_NAME("InvalidModelName", "the model name is not one Keras accepts"),
  INVALID_INPUT("InvalidInput", "the input shape is empty or has a size that is not positive"),
  INVALID_BATCH_SIZE("InvalidBatchSize", "the batch size is neither positive nor Shape.NONE"),

  // One layer's arguments, checked before any shape.
  INVALID_ARGUMENT("InvalidArgument", "an argument is out of range, of the wrong arity, or unknown"),
  CONFLICTING_ARGUMENTS("ConflictingArguments", "two arguments that Keras forbids together"),

  // Shapes flowing through the model.
  WRONG_RANK("WrongRank", "the incoming shape has the wrong number of dimensions"),
  KERNEL_TOO_LARGE("KernelTooLarge", "a convolution window does not fit its input"),
  POOL_TOO_LARGE("PoolTooLarge", "a pooling window does not fit its input"),
  UNKNOWN_DIMENSION("UnknownDimension", "a dimension the layer needs is unknown (None)"),
  CHANNELS_NOT_DIVISIBLE("ChannelsNotDivisible", "input channels do not split into the groups"),
  OUTPUT_TOO_LARGE("OutputTooLarge", "an output dimension exceeds 2^31 - 1"),
  PARAMETER_OVERFLOW("ParameterOverflow", "a parameter count exceeds a signed 64-bit integer"),

  /** A defect in ShapeCheck itself; the message carries the stack trace. */
  INTERNAL_ERROR("InternalError", "a bug in ShapeCheck; please report it with the message");

  private final String tag;
  private final String description;

  ErrorKind(String tag, String description) {
    this.tag = tag;
    this.description = description;
  }

  /** The stable tag, e.g. {@code KernelTooLarge}. */
  public String tag() {
    return tag;
  }

  /** What the kind means, one line, for the README's catalogue. */
  public String description() {
    return description;
  }

  /** The prefix every message of this kind starts with: {@code [ShapeCheck/KernelTooLarge]}. */
  public String prefix() {
    return "[ShapeCheck/" + tag + "]";
  }
}
