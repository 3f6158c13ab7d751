package test;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The ShapeCheck model of {@link MnistCnn}: shapes and parameter counts computed at compile
 * time with Keras semantics.
 *
 * <pre>
 * Model: "mnist_cnn"
 * _________________________________________________________________
 * Layer (type)                 Output Shape              Param #   
 * =================================================================
 * conv1 (Conv2D)               (None, 26, 26, 32)        320       
 * _________________________________________________________________
 * pool1 (MaxPooling2D)         (None, 13, 13, 32)        0         
 * _________________________________________________________________
 * conv2 (Conv2D)               (None, 11, 11, 64)        18496     
 * _________________________________________________________________
 * pool2 (MaxPooling2D)         (None, 5, 5, 64)          0         
 * _________________________________________________________________
 * conv3 (Conv2D)               (None, 3, 3, 64)          36928     
 * _________________________________________________________________
 * flatten (Flatten)            (None, 576)               0         
 * _________________________________________________________________
 * dense1 (Dense)               (None, 64)                36928     
 * _________________________________________________________________
 * output (Dense)               (None, 10)                650       
 * =================================================================
 * Total params: 93,322
 * Trainable params: 93,322
 * Non-trainable params: 0
 * _________________________________________________________________
 * </pre>
 */
@Generated("dev.shapecheck.processor.ShapeCheckProcessor")
public final class MnistCnnModel implements MnistCnn {
  /**
   * All weights: Keras's "Total params".
   */
  public static final long TOTAL_PARAMS = 93322L;

  /**
   * Keras's "Trainable params".
   */
  public static final long TRAINABLE_PARAMS = 93322L;

  /**
   * Keras's "Non-trainable params".
   */
  public static final long NON_TRAINABLE_PARAMS = 0L;

  /**
   * Multiply-accumulates for one sample (-1 if they depend on an unknown dimension).
   */
  public static final long TOTAL_MACS = 2794240L;

  /**
   * Bytes of all weights as float32.
   */
  public static final long PARAM_BYTES = 373288L;

  /**
   * Bytes of all layer outputs for one sample (-1 with an unknown dimension).
   */
  public static final long ACTIVATION_BYTES = 150440L;

  /**
   * The shape of the model's input: {@code (None, 28, 28, 1)}.
   */
  public static final Shape INPUT_SHAPE = Shape.of(28, 28, 1);

  /**
   * The shape of the model's output: {@code (None, 10)}.
   */
  public static final Shape OUTPUT_SHAPE = Shape.of(10);

  /**
   * Every layer with its shapes and parameter counts, and the totals.
   */
  public static final ModelSummary SUMMARY = ModelSummary.of("mnist_cnn", INPUT_SHAPE, List.of(
      Layer.of("conv1", "Conv2D", INPUT_SHAPE, Shape.of(26, 26, 32), 320L, 0L, 194688L),
      Layer.of("pool1", "MaxPooling2D", Shape.of(26, 26, 32), Shape.of(13, 13, 32), 0L, 0L, 0L),
      Layer.of("conv2", "Conv2D", Shape.of(13, 13, 32), Shape.of(11, 11, 64), 18496L, 0L, 2230272L),
      Layer.of("pool2", "MaxPooling2D", Shape.of(11, 11, 64), Shape.of(5, 5, 64), 0L, 0L, 0L),
      Layer.of("conv3", "Conv2D", Shape.of(5, 5, 64), Shape.of(3, 3, 64), 36928L, 0L, 331776L),
      Layer.of("flatten", "Flatten", Shape.of(3, 3, 64), Shape.of(576), 0L, 0L, 0L),
      Layer.of("dense1", "Dense", Shape.of(576), Shape.of(64), 36928L, 0L, 36864L),
      Layer.of("output", "Dense", Shape.of(64), Shape.of(10), 650L, 0L, 640L)), DType.FLOAT32);

