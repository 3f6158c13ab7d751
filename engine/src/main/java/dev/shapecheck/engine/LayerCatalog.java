package dev.shapecheck.engine;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every layer kind the engine knows, registered once, keyed by its annotation class: the parser
 * that validates its arguments and gives its spec, the annotation attributes Keras's {@code
 * get_config} writes in its order ({@link Keras2Json}), the whole of Keras 3's {@code get_config}
 * where it holds more than those ({@link KerasJson}), and the {@link LayerTrait}s rules ask. Each
 * family of layers registers itself from its own class; adding a layer means its annotation, its
 * spec and one registration line — nothing in the processor or in the rules changes.
 */
final class LayerCatalog {
  /** One kind of layer: what its registration line declares. */
  static final class Kind {
    final String type;
    final Function<Arguments, LayerSpec> parser;
    final List<String> configKeys;
    final Set<LayerTrait> traits = EnumSet.noneOf(LayerTrait.class);
    final boolean wrapper;
    private List<String> keras3Keys;
    private boolean builtAtInit;
    private boolean emptyBuildConfig;
    private List<String> keras3CallArguments = List.of();
    private Keras3Stored keras3Stored;
    private String kerasClassAttribute;
    private List<String> keras2Keys;
    private Keras3Stored keras2Stored;
    private List<String> keras3Positional;
    private Set<String> textAttributes = Set.of();
    private String summaryClass;
    private boolean wrapsWholeInput;
    private Function<LayerConfig, String> operationClass;

    private Kind(
        String type,
        Function<Arguments, LayerSpec> parser,
        List<String> configKeys,
        boolean wrapper) {
      this.type = type;
      this.parser = parser;
      this.configKeys = List.copyOf(configKeys);
      this.wrapper = wrapper;
    }

    /** Declares what rules may ask of this kind. */
    Kind traits(LayerTrait... traits) {
      this.traits.addAll(List.of(traits));
      return this;
    }

    /**
     * Declares every key of Keras 3's {@code get_config} of this kind, in its order, where it is
     * not {@code name trainable dtype} followed by the config keys: the keys of the attributes
     * (snake_case) and the arguments ShapeCheck does not model, which {@link KerasJson} writes with
     * Keras's defaults ({@link Keras3Defaults}). See {@link KerasJson} for the keys that are not
     * arguments ({@code layer}, {@code backward_layer}, {@code dtype:variable}).
     *
     * @param keys the keys separated by spaces, as Keras 3.15's {@code get_config} orders them
     */
    Kind keras3(String keys) {
      this.keras3Keys = List.of(keys.split(" "));
      return this;
    }

    /**
     * Declares that tf.keras 2 (tf_keras 2.21) writes this kind as {@code name trainable dtype}
     * followed by its attributes' keys (snake_case); see {@link #keras2(String)} for kinds whose
     * {@code get_config} holds more. A kind without either has no tf.keras 2 form yet: {@link
     * Keras2Json} writes its base form, which the conformance suite counts as not yet in tf.keras 2
     * form.
     */
    Kind keras2() {
      List<String> keys = new ArrayList<>(List.of("name", "trainable", "dtype"));
      for (String attribute : configKeys) {
        keys.add(KerasValues.key(attribute));
      }
      this.keras2Keys = List.copyOf(keys);
      return this;
    }

    /**
     * {@link #keras2()} where tf.keras 2's {@code get_config} holds more than {@code name trainable
     * dtype} and the attributes, or orders them otherwise: every key, in its order — {@code name
     * trainable dtype}, the attributes' keys (snake_case, or a tf.keras 2 name such as LeakyReLU's
     * {@code alpha}), {@code layer} for a wrapper's layer, and the arguments ShapeCheck does not
     * model, which {@link Keras2Json} writes with tf.keras 2's defaults ({@link Keras2Defaults}).
     *
     * @param keys the keys separated by spaces, as tf_keras 2.21's {@code get_config} orders them
     */
    Kind keras2(String keys) {
      this.keras2Keys = List.of(keys.split(" "));
      return this;
    }

    /**
     * Declares how tf.keras 2 stores arguments that its constructor or {@code build} changes
     * (float32 values, resolved axes, the RNN implementation), so that {@code get_config} writes
     * them changed: {@link Keras3Stored}'s contract, applied to the tf.keras 2 config.
     */
    Kind keras2Stored(Keras3Stored stored) {
      this.keras2Stored = stored;
      return this;
    }

