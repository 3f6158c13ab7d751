package test;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The ShapeCheck model of {@link TwoTowers}: shapes and parameter counts computed at compile
 * time with Keras semantics.
 *
 * <pre>
 * Model: "two_towers"
 * __________________________________________________________________________________________________
 * Layer (type)                    Output Shape         Param #     Connected to                     
 * ==================================================================================================
 * text (InputLayer)               [(None, 16)]         0                                            
 * __________________________________________________________________________________________________
 * textTower_dense (Dense)         (None, 16)           272         text[0][0]                       
 * __________________________________________________________________________________________________
 * meta (InputLayer)               [(None, 8)]          0                                            
 * __________________________________________________________________________________________________
 * textTower_out (Add)             (None, 16)           0           textTower_dense[0][0]            
 *                                                                  text[0][0]                       
 * __________________________________________________________________________________________________
 * SUMMARY (Dense)                 (None, 4)            36          meta[0][0]                       
 * __________________________________________________________________________________________________
 * joined (Concatenate)            (None, 20)           0           textTower_out[0][0]              
 *                                                                  SUMMARY[0][0]                    
 * __________________________________________________________________________________________________
 * score (Dense)                   (None, 1)            21          joined[0][0]                     
 * ==================================================================================================
 * Total params: 329
 * Trainable params: 329
 * Non-trainable params: 0
 * __________________________________________________________________________________________________
 * </pre>
 */
@Generated("dev.shapecheck.processor.ShapeCheckProcessor")
public final class TwoTowersModel implements TwoTowers {
  /**
   * All weights: Keras's "Total params".
   */
  public static final long TOTAL_PARAMS = 329L;

  /**
   * Keras's "Trainable params".
   */
  public static final long TRAINABLE_PARAMS = 329L;

  /**
   * Keras's "Non-trainable params".
   */
  public static final long NON_TRAINABLE_PARAMS = 0L;

  /**
   * Multiply-accumulates for one sample (-1 if they depend on an unknown dimension).
   */
  public static final long TOTAL_MACS = 308L;

  /**
   * Bytes of all weights as float32.
   */
  public static final long PARAM_BYTES = 1316L;

  /**
   * Bytes of all layer outputs for one sample (-1 with an unknown dimension).
   */
  public static final long ACTIVATION_BYTES = 324L;

  /**
   * The shape of the model's first input: {@code (None, 16)}.
   */
  public static final Shape INPUT_SHAPE = Shape.of(16);

  /**
   * The shape of the model's first output: {@code (None, 1)}.
   */
  public static final Shape OUTPUT_SHAPE = Shape.of(1);

  /**
   * Every layer with its shapes, inbound layers and parameter counts.
   */
  public static final ModelSummary SUMMARY = ModelSummary.functional("two_towers", List.of(
      Layer.input("text", Shape.of(16)),
      Layer.input("meta", Shape.of(8)),
      Layer.connected("textTower_dense", "Dense", List.of(Shape.of(16)), List.of("text"), Shape.of(16), 272L, 0L, 256L),
      Layer.connected("textTower_out", "Add", List.of(Shape.of(16), Shape.of(16)), List.of("textTower_dense", "text"), Shape.of(16), 0L, 0L, 0L),
      Layer.connected("SUMMARY", "Dense", List.of(Shape.of(8)), List.of("meta"), Shape.of(4), 36L, 0L, 32L),
      Layer.connected("joined", "Concatenate", List.of(Shape.of(16), Shape.of(4)), List.of("textTower_out", "SUMMARY"), Shape.of(20), 0L, 0L, 0L),
      Layer.connected("score", "Dense", List.of(Shape.of(20)), List.of("joined"), Shape.of(1), 21L, 0L, 20L)),
  List.of("score"), DType.FLOAT32);

