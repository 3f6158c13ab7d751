package dev.shapecheck.engine;

/**
 * The catalogue of everything ShapeCheck reports, each with a stable tag printed as {@code
 * [ShapeCheck/Tag]} so users, IDE filters and documentation can refer to it.
 *
 * <p>Declaration kinds are found by the annotation processor while reading an interface; the others
 * by the engine. The README's error catalogue lists them all with an example each.
 */
public enum ErrorKind {
  // The declaration: what the processor finds before any shape is computed.
  NOT_AN_INTERFACE("NotAnInterface", "@Sequential is on a class, enum, record or annotation"),
  CONFLICTING_MODEL_ANNOTATIONS(
      "ConflictingModelAnnotations",
      "an interface carries more than one of @Sequential, @Functional and @Block"),
  LAYER_OUTSIDE_MODEL(
      "LayerOutsideModel",
      "a layer annotation in a type that is no @Sequential, @Functional or @Block interface"),
  GENERIC_MODEL("GenericModel", "the model interface declares type parameters"),
  INACCESSIBLE_MODEL("InaccessibleModel", "the generated class could not implement the interface"),
  INHERITED_METHOD("InheritedMethod", "an abstract method is inherited from a superinterface"),
  NO_LAYERS("NoLayers", "the interface declares no layer method"),
  METHOD_HAS_PARAMETERS(
      "MethodHasParameters", "a layer method of a Sequential model has parameters"),
  NOT_LAYER_RETURN_TYPE("NotLayerReturnType", "a layer method does not return Layer"),
  MISSING_LAYER_ANNOTATION("MissingLayerAnnotation", "an abstract method has no layer annotation"),
  MULTIPLE_LAYER_ANNOTATIONS("MultipleLayerAnnotations", "a method has two layer annotations"),
  LAYER_ON_CONCRETE_METHOD(
      "LayerOnConcreteMethod", "a layer annotation is on a default, static or private method"),
  GENERATED_NAME_CLASH("GeneratedNameClash", "two models would generate the same class name"),
  RESERVED_NAME("ReservedName", "a layer method's name is one the generated class needs"),
  DUPLICATE_NAME("DuplicateName", "two members of a Functional model or Block share a method name"),
  UNKNOWN_LAYER("UnknownLayer", "a layer annotation this engine does not know (mismatched jars)"),

  // The model as a whole.
  INVALID_MODEL_NAME("InvalidModelName", "the model name is not one Keras accepts"),
  INVALID_INPUT("InvalidInput", "the input shape is empty or has a size that is not positive"),
  INVALID_BATCH_SIZE("InvalidBatchSize", "the batch size is neither positive nor Shape.NONE"),

  // One layer's arguments, checked before any shape.
  INVALID_ARGUMENT(
      "InvalidArgument", "an argument is out of range, of the wrong arity, or unknown"),
  CONFLICTING_ARGUMENTS("ConflictingArguments", "two arguments that Keras forbids together"),

  // Shapes flowing through the model.
  WRONG_RANK("WrongRank", "the incoming shape has the wrong number of dimensions"),
  KERNEL_TOO_LARGE("KernelTooLarge", "a convolution window does not fit its input"),
  POOL_TOO_LARGE("PoolTooLarge", "a pooling window does not fit its input"),
  UNKNOWN_DIMENSION("UnknownDimension", "a dimension the layer needs is unknown (None)"),
  CHANNELS_NOT_DIVISIBLE("ChannelsNotDivisible", "input channels do not split into the groups"),
  OUTPUT_TOO_LARGE("OutputTooLarge", "an output dimension exceeds 2^31 - 1"),
  WRONG_CHANNELS(
      "WrongChannels", "a layer needs a number of channels its input does not have (RGB: 3)"),
  PARAMETER_OVERFLOW("ParameterOverflow", "a parameter count exceeds a signed 64-bit integer"),
  WRONG_DTYPE("WrongDtype", "a layer gets strings where it takes numbers, or the reverse"),

