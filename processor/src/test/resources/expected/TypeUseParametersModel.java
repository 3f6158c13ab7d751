package test;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The ShapeCheck model of {@link TypeUseParameters}: shapes and parameter counts computed at compile
 * time with Keras semantics.
 *
 * <pre>
 * Model: "type_use_parameters"
 * __________________________________________________________________________________________________
 * Layer (type)                    Output Shape         Param #     Connected to                     
 * ==================================================================================================
 * x (InputLayer)                  [(None, 8)]          0                                            
 * __________________________________________________________________________________________________
 * d (Dense)                       (None, 8)            72          x[0][0]                          
 * __________________________________________________________________________________________________
 * sum (Add)                       (None, 8)            0           x[0][0]                          
 *                                                                  d[0][0]                          
 * ==================================================================================================
 * Total params: 72
 * Trainable params: 72
 * Non-trainable params: 0
 * __________________________________________________________________________________________________
 * </pre>
 */
@Generated("dev.shapecheck.processor.ShapeCheckProcessor")
public final class TypeUseParametersModel implements TypeUseParameters {
  /**
   * All weights: Keras's "Total params".
   */
  public static final long TOTAL_PARAMS = 72L;

  /**
   * Keras's "Trainable params".
   */
  public static final long TRAINABLE_PARAMS = 72L;

  /**
   * Keras's "Non-trainable params".
   */
  public static final long NON_TRAINABLE_PARAMS = 0L;

  /**
   * Multiply-accumulates for one sample (-1 if they depend on an unknown dimension).
   */
  public static final long TOTAL_MACS = 64L;

  /**
   * Bytes of all weights as float32.
   */
  public static final long PARAM_BYTES = 288L;

  /**
   * Bytes of all layer outputs for one sample (-1 with an unknown dimension).
   */
  public static final long ACTIVATION_BYTES = 96L;

  /**
   * The shape of the model's first input: {@code (None, 8)}.
   */
  public static final Shape INPUT_SHAPE = Shape.of(8);

  /**
   * The shape of the model's first output: {@code (None, 8)}.
   */
  public static final Shape OUTPUT_SHAPE = Shape.of(8);

  /**
   * Every layer with its shapes, inbound layers and parameter counts.
   */
  public static final ModelSummary SUMMARY = ModelSummary.functional("type_use_parameters", List.of(
      Layer.input("x", Shape.of(8)),
      Layer.connected("d", "Dense", List.of(Shape.of(8)), List.of("x"), Shape.of(8), 72L, 0L, 64L),
      Layer.connected("sum", "Add", List.of(Shape.of(8), Shape.of(8)), List.of("x", "d"), Shape.of(8), 0L, 0L, 0L)),
  List.of("sum"), DType.FLOAT32);

  /**
   * The model as Keras 3's {@code model.to_json()}, {@code Functional}:
   * {@code keras.models.model_from_json(KERAS_JSON)} builds it with Keras 3.
   */
  public static final String KERAS_JSON = "{\"module\": \"keras.src.models.functional\", \"class_name\": \"Functional\", \"config\": {\"name\": \"type_use_parameters\", \"trainable\": true, \"layers\": ["
      + "{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"x\", \"optional\": false}, \"registered_name\": null, \"name\": \"x\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 8, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 8]}, \"name\": \"d\", \"inbound_nodes\": [{\"args\": [{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"x\", 0, 0]}}], \"kwargs\": {}}]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"sum\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 8], [null, 8]]}, \"name\": \"sum\", \"inbound_nodes\": [{\"args\": [[{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"x\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"d\", 0, 0]}}]], \"kwargs\": {}}]}"
      + "], \"input_layers\": [\"x\", 0, 0], \"output_layers\": [\"sum\", 0, 0]}, \"registered_name\": \"Functional\", \"build_config\": {\"input_shape\": null}, \"compile_config\": {}}";

  /**
   * The model as tf.keras 2's {@code model.to_json()}, {@code Functional} (Keras 3 reads {@code KERAS_JSON}):
   * {@code tf.keras.models.model_from_json(KERAS2_JSON)} builds it with tf.keras 2,
   * {@code tf.models.modelFromJSON(JSON.parse(KERAS2_JSON))} with TensorFlow.js.
   */
  public static final String KERAS2_JSON = "{\"class_name\": \"Functional\", \"config\": {\"name\": \"type_use_parameters\", \"trainable\": true, \"layers\": ["
      + "{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"x\", \"optional\": false}, \"registered_name\": null, \"name\": \"x\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 8, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 8]}, \"name\": \"d\", \"inbound_nodes\": [[[\"x\", 0, 0, {}]]]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"sum\", \"trainable\": true, \"dtype\": \"float32\"}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 8], [null, 8]]}, \"name\": \"sum\", \"inbound_nodes\": [[[\"x\", 0, 0, {}], [\"d\", 0, 0, {}]]]}"
      + "], \"input_layers\": [[\"x\", 0, 0]], \"output_layers\": [[\"sum\", 0, 0]]}, \"keras_version\": \"2.21.0\", \"backend\": \"tensorflow\"}";

  /**
   * The Keras {@code model.summary()} table of this model.
   */
  public static String summary() {
    return SUMMARY.toString();
  }

  /**
   * InputLayer: (None, 8), 0 params, 0 MACs.
   */
  public Layer x() {
    return SUMMARY.layers().get(0);
  }

  /**
   * Dense: (None, 8), 72 params, 64 MACs.
   */
  public Layer d(Layer x) {
    return SUMMARY.layers().get(1);
  }

  /**
   * Add: (None, 8), 0 params, 0 MACs.
   */
  public Layer sum(Layer x, Layer d) {
    return SUMMARY.layers().get(2);
  }
}
