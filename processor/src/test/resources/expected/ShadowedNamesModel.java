package shadows;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The ShapeCheck model of {@link ShadowedNames}: shapes and parameter counts computed at compile
 * time with Keras semantics.
 *
 * <pre>
 * Model: "shadowed_names"
 * _________________________________________________________________
 * Layer (type)                 Output Shape              Param #   
 * =================================================================
 * dense (Dense)                (None, 2)                 18        
 * =================================================================
 * Total params: 18
 * Trainable params: 18
 * Non-trainable params: 0
 * _________________________________________________________________
 * </pre>
 */
@Generated("dev.shapecheck.processor.ShapeCheckProcessor")
public final class ShadowedNamesModel implements ShadowedNames {
  /**
   * All weights: Keras's "Total params".
   */
  public static final long TOTAL_PARAMS = 18L;

  /**
   * Keras's "Trainable params".
   */
  public static final long TRAINABLE_PARAMS = 18L;

  /**
   * Keras's "Non-trainable params".
   */
  public static final long NON_TRAINABLE_PARAMS = 0L;

  /**
   * Multiply-accumulates for one sample (-1 if they depend on an unknown dimension).
   */
  public static final long TOTAL_MACS = 16L;

  /**
   * Bytes of all weights as float32.
   */
  public static final long PARAM_BYTES = 72L;

  /**
   * Bytes of all layer outputs for one sample (-1 with an unknown dimension).
   */
  public static final long ACTIVATION_BYTES = 8L;

  /**
   * The shape of the model's input: {@code (None, 8)}.
   */
  public static final dev.shapecheck.Shape INPUT_SHAPE = dev.shapecheck.Shape.of(8);

  /**
   * The shape of the model's output: {@code (None, 2)}.
   */
  public static final dev.shapecheck.Shape OUTPUT_SHAPE = dev.shapecheck.Shape.of(2);

  /**
   * Every layer with its shapes and parameter counts, and the totals.
   */
  public static final ModelSummary SUMMARY = ModelSummary.of("shadowed_names", INPUT_SHAPE, List.of(
      Layer.of("dense", "Dense", INPUT_SHAPE, dev.shapecheck.Shape.of(2), 18L, 0L, 16L)), DType.FLOAT32);

  /**
   * The model as Keras 3's {@code model.to_json()}, {@code Sequential}:
   * {@code keras.models.model_from_json(KERAS_JSON)} builds it with Keras 3.
   */
  public static final java.lang.String KERAS_JSON = "{\"module\": \"keras\", \"class_name\": \"Sequential\", \"config\": {\"name\": \"shadowed_names\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"input_layer\", \"optional\": false}, \"registered_name\": null}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"dense\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 2, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 8]}}"
      + "], \"build_input_shape\": [null, 8]}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 8]}, \"compile_config\": {}}";

  /**
   * The model as tf.keras 2's {@code model.to_json()}, {@code Sequential} (Keras 3 reads {@code KERAS_JSON}):
   * {@code tf.keras.models.model_from_json(KERAS2_JSON)} builds it with tf.keras 2,
   * {@code tf.models.modelFromJSON(JSON.parse(KERAS2_JSON))} with TensorFlow.js.
   */
  public static final java.lang.String KERAS2_JSON = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"shadowed_names\", \"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"dense_input\", \"optional\": false}, \"registered_name\": null}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"dense\", \"trainable\": true, \"dtype\": \"float32\", \"batch_input_shape\": [null, 8], \"units\": 2, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 8]}}"
      + "]}, \"keras_version\": \"2.21.0\", \"backend\": \"tensorflow\"}";

  /**
   * The Keras {@code model.summary()} table of this model.
   */
  public static java.lang.String summary() {
    return SUMMARY.toString();
  }

  /**
   * Dense: (None, 2), 18 params, 16 MACs.
   */
  public Layer dense() {
    return SUMMARY.layers().get(0);
  }
}