  /**
   * The model as Keras 3's {@code model.to_json()}, {@code Functional}:
   * {@code keras.models.model_from_json(KERAS_JSON)} builds it with Keras 3.
   */
  public static final String KERAS_JSON = "{\"module\": \"keras.src.models.functional\", \"class_name\": \"Functional\", \"config\": {\"name\": \"two_towers\", \"trainable\": true, \"layers\": ["
      + "{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 16], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"text\", \"optional\": false}, \"registered_name\": null, \"name\": \"text\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"textTower_dense\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 16, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 16]}, \"name\": \"textTower_dense\", \"inbound_nodes\": [{\"args\": [{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 16], \"dtype\": \"float32\", \"keras_history\": [\"text\", 0, 0]}}], \"kwargs\": {}}]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"meta\", \"optional\": false}, \"registered_name\": null, \"name\": \"meta\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"textTower_out\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 16], [null, 16]]}, \"name\": \"textTower_out\", \"inbound_nodes\": [{\"args\": [[{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 16], \"dtype\": \"float32\", \"keras_history\": [\"textTower_dense\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 16], \"dtype\": \"float32\", \"keras_history\": [\"text\", 0, 0]}}]], \"kwargs\": {}}]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"SUMMARY\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 4, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 8]}, \"name\": \"SUMMARY\", \"inbound_nodes\": [{\"args\": [{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", \"keras_history\": [\"meta\", 0, 0]}}], \"kwargs\": {}}]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Concatenate\", \"config\": {\"name\": \"joined\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"axis\": -1}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 16], [null, 4]]}, \"name\": \"joined\", \"inbound_nodes\": [{\"args\": [[{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 16], \"dtype\": \"float32\", \"keras_history\": [\"textTower_out\", 0, 0]}}, {\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 4], \"dtype\": \"float32\", \"keras_history\": [\"SUMMARY\", 0, 0]}}]], \"kwargs\": {}}]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"score\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 20]}, \"name\": \"score\", \"inbound_nodes\": [{\"args\": [{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 20], \"dtype\": \"float32\", \"keras_history\": [\"joined\", 0, 0]}}], \"kwargs\": {}}]}"
      + "], \"input_layers\": [[\"text\", 0, 0], [\"meta\", 0, 0]], \"output_layers\": [\"score\", 0, 0]}, \"registered_name\": \"Functional\", \"build_config\": {\"input_shape\": null}, \"compile_config\": {}}";

  /**
   * The model as tf.keras 2's {@code model.to_json()}, {@code Functional} (Keras 3 reads {@code KERAS_JSON}):
   * {@code tf.keras.models.model_from_json(KERAS2_JSON)} builds it with tf.keras 2,
   * {@code tf.models.modelFromJSON(JSON.parse(KERAS2_JSON))} with TensorFlow.js.
   */
  public static final String KERAS2_JSON = "{\"class_name\": \"Functional\", \"config\": {\"name\": \"two_towers\", \"trainable\": true, \"layers\": ["
      + "{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 16], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"text\", \"optional\": false}, \"registered_name\": null, \"name\": \"text\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"textTower_dense\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 16, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 16]}, \"name\": \"textTower_dense\", \"inbound_nodes\": [[[\"text\", 0, 0, {}]]]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"meta\", \"optional\": false}, \"registered_name\": null, \"name\": \"meta\", \"inbound_nodes\": []}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Add\", \"config\": {\"name\": \"textTower_out\", \"trainable\": true, \"dtype\": \"float32\"}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 16], [null, 16]]}, \"name\": \"textTower_out\", \"inbound_nodes\": [[[\"textTower_dense\", 0, 0, {}], [\"text\", 0, 0, {}]]]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"SUMMARY\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 4, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 8]}, \"name\": \"SUMMARY\", \"inbound_nodes\": [[[\"meta\", 0, 0, {}]]]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Concatenate\", \"config\": {\"name\": \"joined\", \"trainable\": true, \"dtype\": \"float32\", \"axis\": -1}, \"registered_name\": null, \"build_config\": {\"input_shape\": [[null, 16], [null, 4]]}, \"name\": \"joined\", \"inbound_nodes\": [[[\"textTower_out\", 0, 0, {}], [\"SUMMARY\", 0, 0, {}]]]}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"score\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 20]}, \"name\": \"score\", \"inbound_nodes\": [[[\"joined\", 0, 0, {}]]]}"
      + "], \"input_layers\": [[\"text\", 0, 0], [\"meta\", 0, 0]], \"output_layers\": [[\"score\", 0, 0]]}, \"keras_version\": \"2.21.0\", \"backend\": \"tensorflow\"}";

  /**
   * The Keras {@code model.summary()} table of this model.
   */
  public static String summary() {
    return SUMMARY.toString();
  }

  /**
   * InputLayer: (None, 16), 0 params, 0 MACs.
   */
  public Layer text() {
    return SUMMARY.layers().get(0);
  }

  /**
   * InputLayer: (None, 8), 0 params, 0 MACs.
   */
  public Layer meta() {
    return SUMMARY.layers().get(1);
  }

  /**
   * Add: (None, 16), 0 params, 0 MACs.
   */
  public Layer textTower(Layer text) {
    return SUMMARY.layers().get(3);
  }

  /**
   * Dense: (None, 4), 36 params, 32 MACs.
   */
  public Layer SUMMARY(Layer meta) {
    return SUMMARY.layers().get(4);
  }

  /**
   * Concatenate: (None, 20), 0 params, 0 MACs.
   */
  public Layer joined(Layer textTower, Layer SUMMARY) {
    return TwoTowersModel.SUMMARY.layers().get(5);
  }

  /**
   * Dense: (None, 1), 21 params, 20 MACs.
   */
  public Layer score(Layer joined) {
    return SUMMARY.layers().get(6);
  }
}