    /**
     * Declares that Keras builds layers of this kind in their constructor ({@code
     * self._build_at_init()} or {@code self.built = True}): such a layer is never built on an
     * input, so Keras 3 writes no {@code build_config} for it.
     */
    Kind builtAtInit() {
      this.builtAtInit = true;
      return this;
    }

    /**
     * Declares that Keras 3 writes an empty {@code build_config} for layers of this kind (their
     * {@code get_build_config} returns {@code {}}: the lookup layers, built from their vocabulary).
     */
    Kind emptyBuildConfig() {
      this.emptyBuildConfig = true;
      return this;
    }

    /**
     * Declares the keyword arguments Keras 3's {@code Layer.__call__} adds to every call of a layer
     * of this kind, and so to the {@code kwargs} of its nodes in a functional model: {@code
     * "training"} where its {@code call} defaults {@code training} to {@code False} (Keras passes
     * that default on), {@code "mask"} where its {@code call} takes a mask (Keras passes the
     * input's mask).
     */
    Kind keras3Call(String... arguments) {
      this.keras3CallArguments = List.of(arguments);
      return this;
    }

    /**
     * Declares how Keras 3 stores arguments that its constructor or {@code build} changes, so that
     * {@code get_config} writes them changed.
     */
    Kind keras3Stored(Keras3Stored stored) {
      this.keras3Stored = stored;
      return this;
    }

    /**
     * Declares that the Keras class of a layer of this kind is the value of its text attribute
     * {@code attribute}: a user's own layer class ({@code @Custom(type = "LayerScale")}), which
     * summaries show under that name and the Keras JSON writes as a registered custom object.
     */
    Kind kerasClassFrom(String attribute) {
      this.kerasClassAttribute = attribute;
      return this;
    }

    /**
     * Declares that Keras 3 calls a layer of this kind with its inputs as positional arguments
     * ({@code mha(query, value, key)}) rather than one list, so that its {@code build_config} is a
     * {@code shapes_dict} keyed by {@code build}'s parameter names.
     *
     * @param shapeNames those names in order, separated by spaces ({@code "query_shape value_shape
     *     key_shape"}); a call with fewer inputs uses the first ones
     */
    Kind keras3Positional(String shapeNames) {
      this.keras3Positional = List.of(shapeNames.split(" "));
      return this;
    }

    /**
     * Declares the Python class name summaries show where it is not the exported name the
     * annotation and the Keras JSON use ({@code GroupQueryAttention} is class {@code
     * GroupedQueryAttention}).
     */
    Kind summaryClass(String className) {
      this.summaryClass = className;
      return this;
    }

    /**
     * Declares a wrapper whose layer Keras builds on the wrapper's own input ({@code
     * SpectralNormalization}), not on one time step of it as {@code TimeDistributed}'s.
     */
    Kind wrapsWholeInput() {
      this.wrapsWholeInput = true;
      return this;
    }

    /**
     * Declares a {@code keras.ops} operation rather than a layer ({@code x + 3.0}): Keras's summary
     * shows it under the class {@code operationClass} gives for its arguments, and {@link
     * KerasJson} writes it as Keras 3 serializes an operation (see {@link OperationLayers}).
     */
    Kind operation(Function<LayerConfig, String> operationClass) {
      this.operationClass = operationClass;
      return this;
    }
  }

  /**
   * What a Keras 3 layer's constructor or {@code build} makes of some of its arguments: changes the
   * config {@link KerasJson} writes, given the shape Keras builds the layer on.
   */
  @FunctionalInterface
  interface Keras3Stored {
    /**
     * @param config the layer's Keras 3 config so far, in Keras's value forms, changed in place
     * @param inputShape the input shape with its batch dimension, unknown dimensions null
     */
    void store(Map<String, Object> config, List<Object> inputShape);
  }

  private static final Map<String, Kind> KINDS = new TreeMap<>();

  /** Keras's short names ({@code Convolution2D}) by the class Keras builds from them. */
  private static final Map<String, String> ALIASES = new TreeMap<>();

