package dev.shapecheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written digit grouping against {@code Formatter}'s {@code %,d}, which it replaced. */
class ReadableTest {
  @Test
  void groupsDigitsInThreesLikePython() {
    // Python: '{:,}'.format(n)
    assertEquals("0", Readable.grouped(0));
    assertEquals("999", Readable.grouped(999));
    assertEquals("1,000", Readable.grouped(1000));
    assertEquals("-999", Readable.grouped(-999));
    assertEquals("-1,000", Readable.grouped(-1000));
    assertEquals("93,322", Readable.grouped(93_322));
    assertEquals("123,456,789", Readable.grouped(123_456_789));
    assertEquals("-9,223,372,036,854,775,808", Readable.grouped(Long.MIN_VALUE));
    assertEquals("9,223,372,036,854,775,807", Readable.grouped(Long.MAX_VALUE));
  }

  @Test
  void agreesWithFormatterAtEveryLength() {
    Random random = new Random(6);
    for (int digits = 1; digits <= 19; digits++) {
      long low = (long) Math.pow(10, digits - 1);
      for (int i = 0; i < 50; i++) {
        long n = low + (long) (random.nextDouble() * low * 9);
        n = n < 0 ? Long.MAX_VALUE : n;
        for (long value : new long[] {n, -n}) {
          assertEquals(
              String.format(Locale.ROOT, "%,d", value), Readable.grouped(value), "of " + value);
        }
      }
    }
  }
}
