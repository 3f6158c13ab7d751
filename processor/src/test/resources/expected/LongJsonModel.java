package test;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The ShapeCheck model of {@link LongJson}: shapes and parameter counts computed at compile
 * time with Keras semantics.
 *
 * <pre>
 * Model: "long_json"
 * _________________________________________________________________
 * Layer (type)                 Output Shape              Param #   
 * =================================================================
 * b0 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b1 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b2 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b3 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b4 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b5 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b6 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b7 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b8 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b9 (Bidirectional)           (None, 4, 2)              32        
 * _________________________________________________________________
 * b10 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b11 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b12 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b13 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b14 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b15 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b16 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b17 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b18 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b19 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b20 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b21 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b22 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b23 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b24 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b25 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b26 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b27 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b28 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b29 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b30 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b31 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b32 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b33 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b34 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b35 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b36 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b37 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b38 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b39 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b40 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b41 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b42 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b43 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b44 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b45 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b46 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b47 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b48 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b49 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b50 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b51 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b52 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b53 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b54 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b55 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b56 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b57 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b58 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b59 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b60 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b61 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b62 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b63 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b64 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b65 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b66 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b67 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b68 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b69 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b70 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b71 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b72 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b73 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b74 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b75 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b76 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b77 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b78 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b79 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b80 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b81 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b82 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b83 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b84 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b85 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b86 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b87 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b88 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b89 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b90 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b91 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b92 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b93 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b94 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b95 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b96 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b97 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b98 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b99 (Bidirectional)          (None, 4, 2)              32        
 * _________________________________________________________________
 * b100 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b101 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b102 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b103 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b104 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b105 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b106 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b107 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b108 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b109 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b110 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b111 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b112 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b113 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b114 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b115 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b116 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b117 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b118 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b119 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b120 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b121 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b122 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b123 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b124 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b125 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b126 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b127 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b128 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b129 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b130 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b131 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b132 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b133 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b134 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b135 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b136 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b137 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b138 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b139 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b140 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b141 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b142 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b143 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b144 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b145 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b146 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b147 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b148 (Bidirectional)         (None, 4, 2)              32        
 * _________________________________________________________________
 * b149 (Bidirectional)         (None, 4, 2)              32        
 * =================================================================
 * Total params: 4,800
 * Trainable params: 4,800
 * Non-trainable params: 0
 * _________________________________________________________________
 * </pre>
 */
@Generated("dev.shapecheck.processor.ShapeCheckProcessor")
public final class LongJsonModel implements LongJson {
  /**
   * All weights: Keras's "Total params".
   */
  public static final long TOTAL_PARAMS = 4800L;

  /**
   * Keras's "Trainable params".
   */
  public static final long TRAINABLE_PARAMS = 4800L;

  /**
   * Keras's "Non-trainable params".
   */
  public static final long NON_TRAINABLE_PARAMS = 0L;

  /**
   * Multiply-accumulates for one sample (-1 if they depend on an unknown dimension).
   */
  public static final long TOTAL_MACS = 14400L;

  /**
   * Bytes of all weights as float32.
   */
  public static final long PARAM_BYTES = 19200L;

  /**
   * Bytes of all layer outputs for one sample (-1 with an unknown dimension).
   */
  public static final long ACTIVATION_BYTES = 4800L;

  /**
   * The shape of the model's input: {@code (None, 4, 2)}.
   */
  public static final Shape INPUT_SHAPE = Shape.of(4, 2);

  /**
   * The shape of the model's output: {@code (None, 4, 2)}.
   */
  public static final Shape OUTPUT_SHAPE = Shape.of(4, 2);

  /**
   * Every layer with its shapes and parameter counts, and the totals.
   */
  public static final ModelSummary SUMMARY = ModelSummary.of("long_json", INPUT_SHAPE, List.of(
      Layer.of("b0", "Bidirectional", INPUT_SHAPE, Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b1", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b2", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b3", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b4", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b5", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b6", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b7", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b8", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b9", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b10", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b11", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b12", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b13", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b14", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b15", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b16", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b17", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b18", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b19", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b20", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b21", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b22", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b23", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b24", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b25", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b26", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b27", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b28", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b29", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b30", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b31", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b32", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b33", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b34", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b35", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b36", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b37", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b38", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b39", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b40", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b41", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b42", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b43", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b44", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b45", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b46", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b47", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b48", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b49", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b50", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b51", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b52", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b53", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b54", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b55", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b56", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b57", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b58", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b59", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b60", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b61", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b62", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b63", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b64", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b65", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b66", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b67", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b68", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b69", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b70", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b71", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b72", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b73", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b74", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b75", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b76", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b77", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b78", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b79", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b80", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b81", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b82", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b83", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b84", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b85", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b86", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b87", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b88", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b89", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b90", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b91", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b92", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b93", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b94", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b95", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b96", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b97", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b98", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b99", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b100", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b101", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b102", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b103", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b104", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b105", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b106", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b107", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b108", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b109", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b110", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b111", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b112", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b113", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b114", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b115", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b116", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b117", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b118", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b119", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b120", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b121", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b122", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b123", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b124", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b125", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b126", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b127", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b128", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b129", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b130", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b131", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b132", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b133", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b134", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b135", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b136", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b137", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b138", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b139", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b140", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b141", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b142", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b143", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b144", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b145", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b146", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b147", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b148", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L),
      Layer.of("b149", "Bidirectional", Shape.of(4, 2), Shape.of(4, 2), 32L, 0L, 96L)), DType.FLOAT32);