  static {
    CoreLayers.register();
    ConvolutionLayers.register();
    PoolingLayers.register();
    NormalizationLayers.register();
    ShapingLayers.register();
    RecurrentLayers.register();
    MergeLayers.register();
    CustomLayers.register();
    PreprocessingLayers.register();
    CategoricalLayers.register();
    MelSpectrogramSpec.register();
    AttentionLayers.register();
    CatalogueLayers.register();
    KerasAliases.register();
    ColorAugmentationLayers.register();
    ConvLstmLayers.register();
    LookupLayers.register();
    StftSpectrogramSpec.register();
    OperationLayers.register();
    HistogramEqualizationLayers.register();
    HashedCrossingSpec.register();
    DtypeFlow.register(); // after every registration: it adds traits to registered kinds
  }

  private LayerCatalog() {}

  /**
   * Adds traits to a kind registered before: for {@link DtypeFlow}, which keeps what Keras does
   * with strings and integers in one place.
   */
  static void addTraits(Class<? extends Annotation> annotation, LayerTrait... traits) {
    addTraits(annotation.getSimpleName(), traits);
  }

  /** {@link #addTraits(Class, LayerTrait...)} by Keras class name. */
  static void addTraits(String type, LayerTrait... traits) {
    Kind kind = KINDS.get(type);
    if (kind == null) {
      throw new IllegalStateException(type + " is not registered");
    }
    kind.traits(traits);
  }

  /**
   * Registers a layer; called by the family classes.
   *
   * @param annotation the annotation users write; its simple name is the Keras class name
   * @param configKeys the attributes Keras's {@code get_config} writes, in its order
   */
  static Kind layer(
      Class<? extends Annotation> annotation,
      Function<Arguments, LayerSpec> parser,
      String... configKeys) {
    Kind kind = new Kind(annotation.getSimpleName(), parser, List.of(configKeys), false);
    kind.textAttributes = textAttributes(annotation);
    return add(kind);
  }

  /**
   * The attributes of {@code annotation} that are text ({@code String}), which Keras holds as
   * written: the processor hands the engine enum constants by name too, so only the annotation's
   * own declaration tells an equation ({@code "abc,cd->abd"}) from a constant ({@code SAME}).
   */
  private static Set<String> textAttributes(Class<? extends Annotation> annotation) {
    Set<String> text = new TreeSet<>();
    for (java.lang.reflect.Method attribute : annotation.getDeclaredMethods()) {
      if (attribute.getReturnType() == String.class) {
        text.add(attribute.getName());
      }
    }
    return Collections.unmodifiableSet(text);
  }

  /** Whether {@code attribute} of {@code type} is text, which Keras keeps as written. */
  static boolean isText(String type, String attribute) {
    Kind kind = KINDS.get(type);
    return kind != null && kind.textAttributes.contains(attribute);
  }

  /** Registers a wrapper, whose parser finds the wrapped layer in {@link Arguments#wrapped()}. */
  static Kind wrapper(
      Class<? extends Annotation> annotation,
      Function<Arguments, LayerSpec> parser,
      String... configKeys) {
    return add(new Kind(annotation.getSimpleName(), parser, List.of(configKeys), true));
  }

  /**
   * Registers an alias {@code keras.layers} exports for a registered kind ({@code Convolution2D}
   * for {@code Conv2D}): an annotation with the kind's attributes, read as the kind itself, since
   * Keras builds the same class from it.
   */
  static void alias(Class<? extends Annotation> alias, Class<? extends Annotation> kind) {
    String name = alias.getSimpleName();
    if (!KINDS.containsKey(kind.getSimpleName())) {
      throw new IllegalStateException("alias of an unregistered kind: " + name);
    }
    if (KINDS.containsKey(name) || ALIASES.put(name, kind.getSimpleName()) != null) {
      throw new IllegalStateException("registered twice: " + name);
    }
  }

  /** The kind {@code type} names: itself, or the kind an alias stands for. */
  static String canonical(String type) {
    return ALIASES.getOrDefault(type, type);
  }

  /** Every alias ({@link #alias}) with the kind it stands for. */
  static Map<String, String> aliases() {
    return Collections.unmodifiableMap(ALIASES);
  }

  private static Kind add(Kind kind) {
    if (KINDS.put(kind.type, kind) != null) {
      throw new IllegalStateException("registered twice: " + kind.type);
    }
    return kind;
  }

  static Set<String> types() {
    return Collections.unmodifiableSet(KINDS.keySet());
  }

  static Set<String> wrapperTypes() {
    Set<String> wrappers = new TreeSet<>();
    for (Kind kind : KINDS.values()) {
      if (kind.wrapper) {
        wrappers.add(kind.type);
      }
    }
    return Collections.unmodifiableSet(wrappers);
  }