  /**
   * The model as Keras 3's {@code model.to_json()}, {@code Sequential}:
   * {@code keras.models.model_from_json(KERAS_JSON)} builds it with Keras 3.
   */
  public static final String KERAS_JSON = "{\"module\": \"keras\", \"class_name\": \"Sequential\", \"config\": {\"name\": \"mnist_cnn\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 28, 28, 1], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"input_layer\", \"optional\": false}, \"registered_name\": null}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Conv2D\", \"config\": {\"name\": \"conv1\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"filters\": 32, \"kernel_size\": [3, 3], \"strides\": [1, 1], \"padding\": \"valid\", \"data_format\": \"channels_last\", \"dilation_rate\": [1, 1], \"groups\": 1, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 28, 28, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"MaxPooling2D\", \"config\": {\"name\": \"pool1\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"pool_size\": [2, 2], \"padding\": \"valid\", \"strides\": [2, 2], \"data_format\": \"channels_last\"}, \"registered_name\": null}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Conv2D\", \"config\": {\"name\": \"conv2\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"filters\": 64, \"kernel_size\": [3, 3], \"strides\": [1, 1], \"padding\": \"valid\", \"data_format\": \"channels_last\", \"dilation_rate\": [1, 1], \"groups\": 1, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 13, 13, 32]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"MaxPooling2D\", \"config\": {\"name\": \"pool2\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"pool_size\": [2, 2], \"padding\": \"valid\", \"strides\": [2, 2], \"data_format\": \"channels_last\"}, \"registered_name\": null}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Conv2D\", \"config\": {\"name\": \"conv3\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"filters\": 64, \"kernel_size\": [3, 3], \"strides\": [1, 1], \"padding\": \"valid\", \"data_format\": \"channels_last\", \"dilation_rate\": [1, 1], \"groups\": 1, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 5, 5, 64]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Flatten\", \"config\": {\"name\": \"flatten\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"data_format\": \"channels_last\"}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 3, 3, 64]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"dense1\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 64, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 576]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"output\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 10, \"activation\": \"softmax\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 64]}}"
      + "], \"build_input_shape\": [null, 28, 28, 1]}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 28, 28, 1]}, \"compile_config\": {}}";

  /**
   * The model as tf.keras 2's {@code model.to_json()}, {@code Sequential} (Keras 3 reads {@code KERAS_JSON}):
   * {@code tf.keras.models.model_from_json(KERAS2_JSON)} builds it with tf.keras 2,
   * {@code tf.models.modelFromJSON(JSON.parse(KERAS2_JSON))} with TensorFlow.js.
   */
  public static final String KERAS2_JSON = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"mnist_cnn\", \"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 28, 28, 1], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"conv1_input\", \"optional\": false}, \"registered_name\": null}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Conv2D\", \"config\": {\"name\": \"conv1\", \"trainable\": true, \"dtype\": \"float32\", \"batch_input_shape\": [null, 28, 28, 1], \"filters\": 32, \"kernel_size\": [3, 3], \"strides\": [1, 1], \"padding\": \"valid\", \"data_format\": \"channels_last\", \"dilation_rate\": [1, 1], \"groups\": 1, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 28, 28, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"MaxPooling2D\", \"config\": {\"name\": \"pool1\", \"trainable\": true, \"dtype\": \"float32\", \"pool_size\": [2, 2], \"padding\": \"valid\", \"strides\": [2, 2], \"data_format\": \"channels_last\"}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 26, 26, 32]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Conv2D\", \"config\": {\"name\": \"conv2\", \"trainable\": true, \"dtype\": \"float32\", \"filters\": 64, \"kernel_size\": [3, 3], \"strides\": [1, 1], \"padding\": \"valid\", \"data_format\": \"channels_last\", \"dilation_rate\": [1, 1], \"groups\": 1, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 13, 13, 32]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"MaxPooling2D\", \"config\": {\"name\": \"pool2\", \"trainable\": true, \"dtype\": \"float32\", \"pool_size\": [2, 2], \"padding\": \"valid\", \"strides\": [2, 2], \"data_format\": \"channels_last\"}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 11, 11, 64]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Conv2D\", \"config\": {\"name\": \"conv3\", \"trainable\": true, \"dtype\": \"float32\", \"filters\": 64, \"kernel_size\": [3, 3], \"strides\": [1, 1], \"padding\": \"valid\", \"data_format\": \"channels_last\", \"dilation_rate\": [1, 1], \"groups\": 1, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 5, 5, 64]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Flatten\", \"config\": {\"name\": \"flatten\", \"trainable\": true, \"dtype\": \"float32\", \"data_format\": \"channels_last\"}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 3, 3, 64]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"dense1\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 64, \"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 576]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"output\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 10, \"activation\": \"softmax\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 64]}}"
      + "]}, \"keras_version\": \"2.21.0\", \"backend\": \"tensorflow\"}";

  /**
   * The Keras {@code model.summary()} table of this model.
   */
  public static String summary() {
    return SUMMARY.toString();
  }

  /**
   * Conv2D: (None, 26, 26, 32), 320 params, 194688 MACs.
   */
  public Layer conv1() {
    return SUMMARY.layers().get(0);
  }

  /**
   * MaxPooling2D: (None, 13, 13, 32), 0 params, 0 MACs.
   */
  public Layer pool1() {
    return SUMMARY.layers().get(1);
  }

  /**
   * Conv2D: (None, 11, 11, 64), 18496 params, 2230272 MACs.
   */
  public Layer conv2() {
    return SUMMARY.layers().get(2);
  }

  /**
   * MaxPooling2D: (None, 5, 5, 64), 0 params, 0 MACs.
   */
  public Layer pool2() {
    return SUMMARY.layers().get(3);
  }

  /**
   * Conv2D: (None, 3, 3, 64), 36928 params, 331776 MACs.
   */
  public Layer conv3() {
    return SUMMARY.layers().get(4);
  }

  /**
   * Flatten: (None, 576), 0 params, 0 MACs.
   */
  public Layer flatten() {
    return SUMMARY.layers().get(5);
  }

  /**
   * Dense: (None, 64), 36928 params, 36864 MACs.
   */
  public Layer dense1() {
    return SUMMARY.layers().get(6);
  }

  /**
   * Dense: (None, 10), 650 params, 640 MACs.
   */
  public Layer output() {
    return SUMMARY.layers().get(7);
  }
}
