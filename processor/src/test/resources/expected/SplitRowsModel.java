package test;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The ShapeCheck model of {@link SplitRows}: shapes and parameter counts computed at compile
 * time with Keras semantics.
 *
 * <pre>
 * Model: "split_rows"
 * _________________________________________________________________
 * Layer (type)                 Output Shape              Param #   
 * =================================================================
 * d0 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d1 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d2 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d3 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d4 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d5 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d6 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d7 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d8 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d9 (Dense)                   (None, 1)                 2         
 * _________________________________________________________________
 * d10 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d11 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d12 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d13 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d14 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d15 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d16 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d17 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d18 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d19 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d20 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d21 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d22 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d23 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d24 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d25 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d26 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d27 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d28 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d29 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d30 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d31 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d32 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d33 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d34 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d35 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d36 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d37 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d38 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d39 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d40 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d41 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d42 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d43 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d44 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d45 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d46 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d47 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d48 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d49 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d50 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d51 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d52 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d53 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d54 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d55 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d56 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d57 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d58 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d59 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d60 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d61 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d62 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d63 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d64 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d65 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d66 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d67 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d68 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d69 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d70 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d71 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d72 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d73 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d74 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d75 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d76 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d77 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d78 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d79 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d80 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d81 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d82 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d83 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d84 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d85 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d86 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d87 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d88 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d89 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d90 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d91 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d92 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d93 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d94 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d95 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d96 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d97 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d98 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d99 (Dense)                  (None, 1)                 2         
 * _________________________________________________________________
 * d100 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d101 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d102 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d103 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d104 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d105 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d106 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d107 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d108 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d109 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d110 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d111 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d112 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d113 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d114 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d115 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d116 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d117 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d118 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d119 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d120 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d121 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d122 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d123 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d124 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d125 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d126 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d127 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d128 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d129 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d130 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d131 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d132 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d133 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d134 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d135 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d136 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d137 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d138 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d139 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d140 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d141 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d142 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d143 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d144 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d145 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d146 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d147 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d148 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d149 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d150 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d151 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d152 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d153 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d154 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d155 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d156 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d157 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d158 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d159 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d160 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d161 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d162 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d163 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d164 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d165 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d166 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d167 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d168 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d169 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d170 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d171 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d172 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d173 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d174 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d175 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d176 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d177 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d178 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d179 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d180 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d181 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d182 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d183 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d184 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d185 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d186 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d187 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d188 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d189 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d190 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d191 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d192 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d193 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d194 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d195 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d196 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d197 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d198 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d199 (Dense)                 (None, 1)                 2         
 * _________________________________________________________________
 * d200 (Dense)                 (None, 1)                 2         
 * =================================================================
 * Total params: 402
 * Trainable params: 402
 * Non-trainable params: 0
 * _________________________________________________________________
 * </pre>
 */
@Generated("dev.shapecheck.processor.ShapeCheckProcessor")
public final class SplitRowsModel implements SplitRows {
  /**
   * All weights: Keras's "Total params".
   */
  public static final long TOTAL_PARAMS = 402L;

  /**
   * Keras's "Trainable params".
   */
  public static final long TRAINABLE_PARAMS = 402L;

  /**
   * Keras's "Non-trainable params".
   */
  public static final long NON_TRAINABLE_PARAMS = 0L;

  /**
   * Multiply-accumulates for one sample (-1 if they depend on an unknown dimension).
   */
  public static final long TOTAL_MACS = 201L;

  /**
   * Bytes of all weights as float32.
   */
  public static final long PARAM_BYTES = 1608L;

  /**
   * Bytes of all layer outputs for one sample (-1 with an unknown dimension).
   */
  public static final long ACTIVATION_BYTES = 804L;

  /**
   * The shape of the model's input: {@code (None, 1)}.
   */
  public static final Shape INPUT_SHAPE = Shape.of(1);

  /**
   * The shape of the model's output: {@code (None, 1)}.
   */
  public static final Shape OUTPUT_SHAPE = Shape.of(1);

