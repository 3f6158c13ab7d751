package test;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The ShapeCheck model of {@link WideParameters}: shapes and parameter counts computed at compile
 * time with Keras semantics.
 *
 * <pre>
 * Model: "wide_parameters"
 * __________________________________________________________________________________________________
 * Layer (type)                    Output Shape         Param #     Connected to                     
 * ==================================================================================================
 * a1234567 (InputLayer)           [(None, 8)]          0                                            
 * __________________________________________________________________________________________________
 * b1234567 (InputLayer)           [(None, 8)]          0                                            
 * __________________________________________________________________________________________________
 * c1234567 (InputLayer)           [(None, 8)]          0                                            
 * __________________________________________________________________________________________________
 * d1234567 (InputLayer)           [(None, 8)]          0                                            
 * __________________________________________________________________________________________________
 * e1234567 (InputLayer)           [(None, 8)]          0                                            
 * __________________________________________________________________________________________________
 * sum (Add)                       (None, 8)            0           a1234567[0][0]                   
 *                                                                  b1234567[0][0]                   
 *                                                                  c1234567[0][0]                   
 *                                                                  d1234567[0][0]                   
 *                                                                  e1234567[0][0]                   
 * __________________________________________________________________________________________________
 * summmmmmmmmmmmmmmmmmm (Add)     (None, 8)            0           a1234567[0][0]                   
 *                                                                  b1234567[0][0]                   
 *                                                                  c1234567[0][0]                   
 *                                                                  d1234567[0][0]                   
 *                                                                  sum[0][0]                        
 * ==================================================================================================
 * Total params: 0
 * Trainable params: 0
 * Non-trainable params: 0
 * __________________________________________________________________________________________________
 * </pre>
 */
@Generated("dev.shapecheck.processor.ShapeCheckProcessor")
public final class WideParametersModel implements WideParameters {
  /**
   * All weights: Keras's "Total params".
   */
  public static final long TOTAL_PARAMS = 0L;

  /**
   * Keras's "Trainable params".
   */
  public static final long TRAINABLE_PARAMS = 0L;

  /**
   * Keras's "Non-trainable params".
   */
  public static final long NON_TRAINABLE_PARAMS = 0L;

  /**
   * Multiply-accumulates for one sample (-1 if they depend on an unknown dimension).
   */
  public static final long TOTAL_MACS = 0L;

  /**
   * Bytes of all weights as float32.
   */
  public static final long PARAM_BYTES = 0L;

  /**
   * Bytes of all layer outputs for one sample (-1 with an unknown dimension).
   */
  public static final long ACTIVATION_BYTES = 224L;

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
  public static final ModelSummary SUMMARY = ModelSummary.functional("wide_parameters", List.of(
      Layer.input("a1234567", Shape.of(8)),
      Layer.input("b1234567", Shape.of(8)),
      Layer.input("c1234567", Shape.of(8)),
      Layer.input("d1234567", Shape.of(8)),
      Layer.input("e1234567", Shape.of(8)),
      Layer.connected("sum", "Add", List.of(Shape.of(8), Shape.of(8), Shape.of(8), Shape.of(8), Shape.of(8)), List.of("a1234567", "b1234567", "c1234567", "d1234567", "e1234567"), Shape.of(8), 0L, 0L, 0L),
      Layer.connected("summmmmmmmmmmmmmmmmmm", "Add", List.of(Shape.of(8), Shape.of(8), Shape.of(8), Shape.of(8), Shape.of(8)), List.of("a1234567", "b1234567", "c1234567", "d1234567", "sum"), Shape.of(8), 0L, 0L, 0L)),
  List.of("summmmmmmmmmmmmmmmmmm"), DType.FLOAT32);