  // Functional graphs: how layers, inputs and blocks are connected.
  NO_INBOUND("NoInbound", "a layer method of a Functional model or Block names no inbound layer"),
  UNKNOWN_INBOUND("UnknownInbound", "a parameter names no input or earlier layer"),
  FORWARD_REFERENCE("ForwardReference", "a parameter names a later layer (a cycle is impossible)"),
  WRONG_INPUT_COUNT(
      "WrongInputCount", "a layer or block receives more or fewer inputs than it takes"),
  INCOMPATIBLE_INPUTS("IncompatibleInputs", "the shapes a merge layer receives cannot be merged"),
  INVALID_OUTPUTS("InvalidOutputs", "outputs names an unknown or repeated layer"),
  INVALID_BLOCK_USE(
      "InvalidBlockUse",
      "@Apply names no block, repeats a block that cannot chain, or feeds the wrong shape"),
  INVALID_OVERRIDE(
      "InvalidOverride", "an @Apply(set) entry names no layer or attribute, or has a bad value"),
  BLOCK_CYCLE("BlockCycle", "a block applies itself, directly or through other blocks"),
  INVALID_LAYER_NAME(
      "InvalidLayerName",
      "a layer's Keras name (from @Block(names), @Name or a method) is invalid or not unique"),
  NO_SUCH_OUTPUT(
      "NoSuchOutput", "@From(output) names an output the layer does not have (it has fewer)"),
  INITIAL_STATE_MISMATCH(
      "InitialStateMismatch",
      "a recurrent layer's initial states are not as many, or not the shapes, of its states"),
  // Recurrent cells (@SimpleRNNCell, @LSTMCell, @GRUCell), which only @RNN runs.
  CELL_WITHOUT_RNN(
      "CellWithoutRnn", "a recurrent cell annotation without @RNN beside it, used as a layer"),
  // keras.ops operations (@ScalarOp).
  OPERATION_IN_SEQUENTIAL(
      "OperationInSequential",
      "a keras.ops operation (@ScalarOp) in a Sequential model, which takes only layers"),
  // Layers whose call returns their input tensor (Equalization).
  RETURNS_ITS_INPUT(
      "ReturnsItsInput",
      "an Equalization anywhere but first in a Sequential model, followed by a layer: Keras fails"
          + " to build the model (a cycle) or leaves the layer out"),

  // Design constraints the user declared: expectations and budgets.
  OUTPUT_MISMATCH("OutputMismatch", "the final shape differs from @Sequential(expectOutput)"),
  SHAPE_MISMATCH("ShapeMismatch", "a layer's output differs from its @ExpectShape"),
  BUDGET_EXCEEDED("BudgetExceeded", "the model exceeds maxParams, maxMacs or maxParamBytes"),
  INVALID_CONSTRAINT("InvalidConstraint", "an expectation or budget that can never hold"),

  // Warnings: valid models that are probably not what was meant.
  DROPPED_INPUT(
      "DroppedInput",
      "VALID pooling or strided convolution silently drops rows or columns",
      Severity.WARNING),
  PARAMETER_EXPLOSION(
      "ParameterExplosion",
      "one Dense or Flatten-fed layer holds most of the model's weights",
      Severity.WARNING),
  SOFTMAX_NOT_LAST("SoftmaxNotLast", "softmax anywhere but the last layer", Severity.WARNING),
  DROPOUT_LAST("DropoutLast", "a dropout or noise layer as the last layer", Severity.WARNING),
  REDUNDANT_ACTIVATION(
      "RedundantActivation", "an activation that repeats the one just applied", Severity.WARNING),

  UNUSED_LAYER(
      "UnusedLayer", "a functional layer whose output reaches no output", Severity.WARNING),
  UNUSED_INPUT("UnusedInput", "a functional input that no layer consumes", Severity.WARNING),
  NO_MODEL_CLASS(
      "NoModelClass",
      "a @Sequential without input that no @Apply of the compilation nests: it gets no class",
      Severity.WARNING),

  // The compilation itself.
  INVALID_OPTION("InvalidOption", "a -Ashapecheck.* processor option with a bad value"),

  /** A defect in ShapeCheck itself; the message carries the stack trace. */
  INTERNAL_ERROR("InternalError", "a bug in ShapeCheck; please report it with the message");

  /** Whether a kind stops generation (an error) or only informs (a warning). */
  public enum Severity {
    ERROR,
    WARNING
  }

  private final String tag;
  private final String description;
  private final Severity severity;

  ErrorKind(String tag, String description) {
    this(tag, description, Severity.ERROR);
  }

  ErrorKind(String tag, String description, Severity severity) {
    this.tag = tag;
    this.description = description;
    this.severity = severity;
  }

  /** Errors fail the compilation; warnings do not, and can be suppressed. */
  public Severity severity() {
    return severity;
  }

  /** Whether this kind is a warning, silenced by {@code @SuppressWarnings("shapecheck:<tag>")}. */
  public boolean isWarning() {
    return severity == Severity.WARNING;
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