  /** The parser for {@code type}, or null if the engine does not know it. */
  static Function<Arguments, LayerSpec> parser(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : kind.parser;
  }

  /** The attributes Keras's config of {@code type} holds, in order; null if unknown. */
  static List<String> configKeys(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : kind.configKeys;
  }

  /**
   * Every key of Keras 3's {@code get_config} of {@code type}, in order ({@link Kind#keras3}): by
   * default {@code name}, {@code trainable}, {@code dtype} and the config keys in snake_case. Null
   * if the type is unknown.
   */
  static List<String> keras3Keys(String type) {
    Kind kind = KINDS.get(type);
    if (kind == null) {
      return null;
    }
    if (kind.keras3Keys == null) {
      // Derived once, on first use (a benign race: every thread derives the same list).
      List<String> keys = new ArrayList<>(List.of("name", "trainable", "dtype"));
      for (String attribute : kind.configKeys) {
        keys.add(KerasValues.key(attribute));
      }
      kind.keras3Keys = List.copyOf(keys);
    }
    return kind.keras3Keys;
  }

  /** tf.keras 2's {@code get_config} keys of {@code type} ({@link Kind#keras2}); null: none. */
  static List<String> keras2Keys(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : kind.keras2Keys;
  }

  /**
   * How tf.keras 2 stores arguments of {@code type} ({@link Kind#keras2Stored}); null: as given.
   */
  static Keras3Stored keras2Stored(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : kind.keras2Stored;
  }

  /**
   * Whether Keras builds layers of {@code type} in their constructor ({@link Kind#builtAtInit}).
   */
  static boolean builtAtInit(String type) {
    Kind kind = KINDS.get(type);
    return kind != null && kind.builtAtInit;
  }

  /**
   * Whether Keras 3 writes {@code "build_config": {}} for {@code type} ({@link
   * Kind#emptyBuildConfig}).
   */
  static boolean emptyBuildConfig(String type) {
    Kind kind = KINDS.get(type);
    return kind != null && kind.emptyBuildConfig;
  }

  /** The keyword arguments Keras 3 adds to a call of {@code type} ({@link Kind#keras3Call}). */
  static List<String> keras3CallArguments(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? List.of() : kind.keras3CallArguments;
  }

  /** How Keras 3 stores arguments of {@code type} ({@link Kind#keras3Stored}); null: as given. */
  static Keras3Stored keras3Stored(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : kind.keras3Stored;
  }

  /**
   * The Keras class of {@code layer}, as summaries show it: its type, or for a user's own class
   * ({@link Kind#kerasClassFrom}) the class name it declares.
   */
  static String kerasClass(LayerConfig layer) {
    Kind kind = KINDS.get(layer.type());
    if (kind != null && kind.summaryClass != null) {
      return kind.summaryClass;
    }
    if (kind != null && kind.operationClass != null) {
      return kind.operationClass.apply(layer);
    }
    if (kind == null || kind.kerasClassAttribute == null) {
      return layer.type();
    }
    Object name = layer.argument(kind.kerasClassAttribute);
    return name instanceof String ? (String) name : layer.type();
  }

  /** Whether Keras builds the layer a wrapper of {@code type} wraps on the wrapper's input. */
  static boolean wrapsWholeInput(String type) {
    Kind kind = KINDS.get(type);
    return kind != null && kind.wrapsWholeInput;
  }

  /** Whether {@code type} is a user's own layer class ({@link Kind#kerasClassFrom}). */
  static boolean isCustomObject(String type) {
    Kind kind = KINDS.get(type);
    return kind != null && kind.kerasClassAttribute != null;
  }

  /** Whether layers of {@code type} have {@code trait}; false for an unknown type. */
  static boolean is(String type, LayerTrait trait) {
    Kind kind = KINDS.get(type);
    return kind != null && kind.traits.contains(trait);
  }

  /**
   * The names of {@code build}'s shape parameters of a kind Keras 3 calls with positional inputs
   * ({@link Kind#keras3Positional}); null for a kind called on one tensor or a list.
   */
  static List<String> keras3Positional(String type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : kind.keras3Positional;
  }

  /**
   * Whether {@code type} is a {@code keras.ops} operation, not a layer ({@link Kind#operation}).
   */
  static boolean isOperation(String type) {
    Kind kind = KINDS.get(type);
    return kind != null && kind.operationClass != null;
  }
}