  /**
   * Every layer with its shapes and parameter counts, and the totals.
   */
  public static final ModelSummary SUMMARY = ModelSummary.of("split_rows", INPUT_SHAPE, allLayers(), DType.FLOAT32);

  /**
   * The model as Keras 3's {@code model.to_json()}, {@code Sequential}:
   * {@code keras.models.model_from_json(KERAS_JSON)} builds it with Keras 3.
   */
  public static final String KERAS_JSON = String.join("",
      "{\"module\": \"keras\", \"class_name\": \"Sequential\", \"config\": {\"name\": \"split_rows\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 1], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"input_layer\", \"optional\": false}, \"registered_name\": null}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d0\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d1\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d2\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d3\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d4\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d5\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d6\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d7\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d8\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d9\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d10\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d11\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d12\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d13\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d14\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d15\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d16\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d17\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d18\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d19\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d20\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d21\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d22\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d23\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d24\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d25\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d26\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d27\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d28\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d29\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d30\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d31\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d32\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d33\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d34\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d35\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d36\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d37\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d38\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d39\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d40\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d41\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d42\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d43\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d44\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d45\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d46\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d47\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d48\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d49\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d50\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d51\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d52\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d53\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d54\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d55\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d56\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d57\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d58\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d59\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d60\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d61\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d62\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d63\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d64\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d65\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d66\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d67\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d68\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d69\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d70\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d71\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d72\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d73\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d74\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d75\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d76\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}",
      ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d77\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d78\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d79\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d80\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d81\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d82\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d83\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d84\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d85\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d86\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d87\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d88\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d89\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d90\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d91\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d92\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d93\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d94\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d95\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d96\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d97\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d98\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d99\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d100\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d101\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d102\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d103\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d104\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d105\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d106\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d107\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d108\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d109\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d110\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d111\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d112\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d113\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d114\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d115\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d116\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d117\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d118\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d119\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d120\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d121\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d122\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d123\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d124\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d125\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d126\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d127\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d128\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d129\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d130\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d131\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d132\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d133\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d134\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d135\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d136\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d137\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d138\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d139\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d140\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d141\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d142\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d143\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d144\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d145\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d146\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d147\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d148\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d149\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d150\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d151\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d152\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d153\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d154\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}",
      ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d155\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d156\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d157\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d158\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d159\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d160\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d161\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d162\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d163\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d164\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d165\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d166\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d167\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d168\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d169\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d170\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d171\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d172\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d173\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d174\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d175\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d176\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d177\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d178\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d179\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d180\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d181\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d182\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d183\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d184\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d185\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d186\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d187\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d188\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d189\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d190\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d191\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d192\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d193\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d194\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d195\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d196\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d197\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d198\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d199\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d200\", \"trainable\": true, \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null}, \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null, \"input_axes\": null, \"output_axes\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null, \"quantization_config\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + "], \"build_input_shape\": [null, 1]}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}, \"compile_config\": {}}");

  /**
   * The model as tf.keras 2's {@code model.to_json()}, {@code Sequential} (Keras 3 reads {@code KERAS_JSON}):
   * {@code tf.keras.models.model_from_json(KERAS2_JSON)} builds it with tf.keras 2,
   * {@code tf.models.modelFromJSON(JSON.parse(KERAS2_JSON))} with TensorFlow.js.
   */
  public static final String KERAS2_JSON = String.join("",
      "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"split_rows\", \"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 1], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"d0_input\", \"optional\": false}, \"registered_name\": null}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d0\", \"trainable\": true, \"dtype\": \"float32\", \"batch_input_shape\": [null, 1], \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d1\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d2\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d3\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d4\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d5\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d6\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d7\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d8\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d9\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d10\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d11\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d12\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d13\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d14\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d15\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d16\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d17\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d18\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d19\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d20\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d21\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d22\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d23\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d24\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d25\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d26\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d27\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d28\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d29\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d30\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d31\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d32\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d33\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d34\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d35\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d36\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d37\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d38\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d39\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d40\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d41\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d42\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d43\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d44\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d45\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d46\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d47\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d48\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d49\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d50\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d51\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d52\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d53\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d54\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d55\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d56\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d57\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d58\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d59\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d60\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d61\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d62\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d63\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d64\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d65\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d66\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d67\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d68\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d69\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d70\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d71\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d72\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d73\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d74\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d75\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d76\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d77\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d78\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d79\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d80\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d81\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d82\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d83\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d84\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d85\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d86\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d87\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d88\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d89\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d90\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d91\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d92\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d93\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}",
      ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d94\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d95\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d96\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d97\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d98\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d99\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d100\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d101\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d102\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d103\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d104\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d105\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d106\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d107\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d108\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d109\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d110\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d111\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d112\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d113\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d114\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d115\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d116\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d117\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d118\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d119\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d120\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d121\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d122\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d123\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d124\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d125\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d126\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d127\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d128\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d129\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d130\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d131\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d132\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d133\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d134\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d135\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d136\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d137\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d138\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d139\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d140\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d141\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d142\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d143\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d144\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d145\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d146\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d147\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d148\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d149\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d150\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d151\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d152\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d153\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d154\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d155\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d156\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d157\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d158\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d159\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d160\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d161\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d162\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d163\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d164\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d165\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d166\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d167\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d168\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d169\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d170\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d171\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d172\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d173\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d174\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d175\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d176\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d177\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d178\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d179\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d180\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d181\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d182\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d183\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d184\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d185\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d186\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d187\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d188\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}",
      ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d189\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d190\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d191\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d192\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d193\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d194\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d195\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d196\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d197\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d198\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d199\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + ", {\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d200\", \"trainable\": true, \"dtype\": \"float32\", \"units\": 1, \"activation\": \"linear\", \"use_bias\": true, \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}, \"registered_name\": null}, \"bias_initializer\": {\"module\": \"keras.initializers\", \"class_name\": \"Zeros\", \"config\": {}, \"registered_name\": null}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, \"bias_constraint\": null}, \"registered_name\": null, \"build_config\": {\"input_shape\": [null, 1]}}"
      + "]}, \"keras_version\": \"2.21.0\", \"backend\": \"tensorflow\"}");

  private static List<Layer> layers0() {
    return List.of(
            Layer.of("d0", "Dense", INPUT_SHAPE, Shape.of(1), 2L, 0L, 1L),
            Layer.of("d1", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d2", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d3", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d4", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d5", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d6", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d7", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d8", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d9", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d10", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d11", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d12", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d13", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d14", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d15", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d16", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d17", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d18", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d19", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d20", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d21", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d22", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d23", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d24", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d25", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d26", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d27", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d28", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d29", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d30", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d31", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d32", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d33", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d34", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d35", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d36", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d37", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d38", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d39", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d40", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d41", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d42", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d43", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d44", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d45", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d46", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d47", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d48", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d49", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d50", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d51", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d52", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d53", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d54", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d55", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d56", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d57", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d58", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d59", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d60", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d61", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d62", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d63", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d64", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d65", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d66", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d67", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d68", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d69", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d70", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d71", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d72", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d73", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d74", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d75", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d76", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d77", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d78", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d79", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d80", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d81", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d82", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d83", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d84", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d85", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d86", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d87", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d88", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d89", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d90", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d91", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d92", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d93", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d94", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d95", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d96", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d97", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d98", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d99", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d100", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d101", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d102", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d103", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d104", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d105", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d106", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d107", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d108", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d109", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d110", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d111", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d112", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d113", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d114", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d115", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d116", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d117", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d118", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d119", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d120", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d121", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d122", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d123", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d124", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d125", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d126", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d127", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d128", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d129", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d130", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d131", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d132", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d133", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d134", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d135", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d136", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d137", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d138", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d139", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d140", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d141", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d142", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d143", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d144", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d145", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d146", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d147", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d148", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d149", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d150", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d151", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d152", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d153", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d154", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d155", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d156", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d157", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d158", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d159", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d160", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d161", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d162", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d163", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d164", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d165", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d166", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d167", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d168", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d169", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d170", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d171", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d172", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d173", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d174", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d175", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d176", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d177", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d178", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d179", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d180", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d181", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d182", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d183", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d184", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d185", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d186", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d187", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d188", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d189", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d190", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d191", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d192", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d193", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d194", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d195", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d196", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d197", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d198", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L),
            Layer.of("d199", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L));
  }

  private static List<Layer> layers1() {
    return List.of(
            Layer.of("d200", "Dense", Shape.of(1), Shape.of(1), 2L, 0L, 1L));
  }

  private static List<Layer> allLayers() {
    List<Layer> all = new ArrayList<>(201);
    all.addAll(layers0());
    all.addAll(layers1());
    return all;
  }

  /**
   * The Keras {@code model.summary()} table of this model.
   */
  public static String summary() {
    return SUMMARY.toString();
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d0() {
    return SUMMARY.layers().get(0);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d1() {
    return SUMMARY.layers().get(1);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d2() {
    return SUMMARY.layers().get(2);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d3() {
    return SUMMARY.layers().get(3);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d4() {
    return SUMMARY.layers().get(4);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d5() {
    return SUMMARY.layers().get(5);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d6() {
    return SUMMARY.layers().get(6);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d7() {
    return SUMMARY.layers().get(7);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d8() {
    return SUMMARY.layers().get(8);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d9() {
    return SUMMARY.layers().get(9);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d10() {
    return SUMMARY.layers().get(10);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d11() {
    return SUMMARY.layers().get(11);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d12() {
    return SUMMARY.layers().get(12);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d13() {
    return SUMMARY.layers().get(13);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d14() {
    return SUMMARY.layers().get(14);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d15() {
    return SUMMARY.layers().get(15);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d16() {
    return SUMMARY.layers().get(16);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d17() {
    return SUMMARY.layers().get(17);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d18() {
    return SUMMARY.layers().get(18);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d19() {
    return SUMMARY.layers().get(19);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d20() {
    return SUMMARY.layers().get(20);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d21() {
    return SUMMARY.layers().get(21);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d22() {
    return SUMMARY.layers().get(22);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d23() {
    return SUMMARY.layers().get(23);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d24() {
    return SUMMARY.layers().get(24);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d25() {
    return SUMMARY.layers().get(25);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d26() {
    return SUMMARY.layers().get(26);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d27() {
    return SUMMARY.layers().get(27);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d28() {
    return SUMMARY.layers().get(28);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d29() {
    return SUMMARY.layers().get(29);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d30() {
    return SUMMARY.layers().get(30);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d31() {
    return SUMMARY.layers().get(31);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d32() {
    return SUMMARY.layers().get(32);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d33() {
    return SUMMARY.layers().get(33);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d34() {
    return SUMMARY.layers().get(34);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d35() {
    return SUMMARY.layers().get(35);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d36() {
    return SUMMARY.layers().get(36);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d37() {
    return SUMMARY.layers().get(37);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d38() {
    return SUMMARY.layers().get(38);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d39() {
    return SUMMARY.layers().get(39);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d40() {
    return SUMMARY.layers().get(40);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d41() {
    return SUMMARY.layers().get(41);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d42() {
    return SUMMARY.layers().get(42);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d43() {
    return SUMMARY.layers().get(43);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d44() {
    return SUMMARY.layers().get(44);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d45() {
    return SUMMARY.layers().get(45);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d46() {
    return SUMMARY.layers().get(46);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d47() {
    return SUMMARY.layers().get(47);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d48() {
    return SUMMARY.layers().get(48);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d49() {
    return SUMMARY.layers().get(49);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d50() {
    return SUMMARY.layers().get(50);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d51() {
    return SUMMARY.layers().get(51);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d52() {
    return SUMMARY.layers().get(52);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d53() {
    return SUMMARY.layers().get(53);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d54() {
    return SUMMARY.layers().get(54);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d55() {
    return SUMMARY.layers().get(55);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d56() {
    return SUMMARY.layers().get(56);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d57() {
    return SUMMARY.layers().get(57);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d58() {
    return SUMMARY.layers().get(58);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d59() {
    return SUMMARY.layers().get(59);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d60() {
    return SUMMARY.layers().get(60);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d61() {
    return SUMMARY.layers().get(61);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d62() {
    return SUMMARY.layers().get(62);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d63() {
    return SUMMARY.layers().get(63);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d64() {
    return SUMMARY.layers().get(64);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d65() {
    return SUMMARY.layers().get(65);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d66() {
    return SUMMARY.layers().get(66);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d67() {
    return SUMMARY.layers().get(67);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d68() {
    return SUMMARY.layers().get(68);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d69() {
    return SUMMARY.layers().get(69);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d70() {
    return SUMMARY.layers().get(70);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d71() {
    return SUMMARY.layers().get(71);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d72() {
    return SUMMARY.layers().get(72);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d73() {
    return SUMMARY.layers().get(73);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d74() {
    return SUMMARY.layers().get(74);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d75() {
    return SUMMARY.layers().get(75);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d76() {
    return SUMMARY.layers().get(76);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d77() {
    return SUMMARY.layers().get(77);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d78() {
    return SUMMARY.layers().get(78);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d79() {
    return SUMMARY.layers().get(79);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d80() {
    return SUMMARY.layers().get(80);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d81() {
    return SUMMARY.layers().get(81);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d82() {
    return SUMMARY.layers().get(82);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d83() {
    return SUMMARY.layers().get(83);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d84() {
    return SUMMARY.layers().get(84);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d85() {
    return SUMMARY.layers().get(85);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d86() {
    return SUMMARY.layers().get(86);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d87() {
    return SUMMARY.layers().get(87);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d88() {
    return SUMMARY.layers().get(88);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d89() {
    return SUMMARY.layers().get(89);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d90() {
    return SUMMARY.layers().get(90);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d91() {
    return SUMMARY.layers().get(91);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d92() {
    return SUMMARY.layers().get(92);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d93() {
    return SUMMARY.layers().get(93);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d94() {
    return SUMMARY.layers().get(94);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d95() {
    return SUMMARY.layers().get(95);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d96() {
    return SUMMARY.layers().get(96);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d97() {
    return SUMMARY.layers().get(97);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d98() {
    return SUMMARY.layers().get(98);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d99() {
    return SUMMARY.layers().get(99);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d100() {
    return SUMMARY.layers().get(100);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d101() {
    return SUMMARY.layers().get(101);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d102() {
    return SUMMARY.layers().get(102);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d103() {
    return SUMMARY.layers().get(103);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d104() {
    return SUMMARY.layers().get(104);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d105() {
    return SUMMARY.layers().get(105);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d106() {
    return SUMMARY.layers().get(106);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d107() {
    return SUMMARY.layers().get(107);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d108() {
    return SUMMARY.layers().get(108);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d109() {
    return SUMMARY.layers().get(109);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d110() {
    return SUMMARY.layers().get(110);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d111() {
    return SUMMARY.layers().get(111);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d112() {
    return SUMMARY.layers().get(112);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d113() {
    return SUMMARY.layers().get(113);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d114() {
    return SUMMARY.layers().get(114);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d115() {
    return SUMMARY.layers().get(115);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d116() {
    return SUMMARY.layers().get(116);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d117() {
    return SUMMARY.layers().get(117);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d118() {
    return SUMMARY.layers().get(118);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d119() {
    return SUMMARY.layers().get(119);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d120() {
    return SUMMARY.layers().get(120);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d121() {
    return SUMMARY.layers().get(121);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d122() {
    return SUMMARY.layers().get(122);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d123() {
    return SUMMARY.layers().get(123);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d124() {
    return SUMMARY.layers().get(124);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d125() {
    return SUMMARY.layers().get(125);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d126() {
    return SUMMARY.layers().get(126);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d127() {
    return SUMMARY.layers().get(127);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d128() {
    return SUMMARY.layers().get(128);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d129() {
    return SUMMARY.layers().get(129);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d130() {
    return SUMMARY.layers().get(130);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d131() {
    return SUMMARY.layers().get(131);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d132() {
    return SUMMARY.layers().get(132);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d133() {
    return SUMMARY.layers().get(133);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d134() {
    return SUMMARY.layers().get(134);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d135() {
    return SUMMARY.layers().get(135);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d136() {
    return SUMMARY.layers().get(136);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d137() {
    return SUMMARY.layers().get(137);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d138() {
    return SUMMARY.layers().get(138);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d139() {
    return SUMMARY.layers().get(139);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d140() {
    return SUMMARY.layers().get(140);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d141() {
    return SUMMARY.layers().get(141);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d142() {
    return SUMMARY.layers().get(142);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d143() {
    return SUMMARY.layers().get(143);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d144() {
    return SUMMARY.layers().get(144);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d145() {
    return SUMMARY.layers().get(145);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d146() {
    return SUMMARY.layers().get(146);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d147() {
    return SUMMARY.layers().get(147);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d148() {
    return SUMMARY.layers().get(148);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d149() {
    return SUMMARY.layers().get(149);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d150() {
    return SUMMARY.layers().get(150);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d151() {
    return SUMMARY.layers().get(151);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d152() {
    return SUMMARY.layers().get(152);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d153() {
    return SUMMARY.layers().get(153);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d154() {
    return SUMMARY.layers().get(154);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d155() {
    return SUMMARY.layers().get(155);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d156() {
    return SUMMARY.layers().get(156);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d157() {
    return SUMMARY.layers().get(157);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d158() {
    return SUMMARY.layers().get(158);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d159() {
    return SUMMARY.layers().get(159);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d160() {
    return SUMMARY.layers().get(160);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d161() {
    return SUMMARY.layers().get(161);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d162() {
    return SUMMARY.layers().get(162);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d163() {
    return SUMMARY.layers().get(163);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d164() {
    return SUMMARY.layers().get(164);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d165() {
    return SUMMARY.layers().get(165);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d166() {
    return SUMMARY.layers().get(166);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d167() {
    return SUMMARY.layers().get(167);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d168() {
    return SUMMARY.layers().get(168);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d169() {
    return SUMMARY.layers().get(169);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d170() {
    return SUMMARY.layers().get(170);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d171() {
    return SUMMARY.layers().get(171);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d172() {
    return SUMMARY.layers().get(172);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d173() {
    return SUMMARY.layers().get(173);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d174() {
    return SUMMARY.layers().get(174);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d175() {
    return SUMMARY.layers().get(175);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d176() {
    return SUMMARY.layers().get(176);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d177() {
    return SUMMARY.layers().get(177);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d178() {
    return SUMMARY.layers().get(178);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d179() {
    return SUMMARY.layers().get(179);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d180() {
    return SUMMARY.layers().get(180);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d181() {
    return SUMMARY.layers().get(181);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d182() {
    return SUMMARY.layers().get(182);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d183() {
    return SUMMARY.layers().get(183);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d184() {
    return SUMMARY.layers().get(184);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d185() {
    return SUMMARY.layers().get(185);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d186() {
    return SUMMARY.layers().get(186);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d187() {
    return SUMMARY.layers().get(187);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d188() {
    return SUMMARY.layers().get(188);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d189() {
    return SUMMARY.layers().get(189);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d190() {
    return SUMMARY.layers().get(190);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d191() {
    return SUMMARY.layers().get(191);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d192() {
    return SUMMARY.layers().get(192);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d193() {
    return SUMMARY.layers().get(193);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d194() {
    return SUMMARY.layers().get(194);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d195() {
    return SUMMARY.layers().get(195);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d196() {
    return SUMMARY.layers().get(196);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d197() {
    return SUMMARY.layers().get(197);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d198() {
    return SUMMARY.layers().get(198);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d199() {
    return SUMMARY.layers().get(199);
  }

  /**
   * Dense: (None, 1), 2 params, 1 MACs.
   */
  public Layer d200() {
    return SUMMARY.layers().get(200);
  }
}