  /**
   * The model as Keras 3's {@code model.to_json()}, {@code Functional}:
   * {@code keras.models.model_from_json(KERAS_JSON)} builds it with Keras 3.
   */
  public static final String KERAS_JSON = "{\"module\": \"keras.src.models.functional\", \"class_name\": \"Functional\", \"config\": {\"name\": \"wide_parameters\", \"trainable\": true, \"layers\": ["
      + "{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"a1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"a1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"b1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"b1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"c1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"c1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"d1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"d1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"e1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"e1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"sum\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 8], [null, 8], [null, 8], [null, 8], [null, 8]]}, \"name\": \"sum\", \"inbound_nodes\": [{\"args\": [[{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"a1234567\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"b1234567\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"c1234567\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"d1234567\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"e1234567\", 0, 0]}}]], \"kwargs\": {}}]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"summmmmmmmmmmmmmmmmmm\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 8], [null, 8], [null, 8], [null, 8], [null, 8]]}, \"name\": \"summmmmmmmmmmmmmmmmmm\", \"inbound_nodes\": [{\"args\": [[{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"a1234567\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"b1234567\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"c1234567\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"d1234567\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"sum\", 0, 0]}}]], \"kwargs\": {}}]}"
      + "], \"input_layers\": [[\"a1234567\", 0, 0], [\"b1234567\", 0, 0], [\"c1234567\", 0, 0], [\"d1234567\", 0, 0], [\"e1234567\", 0, 0]], \"output_layers\": [\"summmmmmmmmmmmmmmmmmm\", 0, 0]}, \"registered_name\": \"Functional\", \"build_config\": {\"input_shape\": null}, \"compile_config\": {}}";

  /**
   * The model as tf.keras 2's {@code model.to_json()}, {@code Functional} (Keras 3 reads {@code KERAS_JSON}):
   * {@code tf.keras.models.model_from_json(KERAS2_JSON)} builds it with tf.keras 2,
   * {@code tf.models.modelFromJSON(JSON.parse(KERAS2_JSON))} with TensorFlow.js.
   */
  public static final String KERAS2_JSON = "{\"class_name\": \"Functional\", \"config\": {\"name\": \"wide_parameters\", \"trainable\": true, \"layers\": ["
      + "{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"a1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"a1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"b1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"b1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"c1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"c1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"d1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"d1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"e1234567\", \"optional\": false}, \"registered_name\": null, \"name\": \"e1234567\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"sum\", \"trainable\": true, \"dtype\": \"float32\"}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 8], [null, 8], [null, 8], [null, 8], [null, 8]]}, \"name\": \"sum\", \"inbound_nodes\": [[[\"a1234567\", 0, 0, {}], [\"b1234567\", 0, 0, {}], [\"c1234567\", 0, 0, {}], [\"d1234567\", 0, 0, {}], [\"e1234567\", 0, 0, {}]]]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"summmmmmmmmmmmmmmmmmm\", \"trainable\": true, \"dtype\": \"float32\"}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 8], [null, 8], [null, 8], [null, 8], [null, 8]]}, \"name\": \"summmmmmmmmmmmmmmmmmm\", \"inbound_nodes\": [[[\"a1234567\", 0, 0, {}], [\"b1234567\", 0, 0, {}], [\"c1234567\", 0, 0, {}], [\"d1234567\", 0, 0, {}], [\"sum\", 0, 0, {}]]]}"
      + "], \"input_layers\": [[\"a1234567\", 0, 0], [\"b1234567\", 0, 0], [\"c1234567\", 0, 0], [\"d1234567\", 0, 0], [\"e1234567\", 0, 0]], \"output_layers\": [[\"summmmmmmmmmmmmmmmmmm\", 0, 0]]}, \"keras_version\": \"2.21.0\", \"backend\": \"tensorflow\"}";

  /**
   * The Keras {@code model.summary()} table of this model.
   */
  public static String summary() {
    return SUMMARY.toString();
  }

  /**
   * InputLayer: (None, 8), 0 params, 0 MACs.
   */
  public Layer a1234567() {
    return SUMMARY.layers().get(0);
  }

  /**
   * InputLayer: (None, 8), 0 params, 0 MACs.
   */
  public Layer b1234567() {
    return SUMMARY.layers().get(1);
  }

  /**
   * InputLayer: (None, 8), 0 params, 0 MACs.
   */
  public Layer c1234567() {
    return SUMMARY.layers().get(2);
  }

  /**
   * InputLayer: (None, 8), 0 params, 0 MACs.
   */
  public Layer d1234567() {
    return SUMMARY.layers().get(3);
  }

  /**
   * InputLayer: (None, 8), 0 params, 0 MACs.
   */
  public Layer e1234567() {
    return SUMMARY.layers().get(4);
  }

  /**
   * Add: (None, 8), 0 params, 0 MACs.
   */
  public Layer sum(Layer a1234567, Layer b1234567, Layer c1234567, Layer d1234567, Layer e1234567) {
    return SUMMARY.layers().get(5);
  }

  /**
   * Add: (None, 8), 0 params, 0 MACs.
   */
  public Layer summmmmmmmmmmmmmmmmmm(Layer a1234567, Layer b1234567, Layer c1234567, Layer d1234567,
      Layer sum) {
    return SUMMARY.layers().get(6);
  }
}