  /**
   * The model as Keras's {@code model.to_json()}, Keras 2 {@code Sequential} form:
   * {@code tf.keras.models.model_from_json(KERAS_JSON)} builds it in Python,
   * {@code tf.models.modelFromJSON(JSON.parse(KERAS_JSON))} in TensorFlow.js.
   */
  public static final String KERAS_JSON = String.join("",
      "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"long_json\", \"layers\": [{\"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 4, 2], \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"b0_input\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b0\", \"trainable\": true, \"batch_input_shape\": [null, 4, 2], \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b0_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b1\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b1_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b2\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b2_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b3\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b3_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b4\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b4_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b5\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b5_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b6\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b6_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b7\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b7_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b8\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b8_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b9\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b9_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b10\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b10_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b11\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b11_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b12\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b12_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b13\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b13_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b14\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b14_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b15\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b15_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b16\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b16_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b17\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b17_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b18\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b18_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b19\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b19_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b20\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b20_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b21\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b21_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b22\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b22_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b23\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b23_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b24\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b24_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b25\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b25_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b26\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b26_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b27\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b27_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b28\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b28_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b29\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b29_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b30\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b30_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b31\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b31_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b32\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b32_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b33\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b33_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b34\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b34_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b35\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b35_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b36\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b36_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b37\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b37_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b38\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b38_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b39\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b39_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b40\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b40_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b41\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b41_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b42\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b42_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b43\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b43_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b44\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b44_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b45\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b45_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b46\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b46_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b47\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b47_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b48\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b48_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b49\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b49_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b50\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b50_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b51\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b51_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b52\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b52_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b53\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b53_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b54\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b54_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b55\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b55_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b56\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b56_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b57\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b57_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b58\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b58_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b59\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b59_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b60\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b60_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b61\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b61_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b62\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b62_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b63\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b63_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b64\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b64_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b65\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b65_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b66\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b66_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b67\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b67_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b68\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b68_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b69\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b69_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b70\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b70_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b71\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b71_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b72\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b72_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b73\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b73_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b74\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b74_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b75\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b75_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b76\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b76_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b77\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b77_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b78\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b78_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b79\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b79_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b80\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b80_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b81\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b81_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b82\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b82_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b83\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b83_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b84\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b84_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b85\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b85_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b86\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b86_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b87\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b87_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b88\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b88_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b89\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b89_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b90\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b90_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b91\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b91_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b92\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b92_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b93\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b93_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b94\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b94_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b95\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b95_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b96\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b96_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b97\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b97_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b98\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b98_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b99\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b99_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b100\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b100_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b101\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b101_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b102\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b102_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b103\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b103_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b104\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b104_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b105\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b105_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b106\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b106_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b107\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b107_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b108\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b108_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b109\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b109_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b110\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b110_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b111\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b111_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b112\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b112_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b113\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b113_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b114\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b114_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b115\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b115_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b116\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b116_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b117\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b117_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b118\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b118_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b119\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b119_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b120\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b120_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b121\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b121_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b122\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b122_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b123\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b123_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b124\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b124_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b125\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b125_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b126\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b126_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b127\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b127_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b128\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b128_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b129\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b129_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b130\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b130_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b131\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b131_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b132\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b132_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b133\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b133_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b134\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b134_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b135\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b135_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b136\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b136_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b137\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b137_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b138\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b138_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b139\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b139_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b140\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b140_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b141\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b141_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b142\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b142_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b143\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b143_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b144\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b144_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b145\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b145_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b146\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b146_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}",
      ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b147\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b147_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b148\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b148_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + ", {\"class_name\": \"Bidirectional\", \"config\": {\"name\": \"b149\", \"trainable\": true, \"dtype\": \"float32\", \"layer\": {\"class_name\": \"LSTM\", \"config\": {\"name\": \"b149_lstm\", \"trainable\": true, \"dtype\": \"float32\", \"return_sequences\": true, \"go_backwards\": false, \"units\": 1, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", \"use_bias\": true, \"dropout\": 0.0, \"recurrent_dropout\": 0.0}}, \"merge_mode\": \"concat\"}}"
      + "]}, \"keras_version\": \"2.15.0\", \"backend\": \"tensorflow\"}");

