package dev.shapecheck.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Computes a model's shapes and parameter counts with Keras's semantics, or says precisely why
 * Keras would reject it.
 *
 * <p>Checking runs in two passes. Every layer's arguments are validated first, independently, so
 * all argument errors of a model are reported together. Then shapes flow from the inputs through
 * the layers; a layer that cannot take its input is reported and the layers that depend on it are
 * not checked, since their input is unknown — one root cause, one error. Flow also stops, silently,
 * at a layer whose arguments were invalid.
 *
 * <p>A sequential model is checked as the chain Keras makes of it ({@link GraphConfig#sequential}),
 * by the one evaluator of every model.
 *
 * <p>This class knows nothing of compilers: the annotation processor is one client, tests and
 * run-time callers are others.
 */
public final class ShapeEngine {
  private ShapeEngine() {}

  /** Validates a sequential model's arguments and computes every shape and parameter count. */
  public static ModelCheck check(ModelConfig model) {
    return check(GraphConfig.sequential(model));
  }

  /**
   * Validates a model's graph and every layer's arguments, expands its block uses, and computes
   * every shape and parameter count; for a block, validates its graph and arguments only.
   */
  public static ModelCheck check(GraphConfig model) {
    return GraphEngine.check(model);
  }

  /**
   * Validates the model's input and each layer's arguments without computing shapes: for a
   * declaration that is already known to be incomplete, where shapes would only mislead.
   */
  public static ModelCheck checkArguments(ModelConfig model) {
    return checkArguments(GraphConfig.sequential(model));
  }

  /** Like {@link #checkArguments(ModelConfig)}, for a model of any kind (its connections too). */
  public static ModelCheck checkArguments(GraphConfig model) {
    return GraphEngine.checkArguments(model);
  }

  /**
   * The name Keras gives a model of class {@code typeName} when none is given ({@code
   * to_snake_case}): {@code MnistCnn} is {@code mnist_cnn}, {@code VGG16} is {@code vgg16}.
   */
  public static String defaultModelName(String typeName) {
    return KerasNames.toSnakeCase(typeName);
  }

  /**
   * {@code "; did you mean conv2?"} when one of {@code candidates} is close enough to {@code name}
   * to be what was meant, else empty: the hint the engine's own messages give, for adapters that
   * report mistakes in the declarations they read.
   */
  public static String didYouMean(String name, Collection<String> candidates) {
    return Suggestions.didYouMean(name, candidates);
  }

  /** The layer types the engine knows, by Keras class name (wrappers included). */
  public static Set<String> layerTypes() {
    return LayerCatalog.types();
  }

  /**
   * The layer types whose {@code KERAS2_JSON} is tf.keras 2's own form ({@code get_config} keys
   * declared with {@code keras2}); the others are written in the legacy base form only.
   */
  public static Set<String> keras2LayerTypes() {
    Set<String> types = new java.util.TreeSet<>();
    for (String type : LayerCatalog.types()) {
      if (LayerCatalog.keras2Keys(type) != null) {
        types.add(type);
      }
    }
    return java.util.Collections.unmodifiableSet(types);
  }

  /**
   * Keras's short names for layer types ({@code Convolution2D}, {@code MaxPool2D}, ...), each with
   * the type Keras builds from it: annotations read as that type.
   */
  public static Map<String, String> layerAliases() {
    return LayerCatalog.aliases();
  }

  /**
   * The wrapper types ({@code Bidirectional}, {@code TimeDistributed}): annotations that go on a
   * method beside the annotation of the layer they wrap.
   */
  public static Set<String> wrapperTypes() {
    return LayerCatalog.wrapperTypes();
  }
}
