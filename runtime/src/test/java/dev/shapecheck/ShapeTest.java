package dev.shapecheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShapeTest {
  @Test
  void printsLikeKerasWithTheBatchFirst() {
    assertEquals("(None, 26, 26, 32)", Shape.of(26, 26, 32).toString());
    assertEquals("(None, None, 7)", Shape.of(Shape.NONE, 7).toString());
    assertEquals("(32, 10)", Shape.withBatch(32, 10).toString());
    assertEquals("(26, 26, 32)", Shape.of(26, 26, 32).dimsToString());
  }

  @Test
  void dimsExcludeTheBatchAndAreCopies() {
    Shape shape = Shape.withBatch(8, 3, 4);
    int[] dims = shape.dims();
    dims[0] = 99;
    assertArrayEquals(new int[] {3, 4}, shape.dims());
    assertEquals(2, shape.rank());
    assertEquals(8, shape.batchSize());
    assertEquals(Shape.NONE, Shape.of(3).batchSize());
  }

  @Test
  void valueSemantics() {
    assertEquals(Shape.of(2, 3), Shape.of(2, 3));
    assertEquals(Shape.of(2, 3).hashCode(), Shape.of(2, 3).hashCode());
    assertNotEquals(Shape.of(2, 3), Shape.withBatch(1, 2, 3));
    assertTrue(Shape.of(2, 3).isFullyDefined());
    assertFalse(Shape.of(2, Shape.NONE).isFullyDefined());
  }

  @Test
  void rejectsImpossibleDimensions() {
    assertThrows(IllegalArgumentException.class, () -> Shape.of(0));
    assertThrows(IllegalArgumentException.class, () -> Shape.of(-7));
    assertThrows(IllegalArgumentException.class, () -> Shape.withBatch(0, 3));
  }
}