  /**
   * The Keras {@code model.summary()} table of this model.
   */
  public static String summary() {
    return SUMMARY.toString();
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b0() {
    return SUMMARY.layers().get(0);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b1() {
    return SUMMARY.layers().get(1);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b2() {
    return SUMMARY.layers().get(2);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b3() {
    return SUMMARY.layers().get(3);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b4() {
    return SUMMARY.layers().get(4);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b5() {
    return SUMMARY.layers().get(5);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b6() {
    return SUMMARY.layers().get(6);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b7() {
    return SUMMARY.layers().get(7);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b8() {
    return SUMMARY.layers().get(8);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b9() {
    return SUMMARY.layers().get(9);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b10() {
    return SUMMARY.layers().get(10);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b11() {
    return SUMMARY.layers().get(11);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b12() {
    return SUMMARY.layers().get(12);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b13() {
    return SUMMARY.layers().get(13);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b14() {
    return SUMMARY.layers().get(14);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b15() {
    return SUMMARY.layers().get(15);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b16() {
    return SUMMARY.layers().get(16);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b17() {
    return SUMMARY.layers().get(17);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b18() {
    return SUMMARY.layers().get(18);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b19() {
    return SUMMARY.layers().get(19);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b20() {
    return SUMMARY.layers().get(20);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b21() {
    return SUMMARY.layers().get(21);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b22() {
    return SUMMARY.layers().get(22);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b23() {
    return SUMMARY.layers().get(23);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b24() {
    return SUMMARY.layers().get(24);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b25() {
    return SUMMARY.layers().get(25);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b26() {
    return SUMMARY.layers().get(26);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b27() {
    return SUMMARY.layers().get(27);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b28() {
    return SUMMARY.layers().get(28);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b29() {
    return SUMMARY.layers().get(29);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b30() {
    return SUMMARY.layers().get(30);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b31() {
    return SUMMARY.layers().get(31);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b32() {
    return SUMMARY.layers().get(32);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b33() {
    return SUMMARY.layers().get(33);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b34() {
    return SUMMARY.layers().get(34);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b35() {
    return SUMMARY.layers().get(35);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b36() {
    return SUMMARY.layers().get(36);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b37() {
    return SUMMARY.layers().get(37);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b38() {
    return SUMMARY.layers().get(38);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b39() {
    return SUMMARY.layers().get(39);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b40() {
    return SUMMARY.layers().get(40);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b41() {
    return SUMMARY.layers().get(41);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b42() {
    return SUMMARY.layers().get(42);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b43() {
    return SUMMARY.layers().get(43);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b44() {
    return SUMMARY.layers().get(44);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b45() {
    return SUMMARY.layers().get(45);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b46() {
    return SUMMARY.layers().get(46);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b47() {
    return SUMMARY.layers().get(47);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b48() {
    return SUMMARY.layers().get(48);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b49() {
    return SUMMARY.layers().get(49);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b50() {
    return SUMMARY.layers().get(50);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b51() {
    return SUMMARY.layers().get(51);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b52() {
    return SUMMARY.layers().get(52);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b53() {
    return SUMMARY.layers().get(53);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b54() {
    return SUMMARY.layers().get(54);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b55() {
    return SUMMARY.layers().get(55);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b56() {
    return SUMMARY.layers().get(56);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b57() {
    return SUMMARY.layers().get(57);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b58() {
    return SUMMARY.layers().get(58);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b59() {
    return SUMMARY.layers().get(59);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b60() {
    return SUMMARY.layers().get(60);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b61() {
    return SUMMARY.layers().get(61);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b62() {
    return SUMMARY.layers().get(62);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b63() {
    return SUMMARY.layers().get(63);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b64() {
    return SUMMARY.layers().get(64);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b65() {
    return SUMMARY.layers().get(65);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b66() {
    return SUMMARY.layers().get(66);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b67() {
    return SUMMARY.layers().get(67);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b68() {
    return SUMMARY.layers().get(68);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b69() {
    return SUMMARY.layers().get(69);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b70() {
    return SUMMARY.layers().get(70);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b71() {
    return SUMMARY.layers().get(71);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b72() {
    return SUMMARY.layers().get(72);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b73() {
    return SUMMARY.layers().get(73);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b74() {
    return SUMMARY.layers().get(74);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b75() {
    return SUMMARY.layers().get(75);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b76() {
    return SUMMARY.layers().get(76);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b77() {
    return SUMMARY.layers().get(77);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b78() {
    return SUMMARY.layers().get(78);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b79() {
    return SUMMARY.layers().get(79);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b80() {
    return SUMMARY.layers().get(80);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b81() {
    return SUMMARY.layers().get(81);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b82() {
    return SUMMARY.layers().get(82);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b83() {
    return SUMMARY.layers().get(83);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b84() {
    return SUMMARY.layers().get(84);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b85() {
    return SUMMARY.layers().get(85);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b86() {
    return SUMMARY.layers().get(86);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b87() {
    return SUMMARY.layers().get(87);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b88() {
    return SUMMARY.layers().get(88);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b89() {
    return SUMMARY.layers().get(89);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b90() {
    return SUMMARY.layers().get(90);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b91() {
    return SUMMARY.layers().get(91);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b92() {
    return SUMMARY.layers().get(92);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b93() {
    return SUMMARY.layers().get(93);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b94() {
    return SUMMARY.layers().get(94);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b95() {
    return SUMMARY.layers().get(95);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b96() {
    return SUMMARY.layers().get(96);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b97() {
    return SUMMARY.layers().get(97);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b98() {
    return SUMMARY.layers().get(98);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b99() {
    return SUMMARY.layers().get(99);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b100() {
    return SUMMARY.layers().get(100);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b101() {
    return SUMMARY.layers().get(101);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b102() {
    return SUMMARY.layers().get(102);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b103() {
    return SUMMARY.layers().get(103);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b104() {
    return SUMMARY.layers().get(104);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b105() {
    return SUMMARY.layers().get(105);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b106() {
    return SUMMARY.layers().get(106);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b107() {
    return SUMMARY.layers().get(107);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b108() {
    return SUMMARY.layers().get(108);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b109() {
    return SUMMARY.layers().get(109);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b110() {
    return SUMMARY.layers().get(110);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b111() {
    return SUMMARY.layers().get(111);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b112() {
    return SUMMARY.layers().get(112);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b113() {
    return SUMMARY.layers().get(113);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b114() {
    return SUMMARY.layers().get(114);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b115() {
    return SUMMARY.layers().get(115);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b116() {
    return SUMMARY.layers().get(116);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b117() {
    return SUMMARY.layers().get(117);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b118() {
    return SUMMARY.layers().get(118);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b119() {
    return SUMMARY.layers().get(119);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b120() {
    return SUMMARY.layers().get(120);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b121() {
    return SUMMARY.layers().get(121);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b122() {
    return SUMMARY.layers().get(122);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b123() {
    return SUMMARY.layers().get(123);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b124() {
    return SUMMARY.layers().get(124);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b125() {
    return SUMMARY.layers().get(125);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b126() {
    return SUMMARY.layers().get(126);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b127() {
    return SUMMARY.layers().get(127);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b128() {
    return SUMMARY.layers().get(128);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b129() {
    return SUMMARY.layers().get(129);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b130() {
    return SUMMARY.layers().get(130);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b131() {
    return SUMMARY.layers().get(131);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b132() {
    return SUMMARY.layers().get(132);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b133() {
    return SUMMARY.layers().get(133);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b134() {
    return SUMMARY.layers().get(134);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b135() {
    return SUMMARY.layers().get(135);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b136() {
    return SUMMARY.layers().get(136);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b137() {
    return SUMMARY.layers().get(137);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b138() {
    return SUMMARY.layers().get(138);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b139() {
    return SUMMARY.layers().get(139);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b140() {
    return SUMMARY.layers().get(140);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b141() {
    return SUMMARY.layers().get(141);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b142() {
    return SUMMARY.layers().get(142);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b143() {
    return SUMMARY.layers().get(143);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b144() {
    return SUMMARY.layers().get(144);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b145() {
    return SUMMARY.layers().get(145);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b146() {
    return SUMMARY.layers().get(146);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b147() {
    return SUMMARY.layers().get(147);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b148() {
    return SUMMARY.layers().get(148);
  }

  /**
   * Bidirectional: (None, 4, 2), 32 params, 96 MACs.
   */
  public Layer b149() {
    return SUMMARY.layers().get(149);
  }
}
