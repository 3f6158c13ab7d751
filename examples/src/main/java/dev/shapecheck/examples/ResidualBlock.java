package dev.shapecheck.examples;

import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.Padding;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.ReLU;

/**
 * The smallest functional model worth a picture: one ResNet basic block on a 56x56x64 feature map,
 * two 3x3 convolutions whose result is added back to the block's input (issue 7's example; its
 * diagram is {@code docs/residual_block.svg}).
 */
@Functional(name = "residual_block")
public interface ResidualBlock {
  @Input(shape = {56, 56, 64})
  Layer input();

  @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME)
  Layer conv1(Layer input);

  @BatchNormalization
  Layer bn1(Layer conv1);

  @ReLU
  Layer relu1(Layer bn1);

  @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME)
  Layer conv2(Layer relu1);

  @BatchNormalization
  Layer bn2(Layer conv2);

  @Add
  Layer add(Layer bn2, Layer input);

  @ReLU
  Layer out(Layer add);
}
